import {
  PRIORITY_REASONS,
  type Balance,
  type PillarResult,
  type Priority,
  type PriorityReason,
} from '@dtc/schema';

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

const LOW_LEVEL = 1;
const BELOW_PILLAR = 2;
const WEAKEST_PILLAR = 4;
const FOUNDATIONAL = 8;
const LOW_COVERAGE = 16;
const NOT_ASSESSED = 32;
const LOW_CONFIDENCE = 64;

/** The reason codes, bit i for REASONS[i] (the order of PRIORITY_REASONS in @dtc/schema). */
export const REASONS = PRIORITY_REASONS;

/** The reason lists for each set of bits, built on first use; callers get a copy. */
const reasonLists: (readonly PriorityReason[] | undefined)[] = [];

/** The reasons whose bits are set in `mask`, in the order of PRIORITY_REASONS. */
function reasonsOf(mask: number): PriorityReason[] {
  let list = reasonLists[mask];
  if (list === undefined) {
    list = REASONS.filter((_, bit) => (mask & (1 << bit)) !== 0);
    reasonLists[mask] = list;
  }
  return list.length === 0 ? [] : list.slice();
}

/** Urgencies stay below 2^28 millionths (the formula tops out at 180 points). */
const URGENCY_SLOTS = 2 ** 28;

function countComponents(pillars: readonly PillarResult[]): number {
  let n = 0;
  for (const p of pillars) n += p.components.length;
  return Math.max(n, 1);
}

/** Sorts ascending in place: insertion sort for the usual few dozen keys, built-in beyond. */
function sortKeys(keys: number[]): void {
  const n = keys.length;
  if (n > 64) {
    keys.sort((a, b) => a - b);
    return;
  }
  for (let i = 1; i < n; i++) {
    const key = keys[i]!;
    let j = i - 1;
    while (j >= 0 && keys[j]! > key) {
      keys[j + 1] = keys[j]!;
      j--;
    }
    keys[j + 1] = key;
  }
}

/**
 * Ranks components for attention: assessed components first (highest urgency first), then
 * components not assessed (applicable questions but no answered one), then components
 * whose every question was marked not applicable. Ties keep framework order. Components
 * without scorable questions are left out.
 *
 * @param pillars the scored pillars, in framework order
 * @param foundational whether each of those pillars is foundational
 * @param lowConfidence per component (in framework order), answered questions whose
 *   confidence is `low`
 */
export function rankPriorities(
  pillars: readonly PillarResult[],
  foundational: readonly boolean[],
  lowConfidence: readonly number[],
  balance: Balance,
  levels: number,
): Priority[] {
  const R = PRIORITY_RULES;
  const items: Priority[] = [];
  // One exact integer key per item (below 2^53): tier, then urgency (descending), then the
  // item's position (framework order), so that a numeric sort ranks them.
  const keys: number[] = [];
  const slots = countComponents(pillars);
  let i = -1;
  for (let p = 0; p < pillars.length; p++) {
    const pillar = pillars[p]!;
    const isFoundational = foundational[p] === true;
    for (const c of pillar.components) {
      i++;
      if (c.counts.total === 0) continue;
      const weakest = balance.weakest !== null && balance.weakest === c.pillarId;
      const context =
        (weakest ? R.weakestPillarPoints : 0) +
        (isFoundational ? R.foundationalPoints : 0) +
        R.coveragePoints * (1 - c.coverage);
      let reasons = 0;
      let tier: number;
      let urgency: number;
      if (c.score !== null && c.level !== null) {
        tier = 0;
        const pillarScore = pillar.score ?? c.score;
        urgency =
          100 - c.score + R.belowPillarWeight * Math.max(0, pillarScore - c.score) + context;
        if (c.level < (levels + 1) / 2) reasons |= LOW_LEVEL;
        if (c.score < pillarScore - R.belowPillarMargin) reasons |= BELOW_PILLAR;
        if (weakest) reasons |= WEAKEST_PILLAR;
        if (isFoundational) reasons |= FOUNDATIONAL;
        if (c.coverage < R.lowCoverage) reasons |= LOW_COVERAGE;
        if ((lowConfidence[i] ?? 0) >= R.lowConfidenceShare * c.counts.answered) {
          reasons |= LOW_CONFIDENCE;
        }
      } else if (c.counts.total - c.counts.notApplicable > 0) {
        tier = 1;
        urgency = context;
        if (weakest) reasons |= WEAKEST_PILLAR;
        if (isFoundational) reasons |= FOUNDATIONAL;
        reasons |= NOT_ASSESSED;
      } else {
        tier = 2;
        urgency = 0;
      }
      const micro = Math.round(urgency * 1e6);
      items.push({
        rank: 0,
        componentId: c.id,
        pillarId: c.pillarId,
        score: c.score,
        level: c.level,
        urgency: micro / 1e6,
        reasons: reasonsOf(reasons),
      });
      keys.push((tier * URGENCY_SLOTS + (URGENCY_SLOTS - 1 - micro)) * slots + items.length - 1);
    }
  }
  sortKeys(keys);
  const out: Priority[] = [];
  for (let r = 0; r < keys.length; r++) {
    const key = keys[r]!;
    const item = items[key - Math.floor(key / slots) * slots]!;
    item.rank = r + 1;
    out.push(item);
  }
  return out;
}
