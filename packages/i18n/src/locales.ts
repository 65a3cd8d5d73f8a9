/**
 * The locales the catalogs are written in, with what a language menu and an "about" text
 * need: each language's name in itself, its direction, and where its words came from.
 */

/** Built-in locales in the order the United Nations lists its six official languages. */
export const BUILT_IN_LOCALES = ['ar', 'zh-Hans', 'en', 'fr', 'ru', 'es'] as const;
export type BuiltInLocale = (typeof BUILT_IN_LOCALES)[number];

/** Who wrote a locale's words, and whether a native speaker has reviewed them. */
export interface Provenance {
  /**
   * `source`: written in this language (the catalogs' contract, English); `ai-model`:
   * translated from English by an AI language model; `translator`: by a human translator.
   */
  writtenBy: 'source' | 'ai-model' | 'translator';
  /** Whether a native speaker working in education policy has reviewed the whole locale. */
  reviewedByNativeSpeaker: boolean;
}

export interface LocaleInfo {
  tag: BuiltInLocale;
  /** The language's name in the language itself, as a language menu lists it. */
  name: string;
  dir: 'ltr' | 'rtl';
  provenance: Provenance;
}

const translatedByModel: Provenance = { writtenBy: 'ai-model', reviewedByNativeSpeaker: false };

/** What each built-in locale is and where its words came from, by tag. */
export const LOCALE_INFO: Readonly<Record<BuiltInLocale, LocaleInfo>> = {
  ar: { tag: 'ar', name: 'العربية', dir: 'rtl', provenance: translatedByModel },
  'zh-Hans': { tag: 'zh-Hans', name: '简体中文', dir: 'ltr', provenance: translatedByModel },
  en: {
    tag: 'en',
    name: 'English',
    dir: 'ltr',
    provenance: { writtenBy: 'source', reviewedByNativeSpeaker: false },
  },
  fr: { tag: 'fr', name: 'Français', dir: 'ltr', provenance: translatedByModel },
  ru: { tag: 'ru', name: 'Русский', dir: 'ltr', provenance: translatedByModel },
  es: { tag: 'es', name: 'Español', dir: 'ltr', provenance: translatedByModel },
};
