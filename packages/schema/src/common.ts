import * as z from 'zod/mini';
import { PATTERNS } from './patterns.js';

/** A BCP 47 language tag such as `en`, `fr`, `fr-CA` or `zh-Hans`. */
export const LocaleTag = z.string().check(z.regex(PATTERNS.locale.re, PATTERNS.locale.message));
export type LocaleTag = z.infer<typeof LocaleTag>;

/**
 * Text in several languages: a map from BCP 47 tag to a non-empty string.
 * A framework declares its `locales`; every LocalizedText in it carries each of them.
 */
export const LocalizedText = z.record(
  LocaleTag,
  z.string().check(z.regex(PATTERNS.nonEmpty.re, PATTERNS.nonEmpty.message)),
);
export type LocalizedText = z.infer<typeof LocalizedText>;

/** A stable identifier: lower-case letters, digits and hyphens, e.g. `connectivity-infrastructure`. */
export const Id = z.string().check(z.regex(PATTERNS.id.re, PATTERNS.id.message));
export type Id = z.infer<typeof Id>;

/** A semantic version such as `1.0.0` or `2.1.0-beta.1`. */
export const SemVer = z.string().check(z.regex(PATTERNS.semver.re, PATTERNS.semver.message));

/** An ISO 8601 date-time with offset, e.g. `2026-03-25T09:30:00.000Z`. */
export const Timestamp = z
  .string()
  .check(z.regex(PATTERNS.timestamp.re, PATTERNS.timestamp.message));

/** A reference from a response, result or plan to the framework it belongs to. */
export const FrameworkRef = z.object({ id: Id, version: SemVer });
export type FrameworkRef = z.infer<typeof FrameworkRef>;
