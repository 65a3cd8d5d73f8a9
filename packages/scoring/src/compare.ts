import type {
  Comparison,
  ComparisonEntry,
  ComponentComparison,
  ComponentResult,
  PillarResult,
  Result,
  ScoreSummary,
} from '@dtc/schema';
import { EPSILON } from './math.js';

/** The id of the overall entry of a {@link Comparison}. */
export const OVERALL_ID = 'overall';

function entry(id: string, before: ScoreSummary | undefined, after: ScoreSummary | undefined) {
  const b = before?.score ?? null;
  const a = after?.score ?? null;
  const bl = before?.level ?? null;
  const al = after?.level ?? null;
  const out: ComparisonEntry = {
    id,
    before: b,
    after: a,
    delta: a === null || b === null ? null : a - b,
    beforeLevel: bl,
    afterLevel: al,
    levelDelta: al === null || bl === null ? null : al - bl,
  };
  return out;
}

/** Items of `after` in its order, then those only in `before`, matched by id. */
function pair<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
): { id: string; before: T | undefined; after: T | undefined }[] {
  const byId = new Map(before.map((x) => [x.id, x]));
  const out = after.map((x) => ({ id: x.id, before: byId.get(x.id), after: x as T | undefined }));
  const seen = new Set(after.map((x) => x.id));
  for (const x of before) {
    if (!seen.has(x.id)) out.push({ id: x.id, before: x, after: undefined });
  }
  return out;
}

function components(result: Result): ComponentResult[] {
  return result.pillars.flatMap((p: PillarResult) => p.components);
}

/**
 * How scores moved from `before` to `after` (e.g. before and after a deep dive):
 * overall, per pillar and per component, matched by id, with score and level deltas.
 * `improved` / `declined` list the components whose score rose / fell (by more than 1e-9,
 * so that float noise is not a change); a component scored on one side only has a `null`
 * delta and is in neither. Deltas are only meaningful within one framework version:
 * `comparable` says whether both results come from the same framework id and version.
 */
export function compareResults(before: Result, after: Result): Comparison {
  const pillars = pair(before.pillars, after.pillars).map((p) => entry(p.id, p.before, p.after));
  const comps = pair(components(before), components(after)).map((c): ComponentComparison => ({
    ...entry(c.id, c.before, c.after),
    pillarId: (c.after ?? c.before)!.pillarId,
  }));
  return {
    framework: { id: after.framework.id, version: after.framework.version },
    comparable:
      before.framework.id === after.framework.id &&
      before.framework.version === after.framework.version,
    overall: entry(OVERALL_ID, before.overall, after.overall),
    pillars,
    components: comps,
    improved: comps.filter((c) => c.delta !== null && c.delta > EPSILON).map((c) => c.id),
    declined: comps.filter((c) => c.delta !== null && c.delta < -EPSILON).map((c) => c.id),
  };
}
