import * as z from 'zod/mini';
import { FrameworkRef, Id, Timestamp } from './common.js';
import { PATTERNS } from './patterns.js';
import { HORIZONS, MAX_PRIORITIES, PLAN_FORMAT, PLAN_VERSION } from './constants.js';

/** Short term (≤ 1 year), medium term (1–3 years), long term (3+ years). */
export const Horizon = z.enum(HORIZONS);
export type Horizon = z.infer<typeof Horizon>;

export const PlanAction = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  /** The chosen priority (a component id) this action serves. */
  priority: Id,
  /** The pillar the action works through (actions cross pillars). */
  pillar: Id,
  /** What will be done: at least one character that is not a space. */
  title: z
    .string()
    .check(z.maxLength(500), z.regex(PATTERNS.nonEmpty.re, 'An action needs a title')),
  horizon: Horizon,
  owner: z._default(z.string().check(z.maxLength(200)), ''),
  /** The maturity level the action aims to reach. */
  targetLevel: z.int().check(z.minimum(1), z.maximum(7)),
  /** An education outcome id from the framework's `outcomes`. */
  outcome: Id,
  notes: z.optional(z.string().check(z.maxLength(5000))),
});
export type PlanAction = z.infer<typeof PlanAction>;

export const ActionPlan = z.object({
  format: z.literal(PLAN_FORMAT),
  version: z.literal(PLAN_VERSION),
  framework: FrameworkRef,
  title: z.optional(z.string().check(z.maxLength(200))),
  /** Up to three component ids chosen as priorities, in order. */
  priorities: z.array(Id).check(z.maxLength(MAX_PRIORITIES)),
  actions: z.array(PlanAction),
  updatedAt: z.optional(Timestamp),
});
export type ActionPlan = z.infer<typeof ActionPlan>;
export type ActionPlanInput = z.input<typeof ActionPlan>;
