import { describe, expect, it } from 'vitest';
import { courseGaps, mergeCourseTexts, parseCourse, splitCourse, type Course } from './index.js';
import { validFramework } from './test-fixtures.js';

const t = (en: string) => ({ en, fr: `${en} (fr)` });
const three = [t('First?'), t('Second?'), t('Third?')];

function valid(): Course {
  return {
    format: 'dtc.course',
    version: 1,
    framework: { id: 'tiny', version: '1.0.0' },
    locales: ['en', 'fr'],
    sources: [
      { id: 'report-2023', publisher: 'UNESCO', title: 'A report', year: 2023 },
      {
        id: 'law-1996',
        publisher: 'A parliament',
        title: 'An act',
        year: 1996,
        url: 'https://example.org/act',
      },
    ],
    modules: [
      {
        pillar: 'leadership',
        overview: t('What leadership covers'),
        whyItMatters: t('Why'),
        reflection: three,
        sections: [
          {
            component: 'strategy',
            overview: t('Strategy'),
            whyItMatters: t('Why strategy'),
            practices: [{ text: t('Cost the plan'), sources: ['report-2023'] }],
            pitfalls: [t('A plan without a budget')],
            examples: [
              { country: 'URY', text: t('A programme began in 2007'), sources: ['law-1996'] },
            ],
            reflection: three,
          },
        ],
      },
    ],
  };
}

const codes = (r: ReturnType<typeof parseCourse>) =>
  r.ok ? [] : r.issues.map((i) => `${i.code} ${i.path.join('.')}`);

describe('parseCourse', () => {
  it('reads a valid course alone and as JSON text', () => {
    expect(parseCourse(valid())).toEqual({ ok: true, value: valid() });
    expect(parseCourse(JSON.stringify(valid()))).toEqual({ ok: true, value: valid() });
  });

  it('warns of the modules and sections a complete course would have', () => {
    const result = parseCourse(valid(), validFramework());
    expect(result.ok).toBe(true);
    expect(result.ok && result.warnings?.map((w) => `${w.code} ${w.params?.pillar}`)).toEqual([
      'missing-module connectivity',
    ]);
    expect(courseGaps(valid(), validFramework())).toHaveLength(1);
  });

  it('finds unknown and unused sources, duplicates and missing translations', () => {
    const c = valid();
    c.sources.push({ id: 'report-2023', publisher: 'UNESCO', title: 'Again', year: 2023 });
    c.modules[0]!.sections[0]!.practices.push({ text: { en: 'Only English' }, sources: ['ghost'] });
    expect(codes(parseCourse(c))).toEqual([
      'duplicate-id sources.2.id',
      'missing-translation modules.0.sections.0.practices.1.text.fr',
      'unknown-source modules.0.sections.0.practices.1.sources.0',
    ]);
    const unused = valid();
    unused.sources.push({ id: 'unused', publisher: 'OECD', title: 'Unread', year: 2020 });
    expect(codes(parseCourse(unused))).toEqual(['unused-source sources.2.id']);
  });

  it('checks pillars and components against the framework', () => {
    const c = valid();
    c.modules[0]!.sections[0]!.component = 'access';
    c.modules.push({ ...c.modules[0]!, pillar: 'nowhere' });
    expect(codes(parseCourse(c, validFramework()))).toEqual([
      'unknown-component modules.0.sections.0.component',
      'unknown-pillar modules.1.pillar',
    ]);
    expect(
      codes(
        parseCourse({ ...valid(), framework: { id: 'other', version: '1.0.0' } }, validFramework()),
      ),
    ).toEqual(['framework-mismatch framework.id']);
  });

  it('holds the reflection questions to three to five, and a fact to at least one source', () => {
    const c = valid();
    c.modules[0]!.reflection = three.slice(0, 2);
    c.modules[0]!.sections[0]!.practices[0]!.sources = [];
    const r = parseCourse(c);
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.issues.map((i) => i.path.join('.'))).toEqual([
      'modules.0.reflection',
      'modules.0.sections.0.practices.0.sources',
    ]);
  });

  it('refuses a newer course format, and never throws on hostile input', () => {
    expect(codes(parseCourse({ ...valid(), version: 2 }))).toEqual(['unsupported-version version']);
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
      },
    );
    expect(parseCourse(hostile).ok).toBe(false);
  });
});

describe('splitCourse and mergeCourseTexts', () => {
  it('split a course into its English texts and a French texts file, and merge it back whole', () => {
    const course = valid();
    const { base, texts } = splitCourse(course, 'en');
    expect(base.locales).toEqual(['en']);
    expect(base.modules[0]!.overview).toEqual({ en: 'What leadership covers' });
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatchObject({
      format: 'dtc.course-texts',
      locale: 'fr',
      framework: { id: 'tiny', version: '1.0.0' },
    });
    expect(texts[0]!.texts['section.strategy.example.0']).toBe('A programme began in 2007 (fr)');
    expect(Object.keys(texts[0]!.texts)).toHaveLength(13);
    const merged = mergeCourseTexts(base, ...texts);
    expect(merged.issues).toEqual([]);
    expect(merged.course).toEqual(course);
  });

  it('name a missing text, a key that names nothing and a file for another framework', () => {
    const { base, texts } = splitCourse(valid(), 'en');
    const fr = texts[0]!;
    const { 'module.leadership.overview': _dropped, ...rest } = fr.texts;
    const merged = mergeCourseTexts(
      base,
      { ...fr, texts: { ...rest, 'section.nowhere.overview': 'x' } },
      { ...fr, locale: 'es', framework: { id: 'other', version: '1.0.0' } },
    );
    expect(merged.issues.map((i) => `${i.code} ${i.path.join('.')}`)).toEqual([
      'framework-mismatch framework.id',
      'missing-text texts.module.leadership.overview',
      'unknown-text texts.section.nowhere.overview',
    ]);
    expect(merged.course.locales).toEqual(['en', 'fr']);
    expect(merged.course.modules[0]!.overview).toEqual({ en: 'What leadership covers' });
  });
});
