import { describe, expect, it } from 'vitest';
import { direction, localeChain, negotiateLocale } from './locale.js';
import { text, textLocale } from './text.js';
import { formatDelta, formatNumber, formatPercent, formatScore } from './number.js';

describe('negotiateLocale', () => {
  it('matches exactly, then by language, then regional variants', () => {
    expect(negotiateLocale('fr-CA', ['en', 'fr'])).toBe('fr');
    expect(negotiateLocale(['de', 'fr-BE', 'en'], ['en', 'fr'])).toBe('fr');
    expect(negotiateLocale('FR', ['en', 'fr'])).toBe('fr');
    expect(negotiateLocale('pt', ['en', 'pt-BR'])).toBe('pt-BR');
    expect(negotiateLocale('zh-Hant-TW', ['en', 'zh-Hant'])).toBe('zh-Hant');
  });

  it('falls back for unknown or malformed tags', () => {
    expect(negotiateLocale('sw', ['en', 'fr'])).toBe('en');
    expect(negotiateLocale('not a tag!', ['fr', 'en'])).toBe('fr');
    expect(negotiateLocale(undefined, ['en', 'fr'], 'fr')).toBe('fr');
    expect(negotiateLocale([], [], undefined)).toBe('en');
  });

  it('builds the chain from specific to general', () => {
    expect(localeChain('zh-hant-tw')).toEqual(['zh-Hant-TW', 'zh-Hant', 'zh']);
    expect(localeChain('???')).toEqual([]);
  });
});

describe('direction', () => {
  it('is rtl for Arabic, Hebrew, Persian, Urdu and Arabic script', () => {
    for (const tag of ['ar', 'ar-EG', 'he', 'fa', 'ur', 'ps', 'ku-Arab'])
      expect(direction(tag)).toBe('rtl');
  });
  it('is ltr otherwise, and for malformed tags', () => {
    for (const tag of ['en', 'fr', 'zh', 'ru', 'es', 'az-Latn', ''])
      expect(direction(tag)).toBe('ltr');
  });
});

describe('text', () => {
  const t = { en: 'Data and evidence', fr: 'Données et preuves' };
  it('uses the locale, then its parent', () => {
    expect(text(t, 'fr')).toBe('Données et preuves');
    expect(text(t, 'fr-CA')).toBe('Données et preuves');
    expect(textLocale(t, 'fr-CA')).toBe('fr');
  });
  it('falls back through the given chain, then English, then any value', () => {
    expect(text({ fr: 'x', es: 'y' }, 'ar', ['es'])).toBe('y');
    expect(text(t, 'ar')).toBe('Data and evidence');
    expect(text({ fr: 'seul' }, 'ar')).toBe('seul');
    expect(text({ en: '  ', fr: 'plein' }, 'en')).toBe('plein');
    expect(text(undefined, 'en')).toBe('');
  });
  it('ignores inherited keys', () => {
    expect(text(Object.create({ en: 'inherited' }) as Record<string, string>, 'en')).toBe('');
  });
});

describe('number formatting', () => {
  it('formats by locale', () => {
    expect(formatNumber('en', 1234.56)).toBe('1,234.6');
    expect(formatPercent('en', 0.425)).toBe('43%');
    expect(formatPercent('fr', 0.5)).toMatch(/^50\s%$/u);
    expect(formatScore('en', 66.666)).toBe('67');
    expect(formatDelta('en', 12.4)).toBe('+12');
    expect(formatDelta('en', -3)).toBe('-3');
    expect(formatDelta('en', 0)).toBe('0');
  });
});
