import type { Balance, PillarResult } from '@dtc/schema';
import { EPSILON } from './math.js';

const NO_BALANCE: Balance = {
  index: null,
  spread: null,
  deviation: null,
  weakest: null,
  strongest: null,
};

/**
 * How even the pillars are, over the pillars that have a score.
 *
 * - `spread` = highest − lowest pillar score;
 * - `index` = 100 − spread (100: all pillars level; 0: one at 0 and one at 100), which falls
 *   as the gap between the strongest and the weakest pillar grows;
 * - `deviation` = population standard deviation of the pillar scores;
 * - `weakest` / `strongest`: the pillar with the lowest / highest score, the first in
 *   framework order on a tie.
 *
 * Everything is `null` with fewer than two scored pillars (one pillar cannot be
 * unbalanced; this is the one-pillar-at-a-time workshop case). `weakest` and `strongest`
 * are also `null` when all scored pillars are level (spread 0): none is weaker.
 */
export function balanceOf(pillars: readonly PillarResult[]): Balance {
  let n = 0;
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (const p of pillars) {
    if (p.score === null) continue;
    n++;
    sum += p.score;
    if (p.score < min) min = p.score;
    if (p.score > max) max = p.score;
  }
  if (n < 2) return { ...NO_BALANCE };
  const mean = sum / n;
  let squares = 0;
  let weakest: string | null = null;
  let strongest: string | null = null;
  for (const p of pillars) {
    if (p.score === null) continue;
    squares += (p.score - mean) * (p.score - mean);
    if (weakest === null && p.score <= min + EPSILON) weakest = p.id;
    if (strongest === null && p.score >= max - EPSILON) strongest = p.id;
  }
  const spread = max - min;
  const level = spread <= EPSILON;
  return {
    index: 100 - spread,
    spread,
    deviation: Math.sqrt(squares / n),
    weakest: level ? null : weakest,
    strongest: level ? null : strongest,
  };
}
