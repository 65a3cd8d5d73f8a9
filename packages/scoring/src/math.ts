/**
 * Small numeric helpers shared by the scoring modules. Everything here is pure.
 */

/**
 * Tolerance for comparisons of computed scores. Scores are means of fractions such as
 * 100/3, so two equal scores reached by different sums can differ in the last bits.
 */
export const EPSILON = 1e-9;

/**
 * The score of an answer at `level` on a scale of `levels` levels: `(level − 1) / (levels − 1) × 100`.
 * It is also the lowest score at which `level` is reached (see {@link levelForScore}), so it
 * gives the level bands of a chart: with 4 levels, 0, 33.3, 66.7 and 100.
 *
 * @example levelScore(3, 4) // 66.666…
 */
export function levelScore(level: number, levels: number): number {
  return ((level - 1) * 100) / (levels - 1);
}

/**
 * The maturity level reached by a score: `1 + floor(score / 100 × (levels − 1))`, clamped
 * to 1..levels, with a tolerance of 1e-9 so that a score of exactly 100/3 reaches level 2 of 4.
 * A level is reached once its threshold ({@link levelScore}) is reached: with 4 levels,
 * 0–33.3 is level 1, 33.3–66.7 level 2, 66.7–100 level 3, and only 100 is level 4.
 * Returns `null` for a `null` score.
 */
export function levelForScore(score: number | null, levels: number): number | null {
  if (score === null) return null;
  const raw = 1 + Math.floor((score / 100) * (levels - 1) + EPSILON);
  return raw < 1 ? 1 : raw > levels ? levels : raw;
}

/** `value` limited to `[low, high]`. */
export function clamp(value: number, low: number, high: number): number {
  return value < low ? low : value > high ? high : value;
}

/**
 * A weighted mean, `Σ w × x / Σ w`, taken one value at a time. It is kept within the lowest
 * and highest value added, so that equal values give exactly that value and rounding never
 * leaves the range of the values; `null` when no value was added.
 */
export class WeightedMean {
  private count = 0;
  private sum = 0;
  private weights = 0;
  private lowest = Infinity;
  private highest = -Infinity;

  add(value: number, weight: number): void {
    this.count++;
    this.sum += weight * value;
    this.weights += weight;
    if (value < this.lowest) this.lowest = value;
    if (value > this.highest) this.highest = value;
  }

  value(): number | null {
    if (this.count === 0) return null;
    return clamp(this.sum / this.weights, this.lowest, this.highest);
  }
}

/** Summary statistics of the non-null values of a list (all `null` when there are none). */
export interface Description {
  n: number;
  mean: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
  spread: number | null;
  /** Population standard deviation. */
  stdev: number | null;
}

/**
 * A sorted list of numbers kept compactly: its distinct values in ascending order and how
 * many times each occurs (`counts[i]` times `values[i]`). The group view keeps its scores
 * this way, so that a million respondents take as little room as their distinct scores.
 */
export interface Runs {
  readonly values: ArrayLike<number>;
  readonly counts: ArrayLike<number>;
}

/** The runs of a list sorted in ascending order. */
function runsOfSorted(xs: readonly number[]): Runs {
  const values: number[] = [];
  const counts: number[] = [];
  for (const x of xs) {
    if (values.length > 0 && values[values.length - 1] === x) counts[counts.length - 1]!++;
    else {
      values.push(x);
      counts.push(1);
    }
  }
  return { values, counts };
}

/**
 * Count, mean, median, min, max, spread and population standard deviation of the non-null
 * values. The mean is kept within [min, max], so equal values give exactly that value.
 */
export function describe(values: readonly (number | null)[]): Description {
  const xs: number[] = [];
  for (const v of values) if (v !== null) xs.push(v);
  xs.sort((a, b) => a - b);
  return describeRuns(runsOfSorted(xs));
}

/**
 * {@link describe} of the sorted list that `runs` stand for. Sums run in ascending order,
 * one value at a time, so that the figures are the same to the last bit whether the list
 * was kept whole or as runs.
 */
export function describeRuns({ values, counts }: Runs): Description {
  let n = 0;
  for (let i = 0; i < counts.length; i++) n += counts[i]!;
  if (n === 0) {
    return { n, mean: null, median: null, min: null, max: null, spread: null, stdev: null };
  }
  const min = values[0]!;
  const max = values[values.length - 1]!;
  let sum = 0;
  for (let i = 0; i < values.length; i++) for (let k = 0; k < counts[i]!; k++) sum += values[i]!;
  const mean = clamp(sum / n, min, max);
  let squares = 0;
  for (let i = 0; i < values.length; i++) {
    const d = values[i]! - mean;
    for (let k = 0; k < counts[i]!; k++) squares += d * d;
  }
  /** The value at position `at` (from 0) of the sorted list. */
  const nth = (at: number): number => {
    let i = 0;
    for (let seen = counts[0]!; seen <= at; seen += counts[i]!) i++;
    return values[i]!;
  };
  const half = n >> 1;
  const median = n % 2 === 1 ? nth(half) : clamp((nth(half - 1) + nth(half)) / 2, min, max);
  return { n, mean, median, min, max, spread: max - min, stdev: Math.sqrt(squares / n) };
}
