import { describe, expect, it } from 'vitest';
import { direction, localeChain, negotiateLocale, scriptSubstitute } from './locale.js';
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

  it('never gives a variant in another script', () => {
    expect(negotiateLocale('sr-Latn-RS', ['en', 'sr-Cyrl'], 'en')).toBe('en');
    expect(negotiateLocale('sr-latn', ['en', 'sr-Cyrl', 'sr-Latn-ME'], 'en')).toBe('sr-Latn-ME');
    expect(negotiateLocale('sr-RS', ['en', 'sr-Cyrl'], 'en')).toBe('sr-Cyrl');
    expect(negotiateLocale('zh-Hans', ['zh-Hant', 'en'], 'en')).toBe('en');
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
  it('gives the languages it knows without Intl the direction of their likely script, in any region', () => {
    // The shortcut for some languages must agree with Intl.Locale#maximize for every region,
    // with an explicit script, and with extensions. Languages whose script depends on the
    // region (Kurdish, Azerbaijani, Uzbek, Punjabi, Sindhi, Serbian…) must not take it.
    const languages = 'en fr es pt de it nl ru ar he fa ur ps yi ku ckb az uz pa sd sr zh hi ha ms';
    for (const language of languages.split(' ')) {
      for (const region of ['', ...REGIONS]) {
        const tag = region ? `${language}-${region}` : language;
        const script = new Intl.Locale(tag).maximize().script;
        expect(direction(tag), tag).toBe(RTL.includes(script ?? '') ? 'rtl' : 'ltr');
      }
      expect(direction(`${language}-u-nu-latn`)).toBe(direction(language));
    }
    expect(direction('en-Arab')).toBe('rtl');
    expect(direction('ar-Latn')).toBe('ltr');
  });
});

const RTL = ['Arab', 'Hebr', 'Syrc', 'Thaa', 'Nkoo', 'Adlm', 'Rohg'];

/** Regions where these languages are spoken, and a few where they are not. */
const REGIONS = (
  'US GB IE IN NG KE ZA AU CA FR BE CH LU MC MA DZ TN SN CI CM CD HT MG ES MX AR CO PE ' +
  'BR PT AO MZ CV DE AT LI IT SM NL SR CW RU BY KZ KG UA EG SA AE IQ JO LB SY SD IL IR AF TJ ' +
  'PK CN TW JP TR IQ AZ UZ AF IN RS BA ME NG GH NE MY SG BN'
).split(' ');

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

describe('Chinese scripts', () => {
  const six = ['ar', 'zh-Hans', 'en', 'fr', 'ru', 'es'];
  it('gives Simplified Chinese for zh, zh-CN, zh-SG, and for Traditional when there is none', () => {
    for (const tag of ['zh', 'zh-CN', 'zh-SG', 'zh-Hans-CN', 'zh-TW', 'zh-HK', 'zh-Hant-TW'])
      expect(negotiateLocale([tag, 'en'], six, 'en'), tag).toBe('zh-Hans');
    expect(negotiateLocale(['zh-Hant', 'en'], ['en', 'zh-Hant', 'zh-Hans'], 'en')).toBe('zh-Hant');
  });

  it('says when the script given is not the one asked for', () => {
    expect(scriptSubstitute('zh-TW', 'zh-Hans')).toEqual({ requested: 'Hant', given: 'Hans' });
    expect(scriptSubstitute('zh-Hant-HK', 'zh-Hans')).toEqual({ requested: 'Hant', given: 'Hans' });
    expect(scriptSubstitute('zh-CN', 'zh-Hans')).toBeUndefined();
    expect(scriptSubstitute('zh', 'zh-Hans')).toBeUndefined();
    expect(scriptSubstitute('es-MX', 'es')).toBeUndefined();
    expect(scriptSubstitute('fr', 'en')).toBeUndefined();
    expect(scriptSubstitute('not a tag', 'zh-Hans')).toBeUndefined();
  });

  it('still never crosses scripts for other languages', () => {
    expect(negotiateLocale(['sr-Latn-RS'], ['en', 'sr-Cyrl'], 'en')).toBe('en');
    expect(negotiateLocale(['es-MX'], six, 'en')).toBe('es');
    expect(negotiateLocale(['ar-MA'], six, 'en')).toBe('ar');
    expect(negotiateLocale(['ru-UA', 'fr'], six, 'en')).toBe('ru');
  });
});
