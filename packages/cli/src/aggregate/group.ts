/**
 * The `--group-by` choices of `dtc aggregate`, as @dtc/scoring's `groupBy` option: the main
 * thread and each worker thread make the same one.
 */
import type { Response } from '@dtc/schema';
import { UNKNOWN_GROUP, type AggregatorOptions } from '@dtc/scoring';

export const GROUP_BY = ['role', 'country', 'organisation'] as const;
export type GroupByOption = (typeof GROUP_BY)[number];

/** The aggregator's options for `--group-by <by>`: each respondent's own scores are not kept. */
export function aggregatorOptions(by: GroupByOption): AggregatorOptions {
  const groupBy: AggregatorOptions['groupBy'] =
    by === 'organisation'
      ? (response: Response) => response.respondent.organisation ?? UNKNOWN_GROUP
      : by;
  return { groupBy, keepScores: false };
}
