import { newActionPlan, newPlanAction, type PlanAction } from '@dtc/schema';
import { describe, expect, it } from 'vitest';
import { framework } from './data.js';
import { headlineActions, pillarGaps, planTotals } from './teams.js';

const [p1, p2] = framework.pillars;
const action = (id: string, fields: Partial<PlanAction>) =>
  newPlanAction({
    id,
    priority: p1!.components[0]!.id,
    pillar: p1!.id,
    title: id,
    horizon: 'short',
    targetLevel: 2,
    outcome: framework.outcomes![0]!.id,
    ...fields,
  });
const cost = (amount: number, currency = 'XOF') => ({
  amount,
  currency,
  kind: 'capital' as const,
  years: { from: 2026, to: 2026 },
  budgeted: false,
});

const plan = newActionPlan(framework, {
  currency: 'XOF',
  priorities: [p2!.components[0]!.id, p1!.components[0]!.id],
  actions: [
    action('a', {
      cost: cost(100),
      funding: [{ source: { text: 'State' }, amount: 40, status: 'secured' }],
    }),
    action('b', { priority: p2!.components[0]!.id, pillar: p2!.id, cost: cost(50) }),
    action('c', { status: 'dropped', cost: cost(999) }),
    action('d', { pillar: p2!.id, cost: cost(10, 'EUR') }),
  ],
});

describe('what the gallery shows of a team plan', () => {
  it('headline actions serve the priorities in their order, dropped ones left out', () => {
    expect(headlineActions(plan).map((a) => a.id)).toEqual(['b', 'a', 'd']);
    expect(headlineActions(plan, 1).map((a) => a.id)).toEqual(['b']);
  });

  it('totals per currency come from planBudget, dropped actions not counted', () => {
    expect(planTotals(plan).map((c) => [c.currency, c.total, c.gap])).toEqual([
      ['XOF', 150, 110],
      ['EUR', 10, 10],
    ]);
  });

  it('the funding gap of one pillar counts only that pillar’s actions', () => {
    expect(pillarGaps(plan, p1!.id).map((c) => [c.currency, c.gap])).toEqual([['XOF', 60]]);
    expect(pillarGaps(plan, p2!.id).map((c) => [c.currency, c.gap])).toEqual([
      ['XOF', 50],
      ['EUR', 10],
    ]);
    expect(pillarGaps(plan, framework.pillars[5]!.id)).toEqual([]);
  });
});
