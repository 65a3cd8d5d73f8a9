import { localeChainShared as localeChain } from './locale.js';

/** Text in several languages, keyed by BCP 47 tag (the shape of a framework's LocalizedText). */
export type LocalizedText = Readonly<Record<string, string>>;

/**
 * Picks a framework string for a locale. The fallback chain:
 * 1. the locale itself, then its parents (`fr-CA` → `fr`);
 * 2. each of `fallbacks` in order (pass the framework's locales: its source language first);
 * 3. English;
 * 4. the first non-empty value;
 * 5. an empty string (never `undefined`), so a missing text never throws while rendering.
 */
export function text(
  localized: LocalizedText | null | undefined,
  locale: string,
  fallbacks: readonly string[] = [],
): string {
  if (!localized) return '';
  // Fast path: the exact locale is there (the common case while rendering).
  const exact = Object.hasOwn(localized, locale) ? localized[locale] : undefined;
  if (typeof exact === 'string' && exact.trim()) return exact;
  const tried = new Set<string>();
  const attempt = (tag: string): string | undefined => {
    for (const candidate of localeChain(tag)) {
      if (tried.has(candidate)) continue;
      tried.add(candidate);
      const value = Object.hasOwn(localized, candidate) ? localized[candidate] : undefined;
      if (typeof value === 'string' && value.trim()) return value;
    }
    return undefined;
  };
  for (const tag of [locale, ...fallbacks, 'en']) {
    const found = attempt(tag);
    if (found !== undefined) return found;
  }
  for (const value of Object.values(localized))
    if (typeof value === 'string' && value.trim()) return value;
  return '';
}

/** Which locale `text()` would use, or `null` if none: lets a UI mark a fallback with `lang`. */
export function textLocale(
  localized: LocalizedText | null | undefined,
  locale: string,
  fallbacks: readonly string[] = [],
): string | null {
  if (!localized) return null;
  for (const tag of [locale, ...fallbacks, 'en']) {
    for (const candidate of localeChain(tag)) {
      const value = Object.hasOwn(localized, candidate) ? localized[candidate] : undefined;
      if (typeof value === 'string' && value.trim()) return candidate;
    }
  }
  return Object.keys(localized).find((k) => localized[k]?.trim()) ?? null;
}
