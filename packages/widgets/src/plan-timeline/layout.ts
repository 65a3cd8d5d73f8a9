/**
 * What `<dtc-plan-timeline>` draws, as plain data: the years of the axis, each action's bar
 * (which years it spans, and why), its milestones, the groups the actions sit in, and the
 * dependency arrows. Pure (no DOM), so it is tested in Node and in the browser alike.
 *
 * The years of an action's bar:
 * - its cost's years (`cost.years`, both included) when it has a cost: what the plan says;
 * - otherwise the years of its horizon within the plan period (`period.from` = year 1):
 *   short term = year 1, medium term = years 2–3, long term = year 4 to the period's end,
 *   each kept inside the period (a long-term action in a three-year plan gets its last year).
 *
 * The plan period is `plan.period`; without one it runs from the earliest year of a cost or
 * a milestone (else `fallbackYear`, e.g. this year) over five years, longer if a cost or a
 * milestone needs it. The axis covers the period and every bar and milestone, so nothing
 * the plan says is cut off (a milestone after the period's end shows past its end).
 */
import { HORIZONS, yearsOf, type ActionPlan, type Milestone, type PlanAction } from '@dtc/schema';

export type TimelineGroupBy = 'horizon' | 'pillar';

/** Where a bar's years come from: the action's cost, or its horizon in the plan period. */
export type SpanSource = 'cost' | 'horizon';

export interface TimelineBar {
  action: PlanAction;
  /** Its index in `plan.actions`. */
  index: number;
  from: number;
  to: number;
  source: SpanSource;
  /** The key of its group: a horizon, or a pillar id. */
  group: string;
  milestones: readonly Milestone[];
  /** The ids of the actions it depends on that are in the plan (no duplicates, not itself). */
  dependsOn: string[];
}

export interface TimelineGroup {
  /** A horizon (`short`, `medium`, `long`) or a pillar id. */
  key: string;
  bars: TimelineBar[];
}

export interface TimelineArrow {
  /** The action needed first. */
  from: string;
  /** The action that depends on it. */
  to: string;
}

export interface TimelineLayout {
  /** The plan period (given, or derived as described above). */
  period: { from: number; to: number };
  /** Every year on the axis, in order. */
  years: number[];
  groups: TimelineGroup[];
  /** The bars in display order (group by group). */
  bars: TimelineBar[];
  arrows: TimelineArrow[];
}

export interface TimelineOptions {
  groupBy?: TimelineGroupBy;
  /** Pillar ids in framework order (groups by pillar follow it; unknown pillars come after). */
  pillars?: readonly string[];
  /** The first year when the plan has no period, no cost and no milestone. */
  fallbackYear: number;
}

/** Default length of a derived plan period, in years. */
export const DEFAULT_PERIOD_YEARS = 5;

/** The years of an action's bar (see the module's rule). */
export function actionSpan(
  action: Pick<PlanAction, 'cost' | 'horizon'>,
  period: { from: number; to: number },
): { from: number; to: number; source: SpanSource } {
  if (action.cost) {
    const { from, to } = action.cost.years;
    return { from: Math.min(from, to), to: Math.max(from, to), source: 'cost' };
  }
  const inside = (y: number): number => Math.min(Math.max(y, period.from), period.to);
  const [first, last] =
    action.horizon === 'short'
      ? [0, 0]
      : action.horizon === 'medium'
        ? [1, 2]
        : [3, period.to - period.from];
  return {
    from: inside(period.from + first),
    to: inside(period.from + Math.max(first, last)),
    source: 'horizon',
  };
}

/** The plan period: `plan.period`, else derived from its costs and milestones. */
export function planPeriod(
  plan: Pick<ActionPlan, 'period' | 'actions'>,
  fallbackYear: number,
): { from: number; to: number } {
  if (plan.period)
    return { from: plan.period.from, to: Math.max(plan.period.from, plan.period.to) };
  const years = plan.actions.flatMap((a) => [
    ...(a.cost ? [a.cost.years.from, a.cost.years.to] : []),
    ...a.milestones.map((m) => m.year),
  ]);
  const from = years.length ? Math.min(...years) : fallbackYear;
  const to = Math.max(from + DEFAULT_PERIOD_YEARS - 1, ...years);
  return { from, to };
}

/** The timeline of a plan: axis, groups, bars and arrows. */
export function timelineLayout(
  plan: Pick<ActionPlan, 'period' | 'actions'>,
  options: TimelineOptions,
): TimelineLayout {
  const groupBy = options.groupBy ?? 'horizon';
  const period = planPeriod(plan, options.fallbackYear);
  const ids = new Set(plan.actions.map((a) => a.id));
  const all: TimelineBar[] = plan.actions.map((action, index) => {
    const span = actionSpan(action, period);
    return {
      action,
      index,
      ...span,
      group: groupBy === 'pillar' ? action.pillar : action.horizon,
      milestones: [...action.milestones].sort((a, b) => a.year - b.year || a.quarter - b.quarter),
      dependsOn: [...new Set(action.dependsOn)].filter((d) => d !== action.id && ids.has(d)),
    };
  });

  const order: string[] =
    groupBy === 'pillar'
      ? [...new Set([...(options.pillars ?? []), ...all.map((b) => b.group)])]
      : [...HORIZONS];
  const groups = order
    .map((key) => ({ key, bars: all.filter((b) => b.group === key) }))
    .filter((g) => g.bars.length > 0);
  const bars = groups.flatMap((g) => g.bars);

  const ends = [
    period.from,
    period.to,
    ...bars.flatMap((b) => [b.from, b.to, ...b.milestones.map((m) => m.year)]),
  ];
  const years = yearsOf({ from: Math.min(...ends), to: Math.max(...ends) });
  const arrows = bars.flatMap((b) => b.dependsOn.map((d) => ({ from: d, to: b.action.id })));
  return { period, years, groups, bars, arrows };
}
