// The timeline's layout rule (layout.ts), in Node and in the browser: which years a bar spans,
// the plan period, the groups and the arrows.
import { describe, expect, it } from 'vitest';
import { framework, timelinePlan } from '../../test/fixtures-timeline.js';
import { actionSpan, planPeriod, timelineLayout } from './layout.js';

const period = { from: 2026, to: 2030 };

describe('actionSpan', () => {
  it('takes the years of the cost when there is one, whatever the horizon', () => {
    const cost = {
      amount: 1,
      currency: 'XOF',
      kind: 'recurrent' as const,
      years: { from: 2028, to: 2032 },
      budgeted: false,
    };
    expect(actionSpan({ horizon: 'short', cost }, period)).toEqual({
      from: 2028,
      to: 2032,
      source: 'cost',
    });
  });

  it('else places the horizon in the period: short year 1, medium years 2–3, long year 4 on', () => {
    const span = (horizon: 'short' | 'medium' | 'long', p = period) =>
      actionSpan({ horizon, cost: undefined }, p);
    expect(span('short')).toEqual({ from: 2026, to: 2026, source: 'horizon' });
    expect(span('medium')).toEqual({ from: 2027, to: 2028, source: 'horizon' });
    expect(span('long')).toEqual({ from: 2029, to: 2030, source: 'horizon' });
    // A short period keeps every bar inside it.
    const short = { from: 2026, to: 2027 };
    expect(span('medium', short)).toEqual({ from: 2027, to: 2027, source: 'horizon' });
    expect(span('long', short)).toEqual({ from: 2027, to: 2027, source: 'horizon' });
    const one = { from: 2026, to: 2026 };
    expect(span('long', one)).toEqual({ from: 2026, to: 2026, source: 'horizon' });
  });
});

describe('planPeriod', () => {
  it('is the plan period when given', () => {
    expect(planPeriod(timelinePlan(), 1999)).toEqual(period);
  });

  it('else runs five years from the earliest cost or milestone, longer when they need it', () => {
    const plan = { ...timelinePlan(), period: undefined };
    // Costs 2026–2029, milestones 2026–2031.
    expect(planPeriod(plan, 1999)).toEqual({ from: 2026, to: 2031 });
    expect(planPeriod({ actions: [] }, 2040)).toEqual({ from: 2040, to: 2044 });
  });
});

describe('timelineLayout', () => {
  it('groups by horizon, in horizon order, actions in plan order within a group', () => {
    const layout = timelineLayout(timelinePlan(), { fallbackYear: 2000 });
    expect(layout.groups.map((g) => [g.key, g.bars.map((b) => b.action.id)])).toEqual([
      ['short', ['map']],
      ['medium', ['connect', 'emis']],
      ['long', ['train']],
    ]);
    expect(layout.bars.map((b) => [b.action.id, b.from, b.to, b.source])).toEqual([
      ['map', 2026, 2026, 'horizon'],
      ['connect', 2027, 2029, 'cost'],
      ['emis', 2026, 2028, 'cost'],
      ['train', 2029, 2030, 'horizon'],
    ]);
  });

  it('covers the period and every milestone on its axis', () => {
    const layout = timelineLayout(timelinePlan(), { fallbackYear: 2000 });
    expect(layout.period).toEqual(period);
    expect(layout.years).toEqual([2026, 2027, 2028, 2029, 2030, 2031]);
  });

  it('sorts milestones by date', () => {
    const layout = timelineLayout(timelinePlan(), { fallbackYear: 2000 });
    expect(layout.bars[1]!.milestones.map((m) => [m.year, m.quarter])).toEqual([
      [2027, 1],
      [2027, 4],
    ]);
  });

  it('draws one arrow per dependency on another action of the plan', () => {
    const layout = timelineLayout(timelinePlan(), { fallbackYear: 2000 });
    // "gone" is not in the plan, "emis" on itself and the repeated "connect" are left out.
    expect(layout.arrows).toEqual([
      { from: 'map', to: 'connect' },
      { from: 'map', to: 'emis' },
      { from: 'connect', to: 'train' },
    ]);
  });

  it('groups by pillar in framework order, unknown pillars last', () => {
    const plan = timelinePlan();
    plan.actions[0]!.pillar = 'not-a-pillar';
    const layout = timelineLayout(plan, {
      groupBy: 'pillar',
      pillars: framework.pillars.map((p) => p.id),
      fallbackYear: 2000,
    });
    expect(layout.groups.map((g) => [g.key, g.bars.map((b) => b.action.id)])).toEqual([
      ['connectivity-infrastructure', ['connect']],
      ['capacity-culture', ['train']],
      ['data-evidence', ['emis']],
      ['not-a-pillar', ['map']],
    ]);
  });

  it('has nothing to draw for a plan without actions', () => {
    const layout = timelineLayout({ actions: [] }, { fallbackYear: 2030 });
    expect(layout).toMatchObject({
      bars: [],
      groups: [],
      arrows: [],
      years: [2030, 2031, 2032, 2033, 2034],
    });
  });
});
