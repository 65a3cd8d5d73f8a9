/**
 * The group result in tables: one row per group (all respondents first) with the mean of
 * each score, and one row per divergent component. Means are rounded for reading; JSON and
 * NDJSON keep every digit.
 */
import type { Framework, GroupResult, GroupStats } from '@dtc/schema';
import { rounded } from '../output/numbers.js';
import type { Row } from '../output/writers.js';

/** The key of the row of all respondents. */
export const ALL = 'all';

/** Columns of the group table: the group, its size, the overall mean, each pillar's and component's. */
export function groupColumns(framework: Framework): string[] {
  return [
    'group',
    'n',
    'overall',
    'level',
    ...framework.pillars.flatMap((p) => [p.id, ...p.components.map((c) => `${p.id}/${c.id}`)]),
  ];
}

export function groupRow(key: string, n: number, stats: GroupStats, digits: number): Row {
  const row: Record<string, string | number | null> = {
    group: key,
    n,
    overall: rounded(stats.overall.mean, digits),
    level: stats.overall.level,
  };
  for (const pillar of stats.pillars) {
    row[pillar.id] = rounded(pillar.mean, digits);
    for (const c of pillar.components) row[`${pillar.id}/${c.id}`] = rounded(c.mean, digits);
  }
  return row;
}

/** Every group row of a result: all respondents, then each group. */
export function groupRows(result: GroupResult, digits: number): Row[] {
  return [
    groupRow(ALL, result.respondents, result, digits),
    ...result.groups.map((g) => groupRow(g.key, g.n, g.result, digits)),
  ];
}

export const DIVERGENCE_COLUMNS = [
  'pillar',
  'component',
  'spread',
  'high group',
  'high mean',
  'low group',
  'low mean',
];

export function divergenceRows(result: GroupResult, digits: number): Row[] {
  return result.divergence.map((d) => ({
    pillar: d.pillarId,
    component: d.componentId,
    spread: rounded(d.spread, digits),
    'high group': d.highGroup,
    'high mean': rounded(d.highMean, digits),
    'low group': d.lowGroup,
    'low mean': rounded(d.lowMean, digits),
  }));
}

/** A group's statistics without the (empty) lists of each respondent's score. */
export function withoutScores(stats: GroupStats): unknown {
  const strip = <T extends { scores: unknown }>({ scores: _, ...rest }: T) => rest;
  return {
    overall: strip(stats.overall),
    pillars: stats.pillars.map((p) => ({
      ...strip(p),
      components: p.components.map(strip),
    })),
  };
}
