/** Locale tags, negotiation and text direction, through `Intl.Locale`. */

/**
 * A small memo for functions of a locale tag: `Intl` calls cost microseconds each and a
 * render asks the same few tags thousands of times. Bounded, so hostile input cannot grow it.
 */
function memo<T>(fn: (tag: string) => T): (tag: string) => T {
  const cache = new Map<string, T>();
  return (tag) => {
    let value = cache.get(tag);
    if (value === undefined && !cache.has(tag)) {
      value = fn(tag);
      if (cache.size >= 200) cache.clear();
      cache.set(tag, value);
    }
    return value as T;
  };
}

/** A canonical BCP 47 tag (`fr-ca` → `fr-CA`), or `null` when the tag is not well formed. */
export const canonicalLocale: (tag: string) => string | null = memo((tag) => {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
});

/**
 * The tags to try for a requested tag, most specific first:
 * `zh-Hant-TW` → `zh-Hant-TW`, `zh-Hant`, `zh`.
 */
export function localeChain(tag: string): string[] {
  return [...chainOf(tag)];
}

const chainOf = memo((tag): readonly string[] => {
  const canonical = canonicalLocale(tag);
  if (!canonical) return [];
  const parts = canonical.split('-');
  const chain: string[] = [];
  for (let n = parts.length; n > 0; n--) chain.push(parts.slice(0, n).join('-'));
  return chain;
});

/** The chain of {@link localeChain}, shared and read-only (no copy), for hot paths. */
export const localeChainShared: (tag: string) => readonly string[] = chainOf;

/** The script subtag of a tag (`Latn` in `sr-Latn-RS`), in title case, if it has one. */
function scriptOf(tag: string): string | undefined {
  const script = tag.split(/[-_]/).find((s, i) => i > 0 && /^[A-Za-z]{4}$/.test(s));
  return script && script[0]!.toUpperCase() + script.slice(1).toLowerCase();
}

/**
 * Picks the best available locale for what the user asked for (in order of preference),
 * e.g. `negotiateLocale(['fr-CA', 'en'], ['en', 'fr'])` → `fr`. Matching ignores case,
 * then drops subtags (`fr-CA` → `fr`), then accepts a regional variant of the language
 * (`pt` → `pt-BR`). Returns `fallback` (default: the first available) when nothing fits.
 */
export function negotiateLocale(
  requested: string | readonly (string | null | undefined)[] | null | undefined,
  available: readonly string[],
  fallback?: string,
): string {
  const wanted = (typeof requested === 'string' ? [requested] : (requested ?? [])).filter(
    (t): t is string => typeof t === 'string' && t.length > 0,
  );
  const byLower = new Map(available.map((a) => [(canonicalLocale(a) ?? a).toLowerCase(), a]));
  for (const tag of wanted) {
    for (const candidate of localeChain(tag)) {
      const hit = byLower.get(candidate.toLowerCase());
      if (hit) return hit;
    }
    const language = localeChain(tag).at(-1)?.toLowerCase();
    if (language) {
      // A variant of the language, but never in another script (sr-Latn is not sr-Cyrl),
      // except that a reader of Traditional Chinese characters, who reads Simplified ones,
      // gets `zh-Hans` when there is no Traditional (see `scriptSubstitute`).
      const of = (a: string) => a.toLowerCase().startsWith(`${language}-`);
      const script = scriptOf(tag);
      const regional =
        available.find((a) => {
          if (!of(a)) return false;
          const other = scriptOf(a);
          return !script || !other || other === script;
        }) ?? (language === 'zh' && script !== 'Hans' ? available.find(of) : undefined);
      if (regional) return regional;
    }
  }
  return fallback ?? available[0] ?? 'en';
}

const RTL_SCRIPTS = new Set([
  'Arab',
  'Hebr',
  'Syrc',
  'Thaa',
  'Nkoo',
  'Adlm',
  'Rohg',
  'Mand',
  'Samr',
]);
const RTL_LANGUAGES = new Set([
  'ar',
  'he',
  'iw',
  'fa',
  'ur',
  'ps',
  'sd',
  'ug',
  'yi',
  'ckb',
  'dv',
  'ku',
  'syr',
]);

/**
 * Languages written in one script in every region, by direction. For them a tag without a
 * script subtag needs no `maximize()`, which loads the browser's likely-subtags data (several
 * milliseconds on a page's first render).
 */
const ONE_SCRIPT: Readonly<Record<string, 'ltr' | 'rtl'>> = {
  en: 'ltr',
  fr: 'ltr',
  es: 'ltr',
  pt: 'ltr',
  de: 'ltr',
  it: 'ltr',
  nl: 'ltr',
  ru: 'ltr',
  ar: 'rtl',
  he: 'rtl',
  fa: 'rtl',
};

/** `rtl` for Arabic, Hebrew, Persian, Urdu and other right-to-left languages or scripts, else `ltr`. */
export const direction: (tag: string) => 'ltr' | 'rtl' = memo((tag) => {
  const canonical = canonicalLocale(tag);
  if (!canonical) return 'ltr';
  const [language, second] = canonical.split('-');
  // A second subtag of 4 letters is a script; a known language without one has its own.
  if (second?.length !== 4 && Object.hasOwn(ONE_SCRIPT, language!)) return ONE_SCRIPT[language!]!;
  try {
    const locale = new Intl.Locale(canonical);
    const script = locale.script ?? locale.maximize().script;
    if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
    return RTL_LANGUAGES.has(locale.language) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
});

/** The script a tag is written in, given or likely (`zh-TW` → `Hant`), if `Intl` knows it. */
function likelyScript(tag: string): string | undefined {
  try {
    const locale = new Intl.Locale(tag);
    return locale.script ?? locale.maximize().script;
  } catch {
    return undefined;
  }
}

/**
 * When the locale chosen for a request is in another script of the same language, as
 * `negotiateLocale(['zh-TW'], ['zh-Hans'])` gives Simplified Chinese to a reader of
 * Traditional, the scripts asked for and given (`{ requested: 'Hant', given: 'Hans' }`), so
 * a page can say that the script asked for is not available. `undefined` otherwise.
 */
export function scriptSubstitute(
  requested: string,
  chosen: string,
): { requested: string; given: string } | undefined {
  const [a, b] = [canonicalLocale(requested), canonicalLocale(chosen)];
  if (!a || !b || a.split('-')[0] !== b.split('-')[0]) return undefined;
  const [wanted, given] = [likelyScript(a), likelyScript(b)];
  return wanted && given && wanted !== given ? { requested: wanted, given } : undefined;
}
