/**
 * The texts of the bundled framework in each translation, loaded one locale at a time: a
 * page merges the one it shows into the English base (`@dtc/framework/base`) with
 * `mergeFrameworkTexts`, and downloads no other language's texts.
 */
import type { FrameworkTexts } from '@dtc/schema';
import { loadTranslation, type TextsLoaders } from '../translations.js';
import { TRANSLATIONS, type Translation } from '../version.js';

const loaders: TextsLoaders<FrameworkTexts> = {
  fr: () => import('./fr.js').then((m) => m.default),
  ar: () => import('./ar.js').then((m) => m.default),
  es: () => import('./es.js').then((m) => m.default),
  'zh-Hans': () => import('./zh-Hans.js').then((m) => m.default),
  ru: () => import('./ru.js').then((m) => m.default),
};

/** The locales `loadFrameworkTexts` has texts for (English, the base's, is not one of them). */
export const FRAMEWORK_TRANSLATIONS: readonly Translation[] = TRANSLATIONS;

/** The framework's texts in `locale`, one of {@link FRAMEWORK_TRANSLATIONS}. */
export function loadFrameworkTexts(locale: string): Promise<FrameworkTexts> {
  return loadTranslation('The framework', loaders, locale);
}
