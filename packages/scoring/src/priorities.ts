/**
 * Ranking components for attention (docs/methodology.md, "Priorities").
 */
import {
  PRIORITY_REASONS,
  type Balance,
  type ComponentResult,
  type Priority,
  type PriorityReason,
} from '@dtc/schema';
import type { ScoredPillar } from './scored.js';

/**
 * The constants of the priority ranking (see docs/methodology.md, "Priorities").
 *
 * For a component with a score s, in a pillar with score P and coverage c:
 *
 * ```
 * urgency = (100 − s)                                   gap to the top
 *         + belowPillarWeight × max(0, P − s)           lagging behind its own pillar
 *         + weakestPillarPoints  × [pillar is the weakest]
 *         + foundationalPoints   × [pillar is foundational]
 *         + coveragePoints       × (1 − c)               little of it was answered
 * ```
 * rounded to 6 decimals.
 */
export const PRIORITY_RULES = {
  belowPillarWeight: 0.5,
  weakestPillarPoints: 10,
  foundationalPoints: 10,
  coveragePoints: 10,
  /** `below-pillar` when the score is more than this many points under the pillar's. */
  belowPillarMargin: 5,
  /** `low-coverage` when coverage is under this share. */
  lowCoverage: 0.5,
  /** `low-confidence` when at least this share of the answered questions say `low`. */
  lowConfidenceShare: 0.5,
} as const;

/**
 * Every list of reasons (each subset of PRIORITY_REASONS, in that order), frozen, at the
 * index whose bit i is set when the list holds the i-th reason. Priorities with the same
 * reasons share one of these lists, as the `Result` contract says: a result cannot change
 * another through it.
 */
const SHARED_REASONS: readonly (readonly PriorityReason[])[] = Array.from(
  { length: 2 ** PRIORITY_REASONS.length },
  (_, subset) => Object.freeze(PRIORITY_REASONS.filter((_, i) => (subset >> i) & 1)),
);

/** The shared, frozen list of the reasons that apply, in the order of PRIORITY_REASONS. */
function reasonsWhere(
  applies: Readonly<Partial<Record<PriorityReason, boolean>>>,
): readonly PriorityReason[] {
  let subset = 0;
  PRIORITY_REASONS.forEach((code, i) => {
    if (applies[code] === true) subset |= 1 << i;
  });
  return SHARED_REASONS[subset]!;
}

/**
 * The three tiers of the ranking, in order: components with a score; components not
 * assessed (questions apply, none was answered); components whose every question was
 * marked not applicable.
 */
const ASSESSED = 0;
const NOT_ASSESSED = 1;
const NOT_APPLICABLE = 2;

interface Ranked {
  readonly tier: number;
  readonly priority: Priority;
}

/** One component's priority, with rank 0 until the ranking sets it. */
function prioritise(
  component: ComponentResult,
  pillar: ScoredPillar,
  lowConfidence: number,
  balance: Balance,
  levels: number,
): Ranked {
  const R = PRIORITY_RULES;
  const weakest = balance.weakest === pillar.result.id;
  const foundational = pillar.pillar.foundational;
  const { score, level, coverage, counts } = component;
  const pillarPoints =
    (weakest ? R.weakestPillarPoints : 0) + (foundational ? R.foundationalPoints : 0);
  const context = pillarPoints + R.coveragePoints * (1 - coverage);
  let tier: number;
  let urgency: number;
  let reasons: readonly PriorityReason[];
  if (score !== null) {
    // A component with a score is in a pillar with a score.
    const pillarScore = pillar.result.score!;
    const gap = 100 - score;
    const behind = Math.max(0, pillarScore - score);
    tier = ASSESSED;
    urgency = gap + R.belowPillarWeight * behind + context;
    reasons = reasonsWhere({
      'low-level': level! < (levels + 1) / 2,
      'below-pillar': score < pillarScore - R.belowPillarMargin,
      'weakest-pillar': weakest,
      foundational,
      'low-coverage': coverage < R.lowCoverage,
      'low-confidence': lowConfidence >= R.lowConfidenceShare * counts.answered,
    });
  } else if (counts.total - counts.notApplicable > 0) {
    tier = NOT_ASSESSED;
    urgency = context;
    reasons = reasonsWhere({ 'weakest-pillar': weakest, foundational, 'not-assessed': true });
  } else {
    tier = NOT_APPLICABLE;
    urgency = 0;
    reasons = reasonsWhere({});
  }
  const priority: Priority = {
    rank: 0,
    componentId: component.id,
    pillarId: component.pillarId,
    score,
    level,
    urgency: round6(urgency),
    reasons,
  };
  return { tier, priority };
}

/** Urgency is rounded to 6 decimals, so that the ranking does not depend on a sum's last bits. */
function round6(urgency: number): number {
  return Math.round(urgency * 1e6) / 1e6;
}

/**
 * Ranks components for attention: assessed components first (highest urgency first), then
 * components not assessed, then components whose every question was marked not applicable.
 * Ties keep framework order. Components without scorable questions are left out.
 */
export function rankPriorities(
  pillars: readonly ScoredPillar[],
  balance: Balance,
  levels: number,
): Priority[] {
  const ranked: Ranked[] = [];
  for (const pillar of pillars) {
    for (const { result, lowConfidence } of pillar.components) {
      if (result.counts.total === 0) continue;
      ranked.push(prioritise(result, pillar, lowConfidence, balance, levels));
    }
  }
  // Array.prototype.sort is stable: ties keep framework order.
  ranked.sort((a, b) => a.tier - b.tier || b.priority.urgency - a.priority.urgency);
  return ranked.map(({ priority }, i) => {
    priority.rank = i + 1;
    return priority;
  });
}
