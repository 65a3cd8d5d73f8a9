/**
 * The figures of an action plan that are computed, never typed: what each action costs in
 * each year, how much of it is funded, and the totals per year, pillar, horizon and kind.
 * Also the order of dependencies (and the cycle, if any). Plain functions over plan data,
 * kept apart from the zod schemas so that a page showing totals does not bundle the validator.
 */
import { COST_KINDS, HORIZONS } from './constants.js';
import type { ActionPlan, Cost, PlanAction } from './plan.js';

/** The years a cost or a plan period covers, in order. */
export function yearsOf(span: { from: number; to: number }): number[] {
  const years: number[] = [];
  for (let y = span.from; y <= span.to; y++) years.push(y);
  return years;
}

/** What a cost comes to over its whole span. */
export function costTotal(cost: Cost): number {
  const years = Math.max(0, cost.years.to - cost.years.from + 1);
  return cost.kind === 'recurrent' ? cost.amount * years : cost.amount;
}

/** What a cost comes to in each year of its span: a capital cost spread evenly, a recurrent one in full. */
export function costByYear(cost: Cost): Map<number, number> {
  const years = yearsOf(cost.years);
  const each = cost.kind === 'recurrent' ? cost.amount : cost.amount / years.length;
  return new Map(years.map((y) => [y, each]));
}

/** How one action is funded, in the currency of its cost. */
export interface ActionFunding {
  currency: string;
  total: number;
  secured: number;
  requested: number;
  /** What no secured or requested line covers (never negative). */
  gap: number;
}

/** The funding of an action with a cost; `null` when it has no cost to fund. */
export function actionFunding(action: PlanAction): ActionFunding | null {
  const { cost } = action;
  if (!cost) return null;
  const total = costTotal(cost);
  const sums = { secured: 0, requested: 0, gap: 0 };
  for (const line of action.funding) {
    sums[line.status] += line.amount ?? ((line.share ?? 0) / 100) * total;
  }
  return {
    currency: cost.currency,
    total,
    secured: sums.secured,
    requested: sums.requested,
    gap: Math.max(0, total - sums.secured - sums.requested),
  };
}

/** Sums keyed by year, pillar, horizon or kind, plus their total. */
export interface Totals<K extends string | number> {
  total: number;
  by: Map<K, number>;
}

/** The totals of the actions whose costs are in one currency. */
export interface CurrencyTotals {
  currency: string;
  /** Every cost in this currency, over every year. */
  total: number;
  byYear: Map<number, number>;
  byPillar: Map<string, number>;
  byHorizon: Map<PlanAction['horizon'], number>;
  byKind: Map<Cost['kind'], number>;
  /** The part of `total` already in a budget. */
  budgeted: number;
  secured: number;
  requested: number;
  gap: number;
  /** How many actions have a cost in this currency. */
  actions: number;
}

/** A plan's budget: one set of totals per currency, the plan's own currency first. */
export interface PlanBudget {
  currencies: CurrencyTotals[];
  /** Actions with no cost yet (not counted in any total), by id. */
  uncosted: string[];
}

const add = <K>(map: Map<K, number>, key: K, value: number): void => {
  map.set(key, (map.get(key) ?? 0) + value);
};

function emptyTotals(currency: string): CurrencyTotals {
  return {
    currency,
    total: 0,
    byYear: new Map(),
    byPillar: new Map(),
    byHorizon: new Map(HORIZONS.map((h) => [h, 0])),
    byKind: new Map(COST_KINDS.map((k) => [k, 0])),
    budgeted: 0,
    secured: 0,
    requested: 0,
    gap: 0,
    actions: 0,
  };
}

/**
 * The plan's totals, computed from its actions' costs and funding. Dropped actions are left
 * out; costs in different currencies are never added together (no exchange rates are assumed).
 */
export function planBudget(plan: Pick<ActionPlan, 'actions' | 'currency'>): PlanBudget {
  const byCurrency = new Map<string, CurrencyTotals>();
  if (plan.currency) byCurrency.set(plan.currency, emptyTotals(plan.currency));
  const uncosted: string[] = [];
  for (const action of plan.actions) {
    if (action.status === 'dropped') continue;
    const funding = actionFunding(action);
    if (!action.cost || !funding) {
      uncosted.push(action.id);
      continue;
    }
    const { currency } = action.cost;
    let t = byCurrency.get(currency);
    if (!t) byCurrency.set(currency, (t = emptyTotals(currency)));
    t.actions++;
    t.total += funding.total;
    for (const [year, amount] of costByYear(action.cost)) add(t.byYear, year, amount);
    add(t.byPillar, action.pillar, funding.total);
    add(t.byHorizon, action.horizon, funding.total);
    add(t.byKind, action.cost.kind, funding.total);
    if (action.cost.budgeted) t.budgeted += funding.total;
    t.secured += funding.secured;
    t.requested += funding.requested;
    t.gap += funding.gap;
  }
  for (const t of byCurrency.values()) {
    t.byYear = new Map([...t.byYear].sort(([a], [b]) => a - b));
  }
  return { currencies: [...byCurrency.values()], uncosted };
}

/**
 * A dependency cycle among the actions, as the ids along it with the first repeated at the
 * end (`["a", "b", "a"]`), or `null` when there is none. Unknown ids are ignored here.
 */
export function dependencyCycle(
  actions: readonly Pick<PlanAction, 'id' | 'dependsOn'>[],
): string[] | null {
  const needs = new Map(actions.map((a) => [a.id, a.dependsOn]));
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): string[] | null => {
    state.set(id, 'open');
    stack.push(id);
    for (const next of needs.get(id) ?? []) {
      if (!needs.has(next)) continue;
      const s = state.get(next);
      if (s === 'open') return [...stack.slice(stack.indexOf(next)), next];
      if (s === undefined) {
        const found = visit(next);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(id, 'done');
    return null;
  };
  for (const { id } of actions) {
    if (state.has(id)) continue;
    const found = visit(id);
    if (found) return found;
  }
  return null;
}

/**
 * What each action unlocks: for every action id, the ids of the actions that depend on it.
 * With `dependsOn` this gives both directions of the plan's dependency graph.
 */
export function dependents(
  actions: readonly Pick<PlanAction, 'id' | 'dependsOn'>[],
): Map<string, string[]> {
  const out = new Map<string, string[]>(actions.map((a) => [a.id, []]));
  for (const a of actions) for (const d of a.dependsOn) out.get(d)?.push(a.id);
  return out;
}
