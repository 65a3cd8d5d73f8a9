import * as z from 'zod/mini';
import { PATTERNS } from './patterns.js';
import { maxEntries } from './bounds.js';
import { FrameworkRef, HttpUrl, Id, Timestamp } from './common.js';
import {
  RESPONDENT_ROLES,
  RESPONSE_FORMAT,
  RESPONSE_LIMITS,
  RESPONSE_VERSION,
} from './constants.js';

const label = z.optional(z.string().check(z.maxLength(RESPONSE_LIMITS.label)));

export const RespondentRole = z.enum(RESPONDENT_ROLES);
export type RespondentRole = z.infer<typeof RespondentRole>;

export const Respondent = z.object({
  role: RespondentRole,
  /** Free text that details the role (required in spirit for `other`). */
  roleDetail: label,
  name: label,
  organisation: label,
  /** ISO 3166-1 alpha-3 country code, e.g. `SEN`. */
  country: z.optional(z.string().check(z.regex(PATTERNS.country.re, PATTERNS.country.message))),
});
export type Respondent = z.infer<typeof Respondent>;

/**
 * An answer's value: a level (rubric), an option id (choice), `"yes"`/`"no"` (boolean),
 * free text (text), or one of the special values `"na"` and `"dont-know"`.
 */
export const AnswerValue = z.union([
  z.int().check(z.minimum(1), z.maximum(7)),
  z.string().check(z.maxLength(RESPONSE_LIMITS.text)),
]);
export type AnswerValue = z.infer<typeof AnswerValue>;

export const Confidence = z.enum(['low', 'medium', 'high']);
export type Confidence = z.infer<typeof Confidence>;

/**
 * A link to evidence: an absolute http(s) URL that the URL parser reads (`new URL`), of at
 * most `RESPONSE_LIMITS.link` characters (see `isEvidenceUrl`).
 */
export const EvidenceUrl = HttpUrl(RESPONSE_LIMITS.link);

export const Answer = z.object({
  value: AnswerValue,
  comment: z.optional(z.string().check(z.maxLength(RESPONSE_LIMITS.comment))),
  evidence: z.optional(z.array(EvidenceUrl).check(z.maxLength(RESPONSE_LIMITS.evidence))),
  confidence: z.optional(Confidence),
  answeredAt: Timestamp,
});
export type Answer = z.infer<typeof Answer>;

/** Answers by question id, at most `RESPONSE_LIMITS.answers` of them. */
const Answers = z.record(Id, Answer).check(maxEntries(RESPONSE_LIMITS.answers));

/** An earlier answer, kept when it was revised (e.g. re-scoring after a deep dive). */
export const HistoryEntry = z.object({
  questionId: Id,
  answer: Answer,
  replacedAt: Timestamp,
  /** Free label of the round it belonged to, e.g. "before deep dive". */
  round: label,
});

const History = z._default(z.array(HistoryEntry).check(z.maxLength(RESPONSE_LIMITS.history)), []);
export type HistoryEntry = z.infer<typeof HistoryEntry>;

/**
 * A response as it was before it was carried to another version of its framework
 * (`migrateResponse` in @dtc/scoring): the answers and history untouched, so nothing the
 * respondent said is lost and the earlier version can still show them as answered.
 */
export const MigrationRecord = z.object({
  from: FrameworkRef,
  to: FrameworkRef,
  at: Timestamp,
  answers: Answers,
  history: History,
});
export type MigrationRecord = z.infer<typeof MigrationRecord>;

export const Response = z.object({
  format: z.literal(RESPONSE_FORMAT),
  version: z.literal(RESPONSE_VERSION),
  /** Optional identifier of this assessment (stable across revisions). */
  id: z.optional(z.string().check(z.minLength(1), z.maxLength(RESPONSE_LIMITS.id))),
  label,
  framework: FrameworkRef,
  respondent: Respondent,
  answers: Answers,
  history: History,
  createdAt: z.optional(Timestamp),
  updatedAt: z.optional(Timestamp),
  /** When the respondent submitted the assessment (absent while in progress). */
  completedAt: z.optional(Timestamp),
  /** Earlier versions of the framework this response was carried from, oldest first. */
  migrations: z.optional(z.array(MigrationRecord).check(z.maxLength(RESPONSE_LIMITS.migrations))),
});
export type Response = z.infer<typeof Response>;
/** The input shape of a response (history may be omitted). */
export type ResponseInput = z.input<typeof Response>;
