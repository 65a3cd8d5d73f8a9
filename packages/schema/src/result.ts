import * as z from 'zod/mini';
import { FrameworkRef, Id } from './common.js';

const Score = z.nullable(z.number().check(z.minimum(0), z.maximum(100)));
const LevelValue = z.nullable(z.int().check(z.minimum(1), z.maximum(7)));
const Share = z.number().check(z.minimum(0), z.maximum(1));

/** How many questions fell in each state, for one component, pillar or the whole. */
export const Counts = z.object({
  /** Scorable questions (text questions are not counted). */
  total: z.int(),
  answered: z.int(),
  notApplicable: z.int(),
  dontKnow: z.int(),
  unanswered: z.int(),
});
export type Counts = z.infer<typeof Counts>;

const summary = {
  /** 0–100, or `null` when nothing scorable was answered. */
  score: Score,
  /** The maturity level reached (1..L), or `null` with the score. */
  level: LevelValue,
  /** answered ÷ applicable (applicable = total − not applicable); 1 when nothing is applicable. */
  coverage: Share,
  counts: Counts,
};

export const ScoreSummary = z.object(summary);
export type ScoreSummary = z.infer<typeof ScoreSummary>;

export const ComponentResult = z.object({ ...summary, id: Id, pillarId: Id });
export type ComponentResult = z.infer<typeof ComponentResult>;

export const PillarResult = z.object({ ...summary, id: Id, components: z.array(ComponentResult) });
export type PillarResult = z.infer<typeof PillarResult>;

export const Balance = z.object({
  /** 0–100: 100 when every scored pillar has the same score; `null` with fewer than two. */
  index: Score,
  /** Highest minus lowest pillar score. */
  spread: Score,
  /** Population standard deviation of pillar scores. */
  deviation: z.nullable(z.number()),
  weakest: z.nullable(Id),
  strongest: z.nullable(Id),
});
export type Balance = z.infer<typeof Balance>;

/** Why a component is ranked for attention. Words for each code live in @dtc/i18n. */
export const PRIORITY_REASONS = [
  'low-level',
  'below-pillar',
  'weakest-pillar',
  'foundational',
  'low-coverage',
  'not-assessed',
  'low-confidence',
] as const;
export const PriorityReason = z.enum(PRIORITY_REASONS);
export type PriorityReason = z.infer<typeof PriorityReason>;

export const Priority = z.object({
  rank: z.int().check(z.minimum(1)),
  componentId: Id,
  pillarId: Id,
  score: Score,
  level: LevelValue,
  /** Higher means more urgent; the ranking sorts on it. */
  urgency: z.number(),
  reasons: z.array(PriorityReason),
});
export type Priority = z.infer<typeof Priority>;

export const Result = z.object({
  framework: FrameworkRef,
  overall: ScoreSummary,
  pillars: z.array(PillarResult),
  balance: Balance,
  priorities: z.array(Priority),
});
export type Result = z.infer<typeof Result>;
