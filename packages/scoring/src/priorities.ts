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

/**
 * The reason list of each set of bits, built on first use. Results share these lists, so
 * they are frozen: a result costs one array less per priority (8.7 KB instead of 10.1 KB).
 */
const reasonLists: (readonly PriorityReason[] | undefined)[] = [];

/** The reasons whose bits are set in `mask`, in the order of PRIORITY_REASONS: shared, frozen. */
function reasonsOf(mask: number): readonly PriorityReason[] {
  let list = reasonLists[mask];
  if (list === undefined) {
    list = Object.freeze(REASONS.filter((_, bit) => (mask & (1 << bit)) !== 0));
    reasonLists[mask] = list;
  }
  return list;
}

/** Urgencies stay below 2^28 millionths (the formula tops out at 180 points). */
const URGENCY_SLOTS = 2 ** 28;

/** Sort keys of {@link rankPriorities}, grown on demand and reused by every call. */
let scratchKeys = new Float64Array(64);

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
  if (scratchKeys.length < count) scratchKeys = new Float64Array(count);
  // A local alias: a module variable would be reloaded at every access in the loops.
  const keys = scratchKeys;
  const lowLevel = (levels + 1) / 2;
  // One exact integer key per item (below 2^53): tier, then urgency (descending), then the
  // item's position (framework order), so that a numeric sort ranks them. `slots` is a
  // power of two, so that decoding multiplies by its exact inverse instead of dividing.
  let slots = 1;
  while (slots < count) slots *= 2;
  const perSlot = 1 / slots;
  // The items in framework order; arrays are created at their final length (cheaper than
  // growing them with push()).
  const items = new Array<Priority>(count);
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
        // (d + |d|) / 2 is exactly max(0, d), without Math.max's branch on random data.
        const behind = pillarScore - score;
        urgency = 100 - score + R.belowPillarWeight * ((behind + Math.abs(behind)) / 2) + context;
        // Number(condition) is 0 or 1 without a branch (these conditions vary at random).
        reasons |=
          Number(level < lowLevel) * LOW_LEVEL +
          Number(score < pillarScore - R.belowPillarMargin) * BELOW_PILLAR +
          Number(c.coverage < R.lowCoverage) * LOW_COVERAGE +
          Number(lowConfidence[i]! >= R.lowConfidenceShare * counts.answered) * LOW_CONFIDENCE;
      } else if (counts.total - counts.notApplicable > 0) {
        tier = 1;
        urgency = context;
        reasons |= NOT_ASSESSED;
      } else {
        tier = 2;
        urgency = 0;
        reasons = 0;
      }
      // Math.round(x) = ceil(x) − [ceil(x) − 0.5 > x], spelt out to avoid a branch.
      const up = Math.ceil(urgency * 1e6);
      const micro = up - Number(up - 0.5 > urgency * 1e6);
      // `|| 0`: an urgency that is not a number (from weights that are not, in a framework
      // scored without validation) still gets a key, so that ranking cannot fail.
      keys[n] = (tier * URGENCY_SLOTS + (URGENCY_SLOTS - 1 - (micro || 0))) * slots + n;
      items[n++] = {
        rank: 0,
        componentId: c.id,
        pillarId: c.pillarId,
        score,
        level,
        urgency: micro / 1e6,
        reasons: reasonsOf(reasons),
      };
    }
  }
  if (n > 64) {
    // The built-in sort, then each item found again from the position in its key.
    keys.subarray(0, n).sort();
    const out = new Array<Priority>(n);
    for (let r = 0; r < n; r++) {
      const key = keys[r]!;
      const item = items[key - Math.floor(key * perSlot) * slots]!;
      item.rank = r + 1;
      out[r] = item;
    }
    return out;
  }
  // Insertion sort of the keys and the items together (the fastest for the usual few
  // dozen): the items array becomes the result.
  for (let a = 1; a < n; a++) {
    const key = keys[a]!;
    const item = items[a]!;
    let b = a - 1;
    while (b >= 0 && keys[b]! > key) {
      keys[b + 1] = keys[b]!;
      items[b + 1] = items[b]!;
      b--;
    }
    keys[b + 1] = key;
    items[b + 1] = item;
  }
  if (n < count) items.length = n;
  for (let r = 0; r < n; r++) items[r]!.rank = r + 1;
  return items;
}
