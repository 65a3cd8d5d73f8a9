import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PATTERNS,
  mergeFrameworkTexts,
  parseFramework,
  parseFrameworkTexts,
  splitFramework,
  textKeys,
  type Framework,
  type FrameworkTexts,
} from './index.js';
import { validFramework } from './test-fixtures.js';

const t = (en: string) => ({ en, fr: `${en} (fr)` });

/** The fixture with every optional text filled in, so each kind of key appears. */
function fullFramework(): Framework {
  const fw = validFramework();
  fw.about = t('About');
  fw.vision.priorities[0]!.summary = t('Access for all');
  fw.outcomes![0]!.summary = t('Learning outcomes');
  const question = fw.pillars[0]!.components[0]!.questions[0]!;
  question.summary = t('Strategy summary');
  question.help = t('Strategy help');
  return fw;
}

/** Every object that looks like localized text (has an `en` string), found by walking the JSON. */
function countLocalized(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + countLocalized(v), 0);
  if (value === null || typeof value !== 'object') return 0;
  if (typeof (value as { en?: unknown }).en === 'string') return 1;
  return Object.values(value).reduce((n: number, v) => n + countLocalized(v), 0);
}

function frTexts(
  texts: Record<string, string>,
  more: Partial<FrameworkTexts> = {},
): FrameworkTexts {
  return {
    format: 'dtc.framework-texts',
    version: 1,
    framework: { id: 'tiny', version: '1.0.0' },
    locale: 'fr',
    texts,
    ...more,
  };
}

describe('textKeys', () => {
  it('names every localized text once, with a key of the documented pattern', () => {
    const fw = fullFramework();
    const keys = textKeys(fw);
    expect(keys.length).toBe(countLocalized(fw));
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(PATTERNS.textKey.re.test(key), key).toBe(true);
    expect(keys).toEqual(
      expect.arrayContaining([
        'title',
        'about',
        'level.3.description',
        'vision.purpose',
        'priority.access.summary',
        'principle.equity.title',
        'outcome.learning.summary',
        'pillar.leadership.title',
        'component.strategy.summary',
        'question.has-strategy.help',
        'question.has-strategy.level.4',
        'question.budget.option.full',
        'question.electricity.title',
      ]),
    );
  });
});

describe('splitFramework and mergeFrameworkTexts', () => {
  it('split then merged gives the framework back', () => {
    const fw = fullFramework();
    const { base, texts } = splitFramework(fw);
    expect(texts.map((x) => x.locale)).toEqual(['fr']);
    const merged = mergeFrameworkTexts(base, ...texts);
    expect(merged.issues).toEqual([]);
    expect(merged.framework).toEqual({ ...fw, translations: ['fr'] });
    expect(parseFramework(merged.framework).ok).toBe(true);
  });

  it('the base is a valid framework in its source language alone, with no French in it', () => {
    const { base, texts } = splitFramework(fullFramework());
    const parsed = parseFramework(base);
    expect(parsed.ok && parsed.value.locales).toEqual(['en']);
    expect(base.translations).toEqual(['fr']);
    expect(JSON.stringify(base)).not.toContain('(fr)');
    expect(texts[0]!.texts['pillar.leadership.title']).toBe('Leadership (fr)');
    expect(parseFrameworkTexts(texts[0]).ok).toBe(true);
  });

  it('a framework in three languages splits into two texts files that merge back', () => {
    const fw = fullFramework();
    const es = (v: unknown): unknown => {
      if (Array.isArray(v)) return v.map(es);
      if (v === null || typeof v !== 'object') return v;
      const o = v as Record<string, unknown>;
      if (typeof o.en === 'string') return { ...o, es: `${o.en} (es)` };
      return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, es(x)]));
    };
    const three = { ...(es(fw) as Framework), locales: ['en', 'fr', 'es'] };
    const { base, texts } = splitFramework(three);
    expect(texts.map((x) => x.locale)).toEqual(['fr', 'es']);
    expect(Object.values(texts[1]!.texts).every((s) => s.endsWith('(es)'))).toBe(true);
    const merged = mergeFrameworkTexts(base, ...texts);
    expect(merged.framework).toEqual({ ...three, translations: ['fr', 'es'] });
    // One locale alone: the other is simply not there (falls back to the base language).
    const onlyEs = mergeFrameworkTexts(base, texts[1]!);
    expect(onlyEs.framework.locales).toEqual(['en', 'es']);
    expect(onlyEs.framework.title).toEqual({ en: 'Tiny', es: 'Tiny (es)' });
  });

  it('reports texts that are missing or name no text, and still merges the rest', () => {
    const { base, texts } = splitFramework(validFramework());
    const { 'pillar.leadership.title': _dropped, ...rest } = texts[0]!.texts;
    const file = frTexts({
      ...rest,
      'pillar.nowhere.title': 'Nulle part',
      'question.budget.option.half': 'Moitié',
    });
    const merged = mergeFrameworkTexts(base, file);
    expect(merged.issues).toEqual([
      {
        path: ['texts', 'pillar.leadership.title'],
        code: 'missing-text',
        params: { key: 'pillar.leadership.title', locale: 'fr' },
        message: 'No "fr" text for "pillar.leadership.title"',
      },
      expect.objectContaining({ path: ['texts', 'pillar.nowhere.title'], code: 'unknown-text' }),
      expect.objectContaining({
        path: ['texts', 'question.budget.option.half'],
        code: 'unknown-text',
        params: { key: 'question.budget.option.half', locale: 'fr' },
      }),
    ]);
    expect(merged.framework.pillars[0]!.title).toEqual({ en: 'Leadership' });
    expect(merged.framework.pillars[1]!.title).toEqual(t('Connectivity'));
  });

  it('does not merge texts made for another framework; merges another version with an issue', () => {
    const { base, texts } = splitFramework(validFramework());
    const other = mergeFrameworkTexts(
      base,
      frTexts(texts[0]!.texts, { framework: { id: 'big', version: '1.0.0' } }),
    );
    expect(other.issues).toEqual([
      expect.objectContaining({
        code: 'framework-mismatch',
        path: ['framework', 'id'],
        params: { found: 'big', expected: 'tiny', locale: 'fr' },
      }),
    ]);
    expect(other.framework).toEqual(base);
    const older = mergeFrameworkTexts(
      base,
      frTexts(texts[0]!.texts, { framework: { id: 'tiny', version: '0.9.0' } }),
    );
    expect(older.issues.map((i) => i.code)).toEqual(['framework-version-mismatch']);
    expect(older.framework.title).toEqual(t('Tiny'));
  });

  it('never throws and never loses a structural field, whatever the texts say', () => {
    const { base } = splitFramework(validFramework());
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.string()), (texts) => {
        const merged = mergeFrameworkTexts(base, frTexts(texts));
        expect(merged.framework.pillars.map((p) => p.id)).toEqual(['leadership', 'connectivity']);
        expect(merged.framework.levels.map((l) => l.value)).toEqual([1, 2, 3, 4]);
      }),
      { numRuns: 100 },
    );
  });
});

describe('parseFrameworkTexts', () => {
  const good = () => frTexts({ title: 'Petit', 'question.has-strategy.level.2': 'Au niveau 2' });

  it('accepts a texts file, as an object or JSON text', () => {
    expect(parseFrameworkTexts(good())).toEqual({ ok: true, value: good() });
    expect(parseFrameworkTexts(JSON.stringify(good())).ok).toBe(true);
  });

  it('names a key that is not a text key, and where', () => {
    const result = parseFrameworkTexts(frTexts({ 'pillar.Data.title': 'x', 'title ': 'y' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.path, i.code])).toEqual([
      [['texts', 'pillar.Data.title'], 'invalid-key'],
      [['texts', 'title '], 'invalid-key'],
    ]);
    expect(result.issues[0]!.params).toEqual({ key: 'pillar.Data.title', pattern: 'textKey' });
  });

  it('names an empty text, a bad locale and a missing framework reference', () => {
    const result = parseFrameworkTexts({
      ...frTexts({ title: '  ' }),
      locale: 'FR',
      framework: undefined,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.path.join('.'), i.code])).toEqual(
      expect.arrayContaining([
        ['texts.title', 'invalid-format'],
        ['locale', 'invalid-format'],
        ['framework', 'invalid-type'],
      ]),
    );
  });

  it('tells a framework, another format or a newer version apart', () => {
    const asFramework = parseFrameworkTexts(validFramework());
    expect(asFramework.ok || asFramework.issues.map((i) => i.path[0])).toEqual(
      expect.arrayContaining(['format', 'texts']),
    );
    const newer = parseFrameworkTexts({ ...good(), version: 2 });
    expect(newer.ok || newer.issues).toEqual([
      expect.objectContaining({
        path: ['version'],
        code: 'unsupported-version',
        params: { found: 2, expected: 1 },
      }),
    ]);
    const json = parseFrameworkTexts('{"format": ');
    expect(json.ok || json.issues[0]!.code).toBe('invalid-json');
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withMap: true }), (input) => {
        expect(typeof parseFrameworkTexts(input).ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });
});

describe('parseFramework and translations', () => {
  it('reports a locale listed twice in translations', () => {
    const result = parseFramework({ ...validFramework(), translations: ['es', 'es'] });
    expect(result.ok || result.issues).toEqual([
      expect.objectContaining({ path: ['translations', 1], code: 'duplicate-id' }),
    ]);
  });
});
