/**
 * The texts of the course in each translation, loaded one locale at a time: a page merges
 * the one it shows into the English course (`@dtc/framework/course/base`) with
 * `mergeCourseTexts`, and downloads no other language's texts.
 */
import type { CourseTexts } from '@dtc/schema';
import { loadTranslation, type TextsLoaders } from '../../translations.js';

const loaders: TextsLoaders<CourseTexts> = {
  fr: () => import('./fr.js').then((m) => m.default),
  ar: () => import('./ar.js').then((m) => m.default),
  es: () => import('./es.js').then((m) => m.default),
  'zh-Hans': () => import('./zh-Hans.js').then((m) => m.default),
  ru: () => import('./ru.js').then((m) => m.default),
};

/** The course's texts in `locale`, one of the framework's translations. */
export function loadCourseTexts(locale: string): Promise<CourseTexts> {
  return loadTranslation('The course', loaders, locale);
}
