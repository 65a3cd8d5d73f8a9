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

  it('words the issue that counts the issues not listed, and a group of too many entries', async () => {
    const more = { code: 'too-many-issues', params: { count: 40 } };
    const entries = {
      code: 'too-big',
      params: { origin: 'record', maximum: 50, inclusive: 'yes' },
    };
    const whole = {
      code: 'too-big',
      params: { origin: 'document', maximum: 20000, inclusive: 'yes' },
    };
    expect(describeIssue('en', whole)).toBe(
      'The file is too large to check: more than 20,000 lists and groups of fields.',
    );
    await loadLocale('fr');
    expect(describeIssue('fr', whole)).toBe(
      'Le fichier est trop volumineux pour être vérifié\u202f: plus de 20\u202f000 listes et groupes de champs.',
    );
    const expected: Record<string, [string, string, string]> = {
      en: [
        'And 40 more problems, not listed here.',
        'And 1 more problem, not listed here.',
        'Too many entries: at most 50 entries.',
      ],
      fr: [
        'Et 40 autres problèmes, non listés ici.',
        'Et 1 autre problème, non listé ici.',
        'Trop d’entrées\u202f: au plus 50 entrées.',
      ],
      es: [
        'Y 40 problemas más, que no se muestran aquí.',
        'Y 1 problema más, que no se muestra aquí.',
        'Demasiadas entradas: como máximo 50 entradas.',
      ],
      ru: [
        'И еще 40 проблем, не показанных здесь.',
        'И еще 1 проблема, не показанная здесь.',
        'Слишком много записей: допускается не более 50 записей.',
      ],
      ar: [
        'وهناك 40 مشكلةً أخرى لم تُعرض هنا.',
        'وهناك مشكلة أخرى لم تُعرض هنا.',
        'عدد الإدخالات كبير جدًا: الحد الأقصى 50 إدخالًا.',
      ],
      'zh-Hans': [
        '另有40个问题未在此列出。',
        '另有1个问题未在此列出。',
        '条目太多：最多50个条目。',
      ],
    };
    for (const [locale, [many, one, big]] of Object.entries(expected)) {
      await loadLocale(locale);
      expect(describeIssue(locale, more), locale).toBe(many);
      expect(describeIssue(locale, { ...more, params: { count: 1 } }), locale).toBe(one);
      expect(describeIssue(locale, entries), locale).toBe(big);
    }
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
