/**
 * @dtc/scoring: the scoring engine of the six-pillars toolkit. Pure, deterministic
 * functions from a framework and responses (data) to results (data, codes not sentences).
 * The method is documented in docs/methodology.md.
 */
export { scoreResponse, type ScoreOptions } from './score.js';
export { balanceOf } from './balance.js';
export { PRIORITY_RULES } from './priorities.js';
export { compareResults, OVERALL_ID } from './compare.js';
export { responseAsOf, responseAtRound, historyRounds, type HistoryRound } from './history.js';
export {
  aggregateResponses,
  commonViews,
  type CommonViews,
  AGGREGATE_DEFAULTS,
  UNKNOWN_GROUP,
  type AggregateOptions,
} from './aggregate.js';
export {
  createAggregator,
  scoreMany,
  type Aggregator,
  type AggregatorOptions,
  type AggregatorState,
} from './bulk.js';
export {
  explain,
  type Explanation,
  type ComponentExplanation,
  type PillarExplanation,
  type OverallExplanation,
  type QuestionContribution,
  type PartContribution,
  type QuestionStatus,
} from './explain.js';
export { levelScore, levelForScore, EPSILON } from './math.js';
export {
  migrateResponse,
  compareAcrossVersions,
  type MigrationOutcome,
  type MigrationReport,
  type UnansweredReason,
} from './migrate.js';
