/**
 * The text patterns of the data formats and what to say when a value does not match.
 * Shared by the zod schemas and the small validator, so the two cannot drift apart.
 */
export const PATTERNS = {
  /** A BCP 47 language tag such as `en`, `fr`, `fr-CA` or `zh-Hans`. */
  locale: {
    re: /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/,
    message: 'Expected a BCP 47 language tag such as "en" or "fr-CA"',
  },
  /** Lower-case letters, digits and hyphens, e.g. `connectivity-infrastructure`. */
  id: {
    re: /^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/,
    message: 'Expected an id of lower-case letters, digits and hyphens (e.g. "data-evidence")',
  },
  semver: {
    re: /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/,
    message: 'Expected a semantic version such as "1.0.0"',
  },
  /** An ISO 8601 date-time with offset. */
  timestamp: {
    re: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/,
    message: 'Expected an ISO 8601 date-time such as "2026-03-25T09:30:00Z"',
  },
  /** ISO 3166-1 alpha-3. */
  country: { re: /^[A-Z]{3}$/, message: 'Expected an ISO 3166-1 alpha-3 code such as "SEN"' },
  /** An absolute http(s) URL, checked with a pattern rather than a full URL parser. */
  url: {
    re: /^https?:\/\/[^\s/?#]+[^\s]*$/i,
    message: 'Expected an http(s) link such as "https://example.org/report.pdf"',
  },
} as const;

/** Whether `text` is an acceptable evidence link (an `Answer`'s `evidence` item). */
export function isEvidenceUrl(text: string): boolean {
  return text.length <= 2000 && PATTERNS.url.re.test(text);
}
