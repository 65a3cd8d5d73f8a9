/** Loading the texts of one translation, shared by the framework's and the course's loaders. */
import { TRANSLATIONS, type Translation } from './version.js';

/** A loader per translation of the bundled framework. */
export type TextsLoaders<T> = Readonly<Record<Translation, () => Promise<T>>>;

/**
 * The texts of `locale` from `loaders`; rejects with a `RangeError` that names `what` and
 * the locales there are when `locale` is not a translation (English is the base, not one).
 */
export function loadTranslation<T>(
  what: string,
  loaders: TextsLoaders<T>,
  locale: string,
): Promise<T> {
  if (!Object.hasOwn(loaders, locale))
    return Promise.reject(
      new RangeError(
        `${what} has no "${locale}" texts; it has ${TRANSLATIONS.map((l) => `"${l}"`).join(', ')}`,
      ),
    );
  return loaders[locale as Translation]();
}
