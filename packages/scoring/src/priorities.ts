import {
  PRIORITY_REASONS,
  type Balance,
  type PillarResult,
  type Priority,
  type PriorityReason,
} from '@dtc/schema';
import type { CompiledPillar } from './compile.js';

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
  // Array literals for the usual short lists: allocated inline, unlike a call to slice().
  switch (list.length) {
    case 0:
      return [];
    case 1:
      return [list[0]!];
    case 2:
      return [list[0]!, list[1]!];
    case 3:
      return [list[0]!, list[1]!, list[2]!];
    default:
      return list.slice();
  }
}

/** Urgencies stay below 2^28 millionths (the formula tops out at 180 points). */
const URGENCY_SLOTS = 2 ** 28;

/**
 * Scratch tables of {@link rankPriorities}, grown on demand and reused by every call (the
 * function runs no outside code, so two calls never interleave): by item (a listed
 * component, in framework order) its sort key, urgency in millionths and reason bits.
 */
let scratchKeys = new Float64Array(64);
let scratchMicros = new Float64Array(64);
let scratchMasks = new Int32Array(64);

/** The rank (0-based) of `keys[m]` among the distinct `keys[0..n)`: how many are smaller. */
function rankOf(keys: Float64Array, n: number, m: number, sorted: Float64Array | null): number {
  const key = keys[m]!;
  if (sorted === null) {
    // Counting is branch-free: faster than a sort's unpredictable branches on a few dozen.
    let rank = 0;
    for (let j = 0; j < n; j++) rank += Number(keys[j]! < key);
    return rank;
  }
  let low = 0;
  let high = n;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < key) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Ranks components for attention: assessed components first (highest urgency first), then
 * components not assessed (applicable questions but no answered one), then components
 * whose every question was marked not applicable. Ties keep framework order. Components
 * without scorable questions are left out.
 *
 * @param pillars the scored pillars, in framework order
 * @param compiled the same pillars, compiled (for `foundational`)
 * @param lowConfidence per component (in framework order), answered questions whose
 *   confidence is `low`
 * @param count the number of components in `pillars`
 */
export function rankPriorities(
  pillars: readonly PillarResult[],
  compiled: readonly CompiledPillar[],
  lowConfidence: readonly number[],
  balance: Balance,
  levels: number,
  count: number,
): Priority[] {
  const R = PRIORITY_RULES;
  if (scratchKeys.length < count) {
    scratchKeys = new Float64Array(count);
    scratchMicros = new Float64Array(count);
    scratchMasks = new Int32Array(count);
  }
  // Local aliases: module variables would be reloaded at every access in the loops.
  const keys = scratchKeys;
  const micros = scratchMicros;
  const masks = scratchMasks;
  // One exact integer key per item (below 2^53): tier, then urgency (descending), then the
  // item's position (framework order), so that keys order the items as ranked.
  const slots = Math.max(count, 1);
  const lowLevel = (levels + 1) / 2;
  let n = 0;
  let i = -1;
  for (let p = 0; p < pillars.length; p++) {
    const pillar = pillars[p]!;
    const isFoundational = compiled[p]!.foundational;
    const weakest = balance.weakest !== null && balance.weakest === pillar.id;
    const context0 =
      (weakest ? R.weakestPillarPoints : 0) + (isFoundational ? R.foundationalPoints : 0);
    const pillarBits = (weakest ? WEAKEST_PILLAR : 0) | (isFoundational ? FOUNDATIONAL : 0);
    const components = pillar.components;
    for (let j = 0; j < components.length; j++) {
      i++;
      const c = components[j]!;
      const counts = c.counts;
      if (counts.total === 0) continue;
      const context = context0 + R.coveragePoints * (1 - c.coverage);
      let reasons = pillarBits;
      let tier: number;
      let urgency: number;
      const score = c.score;
      const level = c.level;
      if (score !== null && level !== null) {
        tier = 0;
        const pillarScore = pillar.score ?? score;
        urgency = 100 - score + R.belowPillarWeight * Math.max(0, pillarScore - score) + context;
        // Number(condition) is 0 or 1 without a branch (these conditions vary at random).
        reasons |=
          Number(level < lowLevel) * LOW_LEVEL +
          Number(score < pillarScore - R.belowPillarMargin) * BELOW_PILLAR +
          Number(c.coverage < R.lowCoverage) * LOW_COVERAGE +
          Number((lowConfidence[i] ?? 0) >= R.lowConfidenceShare * counts.answered) *
            LOW_CONFIDENCE;
      } else if (counts.total - counts.notApplicable > 0) {
        tier = 1;
        urgency = context;
        reasons |= NOT_ASSESSED;
      } else {
        tier = 2;
        urgency = 0;
        reasons = 0;
      }
      const micro = Math.round(urgency * 1e6);
      keys[n] = (tier * URGENCY_SLOTS + (URGENCY_SLOTS - 1 - micro)) * slots + n;
      micros[n] = micro;
      masks[n] = reasons;
      n++;
    }
  }
  // Beyond a few dozen items, rank by binary search in a sorted copy instead of counting.
  const sorted = n > 64 ? keys.slice(0, n).sort() : null;
  // Each item goes straight to its rank: the items are not sorted themselves.
  const out = new Array<Priority>(n); // created at its final length: cheaper than push()
  let m = 0;
  for (let p = 0; p < pillars.length; p++) {
    const components = pillars[p]!.components;
    for (let j = 0; j < components.length; j++) {
      const c = components[j]!;
      if (c.counts.total === 0) continue;
      const rank = rankOf(keys, n, m, sorted);
      out[rank] = {
        rank: rank + 1,
        componentId: c.id,
        pillarId: c.pillarId,
        score: c.score,
        level: c.level,
        urgency: micros[m]! / 1e6,
        reasons: reasonsOf(masks[m]!),
      };
      m++;
    }
  }
  return out;
}
