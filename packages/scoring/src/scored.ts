/**
 * What the walk of score.ts gives the steps after it (balance, priorities, aggregation): the
 * framework's scorable parts beside their results.
 */
import type { ComponentResult, PillarResult, ScoreSummary } from '@dtc/schema';
import type { ScorableComponent, ScorablePillar } from './scorable.js';

/** A component of the framework with its result. */
export interface ScoredComponent {
  readonly component: ScorableComponent;
  readonly result: ComponentResult;
  /** Its answered questions whose confidence is `low` (see the `low-confidence` reason). */
  readonly lowConfidence: number;
}

/** A pillar of the framework with its result, and its components with theirs. */
export interface ScoredPillar {
  readonly pillar: ScorablePillar;
  readonly result: PillarResult;
  readonly components: readonly ScoredComponent[];
}

/** The scores of one response: overall, and the selected pillars in framework order. */
export interface Scored {
  readonly overall: ScoreSummary;
  readonly pillars: readonly ScoredPillar[];
}
