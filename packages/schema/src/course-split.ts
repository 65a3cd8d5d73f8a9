/**
 * The split form of a course, as for a framework (`framework-split.ts`): the course in its
 * source language plus one texts file per other locale, each text named by the ids around
 * it. Imports no zod.
 */
import type { LocalizedText } from './common.js';
import { COURSE_TEXTS_FORMAT, COURSE_TEXTS_VERSION } from './constants.js';
import type { Course } from './course.js';
import type { FrameworkRef } from './common.js';
import type { Issue } from './issues.js';
import { mergeTexts, splitTexts } from './texts-split.js';

/**
 * The texts of a course in one locale. Keys: `module.<pillar>.overview`, `…whyItMatters`,
 * `…reflection.<n>`, and per section `section.<component>.overview`, `…whyItMatters`,
 * `…practice.<n>`, `…pitfall.<n>`, `…example.<n>`, `…reflection.<n>` (n from 0, in order).
 */
export interface CourseTexts {
  format: typeof COURSE_TEXTS_FORMAT;
  version: typeof COURSE_TEXTS_VERSION;
  /** The framework (id and version) of the course these texts translate. */
  framework: FrameworkRef;
  locale: string;
  texts: Record<string, string>;
}

type MapText = (key: string, text: LocalizedText) => LocalizedText;

/** A copy of `course` with every localized text replaced by `f(key, text)`. */
export function mapCourseTexts(course: Course, f: MapText): Course {
  const list = (at: string, texts: readonly LocalizedText[]) =>
    texts.map((t, i) => f(`${at}.${i}`, t));
  return {
    ...course,
    modules: course.modules.map((m) => {
      const at = `module.${m.pillar}`;
      return {
        ...m,
        overview: f(`${at}.overview`, m.overview),
        whyItMatters: f(`${at}.whyItMatters`, m.whyItMatters),
        reflection: list(`${at}.reflection`, m.reflection),
        sections: m.sections.map((s) => {
          const on = `section.${s.component}`;
          return {
            ...s,
            overview: f(`${on}.overview`, s.overview),
            whyItMatters: f(`${on}.whyItMatters`, s.whyItMatters),
            practices: s.practices.map((p, i) => ({
              ...p,
              text: f(`${on}.practice.${i}`, p.text),
            })),
            pitfalls: list(`${on}.pitfall`, s.pitfalls),
            examples: s.examples.map((e, i) => ({ ...e, text: f(`${on}.example.${i}`, e.text) })),
            reflection: list(`${on}.reflection`, s.reflection),
          };
        }),
      };
    }),
  };
}

/**
 * Splits a course into its texts in `sourceLocale` (default: the first declared locale),
 * with only that locale declared, and one texts file per other locale.
 */
export function splitCourse(
  course: Course,
  sourceLocale: string = course.locales[0] ?? 'en',
): { base: Course; texts: CourseTexts[] } {
  const others = course.locales.filter((l) => l !== sourceLocale);
  const { stripped, texts } = splitTexts(course, mapCourseTexts, sourceLocale, others);
  return {
    base: { ...stripped, locales: [sourceLocale] },
    texts: others.map((locale) => ({
      format: COURSE_TEXTS_FORMAT,
      version: COURSE_TEXTS_VERSION,
      framework: course.framework,
      locale,
      texts: texts.get(locale)!,
    })),
  };
}

/**
 * Adds texts files to a course, declaring their locales after its own. Never throws; the
 * issues are those of `mergeFrameworkTexts` (missing and unknown texts, a file for another
 * framework or version).
 */
export function mergeCourseTexts(
  base: Course,
  ...files: readonly CourseTexts[]
): { course: Course; issues: Issue[] } {
  const ref = base.framework;
  const { merged, locales, issues } = mergeTexts(
    base,
    mapCourseTexts,
    ref,
    `the course of "${ref.id}" ${ref.version}`,
    files,
  );
  return { course: { ...merged, locales: [...new Set([...base.locales, ...locales])] }, issues };
}
