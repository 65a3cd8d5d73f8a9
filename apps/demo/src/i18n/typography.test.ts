import { formatMessage, frenchTypographyIssues } from '@dtc/i18n';
import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { fr } from './fr.js';
import { en as roomEn } from './room/en.js';
import { fr as roomFr } from './room/fr.js';

describe.each([
  { name: 'catalog', english: en, french: fr },
  { name: 'room pages’ messages', english: roomEn, french: roomFr },
])('the demo’s French: $name', ({ english, french }) => {
  it('has a message for every English key, and each parses', () => {
    expect(Object.keys(french).sort()).toEqual(Object.keys(english).sort());
    for (const [key, message] of Object.entries(french))
      expect(() => formatMessage(message, {}, 'fr'), key).not.toThrow();
  });

  it('writes French the French way: U+202F before ; : ? ! », after «, and ’ only', () => {
    const problems = Object.entries(french).flatMap(([key, message]) =>
      frenchTypographyIssues(message).map((issue) => `${key}: ${issue}`),
    );
    expect(problems).toEqual([]);
  });

  it('says one thing one way: autoévaluation, éléments de preuve, numérique éducatif, PME', () => {
    const words = Object.entries(french).flatMap(([key, message]) =>
      [/auto-évaluation/i, /justificatif/i, /éducation numérique/i, /\bGPE\b/]
        .filter((pattern) => pattern.test(message))
        .map((pattern) => `${key}: ${pattern.source}`),
    );
    expect(words).toEqual([]);
  });
});
