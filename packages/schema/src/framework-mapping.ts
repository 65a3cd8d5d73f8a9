import * as z from 'zod/mini';
import { FrameworkRef, Id, LocalizedText } from './common.js';
import { maxEntries } from './bounds.js';
import { MAPPING_CHANGES, MAPPING_FORMAT, MAPPING_LIMITS, MAPPING_VERSION } from './constants.js';
import { AnswerValue } from './response.js';

/** How a question changed from one version to the next (see `MAPPING_CHANGES`). */
export const MappingChange = z.enum(MAPPING_CHANGES);
export type MappingChange = z.infer<typeof MappingChange>;

/**
 * One change between two versions of a framework. `from` names questions of the earlier
 * version, `to` questions of the later one. Their shape depends on `change`:
 *
 * - `kept`: one question, same id on both sides; its answer is carried.
 * - `renamed`: one question under a new id; its answer is carried.
 * - `revised`: one question reworded (same or new id); its answer is carried and the
 *   respondent is asked to check it.
 * - `split`: one question became several; `carry` names those of `to` that receive the
 *   earlier answer (none, by default: each needs a new answer).
 * - `merged`: several questions became one; `carry` names the one of `from` whose answer it
 *   receives (none, by default).
 * - `removed`: `from` only; the answer is kept in the response's migration record.
 * - `added`: `to` only; it needs an answer.
 *
 * `values` translates carried answers whose meaning moved, keyed by the earlier value as
 * text (`"3"`, `"yes"`, an option id): to a value of the later question, or to `null` when
 * that answer cannot be carried. Values it does not name are carried as they are.
 */
const Ids = z.array(Id).check(z.maxLength(MAPPING_LIMITS.questionsPerRule));

export const MappingRule = z.object({
  change: MappingChange,
  from: z._default(Ids, []),
  to: z._default(Ids, []),
  carry: z.optional(Ids),
  values: z.optional(
    z
      .record(z.string().check(z.maxLength(MAPPING_LIMITS.value)), z.nullable(AnswerValue))
      .check(maxEntries(MAPPING_LIMITS.values)),
  ),
  /** Why it changed, for the people who answered the earlier version. */
  note: z.optional(LocalizedText),
});
export type MappingRule = z.infer<typeof MappingRule>;
export type MappingRuleInput = z.input<typeof MappingRule>;

/**
 * How the questions of one version of a framework map onto the next
 * (`dtc.framework-mapping`, version 1): every question of `from` and of `to` is named by
 * exactly one rule, so an answer given under `from` is either carried, or kept aside with a
 * reason, and every question of `to` is either answered from it or known to need an answer.
 */
export const FrameworkMapping = z.object({
  format: z.literal(MAPPING_FORMAT),
  version: z.literal(MAPPING_VERSION),
  from: FrameworkRef,
  to: FrameworkRef,
  rules: z.array(MappingRule).check(z.maxLength(MAPPING_LIMITS.rules)),
});
export type FrameworkMapping = z.infer<typeof FrameworkMapping>;
export type FrameworkMappingInput = z.input<typeof FrameworkMapping>;
