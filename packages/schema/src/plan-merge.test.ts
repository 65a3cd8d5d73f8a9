import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HORIZONS,
  mergePlans,
  newActionPlan,
  newPlanAction,
  parseActionPlan,
  resolveConflict,
  unresolvedConflicts,
  type ActionPlan,
  type PlanAction,
  type PlanMerge,
} from './index.js';
import { validFramework } from './test-fixtures.js';

const slow = { timeout: 60_000 };

const plain = (value: unknown): unknown =>
  value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown);
const byId = (actions: readonly PlanAction[]) =>
  [...actions].sort((x, y) => x.id.localeCompare(y.id));

function merged(a: ActionPlan, b: ActionPlan): PlanMerge {
  const result = mergePlans(a, b);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

/** Every conflict decided for one side. */
const resolveAll = (merge: PlanMerge, side: 'a' | 'b'): PlanMerge =>
  merge.conflicts.reduce((m, c) => resolveConflict(m, c.id, side), merge);

/** One laptop's version of an action `id`: the same action, or one edited here and there. */
const actionArb = (id: string): fc.Arbitrary<PlanAction> =>
  fc
    .record({
      title: fc.constantFrom('Write the strategy', 'Draft the strategy', 'Connect schools'),
      horizon: fc.constantFrom(...HORIZONS),
      lead: fc.option(fc.constantFrom('Ministry of Education', 'ICT agency'), { nil: undefined }),
      amount: fc.option(fc.constantFrom(1000, 2500), { nil: undefined }),
      indicator: fc.option(fc.constantFrom('Schools connected', 'Teachers trained'), {
        nil: undefined,
      }),
    })
    .map(({ title, horizon, lead, amount, indicator }) =>
      newPlanAction({
        id,
        priority: 'strategy',
        pillar: 'leadership',
        title,
        horizon,
        targetLevel: 3,
        outcome: 'learning',
        ...(lead ? { lead } : {}),
        ...(amount
          ? {
              cost: {
                amount,
                currency: 'XOF',
                kind: 'capital',
                years: { from: 2026, to: 2027 },
                budgeted: false,
              },
            }
          : {}),
        indicators: indicator ? [{ name: indicator, unit: '%' }] : [],
      }),
    );

/** One laptop's plan: some of the actions `a0…a5`, each in its own version. */
const planArb: fc.Arbitrary<ActionPlan> = fc
  .record({
    ids: fc.subarray(['a0', 'a1', 'a2', 'a3', 'a4', 'a5']),
    priorities: fc.subarray(['strategy', 'access'], { maxLength: 2 }),
    team: fc.subarray(['Awa', 'Binta', 'Chidi']),
    role: fc.constantFrom('ministry-education' as const, 'partner' as const),
    period: fc.option(fc.constantFrom({ from: 2026, to: 2030 }, { from: 2026, to: 2028 }), {
      nil: undefined,
    }),
    pillar: fc.option(fc.constantFrom('strategy', 'other'), { nil: undefined }),
    history: fc.subarray([
      '2026-01-01T10:00:00.000Z',
      '2026-01-02T10:00:00.000Z',
      '2026-01-03T10:00:00.000Z',
    ]),
  })
  .chain((shape) =>
    fc.tuple(...shape.ids.map(actionArb)).map((actions) =>
      newActionPlan(
        { id: 'tiny', version: '1.0.0' },
        {
          country: 'SEN',
          priorities: shape.priorities,
          team: shape.team.map((name) => ({ name, role: shape.role })),
          pillarPriorities: shape.pillar ? { leadership: shape.pillar } : {},
          actions,
          history: shape.history.map((at) => ({ at, by: 'Awa', change: 'action-added' as const })),
          ...(shape.period ? { period: shape.period } : {}),
        },
      ),
    ),
  );

describe('mergePlans: properties', slow, () => {
  it('a plan merged with itself is the same plan, with no conflict', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const merge = merged(plan, plan);
        expect(merge.conflicts).toEqual([]);
        expect(plain(merge.plan)).toEqual(plain(plan));
      }),
      { numRuns: 200 },
    );
  });

  it('keeps every action id of both plans, each once', () => {
    fc.assert(
      fc.property(planArb, planArb, (a, b) => {
        const ids = merged(a, b).plan.actions.map((x) => x.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(new Set(ids)).toEqual(new Set([...a.actions, ...b.actions].map((x) => x.id)));
      }),
      { numRuns: 300 },
    );
  });

  it('is symmetric up to the side of each conflict', () => {
    fc.assert(
      fc.property(planArb, planArb, (a, b) => {
        const ab = merged(a, b);
        const ba = merged(b, a);
        const key = (m: PlanMerge) =>
          Object.fromEntries(m.conflicts.map((c) => [c.id, plain([c.a, c.b])]));
        const swapped = Object.fromEntries(ba.conflicts.map((c) => [c.id, plain([c.b, c.a])]));
        expect(key(ab)).toEqual(swapped);
        // Deciding every conflict for the same plan gives the same merged plan.
        const left = resolveAll(ab, 'a').plan;
        const right = resolveAll(ba, 'b').plan;
        expect(plain(byId(left.actions))).toEqual(plain(byId(right.actions)));
        expect(plain(left.history)).toEqual(plain(right.history));
        const names = (p: ActionPlan) => p.team.map((m) => m.name).sort();
        expect(names(left)).toEqual(names(right));
        expect(left.pillarPriorities).toEqual(right.pillarPriorities);
        expect(plain(left.priorities)).toEqual(plain(right.priorities));
        expect(plain(left.period)).toEqual(plain(right.period));
      }),
      { numRuns: 300 },
    );
  });

  it('drops nothing silently: every value of either plan is in the merged plan or in a conflict', () => {
    fc.assert(
      fc.property(planArb, planArb, (a, b) => {
        const merge = merged(a, b);
        const conflictOn = (action: string, field: string) =>
          merge.conflicts.find((c) => c.id === `action:${action}:${field}`);
        for (const [side, plan] of [
          ['a', a],
          ['b', b],
        ] as const) {
          for (const action of plan.actions) {
            const out = merge.plan.actions.find((x) => x.id === action.id)!;
            for (const [field, value] of Object.entries(action)) {
              const kept = (out as Record<string, unknown>)[field];
              if (JSON.stringify(kept) === JSON.stringify(value)) continue;
              const conflict = conflictOn(action.id, field);
              expect(conflict, `${side}:${action.id}.${field}`).toBeDefined();
              expect(plain(conflict![side])).toEqual(plain(value));
            }
          }
          for (const change of plan.history) expect(merge.plan.history).toContainEqual(change);
          for (const member of plan.team) {
            const kept = merge.plan.team.some((m) => JSON.stringify(m) === JSON.stringify(member));
            const inConflict = merge.conflicts.some(
              (c) => c.field === 'team' && JSON.stringify(c[side]) === JSON.stringify(member),
            );
            expect(kept || inConflict).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('history is one list in time order, each entry once', () => {
    fc.assert(
      fc.property(planArb, planArb, (a, b) => {
        const times = merged(a, b).plan.history.map((h) => h.at);
        expect(times).toEqual([...new Set([...a.history, ...b.history].map((h) => h.at))].sort());
      }),
    );
  });
});

describe('mergePlans: examples', () => {
  const base = (fields: Partial<ActionPlan> = {}) =>
    newActionPlan({ id: 'tiny', version: '1.0.0' }, { country: 'SEN', ...fields });
  const action = (fields: Partial<PlanAction> = {}) =>
    newPlanAction({
      id: 'a1',
      priority: 'strategy',
      pillar: 'leadership',
      title: 'Write the strategy',
      horizon: 'short',
      targetLevel: 3,
      outcome: 'learning',
      ...fields,
    });

  it('refuses plans of different countries, with a clear issue', () => {
    const result = mergePlans(base(), base({ country: 'GHA' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'different-country',
        params: { a: 'SEN', b: 'GHA' },
        message: 'Plans of different countries (SEN and GHA) cannot be merged',
      }),
    ]);
  });

  it('refuses plans of different frameworks', () => {
    const other = newActionPlan({ id: 'other', version: '1.0.0' }, { country: 'SEN' });
    const result = mergePlans(base(), other);
    expect(!result.ok && result.issues.map((i) => i.code)).toEqual(['different-framework']);
  });

  it('takes the country of the plan that names one', () => {
    const { country: _c, ...noCountry } = base();
    expect(merged(noCountry, base()).plan.country).toBe('SEN');
  });

  it('an action edited on both laptops gives one conflict per field that differs', () => {
    const a = base({ actions: [action({ title: 'Write the strategy', horizon: 'short' })] });
    const b = base({
      actions: [action({ title: 'Draft the strategy', horizon: 'short', lead: 'ICT agency' })],
    });
    const merge = merged(a, b);
    expect(merge.conflicts).toEqual([
      {
        id: 'action:a1:title',
        scope: 'action',
        action: 'a1',
        field: 'title',
        a: 'Write the strategy',
        b: 'Draft the strategy',
      },
    ]);
    // The lead only one side wrote is kept; the title is side a until someone decides.
    expect(merge.plan.actions[0]).toMatchObject({
      title: 'Write the strategy',
      lead: 'ICT agency',
    });
    const decided = resolveConflict(merge, 'action:a1:title', 'b');
    expect(decided.plan.actions[0]!.title).toBe('Draft the strategy');
    expect(unresolvedConflicts(decided)).toEqual([]);
    expect(decided.conflicts[0]!.choice).toBe('b');
    // The original merge is left as it was.
    expect(merge.plan.actions[0]!.title).toBe('Write the strategy');
    expect(parseActionPlan(decided.plan, validFramework()).ok).toBe(true);
  });

  it('plan-level fields, pillar priorities and team members conflict where they differ', () => {
    const a = base({
      priorities: ['strategy'],
      pillarPriorities: { leadership: 'strategy' },
      team: [{ name: 'Awa', role: 'ministry-education' }],
      currency: 'XOF',
    });
    const b = base({
      priorities: ['access'],
      pillarPriorities: { leadership: 'other', connectivity: 'access' },
      team: [
        { name: 'awa ', role: 'partner' },
        { name: 'Binta', role: 'school' },
      ],
      currency: 'XOF',
    });
    const merge = merged(a, b);
    expect(merge.conflicts.map((c) => c.id)).toEqual([
      'plan:priorities',
      'plan:pillarPriorities:leadership',
      'plan:team:awa',
    ]);
    expect(merge.plan.pillarPriorities).toEqual({ leadership: 'strategy', connectivity: 'access' });
    expect(merge.plan.team.map((m) => m.name)).toEqual(['Awa', 'Binta']);
    let decided = resolveConflict(merge, 'plan:priorities', 'b');
    decided = resolveConflict(decided, 'plan:pillarPriorities:leadership', 'b');
    decided = resolveConflict(decided, 'plan:team:awa', 'b');
    expect(decided.plan.priorities).toEqual(['access']);
    expect(decided.plan.pillarPriorities.leadership).toBe('other');
    expect(decided.plan.team[0]).toEqual({ name: 'awa ', role: 'partner' });
  });

  it('two laptops’ dependencies can make a cycle together: parseActionPlan says so once decided', () => {
    const x = (dependsOn: string[]) => action({ id: 'x', dependsOn });
    const y = (dependsOn: string[]) => action({ id: 'y', title: 'Connect schools', dependsOn });
    const merge = merged(
      base({ actions: [x(['y']), y([])] }),
      base({ actions: [x([]), y(['x'])] }),
    );
    expect(merge.conflicts.map((c) => c.id)).toEqual(['action:x:dependsOn', 'action:y:dependsOn']);
    const both = resolveConflict(
      resolveConflict(merge, 'action:x:dependsOn', 'a'),
      'action:y:dependsOn',
      'b',
    );
    const read = parseActionPlan(both.plan, validFramework());
    expect(!read.ok && read.issues.map((i) => i.code)).toContain('dependency-cycle');
  });

  it('throws on a conflict id the merge does not hold', () => {
    expect(() => resolveConflict(merged(base(), base()), 'action:nope:title', 'a')).toThrow(
      RangeError,
    );
  });
});
