/**
 * Checks of the demo's own fields in the records it keeps in `localStorage` (storage.ts) and in
 * the files it imports (exchange.ts). The formats that have a schema (responses, plans,
 * feedback on the questions) are read with @dtc/schema's parse functions; these checks cover
 * what is the demo's alone: an assessment's dates and where it came from, a participant of the
 * workshop, a country team, the ratings of the assessment. Pure: nothing here touches storage.
 */
import { PATTERNS, type Issue, type IssuePath } from '@dtc/schema';
import type { Assessment, Feedback, StoredMigration } from './storage.js';

/**
 * The longest name the demo reads back from storage: a workshop participant's, a country
 * team's, a file's. A longer one sets its record aside (nothing the site writes comes near:
 * a response's label is capped at 200 characters by its schema, a participant's name joins at
 * most four such fields).
 */
export const MAX_STORED_NAME = 1000;

/** How long the comment of a rating may be; longer text is cut there. */
export const MAX_RATING_COMMENT = 5000;

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An ISO 8601 date-time, as the response format writes them. */
export const isTimestamp = (value: unknown): value is string =>
  typeof value === 'string' && PATTERNS.timestamp.re.test(value);

/** A name read back from storage: text no longer than {@link MAX_STORED_NAME}. */
export const isStoredName = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= MAX_STORED_NAME;

/** How an issue names the type of a value it did not expect (as @dtc/schema's do). */
export const kind = (v: unknown): string =>
  v === undefined ? 'nothing' : v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;

const RATING_KEYS = ['questions', 'methods', 'usefulness'] as const;

/**
 * The ratings of an assessment (1 to 5 each, or none) and their comment. Issues go to
 * `issues` under `path`; what can be read is returned (the comment cut at
 * {@link MAX_RATING_COMMENT} characters, a missing date read as `now`).
 */
export function checkRatings(
  value: unknown,
  path: IssuePath,
  issues: Issue[],
  now: string,
): Feedback | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) {
    issues.push({
      path,
      code: 'invalid-type',
      params: { expected: 'object', found: kind(value) },
      message: 'Expected an object',
    });
    return undefined;
  }
  const out: Feedback = {
    questions: null,
    methods: null,
    usefulness: null,
    comment: '',
    updatedAt: now,
  };
  for (const key of RATING_KEYS) {
    const v = value[key];
    if (v === null || v === undefined) continue;
    if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5) out[key] = v;
    else
      issues.push({
        path: [...path, key],
        code: 'invalid-value',
        params: { expected: '1, 2, 3, 4, 5', found: JSON.stringify(v) ?? kind(v) },
        message: 'Expected a rating from 1 to 5',
      });
  }
  if (typeof value.comment === 'string') out.comment = value.comment.slice(0, MAX_RATING_COMMENT);
  if (typeof value.updatedAt === 'string') out.updatedAt = value.updatedAt;
  return out;
}

/** The details of a stored assessment besides its response, plan and feedback. */
export type StoredDetails = Pick<Assessment, 'origin' | 'section' | 'migration' | 'deepDive'>;

const optionalFlag = (v: unknown): boolean => v === undefined || typeof v === 'boolean';

/**
 * The optional details of a stored assessment (where it came from, the section last worked
 * on, the report of a migration, the last deep dive), or null when one of them is not in the
 * form the demo writes.
 */
export function checkDetails(value: Record<string, unknown>): StoredDetails | null {
  const { origin, section, migration, deepDive } = value;
  if (
    origin !== undefined &&
    !(
      isObject(origin) &&
      (origin.kind === 'file' || origin.kind === 'share') &&
      isTimestamp(origin.at) &&
      (origin.name === undefined || isStoredName(origin.name))
    )
  ) {
    return null;
  }
  if (section !== undefined && !(typeof section === 'string' && section.length <= 100)) return null;
  if (
    migration !== undefined &&
    !(
      isObject(migration) &&
      isObject(migration.report) &&
      optionalFlag(migration.noticeDismissed) &&
      optionalFlag(migration.bannerDismissed)
    )
  ) {
    return null;
  }
  if (
    deepDive !== undefined &&
    !(
      isObject(deepDive) &&
      typeof deepDive.pillar === 'string' &&
      deepDive.pillar.length <= 100 &&
      isStoredName(deepDive.round)
    )
  ) {
    return null;
  }
  return {
    origin: origin as StoredDetails['origin'],
    section: section as string | undefined,
    migration: migration as StoredMigration | undefined,
    deepDive: deepDive as StoredDetails['deepDive'],
  };
}

/** A stored id: the plain ids this site makes and imports keep. */
export const isStoredId = (value: unknown): value is string =>
  typeof value === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(value);
