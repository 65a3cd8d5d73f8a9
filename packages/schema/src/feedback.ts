import * as z from 'zod/mini';
import { FrameworkRef, Id, Timestamp } from './common.js';
import {
  FEEDBACK_ASPECTS,
  FEEDBACK_FORMAT,
  FEEDBACK_KINDS,
  FEEDBACK_LIMITS,
  FEEDBACK_VERSION,
} from './constants.js';

/** What is the matter with a question: `unclear`, `not-relevant` or `missing` (something). */
export const FeedbackKind = z.enum(FEEDBACK_KINDS);
export type FeedbackKind = z.infer<typeof FeedbackKind>;

/**
 * A respondent's feedback on one question: one or more kinds, a comment, or both
 * (`parseFeedback` refuses an item that says nothing, and a kind named twice).
 */
export const FeedbackItem = z.object({
  /** The question's id in the framework. */
  question: Id,
  kinds: z._default(z.array(FeedbackKind).check(z.maxLength(FEEDBACK_KINDS.length)), []),
  comment: z.optional(z.string().check(z.maxLength(FEEDBACK_LIMITS.comment))),
  /** When it was last changed. */
  at: Timestamp,
});
export type FeedbackItem = z.infer<typeof FeedbackItem>;

const Rating = z.optional(z.int().check(z.minimum(1), z.maximum(5)));

/**
 * The answers to a workshop's feedback form: a rating from 1 (poor) to 5 (excellent) of each
 * aspect in `FEEDBACK_ASPECTS` (absent when not rated), and a comment on the whole.
 */
export const FeedbackForm = z.object({
  ...(Object.fromEntries(FEEDBACK_ASPECTS.map((a) => [a, Rating])) as Record<
    (typeof FEEDBACK_ASPECTS)[number],
    typeof Rating
  >),
  comment: z.optional(z.string().check(z.maxLength(FEEDBACK_LIMITS.formComment))),
  /** When it was last changed. */
  at: z.optional(Timestamp),
});
export type FeedbackForm = z.infer<typeof FeedbackForm>;

/**
 * Feedback on the questions of a framework (`dtc.feedback`, version 1), given from the
 * questionnaire: at most one item per question. It names the framework and, when it was given
 * in an assessment, that assessment's id (the response's `id`), so that organisers can put it
 * beside the answers; with it, optionally, the answers to the workshop's feedback form.
 */
export const QuestionFeedback = z.object({
  format: z.literal(FEEDBACK_FORMAT),
  version: z.literal(FEEDBACK_VERSION),
  framework: FrameworkRef,
  /** The id of the assessment it was given in (the response's `id`), if any. */
  assessment: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  items: z._default(z.array(FeedbackItem).check(z.maxLength(FEEDBACK_LIMITS.items)), []),
  /** The answers to the workshop's feedback form, when it was filled in. */
  form: z.optional(FeedbackForm),
});
export type QuestionFeedback = z.infer<typeof QuestionFeedback>;
/** The input shape of a feedback file (`items` and `kinds` may be omitted). */
export type QuestionFeedbackInput = z.input<typeof QuestionFeedback>;
