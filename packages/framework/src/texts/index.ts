/**
 * The texts of the bundled framework in each translation, loaded one locale at a time: a
 * page merges the one it shows into the English base (`@dtc/framework/base`) and downloads
 * no other language's texts.
 */
import type { FrameworkTexts } from '@dtc/schema';
import { TRANSLATIONS, type Translation } from '../version.js';

const loaders: Record<Translation, () => Promise<FrameworkTexts>> = {
  fr: () => import('./fr.js').then((m) => m.default),
};

/** The locales `loadFrameworkTexts` has texts for (English, the base's, is not one of them). */
export const FRAMEWORK_TRANSLATIONS: readonly Translation[] = TRANSLATIONS;

/**
 * The texts file of `locale`, one of {@link FRAMEWORK_TRANSLATIONS}; rejects with a
 * `RangeError` naming the locales there are for any other.
 */
export function loadFrameworkTexts(locale: string): Promise<FrameworkTexts> {
  const load = Object.hasOwn(loaders, locale) ? loaders[locale as Translation] : undefined;
  if (!load)
    return Promise.reject(
      new RangeError(
        `The framework has no "${locale}" texts; it has ${TRANSLATIONS.map((l) => `"${l}"`).join(', ')}`,
      ),
    );
  return load();
}
