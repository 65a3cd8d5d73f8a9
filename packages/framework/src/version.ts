/** The id and version of the bundled framework, which its course and mappings name. */
export const FRAMEWORK_ID = 'six-pillars';
export const FRAMEWORK_VERSION = '2.0.0';

/**
 * The locales the bundled framework is translated into, beside English (its source), each a
 * texts file in `./texts/`.
 */
export const TRANSLATIONS = ['ar', 'zh-Hans', 'fr', 'ru', 'es'] as const;
export type Translation = (typeof TRANSLATIONS)[number];

/** Every locale of the bundled framework, English first. */
export const LOCALES = ['en', ...TRANSLATIONS] as const;
