import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COST_KINDS,
  FUNDING_STATUSES,
  HORIZONS,
  PLAN_LIMITS,
  actionFunding,
  costTotal,
  dependencyCycle,
  dependents,
  newActionPlan,
  newPlanAction,
  parseActionPlan,
  planBudget,
  type ActionPlan,
  type Cost,
  type Funding,
  type PlanAction,
} from './index.js';
import { validFramework, validPlan } from './test-fixtures.js';

// Generous timeout: property runs slow down a lot on a busy CI machine.
const slow = { timeout: 60_000 };

/** Equal to within a millionth of a unit of money, whatever the order of the additions. */
const close = (a: number, b: number) =>
  expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(a), Math.abs(b)));
const sum = (values: Iterable<number>) => [...values].reduce((s, v) => s + v, 0);

const year = fc.integer({ min: 2020, max: 2040 });
const costArb: fc.Arbitrary<Cost> = fc
  .record({
    amount: fc.oneof(
      fc.integer({ min: 0, max: 1e9 }),
      fc.double({ min: 0, max: 1e9, noNaN: true }),
    ),
    currency: fc.constantFrom('XOF', 'EUR', 'USD'),
    kind: fc.constantFrom(...COST_KINDS),
    from: year,
    length: fc.integer({ min: 0, max: 8 }),
    budgeted: fc.boolean(),
  })
  .map(({ from, length, ...rest }) => ({ ...rest, years: { from, to: from + length } }));
const fundingArb: fc.Arbitrary<Funding> = fc.oneof(
  fc.record({
    source: fc.constant({ model: 'blended-finance' as const }),
    amount: fc.integer({ min: 0, max: 1e9 }),
    status: fc.constantFrom(...FUNDING_STATUSES),
  }),
  fc.record({
    source: fc.constant({ text: 'National budget' }),
    share: fc.integer({ min: 0, max: 100 }),
    status: fc.constantFrom(...FUNDING_STATUSES),
  }),
);

/** Actions `a0…an` whose dependencies only point back to earlier ones, so never a cycle. */
const actionsArb = (max: number): fc.Arbitrary<PlanAction[]> =>
  fc
    .array(
      fc.record({
        pillar: fc.constantFrom('leadership', 'connectivity'),
        horizon: fc.constantFrom(...HORIZONS),
        status: fc.constantFrom('planned', 'in-progress', 'done', 'dropped' as const),
        cost: fc.option(costArb, { nil: undefined }),
        funding: fc.array(fundingArb, { maxLength: 4 }),
        needs: fc.array(fc.nat(), { maxLength: 3 }),
      }),
      { maxLength: max },
    )
    .map((rows) =>
      rows.map((row, i) =>
        newPlanAction({
          id: `a${i}`,
          priority: 'strategy',
          pillar: row.pillar,
          title: `Action ${i}`,
          horizon: row.horizon,
          targetLevel: 2,
          outcome: 'learning',
          status: row.status,
          ...(row.cost ? { cost: row.cost } : {}),
          funding: row.cost ? row.funding : [],
          dependsOn: i ? [...new Set(row.needs.map((n) => `a${n % i}`))] : [],
        }),
      ),
    );

const planArb: fc.Arbitrary<ActionPlan> = fc
  .record({
    actions: actionsArb(12),
    currency: fc.option(fc.constantFrom('XOF', 'EUR'), { nil: undefined }),
  })
  .map(({ actions, currency }) =>
    newActionPlan(
      { id: 'tiny', version: '1.0.0' },
      {
        priorities: ['strategy'],
        actions,
        ...(currency ? { currency } : {}),
      },
    ),
  );

describe('planBudget: totals are the sum of their parts', slow, () => {
  it('for any plan, per currency: the total equals the sum by year, pillar, horizon and kind', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const budget = planBudget(plan);
        for (const t of budget.currencies) {
          const mine = plan.actions.filter(
            (a) => a.status !== 'dropped' && a.cost?.currency === t.currency,
          );
          expect(t.actions).toBe(mine.length);
          close(t.total, sum(mine.map((a) => costTotal(a.cost!))));
          close(t.total, sum(t.byYear.values()));
          close(t.total, sum(t.byPillar.values()));
          close(t.total, sum(t.byHorizon.values()));
          close(t.total, sum(t.byKind.values()));
          const funded = mine.map((a) => actionFunding(a)!);
          close(t.gap, sum(funded.map((f) => f.gap)));
          close(t.secured, sum(funded.map((f) => f.secured)));
          close(t.requested, sum(funded.map((f) => f.requested)));
        }
        // Every live action is either costed in exactly one currency or listed as uncosted.
        const live = plan.actions.filter((a) => a.status !== 'dropped');
        expect(sum(budget.currencies.map((t) => t.actions)) + budget.uncosted.length).toBe(
          live.length,
        );
        // The plan's own currency comes first, even with nothing in it.
        if (plan.currency) expect(budget.currencies[0]!.currency).toBe(plan.currency);
      }),
      { numRuns: 300 },
    );
  });

  it('a gap is what neither secured nor requested lines cover, never negative', () => {
    fc.assert(
      fc.property(costArb, fc.array(fundingArb, { maxLength: 5 }), (cost, funding) => {
        const action = newPlanAction({ ...validPlan().actions[0]!, cost, funding });
        const f = actionFunding(action)!;
        const total = costTotal(cost);
        const part = (s: Funding['status']) =>
          sum(
            funding
              .filter((l) => l.status === s)
              .map((l) => l.amount ?? ((l.share ?? 0) / 100) * total),
          );
        close(f.secured, part('secured'));
        close(f.requested, part('requested'));
        close(f.gap, Math.max(0, total - part('secured') - part('requested')));
        expect(f.gap).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('spreads a capital cost over its years and repeats a recurrent one', () => {
    const capital: Cost = {
      amount: 900,
      currency: 'XOF',
      kind: 'capital',
      years: { from: 2026, to: 2028 },
      budgeted: false,
    };
    const recurrent: Cost = { ...capital, kind: 'recurrent', amount: 100 };
    const plan = newActionPlan(
      { id: 'tiny', version: '1.0.0' },
      {
        currency: 'XOF',
        actions: [
          newPlanAction({ ...validPlan().actions[0]!, id: 'c', cost: capital }),
          newPlanAction({ ...validPlan().actions[0]!, id: 'r', cost: recurrent, horizon: 'long' }),
          newPlanAction({ ...validPlan().actions[0]!, id: 'none' }),
        ],
      },
    );
    const [t] = planBudget(plan).currencies;
    expect(t!.total).toBe(1200);
    expect([...t!.byYear]).toEqual([
      [2026, 400],
      [2027, 400],
      [2028, 400],
    ]);
    expect(t!.byHorizon.get('short')).toBe(900);
    expect(t!.byHorizon.get('long')).toBe(300);
    expect(planBudget(plan).uncosted).toEqual(['none']);
  });
});

describe('parseActionPlan: format 1 plans are upgraded', slow, () => {
  const v1Arb = fc
    .record({
      title: fc.option(fc.string({ maxLength: 200 }), { nil: undefined }),
      actions: fc.uniqueArray(
        fc.record(
          {
            id: fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/),
            priority: fc.constant('strategy'),
            pillar: fc.constantFrom('leadership', 'connectivity'),
            title: fc.string({ minLength: 1, maxLength: 500 }).filter((s) => /\S/.test(s)),
            horizon: fc.constantFrom(...HORIZONS),
            owner: fc.string({ maxLength: 200 }),
            targetLevel: fc.integer({ min: 1, max: 4 }),
            outcome: fc.constant('learning'),
            notes: fc.string({ maxLength: 300 }),
          },
          {
            requiredKeys: [
              'id',
              'priority',
              'pillar',
              'title',
              'horizon',
              'targetLevel',
              'outcome',
            ],
          },
        ),
        { selector: (a) => a.id, maxLength: 8 },
      ),
      updatedAt: fc.option(fc.constant('2026-03-25T09:30:00Z'), { nil: undefined }),
    })
    .map(({ actions, ...fields }) => ({
      format: 'dtc.action-plan',
      version: 1,
      framework: { id: 'tiny', version: '1.0.0' },
      priorities: ['strategy'],
      actions,
      ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
    }));

  it('keeping every field of format 1, with the new ones at their defaults', () => {
    fc.assert(
      fc.property(v1Arb, (v1) => {
        const parsed = parseActionPlan(JSON.stringify(v1), validFramework());
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const plan = parsed.value;
        expect(plan.version).toBe(2);
        for (const [key, value] of Object.entries(v1)) {
          if (key === 'version' || key === 'actions') continue;
          expect(plan[key as keyof ActionPlan]).toEqual(value);
        }
        expect(plan.actions).toHaveLength(v1.actions.length);
        v1.actions.forEach((old, i) => {
          const now = plan.actions[i]!;
          for (const [key, value] of Object.entries(old)) {
            expect(now[key as keyof PlanAction]).toEqual(value);
          }
          expect(now).toMatchObject({ status: 'planned', funding: [], dependsOn: [] });
        });
        expect(parsed.warnings?.[0]).toMatchObject({
          code: 'upgraded',
          params: { from: 1, to: 2 },
        });
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a newer format with one clear issue', () => {
    const parsed = parseActionPlan({ ...validPlan(), version: 3, actions: 'changed shape' });
    expect(parsed).toEqual({
      ok: false,
      issues: [
        expect.objectContaining({
          path: ['version'],
          code: 'unsupported-version',
          params: { found: 3, expected: 2 },
        }),
      ],
    });
  });
});

describe('parseActionPlan: JSON out and back in is the identity', slow, () => {
  it('for any valid plan', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const first = parseActionPlan(plan);
        expect(first.ok).toBe(true);
        if (!first.ok) return;
        expect(first.value).toEqual(plan);
        const again = parseActionPlan(JSON.stringify(first.value));
        expect(again.ok && again.value).toEqual(first.value);
      }),
      { numRuns: 200 },
    );
  });

  it('for the full example in docs/examples', async () => {
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(
      new URL('../../../docs/examples/action-plan.json', import.meta.url),
      'utf8',
    );
    const parsed = parseActionPlan(text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(JSON.parse(JSON.stringify(parsed.value))).toEqual(JSON.parse(text));
  });
});

describe('parseActionPlan: dependency cycles are always refused', slow, () => {
  it('a back link anywhere in a chain makes a cycle, reported with the actions along it', () => {
    fc.assert(
      fc.property(
        actionsArb(10).filter((a) => a.length >= 1),
        fc.nat(),
        fc.nat(),
        (actions, x, y) => {
          // Link an earlier action to a later one that (transitively) needs it, or to itself.
          const from = x % actions.length;
          const chain = [from];
          for (let i = from + 1; i < actions.length; i++) {
            const a = actions[i]!;
            if (a.dependsOn.some((d) => chain.includes(Number(d.slice(1))))) chain.push(i);
          }
          const to = chain[y % chain.length]!;
          actions[from] = { ...actions[from]!, dependsOn: [...actions[from]!.dependsOn, `a${to}`] };
          const plan = newActionPlan({ id: 'tiny', version: '1.0.0' }, { actions });
          const parsed = parseActionPlan(plan);
          expect(parsed.ok).toBe(false);
          if (parsed.ok) return;
          const cycle = parsed.issues.find((i) => i.code === 'dependency-cycle');
          expect(cycle).toBeDefined();
          const along = String(cycle!.params!.cycle).split(' → ');
          expect(along[0]).toBe(along.at(-1));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('plans whose links only point back never have one', () => {
    fc.assert(
      fc.property(actionsArb(12), (actions) => {
        expect(dependencyCycle(actions)).toBeNull();
        const plan = newActionPlan({ id: 'tiny', version: '1.0.0' }, { actions });
        expect(parseActionPlan(plan).ok).toBe(true);
      }),
    );
  });

  it('names unknown actions and gives each action what it unlocks', () => {
    const base = validPlan().actions[0]!;
    const actions = [
      newPlanAction({ ...base, id: 'a' }),
      newPlanAction({ ...base, id: 'b', dependsOn: ['a'] }),
      newPlanAction({ ...base, id: 'c', dependsOn: ['a', 'b'] }),
    ];
    expect([...dependents(actions)]).toEqual([
      ['a', ['b', 'c']],
      ['b', ['c']],
      ['c', []],
    ]);
    const plan = newActionPlan(
      { id: 'tiny', version: '1.0.0' },
      { actions: [...actions, newPlanAction({ ...base, id: 'd', dependsOn: ['zzz'] })] },
    );
    const parsed = parseActionPlan(plan);
    expect(!parsed.ok && parsed.issues).toEqual([
      expect.objectContaining({
        path: ['actions', 3, 'dependsOn', 0],
        code: 'unknown-action',
        params: { id: 'zzz' },
      }),
    ]);
  });
});

describe('parseActionPlan: checks and warnings', () => {
  const base = validPlan().actions[0]!;
  const cost: Cost = {
    amount: 1000,
    currency: 'XOF',
    kind: 'capital',
    years: { from: 2027, to: 2027 },
    budgeted: false,
  };
  const codes = (plan: ActionPlan) => {
    const parsed = parseActionPlan(plan, validFramework());
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    return parsed.warnings!.map((w) => w.code);
  };

  it('advises on a plan a team should look at again, without refusing it', () => {
    const plan = newActionPlan(
      { id: 'tiny', version: '1.0.0' },
      {
        period: { from: 2026, to: 2028 },
        currency: 'EUR',
        priorities: ['strategy', 'access'],
        pillarPriorities: { connectivity: 'access' },
        actions: [
          newPlanAction({
            ...base,
            cost,
            funding: [{ source: { text: 'Budget' }, share: 40, status: 'secured' }],
            milestones: [{ what: 'Done', year: 2030, quarter: 2, done: false }],
          }),
        ],
      },
    );
    expect(codes(plan)).toEqual([
      'priority-without-action',
      'pillar-priority-without-action',
      'horizon-without-action',
      'horizon-without-action',
      'single-pillar',
      'action-without-indicator',
      'funding-gap',
      'currency-differs',
      'milestone-after-end',
    ]);
    const parsed = parseActionPlan(plan);
    const gap = parsed.ok && parsed.warnings!.find((w) => w.code === 'funding-gap');
    expect(gap).toMatchObject({
      path: ['actions', 0, 'funding'],
      params: { gap: 600, currency: 'XOF' },
    });
  });

  it('gives no advice on a plan that needs none, and none on dropped actions', () => {
    const action = (id: string, pillar: string, horizon: PlanAction['horizon']) =>
      newPlanAction({
        ...base,
        id,
        pillar,
        horizon,
        priority: pillar === 'leadership' ? 'strategy' : 'access',
        indicators: [{ name: 'Share of schools', unit: '%' }],
      });
    const plan = newActionPlan(
      { id: 'tiny', version: '1.0.0' },
      {
        priorities: ['strategy', 'access'],
        actions: [
          action('a', 'leadership', 'short'),
          action('b', 'connectivity', 'medium'),
          action('c', 'leadership', 'long'),
          { ...action('d', 'leadership', 'long'), status: 'dropped', indicators: [] },
        ],
      },
    );
    expect(codes(plan)).toEqual([]);
  });

  it('refuses spans that run backwards, funding lines with both an amount and a share, and components of another pillar', () => {
    const plan = newActionPlan(
      { id: 'tiny', version: '1.0.0' },
      {
        period: { from: 2030, to: 2026 },
        pillarPriorities: { leadership: 'access' },
        actions: [
          newPlanAction({
            ...base,
            cost: { ...cost, years: { from: 2028, to: 2027 } },
            funding: [{ source: { text: 'Budget' }, amount: 10, share: 10, status: 'secured' }],
            indicators: [
              {
                name: 'Trained',
                unit: 'teachers',
                baseline: { value: 0, year: 2029 },
                target: { value: 10, year: 2027 },
                question: 'no-such-question',
              },
            ],
          }),
        ],
      },
    );
    const parsed = parseActionPlan(plan, validFramework());
    expect(!parsed.ok && parsed.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid-range', 'period'],
      ['invalid-range', 'actions.0.cost.years'],
      ['amount-or-share', 'actions.0.funding.0'],
      ['invalid-range', 'actions.0.indicators.0.target.year'],
      ['component-not-in-pillar', 'pillarPriorities.leadership'],
      ['unknown-question', 'actions.0.indicators.0.question'],
    ]);
    // The question's words name the id the plan gave.
    const unknownQuestion = !parsed.ok && parsed.issues.find((i) => i.code === 'unknown-question');
    expect(unknownQuestion && unknownQuestion.params).toMatchObject({
      question: 'no-such-question',
    });
  });

  it('refuses more actions than a plan holds before checking each one', () => {
    const actions = Array.from({ length: PLAN_LIMITS.actions + 1 }, (_, i) =>
      newPlanAction({ ...base, id: `a${i}` }),
    );
    const parsed = parseActionPlan(newActionPlan({ id: 'tiny', version: '1.0.0' }, { actions }));
    expect(!parsed.ok && parsed.issues[0]).toMatchObject({
      path: ['actions'],
      code: 'too-big',
      params: { maximum: PLAN_LIMITS.actions },
    });
  });

  it('refuses an unknown financing model and a currency that is not ISO 4217-shaped', () => {
    const plan = newActionPlan(
      { id: 'tiny', version: '1.0.0' },
      {
        currency: 'euro',
        actions: [
          newPlanAction({
            ...base,
            cost,
            funding: [
              { source: { model: 'lottery' as 'blended-finance' }, amount: 1, status: 'gap' },
            ],
          }),
        ],
      },
    );
    const parsed = parseActionPlan(plan);
    expect(!parsed.ok && parsed.issues.map((i) => i.path.join('.'))).toEqual([
      'currency',
      'actions.0.funding.0.source',
    ]);
    expect(!parsed.ok && parsed.issues[0]!.params).toMatchObject({ pattern: 'currency' });
  });
});
