import * as z from 'zod/mini';
import { maxEntries } from './bounds.js';
import { FRAMEWORK_LIMITS } from './constants.js';
import { PATTERNS, isHttpUrl } from './patterns.js';

/** A BCP 47 language tag such as `en`, `fr`, `fr-CA` or `zh-Hans`. */
export const LocaleTag = z
  .string()
  .check(
    z.maxLength(FRAMEWORK_LIMITS.locale),
    z.regex(PATTERNS.locale.re, PATTERNS.locale.message),
  );
export type LocaleTag = z.infer<typeof LocaleTag>;

/**
 * Text in several languages: a map from BCP 47 tag to a non-empty string.
 * A framework declares its `locales`; every LocalizedText in it carries each of them.
 */
export const LocalizedText = z
  .record(
    LocaleTag,
    z
      .string()
      .check(
        z.maxLength(FRAMEWORK_LIMITS.text),
        z.regex(PATTERNS.nonEmpty.re, PATTERNS.nonEmpty.message),
      ),
  )
  .check(maxEntries(FRAMEWORK_LIMITS.locales));
export type LocalizedText = z.infer<typeof LocalizedText>;

/** A stable identifier: lower-case letters, digits and hyphens, e.g. `connectivity-infrastructure`. */
export const Id = z.string().check(z.regex(PATTERNS.id.re, PATTERNS.id.message));
export type Id = z.infer<typeof Id>;

/** A semantic version such as `1.0.0` or `2.1.0-beta.1`. */
export const SemVer = z
  .string()
  .check(
    z.maxLength(FRAMEWORK_LIMITS.version),
    z.regex(PATTERNS.semver.re, PATTERNS.semver.message),
  );

/**
 * A check that text matching `pattern` also passes `test`, reported as a value that misses
 * the pattern (`invalid-format`, with the pattern's name), so that one sentence words both.
 * Text that misses the pattern already has its issue and is not reported twice.
 */
function alsoFormat(name: 'url', test: (text: string) => boolean) {
  const { re, message } = PATTERNS[name];
  return z.check<string>((ctx) => {
    if (re.test(ctx.value) && !test(ctx.value))
      ctx.issues.push({
        code: 'invalid_format',
        format: 'regex',
        pattern: String(re),
        input: ctx.value,
        message,
      });
  });
}

/**
 * An ISO 8601 date-time with offset, e.g. `2026-03-25T09:30:00.000Z`, on a real calendar day
 * (no 30 February, no 29 February outside leap years) and with seconds 00–59
 * (`PATTERNS.timestamp`). The text is kept as written: its offset is not turned into UTC.
 */
export const Timestamp = z
  .string()
  .check(z.regex(PATTERNS.timestamp.re, PATTERNS.timestamp.message));

/**
 * A link to a web page: at most `max` characters, matching `PATTERNS.url`, and read by the
 * URL parser (`new URL`) as an `http:` or `https:` address (see `isHttpUrl`).
 */
export const HttpUrl = (max: number) =>
  z
    .string()
    .check(
      z.maxLength(max),
      z.regex(PATTERNS.url.re, PATTERNS.url.message),
      alsoFormat('url', isHttpUrl),
    );

/** A reference from a response, result or plan to the framework it belongs to. */
export const FrameworkRef = z.object({ id: Id, version: SemVer });
export type FrameworkRef = z.infer<typeof FrameworkRef>;
