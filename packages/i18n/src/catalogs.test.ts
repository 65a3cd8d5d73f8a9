import { describe, expect, it } from 'vitest';
import { en } from './catalogs/en/index.js';
import { ar } from './catalogs/ar/index.js';
import { es } from './catalogs/es/index.js';
import { fr } from './catalogs/fr/index.js';
import { ru } from './catalogs/ru/index.js';
import { zhHans } from './catalogs/zh-Hans/index.js';
import { formatMessage, placeholders } from './format.js';
import { commonNamespace, issuesNamespace } from './namespaces.js';
import { assessmentNamespace } from './namespaces/assessment.js';
import { chartsNamespace } from './namespaces/charts.js';
import { exportNamespace } from './namespaces/export.js';
import { groupNamespace } from './namespaces/group.js';
import { migrationNamespace } from './namespaces/migration.js';
import { learnNamespace } from './namespaces/learn.js';
import { planNamespace } from './namespaces/plan.js';
import { resultsNamespace } from './namespaces/results.js';
import { timelineNamespace } from './namespaces/timeline.js';
import { frenchTypographyIssues } from './typography.js';
import {
  availableLocales,
  createTranslator,
  isLocaleLoaded,
  loadLocale,
  onLocalesChange,
  registerLocale,
  translate,
  useNamespaces,
} from './registry.js';

const namespaces = [
  commonNamespace,
  assessmentNamespace,
  resultsNamespace,
  chartsNamespace,
  planNamespace,
  issuesNamespace,
  groupNamespace,
  timelineNamespace,
  exportNamespace,
  migrationNamespace,
  learnNamespace,
];

const builtIn = { ar, fr, es, ru, 'zh-Hans': zhHans } as const;

describe('catalogs', () => {
  it('every English message parses', () => {
    for (const [key, message] of Object.entries(en)) {
      expect(() => formatMessage(message, {}, 'en'), key).not.toThrow();
    }
  });

  it('makes French plurals agree with the number they follow', () => {
    const coverage = (answered: number) =>
      formatMessage(
        fr['results.coverage.value'],
        { answered, applicable: 10, share: answered / 10 },
        'fr',
      );
    expect(coverage(0)).toMatch(/^0 question sur 10 avec réponse/);
    expect(coverage(1)).toMatch(/^1 question sur 10 avec réponse/);
    expect(coverage(7)).toMatch(/^7 questions sur 10 avec réponse/);
  });

  for (const [tag, catalog] of Object.entries(builtIn)) {
    describe(tag, () => {
      it('has exactly the English keys', () => {
        expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
      });
      it('keeps the placeholders of every English message', () => {
        const mismatches = Object.entries(en)
          .filter(([key, message]) => {
            const translated = (catalog as Record<string, string>)[key];
            return (
              translated === undefined ||
              placeholders(translated).join() !== placeholders(message).join()
            );
          })
          .map(([key]) => key);
        expect(mismatches).toEqual([]);
      });
      it('has no empty message', () => {
        expect(Object.entries(catalog).filter(([, m]) => !m.trim())).toEqual([]);
      });
    });
  }
});

describe('namespaces', () => {
  it('together hold exactly the English catalog', () => {
    expect(Object.assign({}, ...namespaces.map((ns) => ns.en))).toEqual(en);
  });

  it('load into the built-in French catalog', async () => {
    const loaded = await Promise.all(namespaces.map((ns) => ns.translations['fr']!()));
    expect(Object.assign({}, ...loaded)).toEqual(fr);
  });

  it('write French the French way: U+202F before ; : ? ! », after «, and ’ only', async () => {
    // Every namespace as it loads, so a message only one chunk holds is checked too.
    const problems: string[] = [];
    for (const ns of namespaces) {
      const messages = await ns.translations['fr']!();
      for (const [key, message] of Object.entries(messages))
        for (const issue of frenchTypographyIssues(message)) problems.push(`${key}: ${issue}`);
    }
    expect(problems).toEqual([]);
  });

  it('say one thing one way in French: autoévaluation, éléments de preuve, numérique éducatif, PME', () => {
    const words = Object.entries(fr).flatMap(([key, message]) =>
      [/auto-évaluation/i, /justificatif/i, /éducation numérique/i, /\bGPE\b/]
        .filter((pattern) => pattern.test(message))
        .map((pattern) => `${key}: ${pattern.source}`),
    );
    expect(words).toEqual([]);
  });
});

describe('registry', () => {
  it('loads French lazily and translates with it', async () => {
    expect(translate('fr', 'common.cancel')).toBe(isLocaleLoaded('fr') ? 'Annuler' : 'Cancel');
    await expect(loadLocale('fr-CA')).resolves.toBe('fr');
    expect(isLocaleLoaded('fr')).toBe(true);
    expect(translate('fr-CA', 'common.cancel')).toBe('Annuler');
    expect(createTranslator('fr')('common.error.moreIssues', { count: 2 })).toBe(
      'et 2 autres problèmes',
    );
  });

  it('puts namespaces in use: English at once, French with the next loadLocale', async () => {
    await loadLocale('fr');
    // Not in use yet: not in memory in any language.
    expect(translate('fr', 'plan.horizon.short')).toBe('plan.horizon.short');
    useNamespaces(planNamespace);
    expect(translate('fr', 'plan.horizon.short')).toBe('Short term');
    expect(isLocaleLoaded('fr')).toBe(false);
    let calls = 0;
    const off = onLocalesChange(() => calls++);
    await expect(loadLocale('fr')).resolves.toBe('fr');
    off();
    expect(calls).toBe(1);
    expect(isLocaleLoaded('fr')).toBe(true);
    expect(translate('fr', 'plan.horizon.short')).toBe(fr['plan.horizon.short']);
  });

  it('negotiates unknown locales to English', async () => {
    await expect(loadLocale('sw')).resolves.toBe('en');
    expect(translate('sw', 'common.cancel')).toBe('Cancel');
  });

  it('lets partners register a locale, falling back to English per key', async () => {
    let calls = 0;
    const off = onLocalesChange(() => calls++);
    registerLocale('es', { 'common.cancel': 'Cancelar' });
    expect(availableLocales()).toContain('es');
    expect(translate('es-MX', 'common.cancel')).toBe('Cancelar');
    expect(translate('es', 'common.save')).toBe('Save');
    registerLocale('ar', async () => ({ default: { 'common.cancel': 'إلغاء' } }));
    await expect(loadLocale('ar-EG')).resolves.toBe('ar');
    expect(translate('ar', 'common.cancel')).toBe('إلغاء');
    expect(calls).toBeGreaterThanOrEqual(3);
    off();
  });

  it('keeps a catalog registered while an earlier loader was still loading', async () => {
    let resolve!: (c: { default: Record<string, string> }) => void;
    registerLocale('nl', () => new Promise((r) => (resolve = r)));
    const loading = loadLocale('nl');
    registerLocale('nl', { 'common.cancel': 'Annuleren' });
    resolve({ default: { 'common.cancel': 'oud' } });
    await loading;
    expect(translate('nl', 'common.cancel')).toBe('Annuleren');
  });

  it('gives the key itself for keys that are names of Object properties', () => {
    for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(translate('en', key as never)).toBe(key);
      expect(translate('fr', key as never)).toBe(key);
    }
    expect(formatMessage('{constructor} {toString, number}', {}, 'en')).toBe(
      '{constructor} {toString}',
    );
  });

  it('survives a malformed registered message', () => {
    registerLocale('de', { 'common.error.moreIssues': '{count, plural, one {x}' });
    expect(translate('de', 'common.error.moreIssues', { count: 2 })).toBe('and 2 more problems');
  });

  it('rejects an invalid tag clearly', () => {
    expect(() => registerLocale('not a tag', {})).toThrow(/not a valid BCP 47/);
  });
});
