import { formatMessage, frenchTypographyIssues } from '@dtc/i18n';
import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { fr } from './fr.js';

describe('the demo’s French', () => {
  it('has a message for every English key, and each parses', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const [key, message] of Object.entries(fr))
      expect(() => formatMessage(message, {}, 'fr'), key).not.toThrow();
  });

  it('writes French the French way: U+202F before ; : ? ! », after «, and ’ only', () => {
    const problems = Object.entries(fr).flatMap(([key, message]) =>
      frenchTypographyIssues(message).map((issue) => `${key}: ${issue}`),
    );
    expect(problems).toEqual([]);
  });

  it('says one thing one way: autoévaluation, éléments de preuve, numérique éducatif, PME', () => {
    const words = Object.entries(fr).flatMap(([key, message]) =>
      [/auto-évaluation/i, /justificatif/i, /éducation numérique/i, /\bGPE\b/]
        .filter((pattern) => pattern.test(message))
        .map((pattern) => `${key}: ${pattern.source}`),
    );
    expect(words).toEqual([]);
  });
});
