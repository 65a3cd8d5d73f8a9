import type {
  Consensus,
  Divergence,
  Framework,
  Group,
  GroupBy,
  GroupResult,
  GroupStats,
  Response,
  ScoreStats,
} from '@dtc/schema';
import { RESPONDENT_ROLES } from '@dtc/schema';
import { OVERALL_ID } from './compare.js';
import { EPSILON, describe, levelForScore, type Description } from './math.js';
import { scorable, selectedPillars, type ScorablePillar } from './scorable.js';
import { scorePillars, type ScoreOptions } from './score.js';
import type { Scored } from './scored.js';

/** The key of respondents whose group is unknown (e.g. no country given). */
export const UNKNOWN_GROUP = 'unknown';

/** Defaults of {@link AggregateOptions} and of {@link commonViews}. */
export const AGGREGATE_DEFAULTS = {
  /** Points between the highest and lowest group mean that make a divergence. */
  divergenceThreshold: 25,
  /** Largest standard deviation (points) that counts as consensus. */
  consensusThreshold: 10,
  /** Mean score (points) from which a shared view is a common strength, below a challenge. */
  strengthThreshold: 50,
} as const;

/** Options of {@link aggregateResponses}. */
export interface AggregateOptions extends ScoreOptions {
  /**
   * How to group respondents: by `role`, by `country` (ISO alpha-3; `unknown` when absent),
   * or by a function returning a key. Without it there are no groups and no divergence.
   */
  readonly groupBy?: 'role' | 'country' | ((response: Response, index: number) => string);
  /** Default 25 points. A component diverges when group means differ by at least this. */
  readonly divergenceThreshold?: number;
  /** Default 10 points. A component has consensus when n ≥ 2 and stdev ≤ this. */
  readonly consensusThreshold?: number;
}

function stats(id: string, d: Description, scores: (number | null)[], levels: number): ScoreStats {
  return {
    id,
    n: d.n,
    mean: d.mean,
    median: d.median,
    min: d.min,
    max: d.max,
    spread: d.spread,
    stdev: d.stdev,
    level: levelForScore(d.mean, levels),
    scores,
  };
}

/**
 * The statistics of a group over `pillars`, from what `slot(i)` says of the i-th score of a
 * response in the order of `scoresInto` (overall, then each pillar followed by its
 * components): its description and the list of scores.
 */
export function groupStats(
  pillars: readonly ScorablePillar[],
  levels: number,
  slot: (i: number) => { description: Description; scores: (number | null)[] },
): GroupStats {
  const at = (id: string, i: number): ScoreStats => {
    const { description, scores } = slot(i);
    return stats(id, description, scores, levels);
  };
  let i = 1;
  return {
    overall: at(OVERALL_ID, 0),
    pillars: pillars.map((pillar) => ({
      ...at(pillar.id, i++),
      components: pillar.components.map((component) => ({
        ...at(component.id, i++),
        pillarId: pillar.id,
      })),
    })),
  };
}

/** Statistics over the scores of responses to the same framework and sections (`pillars`). */
function statsOf(
  results: readonly Scored[],
  pillars: readonly ScorablePillar[],
  levels: number,
): GroupStats {
  const lists: (number | null)[][] = [results.map((r) => r.overall.score)];
  pillars.forEach((pillar, i) => {
    lists.push(results.map((r) => r.pillars[i]!.result.score));
    pillar.components.forEach((_, j) =>
      lists.push(results.map((r) => r.pillars[i]!.components[j]!.result.score)),
    );
  });
  return groupStats(pillars, levels, (i) => ({
    description: describe(lists[i]!),
    scores: lists[i]!,
  }));
}

/** The order of group keys: roles in the order of `RESPONDENT_ROLES`, others in code-unit order. */
export function compareKeys(groupBy: GroupBy) {
  const roleOrder = new Map<string, number>(RESPONDENT_ROLES.map((r, i) => [r, i]));
  const rank = (key: string): number =>
    groupBy === 'role' ? (roleOrder.get(key) ?? RESPONDENT_ROLES.length) : 0;
  return (a: string, b: string): number => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * Aggregates many responses to one framework (a country team, or many countries in a
 * workshop). Each response is scored as `scoreResponse` scores it (without its balance
 * and priorities, which are not used here); then, for the overall score and every pillar and
 * component: respondents with a score (n), unweighted mean, median, min, max, spread,
 * population standard deviation, the level of the mean, and each respondent's score in
 * response order.
 *
 * With `groupBy`, the same statistics per group (roles in the order of `RESPONDENT_ROLES`,
 * other keys in code-unit order), and `divergence`: components where the highest and lowest
 * group means (over groups with a score there) differ by at least `divergenceThreshold`,
 * widest first (ties: framework order; high/low group ties: first group in group order).
 * `consensus`: components with at least two scores and a standard deviation of at most
 * `consensusThreshold`, closest agreement first (ties: framework order).
 */
export function aggregateResponses(
  framework: Framework,
  responses: readonly Response[],
  options: AggregateOptions = {},
): GroupResult {
  const index = scorable(framework);
  const levels = index.levels;
  const pillars = selectedPillars(index, options.sections);
  // Scores alone: the statistics read no balance and no priorities.
  const results = responses.map((r) => scorePillars(index, r, options.sections));
  const all = statsOf(results, pillars, levels);

  let groupBy: GroupBy | null = null;
  const groups: Group[] = [];
  if (options.groupBy !== undefined) {
    groupBy = groupByOf(options.groupBy);
    const keyOf = groupKeyOf(options.groupBy);
    const members = new Map<string, Scored[]>();
    responses.forEach((r, i) => {
      const key = keyOf(r, i);
      const list = members.get(key);
      if (list) list.push(results[i]!);
      else members.set(key, [results[i]!]);
    });
    for (const key of [...members.keys()].sort(compareKeys(groupBy))) {
      const list = members.get(key)!;
      groups.push({ key, n: list.length, result: statsOf(list, pillars, levels) });
    }
  }
  return groupResult(framework, responses.length, all, groupBy, groups, options);
}

/**
 * What the group of a response is under `groupBy` (its key), and how it is named. A
 * response that was not validated and has no such text (no respondent, a country that is
 * not text) is in the group `UNKNOWN_GROUP`.
 */
export function groupKeyOf(
  by: NonNullable<AggregateOptions['groupBy']>,
): (response: Response, index: number) => string {
  if (typeof by === 'function') return (r, i) => String(by(r, i));
  return (r) => {
    const key: unknown = (r.respondent as Partial<Response['respondent']> | undefined)?.[by];
    return typeof key === 'string' ? key : UNKNOWN_GROUP;
  };
}

export function groupByOf(by: NonNullable<AggregateOptions['groupBy']>): GroupBy {
  return typeof by === 'function' ? 'custom' : by;
}

/**
 * The group result from the statistics of all respondents and of each group (groups in
 * the order of `compareKeys`): divergence and consensus as {@link aggregateResponses}
 * documents them.
 */
export function groupResult(
  framework: Framework,
  respondents: number,
  all: GroupStats,
  groupBy: GroupBy | null,
  groups: readonly Group[],
  options: AggregateOptions,
): GroupResult {
  const divergenceThreshold = options.divergenceThreshold ?? AGGREGATE_DEFAULTS.divergenceThreshold;
  const consensusThreshold = options.consensusThreshold ?? AGGREGATE_DEFAULTS.consensusThreshold;

  const divergence: (Divergence & { order: number })[] = [];
  const consensus: (Consensus & { order: number })[] = [];
  let order = 0;
  all.pillars.forEach((pillar, i) => {
    pillar.components.forEach((component, j) => {
      const at = order++;
      let high: { key: string; mean: number } | null = null;
      let low: { key: string; mean: number } | null = null;
      let withScore = 0;
      for (const group of groups) {
        const mean = group.result.pillars[i]?.components[j]?.mean ?? null;
        if (mean === null) continue;
        withScore++;
        if (high === null || mean > high.mean) high = { key: group.key, mean };
        if (low === null || mean < low.mean) low = { key: group.key, mean };
      }
      if (withScore >= 2 && high !== null && low !== null) {
        const spread = high.mean - low.mean;
        // EPSILON: means that differ by exactly the threshold on paper can come out a hair
        // under it in floating point (50.00000000000001 against 75).
        if (spread >= divergenceThreshold - EPSILON) {
          divergence.push({
            componentId: component.id,
            pillarId: pillar.id,
            spread,
            highGroup: high.key,
            highMean: high.mean,
            lowGroup: low.key,
            lowMean: low.mean,
            order: at,
          });
        }
      }
      if (component.n >= 2 && component.stdev !== null && component.mean !== null) {
        if (component.stdev <= consensusThreshold + EPSILON) {
          consensus.push({
            componentId: component.id,
            pillarId: pillar.id,
            n: component.n,
            mean: component.mean,
            stdev: component.stdev,
            order: at,
          });
        }
      }
    });
  });
  divergence.sort((a, b) => b.spread - a.spread || a.order - b.order);
  consensus.sort((a, b) => a.stdev - b.stdev || a.order - b.order);

  return {
    framework: { id: framework.id, version: framework.version },
    respondents,
    overall: all.overall,
    pillars: all.pillars,
    groupBy,
    groups: [...groups],
    divergence: divergence.map(({ order: _, ...d }) => d),
    consensus: consensus.map(({ order: _, ...c }) => c),
  };
}

/** Where a group agrees: its shared views at or above a score, and below it. */
export interface CommonViews {
  /** Components the group agrees are strong, highest mean first. */
  readonly strengths: readonly Consensus[];
  /** Components the group agrees need work, lowest mean first. */
  readonly challenges: readonly Consensus[];
}

/**
 * The common strengths and challenges of a group (the workshop's gallery walk): its
 * `consensus` components split at `threshold` points of mean score (default
 * `AGGREGATE_DEFAULTS.strengthThreshold`; a mean at the threshold is a strength), each list ordered from the clearest case and cut to `size`
 * (default all). Ties keep the order of `consensus`.
 */
export function commonViews(
  group: Pick<GroupResult, 'consensus'>,
  {
    threshold = AGGREGATE_DEFAULTS.strengthThreshold,
    size = Infinity,
  }: { threshold?: number; size?: number } = {},
): CommonViews {
  const count = Math.max(0, size);
  return {
    strengths: group.consensus
      .filter((c) => c.mean >= threshold)
      .sort((a, b) => b.mean - a.mean)
      .slice(0, count),
    challenges: group.consensus
      .filter((c) => c.mean < threshold)
      .sort((a, b) => a.mean - b.mean)
      .slice(0, count),
  };
}
