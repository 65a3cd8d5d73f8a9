import * as z from 'zod/mini';
import { FrameworkRef, LocaleTag } from './common.js';
import { maxEntries } from './bounds.js';
import { FRAMEWORK_LIMITS, FRAMEWORK_TEXTS_FORMAT, FRAMEWORK_TEXTS_VERSION } from './constants.js';
import { PATTERNS } from './patterns.js';

/**
 * The texts of a framework in one locale: the second half of the split form. The base file
 * is a framework in its source language (usually English, the fallback) that lists the
 * other locales in `translations`; each of those has a texts file that maps every text key
 * (`PATTERNS.textKey`, listed by `textKeys`) to its text. `mergeFrameworkTexts(base, texts)`
 * gives back the framework in both languages.
 */
export const FrameworkTexts = z.object({
  format: z.literal(FRAMEWORK_TEXTS_FORMAT),
  version: z.literal(FRAMEWORK_TEXTS_VERSION),
  /** The framework (id and version of the base) these texts translate. */
  framework: FrameworkRef,
  /** The locale of every text in this file. */
  locale: LocaleTag,
  /** Text key → text, e.g. `"pillar.data-evidence.title": "Données et preuves"`. */
  texts: z
    .record(
      z.string().check(z.regex(PATTERNS.textKey.re, PATTERNS.textKey.message)),
      z
        .string()
        .check(
          z.maxLength(FRAMEWORK_LIMITS.text),
          z.regex(PATTERNS.nonEmpty.re, PATTERNS.nonEmpty.message),
        ),
    )
    .check(maxEntries(FRAMEWORK_LIMITS.texts)),
});
export type FrameworkTexts = z.infer<typeof FrameworkTexts>;
