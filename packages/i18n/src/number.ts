/** Number and percent formatting through `Intl.NumberFormat`, with cached formatters. */
const cache = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

/** `formatNumber('fr', 1234.5)` → `1 234,5`. */
export function formatNumber(
  locale: string,
  value: number,
  options: Intl.NumberFormatOptions = {},
): string {
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
  return formatter(locale, { maximumFractionDigits: 0 }).format(score);
}

/** A signed change: `formatDelta('en', 12.4)` → `+12`, `formatDelta('en', -3)` → `−3`. */
export function formatDelta(locale: string, delta: number): string {
  return formatter(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(delta);
}
