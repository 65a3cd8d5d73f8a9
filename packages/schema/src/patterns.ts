/**
 * The text patterns of the data formats and what to say when a value does not match.
 * The zod schemas use them, and an issue names the pattern a value missed (`params.pattern`)
 * so that its sentence can be worded in any language.
 */
import { RESPONSE_LIMITS } from './constants.js';

const ID = /^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/;
const ID_BODY = ID.source.slice(1, -1);

export const PATTERNS = {
  /**
   * A BCP 47 language tag in its canonical case, such as `en`, `fr`, `fr-CA`, `es-419` or
   * `zh-Hant`: text is looked up by canonical tags, so `FR` or `fr-ca` would never be found.
   */
  locale: {
    re: /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?(?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*$/,
    message: 'Expected a BCP 47 language tag in canonical case, such as "en", "fr-CA" or "zh-Hant"',
  },
  /** Lower-case letters, digits and hyphens, e.g. `connectivity-infrastructure`. */
  id: {
    re: ID,
    message: 'Expected an id of lower-case letters, digits and hyphens (e.g. "data-evidence")',
  },
  semver: {
    re: /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/,
    message: 'Expected a semantic version such as "1.0.0"',
  },
  /**
   * An ISO 8601 date-time with offset, on a day that exists: days 01–31 in January, March…,
   * 01–30 in April, June, September and November, 01–28 in February and the 29th in leap years
   * (Gregorian: every fourth year, except centuries not divisible by 400); hours 00–23,
   * minutes and seconds 00–59 (no leap second: `Date` cannot read one).
   */
  timestamp: {
    re: new RegExp(
      '^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))' +
        '|(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)' +
        'T(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d{1,9})?)?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$',
    ),
    message: 'Expected a real date and time in ISO 8601 form, such as "2026-03-25T09:30:00Z"',
  },
  /** Text with at least one character that is not a space. */
  nonEmpty: { re: /\S/, message: 'Text must not be empty' },
  /**
   * The key of one localized string in a framework texts file, named by the ids around it:
   * `title`, `description`, `about`, `vision.purpose`, `level.2.label`, `level.2.description`,
   * `priority.<id>.title`, `principle.<id>.summary`, `outcome.<id>.title`,
   * `pillar.<id>.summary`, `component.<id>.title`, `question.<id>.title|summary|help`,
   * `question.<id>.level.3` (a rubric descriptor), `question.<id>.option.<option id>`.
   */
  textKey: {
    re: new RegExp(
      '^(?:title|description|about|vision\\.purpose' +
        '|level\\.[1-7]\\.(?:label|description)' +
        `|(?:priority|principle|outcome|pillar|component)\\.${ID_BODY}\\.(?:title|summary)` +
        `|question\\.${ID_BODY}\\.(?:title|summary|help|level\\.[1-7]|option\\.${ID_BODY})` +
        ')$',
    ),
    message: 'Expected a text key such as "pillar.data-evidence.title" or "question.emis.level.2"',
  },
  /** ISO 3166-1 alpha-3. */
  country: { re: /^[A-Z]{3}$/, message: 'Expected an ISO 3166-1 alpha-3 code such as "SEN"' },
  /**
   * ISO 4217, e.g. `XOF`. The `u` flag keeps its printed form apart from `country`'s, so that
   * an issue names the right pattern.
   */
  currency: { re: /^[A-Z]{3}$/u, message: 'Expected an ISO 4217 currency code such as "XOF"' },
  /**
   * An absolute http(s) URL, checked with a pattern rather than a full URL parser: a host,
   * then nothing or a path, query or fragment, without spaces. The two parts cannot match
   * the same characters, so checking takes time in proportion to the length (no
   * backtracking on a long link followed by a space).
   */
  url: {
    re: /^https?:\/\/[^\s/?#]+(?:[/?#]\S*)?$/i,
    message: 'Expected an http(s) link such as "https://example.org/report.pdf"',
  },
} as const;

export type PatternName = keyof typeof PATTERNS;

/** The name of the pattern whose regular expression prints as `source` (`/…/flags`). */
export function patternNamed(source: string | undefined): PatternName | undefined {
  return (Object.keys(PATTERNS) as PatternName[]).find((k) => String(PATTERNS[k].re) === source);
}

/**
 * Whether `text` is an address the URL parser reads (`new URL`), with the `http:` or
 * `https:` scheme. Links a browser would refuse (`http://<script>…`) are not accepted.
 */
export function isHttpUrl(text: string): boolean {
  try {
    const { protocol } = new URL(text);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Whether `text` is an acceptable evidence link (an `Answer`'s `evidence` item): at most
 * 2,000 characters, matching `PATTERNS.url`, and an http(s) address for the URL parser.
 */
export function isEvidenceUrl(text: string): boolean {
  return text.length <= RESPONSE_LIMITS.link && PATTERNS.url.re.test(text) && isHttpUrl(text);
}
