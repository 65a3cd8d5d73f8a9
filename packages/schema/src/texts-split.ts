/**
 * Moving the localized texts of a document (a framework, a course) between the single-file
 * form, where each text carries every locale, and the split form: the document in its
 * source language plus one texts file per other locale, keyed by the ids around each text.
 * Internal: `framework-split.ts` and `course-split.ts` name the keys and the files.
 */
import type { FrameworkRef, LocalizedText } from './common.js';
import type { Issue } from './issues.js';

/** Replaces every localized text of a document by `f(key, text)`, keeping the rest. */
export type MapTexts<D> = (doc: D, f: (key: string, text: LocalizedText) => LocalizedText) => D;

/** What a texts file holds, whatever its format: for which document, which locale, the texts. */
export interface TextsFile {
  framework: FrameworkRef;
  locale: string;
  texts: Readonly<Record<string, string>>;
}

/** The document with only `sourceLocale` left in each text, and the texts of each other locale. */
export function splitTexts<D>(
  doc: D,
  map: MapTexts<D>,
  sourceLocale: string,
  others: readonly string[],
): { stripped: D; texts: Map<string, Record<string, string>> } {
  const texts = new Map(others.map((l) => [l, {} as Record<string, string>]));
  const stripped = map(doc, (key, text) => {
    for (const [locale, into] of texts) {
      const value = text[locale];
      if (value !== undefined) into[key] = value;
    }
    const source = text[sourceLocale];
    return source === undefined ? {} : { [sourceLocale]: source };
  });
  return { stripped, texts };
}

/**
 * Adds texts files to a document whose own reference is `ref` (`what` names the document in
 * messages, e.g. `framework "six-pillars"`). Files for another document are left out (`framework-mismatch`); files for
 * another version are merged as far as keys match (`framework-version-mismatch`); a text the
 * file lacks is `missing-text`, a key that names no text is `unknown-text`.
 */
export function mergeTexts<D>(
  doc: D,
  map: MapTexts<D>,
  ref: FrameworkRef,
  what: string,
  files: readonly TextsFile[],
): { merged: D; locales: string[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const usable = files.filter((file) => {
    const { locale, framework: fileRef } = file;
    if (fileRef.id !== ref.id) {
      issues.push({
        path: ['framework', 'id'],
        code: 'framework-mismatch',
        params: { found: fileRef.id, expected: ref.id, locale },
        message: `The "${locale}" texts are for framework "${fileRef.id}", not "${ref.id}"`,
      });
      return false;
    }
    if (fileRef.version !== ref.version) {
      issues.push({
        path: ['framework', 'version'],
        code: 'framework-version-mismatch',
        params: { found: fileRef.version, expected: ref.version, locale },
        message: `The "${locale}" texts are for version ${fileRef.version} of "${ref.id}", not ${ref.version}`,
      });
    }
    return true;
  });
  const used = usable.map(() => new Set<string>());
  const merged = map(doc, (key, text) => {
    const out: Record<string, string> = { ...text };
    usable.forEach((file, i) => {
      const value = Object.hasOwn(file.texts, key) ? file.texts[key] : undefined;
      if (value !== undefined) {
        out[file.locale] = value;
        used[i]!.add(key);
      } else if (!Object.hasOwn(text, file.locale)) {
        issues.push({
          path: ['texts', key],
          code: 'missing-text',
          params: { key, locale: file.locale },
          message: `No "${file.locale}" text for "${key}"`,
        });
      }
    });
    return out;
  });
  usable.forEach((file, i) => {
    for (const key of Object.keys(file.texts)) {
      if (used[i]!.has(key)) continue;
      issues.push({
        path: ['texts', key],
        code: 'unknown-text',
        params: { key, locale: file.locale },
        message: `The "${file.locale}" text "${key}" names no text of ${what}`,
      });
    }
  });
  return { merged, locales: usable.map((f) => f.locale), issues };
}
