/**
 * Turns a framework and a scoring result into the plain data the charts take. Only lookups
 * and renaming: every number comes from `@dtc/scoring`; every word from the framework or i18n.
 */
import { levelScore } from '@dtc/scoring';
import type {
  Framework,
  GroupResult,
  GroupStats,
  PillarResult,
  Result,
  ScoreStats,
} from '@dtc/schema';
import type { HeatmapRow } from '../../heatmap/heatmap.js';
import type { BarGroup } from '../../bar-chart/bar-chart.js';
import type { ChartItem, ChartLevel } from './chart-base.js';

type Text = (localized: Readonly<Record<string, string>> | undefined) => string;

/** Where each level starts on the 0–100 scale (the engine's `levelScore`), with its name. */
export function levelMarks(framework: Framework, text: Text): ChartLevel[] {
  const n = framework.levels.length;
  return framework.levels.map((l) => ({ value: levelScore(l.value, n), label: text(l.label) }));
}

/** The pillars as chart axes, in framework order. */
export function pillarAxes(framework: Framework, text: Text): ChartItem[] {
  return framework.pillars.map((p) => ({ id: p.id, label: text(p.title) }));
}

/** Pillar scores in framework order (`null` for a pillar the result does not score). */
export function pillarScores(framework: Framework, result: Result | null): (number | null)[] {
  const byId = new Map<string, PillarResult>(result?.pillars.map((p) => [p.id, p]) ?? []);
  return framework.pillars.map((p) => byId.get(p.id)?.score ?? null);
}

/** Components under their pillars, with their scores, for the bar chart. */
export function componentGroups(
  framework: Framework,
  result: Result | null,
  text: Text,
): BarGroup[] {
  const scores = new Map<string, number | null>();
  for (const p of result?.pillars ?? []) for (const c of p.components) scores.set(c.id, c.score);
  return framework.pillars.map((p) => ({
    id: p.id,
    label: text(p.title),
    bars: p.components.map((c) => ({
      id: c.id,
      label: text(c.title),
      value: scores.get(c.id) ?? null,
    })),
  }));
}

/** Names of pillars, components and outcomes by id, in the current locale. */
export function frameworkNames(framework: Framework | undefined, text: Text): Map<string, string> {
  const names = new Map<string, string>();
  for (const p of framework?.pillars ?? []) {
    names.set(p.id, text(p.title));
    for (const c of p.components) names.set(c.id, text(c.title));
  }
  for (const o of framework?.outcomes ?? []) names.set(`outcome:${o.id}`, text(o.title));
  return names;
}

/** The pillar id of each component id. */
export function pillarOf(framework: Framework | undefined): Map<string, string> {
  const map = new Map<string, string>();
  for (const p of framework?.pillars ?? []) for (const c of p.components) map.set(c.id, p.id);
  return map;
}

/** Heatmap data: components (rows) × some columns, with the divergent components flagged. */
export interface HeatmapData {
  rows: HeatmapRow[];
  columns: ChartItem[];
  values: (number | null)[][];
  divergent: string[];
}

/** The components a group view scored (all pillars, or its sections), under their pillars. */
function componentRows(framework: Framework, group: GroupResult, text: Text): HeatmapRow[] {
  const names = frameworkNames(framework, text);
  return group.pillars.flatMap((p) =>
    p.components.map((c) => ({
      id: c.id,
      label: names.get(c.id) ?? c.id,
      group: names.get(p.id) ?? p.id,
    })),
  );
}

/**
 * A group view (`aggregateResponses` with `groupBy`) as heatmap data: components (under
 * their pillars) × groups, the mean score of each group, and the divergent components.
 * `groupLabel` names a group key (a role or country code).
 */
export function groupHeatmap(
  framework: Framework,
  group: GroupResult,
  text: Text,
  groupLabel: (key: string) => string,
): HeatmapData {
  const means = group.groups.map((g) => {
    const m = new Map<string, number | null>();
    for (const p of g.result.pillars) for (const c of p.components) m.set(c.id, c.mean);
    return m;
  });
  const rows = componentRows(framework, group, text);
  return {
    rows,
    columns: group.groups.map((g) => ({ id: g.key, label: groupLabel(g.key) })),
    values: rows.map((r) => means.map((m) => m.get(r.id) ?? null)),
    divergent: group.divergence.map((d) => d.componentId),
  };
}

/**
 * A group view as heatmap data with one column per respondent (in response order, named by
 * `columns`): each respondent's component scores, and the divergent components.
 */
export function respondentHeatmap(
  framework: Framework,
  group: GroupResult,
  text: Text,
  columns: ChartItem[],
): HeatmapData {
  return {
    rows: componentRows(framework, group, text),
    columns,
    values: group.pillars.flatMap((p) =>
      p.components.map((c) => columns.map((_, i) => c.scores[i] ?? null)),
    ),
    divergent: group.divergence.map((d) => d.componentId),
  };
}

/**
 * What a group view's radar shows: the pillars, or with `pillarId` the components of that
 * pillar (when the view scored it).
 */
function scopeOf(stats: GroupStats, pillarId: string | undefined): readonly ScoreStats[] {
  if (!pillarId) return stats.pillars;
  return stats.pillars.find((p) => p.id === pillarId)?.components ?? [];
}

/** The radar axes of a group view: its pillars, or the components of `pillarId`. */
export function groupAxes(
  framework: Framework,
  group: GroupStats,
  pillarId: string | undefined,
  text: Text,
): ChartItem[] {
  const names = frameworkNames(framework, text);
  return scopeOf(group, pillarId).map((s) => ({ id: s.id, label: names.get(s.id) ?? s.id }));
}

/** One respondent's scores (response order `index`) on the axes of `groupAxes`. */
export function respondentScores(
  group: GroupStats,
  index: number,
  pillarId: string | undefined,
): (number | null)[] {
  return scopeOf(group, pillarId).map((s) => s.scores[index] ?? null);
}

/** The mean scores of a group (or the whole group) on the axes of `groupAxes`. */
export function groupMeans(group: GroupStats, pillarId: string | undefined): (number | null)[] {
  return scopeOf(group, pillarId).map((s) => s.mean);
}
