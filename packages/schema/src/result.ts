import * as z from 'zod/mini';
import { FrameworkRef, Id } from './common.js';
import { PRIORITY_REASONS } from './constants.js';

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
  /**
   * In the order of PRIORITY_REASONS. The engine shares one frozen list between all the
   * priorities with the same reasons: copy it before changing it.
   */
  reasons: z.readonly(z.array(PriorityReason)),
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

// ---------------------------------------------------------------------------------------------
// Comparison of two results (e.g. before and after a deep dive), returned by @dtc/scoring's
// `compareResults`. Added with the scoring engine; every field is new, nothing above changed.

const Delta = z.nullable(z.number().check(z.minimum(-100), z.maximum(100)));

const comparisonEntry = {
  /** A pillar or component id, or `overall`. */
  id: Id,
  before: Score,
  after: Score,
  /** `after − before`, or `null` when either is `null`. */
  delta: Delta,
  beforeLevel: LevelValue,
  afterLevel: LevelValue,
  /** `afterLevel − beforeLevel`, or `null` when either is `null`. */
  levelDelta: z.nullable(z.int()),
};

/** How one score moved between two results. */
export const ComparisonEntry = z.object(comparisonEntry);
export type ComparisonEntry = z.infer<typeof ComparisonEntry>;

export const ComponentComparison = z.object({ ...comparisonEntry, pillarId: Id });
export type ComponentComparison = z.infer<typeof ComponentComparison>;

/**
 * What a comparison across two versions of a framework rests on: the earlier answers carried
 * to the later version (`migrateResponse`), and only the questions both versions measure the
 * same way (kept or renamed), scored on both sides; the others are left out of both.
 */
export const ComparisonBasis = z.object({
  /** The framework version of the `before` answers. */
  from: FrameworkRef,
  /** Questions of the later version that both sides are scored on. */
  questions: z.array(Id),
  /** Questions of the later version left out, because the earlier one did not measure them so. */
  excluded: z.array(Id),
});
export type ComparisonBasis = z.infer<typeof ComparisonBasis>;

export const Comparison = z.object({
  /** The framework of the `after` result. */
  framework: FrameworkRef,
  /**
   * Both results come from the same framework id and version, or were brought onto the same
   * questions across versions (`basis`): only then are deltas meaningful.
   */
  comparable: z.boolean(),
  /** Present when the two sides were answered with different versions of the framework. */
  basis: z.optional(ComparisonBasis),
  overall: ComparisonEntry,
  /** Pillars in the `after` result's order, then any found only in `before`. */
  pillars: z.array(ComparisonEntry),
  /** Components in the `after` result's order, then any found only in `before`. */
  components: z.array(ComponentComparison),
  /** Component ids whose score rose (delta > 0), in `components` order. */
  improved: z.array(Id),
  /** Component ids whose score fell (delta < 0), in `components` order. */
  declined: z.array(Id),
});
export type Comparison = z.infer<typeof Comparison>;

// ---------------------------------------------------------------------------------------------
// Group view over many respondents, returned by @dtc/scoring's `aggregateResponses`.

const stats = {
  /** A pillar or component id, or `overall`. */
  id: Id,
  /** Respondents with a score here (not every respondent scores everything). */
  n: z.int().check(z.minimum(0)),
  /** Unweighted mean over respondents with a score; `null` when `n` is 0. */
  mean: Score,
  median: Score,
  min: Score,
  max: Score,
  /** `max − min`. */
  spread: Score,
  /** Population standard deviation. */
  stdev: z.nullable(z.number().check(z.minimum(0))),
  /** The level reached by the mean. */
  level: LevelValue,
  /** Each respondent's score, in the order the responses were given (`null`: no score). */
  scores: z.array(Score),
};

/** Distribution of one score across respondents. */
export const ScoreStats = z.object(stats);
export type ScoreStats = z.infer<typeof ScoreStats>;

export const ComponentStats = z.object({ ...stats, pillarId: Id });
export type ComponentStats = z.infer<typeof ComponentStats>;

export const PillarStats = z.object({ ...stats, components: z.array(ComponentStats) });
export type PillarStats = z.infer<typeof PillarStats>;

/** Overall, pillar and component statistics for a set of respondents. */
export const GroupStats = z.object({ overall: ScoreStats, pillars: z.array(PillarStats) });
export type GroupStats = z.infer<typeof GroupStats>;

/** Respondents sharing a key (a role, a country, or a caller's own key). */
export const Group = z.object({
  /** A role code, an ISO 3166-1 alpha-3 code, a caller's key, or `unknown`. */
  key: z.string(),
  /** Respondents in the group. */
  n: z.int().check(z.minimum(0)),
  result: GroupStats,
});
export type Group = z.infer<typeof Group>;

/** A component whose group means differ widely: a perception gap between groups. */
export const Divergence = z.object({
  componentId: Id,
  pillarId: Id,
  /** Highest group mean minus lowest group mean. */
  spread: z.number().check(z.minimum(0), z.maximum(100)),
  highGroup: z.string(),
  highMean: z.number().check(z.minimum(0), z.maximum(100)),
  lowGroup: z.string(),
  lowMean: z.number().check(z.minimum(0), z.maximum(100)),
});
export type Divergence = z.infer<typeof Divergence>;

/** A component on which respondents agree (small standard deviation). */
export const Consensus = z.object({
  componentId: Id,
  pillarId: Id,
  n: z.int().check(z.minimum(2)),
  mean: z.number().check(z.minimum(0), z.maximum(100)),
  stdev: z.number().check(z.minimum(0)),
});
export type Consensus = z.infer<typeof Consensus>;

export const GROUP_BY = ['role', 'country', 'custom'] as const;
export const GroupBy = z.enum(GROUP_BY);
export type GroupBy = z.infer<typeof GroupBy>;

export const GroupResult = z.object({
  framework: FrameworkRef,
  /** Number of responses aggregated. */
  respondents: z.int().check(z.minimum(0)),
  overall: ScoreStats,
  pillars: z.array(PillarStats),
  /** How respondents were grouped, or `null` when they were not. */
  groupBy: z.nullable(GroupBy),
  groups: z.array(Group),
  /** Components with a perception gap between groups, widest first. */
  divergence: z.array(Divergence),
  /** Components with agreement between respondents, closest agreement first. */
  consensus: z.array(Consensus),
});
export type GroupResult = z.infer<typeof GroupResult>;
