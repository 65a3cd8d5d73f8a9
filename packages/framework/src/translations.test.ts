import {
  mapCourseTexts,
  mapFrameworkTexts,
  mergeCourseTexts,
  mergeFrameworkTexts,
  type LocalizedText,
} from '@dtc/schema';
import { describe, expect, it } from 'vitest';
import { courseBase } from './course/base.js';
import { course } from './course/index.js';
import { loadCourseTexts } from './course/texts/index.js';
import { sixPillarsBase } from './base.js';
import { FRAMEWORK_LOCALES, sixPillars } from './index.js';
import { FRAMEWORK_TRANSLATIONS, loadFrameworkTexts } from './texts/index.js';

const localesOf = (texts: LocalizedText[]) => [...new Set(texts.flatMap((t) => Object.keys(t)))];

describe('the translations of the framework and its course', () => {
  it('leave the bases in English alone, listing the translations', () => {
    const texts: LocalizedText[] = [];
    mapFrameworkTexts(sixPillarsBase, (_, t) => (texts.push(t), t));
    mapCourseTexts(courseBase, (_, t) => (texts.push(t), t));
    expect(localesOf(texts)).toEqual(['en']);
    expect(sixPillarsBase.translations).toEqual([...FRAMEWORK_TRANSLATIONS]);
    expect(FRAMEWORK_LOCALES).toEqual(['en', ...FRAMEWORK_TRANSLATIONS]);
  });

  it.each(FRAMEWORK_TRANSLATIONS)(
    'give every text of the framework and of the course in %s, and nothing else',
    async (locale) => {
      const texts = await loadFrameworkTexts(locale);
      expect(texts.locale).toBe(locale);
      expect(mergeFrameworkTexts(sixPillarsBase, texts).issues).toEqual([]);
      const courseTexts = await loadCourseTexts(locale);
      expect(courseTexts.locale).toBe(locale);
      expect(mergeCourseTexts(courseBase, courseTexts).issues).toEqual([]);
    },
  );

  it('are all merged into sixPillars and the course, every text in every locale', () => {
    expect(sixPillars.locales).toEqual([...FRAMEWORK_LOCALES]);
    expect(sixPillars.translations).toBeUndefined();
    expect(course.locales).toEqual([...FRAMEWORK_LOCALES]);
    const texts: LocalizedText[] = [];
    mapFrameworkTexts(sixPillars, (_, t) => (texts.push(t), t));
    mapCourseTexts(course, (_, t) => (texts.push(t), t));
    for (const text of texts) expect(Object.keys(text)).toEqual([...FRAMEWORK_LOCALES]);
  });

  it('refuse a locale they have no texts for, naming those they have', async () => {
    await expect(loadFrameworkTexts('en')).rejects.toThrow(RangeError);
    await expect(loadFrameworkTexts('tlh')).rejects.toThrow(
      /The framework has no "tlh" texts; it has "ar", "zh-Hans", "fr", "ru", "es"/,
    );
    await expect(loadCourseTexts('__proto__')).rejects.toThrow(/The course has no "__proto__"/);
  });
});
