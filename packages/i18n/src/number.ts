/** Number and percent formatting through `Intl.NumberFormat`, with cached formatters. */
const cache = new Map<string, Intl.NumberFormat>();

/** The cached `Intl.NumberFormat` for a locale and options. */
export function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

/**
 * Languages written with Latin digits in every region. A tag with an extension (`-u-nu-…`
 * can ask for other digits) does not match: its subtags of one letter are left out.
 */
const LATIN_DIGITS = /^(?:en|fr|es|pt|de|it|nl)(?:-[a-z\d]{2,8})*$/i;
const latinDigits = new Map<string, boolean>();
const DECIMAL = { maximumFractionDigits: 1 } as const;
const WHOLE = { maximumFractionDigits: 0 } as const;

/**
 * A number with at most `fractionDigits` (0 or 1) decimals. In a language written with
 * Latin digits, a whole number from 0 to 999 prints as its ASCII digits: the very string
 * `Intl.NumberFormat` gives, with no sign, separator or rounding to apply. Such numbers fill
 * the questionnaire's first page (levels, steps, counts), and skipping the formatter for
 * them spares that page the tens of milliseconds that a browser takes to load its number
 * data on first use.
 */
export function formatPlain(locale: string, value: number, fractionDigits: 0 | 1): string {
  if (Number.isInteger(value) && value >= 0 && value < 1000) {
    let latin = latinDigits.get(locale);
    if (latin === undefined) {
      latin = LATIN_DIGITS.test(locale);
      latinDigits.set(locale, latin);
    }
    // -0 is an integer ≥ 0 too, but formats as "-0".
    if (latin && !Object.is(value, -0)) return String(value);
  }
  return formatter(locale, fractionDigits === 0 ? WHOLE : DECIMAL).format(value);
}

/** `formatNumber('fr', 1234.5)` → `1 234,5`. */
export function formatNumber(
  locale: string,
  value: number,
  options: Intl.NumberFormatOptions = {},
): string {
  if (Object.keys(options).length === 0) return formatPlain(locale, value, 1);
  return formatter(locale, { maximumFractionDigits: 1, ...options }).format(value);
}

/** A share from 0 to 1 as a percentage: `formatPercent('fr', 0.42)` → `42 %`. */
export function formatPercent(locale: string, share: number, fractionDigits = 0): string {
  return formatter(locale, {
    style: 'percent',
    minimumFractionDigits: 0,
    maximumFractionDigits: fractionDigits,
  }).format(share);
}

/** A score from 0 to 100, rounded: `formatScore('en', 66.666)` → `67`. */
export function formatScore(locale: string, score: number): string {
  return formatPlain(locale, score, 0);
}

/** A signed change: `formatDelta('en', 12.4)` → `+12`, `formatDelta('en', -3)` → `-3`. */
export function formatDelta(locale: string, delta: number): string {
  return formatter(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(delta);
}
