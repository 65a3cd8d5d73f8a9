import { describe, expect, it } from 'vitest';
import { issues as english } from './catalogs/en/issues.js';
import { describeIssue, issueKey } from './issues.js';
import { loadLocale } from './registry.js';

describe('describeIssue', () => {
  it('words an issue from its code and params, in English at once', () => {
    expect(describeIssue('en', { code: 'missing-translation', params: { locale: 'fr' } })).toBe(
      'The text in “fr” is missing.',
    );
    expect(
      describeIssue('en', {
        code: 'too-big',
        params: { origin: 'string', maximum: 200, inclusive: 'yes' },
      }),
    ).toBe('Too long: at most 200 characters.');
    expect(
      describeIssue('en', {
        code: 'invalid-type',
        params: { expected: 'object', found: 'nothing' },
      }),
    ).toBe('A required value is missing (a group of fields).');
  });

  it('words it in French once French is loaded', async () => {
    expect(await loadLocale('fr')).toBe('fr');
    expect(
      describeIssue('fr', {
        code: 'invalid-format',
        params: { format: 'regex', pattern: 'country' },
      }),
    ).toBe('Attendu\u202f: un code de pays à trois lettres comme «\u202fSEN\u202f».');
    expect(
      describeIssue('fr', {
        code: 'too-small',
        params: { origin: 'array', minimum: 1, inclusive: 'yes' },
      }),
    ).toBe('Trop peu d’éléments\u202f: au moins 1 élément.');
  });

  it('has a general sentence for a code without a message of its own', () => {
    expect(issueKey('custom')).toBe('issue.other');
    expect(issueKey('constructor')).toBe('issue.other');
    expect(describeIssue('en', { code: 'custom' })).toBe('This value is not valid.');
  });

  it('has a message for every code, kebab-case', () => {
    for (const key of Object.keys(english)) expect(key).toMatch(/^issue\.[a-z]+(?:-[a-z]+)*$/);
  });
});
