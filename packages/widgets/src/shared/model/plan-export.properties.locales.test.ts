// Every exporter of a plan works on any plan that `parseActionPlan` reads: generated plans,
// in every built-in language, with texts of any characters, amounts up to the bound, years at
// the ends of the range and dates at the edges of the calendar. Node project (see
// vitest.config.ts), with the other plan export tests in every language.
import { sixPillars } from '@dtc/framework';
import { BUILT_IN_LOCALES, loadLocale } from '@dtc/i18n';
import {
  ACTION_STATUSES,
  COST_KINDS,
  FINANCING_MODELS,
  FUNDING_STATUSES,
  HORIZONS,
  PARTNER_ROLES,
  PLAN_LIMITS,
  RESPONDENT_ROLES,
  parseActionPlan,
  type ActionPlan,
} from '@dtc/schema';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { planRows, planSections, planToCsv, planToJson, planToMarkdown } from './plan-export.js';

const pillars = sixPillars.pillars;
const components = pillars.flatMap((p) => p.components.map((c) => c.id));
const outcomes = (sixPillars.outcomes ?? []).map((o) => o.id);

/** Text of any characters, with at least one that is not a space. */
const words = (max: number) =>
  fc
    .oneof(
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: Math.min(max, 40) }),
      fc.constantFrom('| a | b |', '# *x* _y_ `z`', 'line\nbreak\r\n', '<script>1</script>', '‮'),
    )
    .filter((s) => /\S/.test(s) && s.length <= max);
const note = (max: number) => fc.option(words(max), { nil: undefined });
const year = fc.integer({ min: 1900, max: 2200 });
const span = fc.tuple(year, year).map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) }));
const amount = fc.oneof(
  fc.constantFrom(0, 1, 0.5, PLAN_LIMITS.amount, 1e-7),
  fc.double({ min: 0, max: PLAN_LIMITS.amount, noNaN: true }),
);
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
/** A date-time in the timestamp's form, on any day up to the 31st, any second up to 60. */
const timestamp = fc
  .record({
    y: fc.integer({ min: 0, max: 9999 }),
    mo: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 31 }),
    h: fc.integer({ min: 0, max: 23 }),
    mi: fc.integer({ min: 0, max: 59 }),
    s: fc.integer({ min: 0, max: 60 }),
    offset: fc.constantFrom('Z', '+00:00', '+05:30', '-12:00', '+14:00', '+23:59'),
  })
  .map(
    ({ y, mo, d, h, mi, s, offset }) =>
      `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}${offset}`,
  );

const action = (id: string) =>
  fc.record(
    {
      id: fc.constant(id),
      priority: fc.constantFrom(...components),
      pillar: fc.constantFrom(...pillars.map((p) => p.id)),
      title: words(500),
      horizon: fc.constantFrom(...HORIZONS),
      owner: fc.string({ maxLength: 20 }),
      targetLevel: fc.integer({ min: 1, max: sixPillars.levels.length }),
      outcome: fc.constantFrom(...outcomes),
      notes: note(5000),
      status: fc.constantFrom(...ACTION_STATUSES),
      lead: note(200),
      partners: fc.array(fc.record({ name: words(200), role: fc.constantFrom(...PARTNER_ROLES) }), {
        maxLength: 3,
      }),
      cost: fc.option(
        fc.record({
          amount,
          currency: fc.constantFrom('XOF', 'EUR', 'USD'),
          kind: fc.constantFrom(...COST_KINDS),
          years: span.filter((s) => s.to - s.from < PLAN_LIMITS.years),
          budgeted: fc.boolean(),
        }),
        { nil: undefined },
      ),
      funding: fc.array(
        fc.record({
          source: fc.oneof(
            fc.record({ model: fc.constantFrom(...FINANCING_MODELS) }),
            fc.record({ text: words(200) }),
          ),
          status: fc.constantFrom(...FUNDING_STATUSES),
          part: fc.oneof(
            amount.map((a) => ({ amount: a })),
            fc.double({ min: 0, max: 100, noNaN: true }).map((share) => ({ share })),
          ),
        }),
        { maxLength: 3 },
      ),
      indicators: fc.array(
        fc.record(
          {
            name: words(300),
            unit: fc.string({ maxLength: 10 }),
            baseline: fc.record({
              value: fc.double({ noNaN: true, noDefaultInfinity: true }),
              year,
            }),
            target: fc.record({ value: fc.double({ noNaN: true, noDefaultInfinity: true }), year }),
          },
          { requiredKeys: ['name', 'unit'] },
        ),
        { maxLength: 2 },
      ),
      milestones: fc.array(
        fc.record({
          what: words(500),
          year,
          quarter: fc.integer({ min: 1, max: 4 }),
          done: fc.boolean(),
        }),
        { maxLength: 2 },
      ),
      alignment: fc.option(fc.record({ objective: note(500), budgetLine: note(300) }), {
        nil: undefined,
      }),
      risks: note(5000),
    },
    { requiredKeys: ['id', 'priority', 'pillar', 'title', 'horizon', 'targetLevel', 'outcome'] },
  );

/** Plans as a person could write them; those `parseActionPlan` reads are kept, as it reads them. */
const planArb: fc.Arbitrary<ActionPlan> = fc
  .record(
    {
      title: words(200),
      country: fc.constantFrom('SEN', 'FRA', 'KEN'),
      period: span.filter((s) => s.to - s.from < PLAN_LIMITS.years),
      currency: fc.constantFrom('XOF', 'EUR'),
      team: fc.array(
        fc.record({
          name: words(200),
          role: fc.constantFrom(...RESPONDENT_ROLES),
          title: note(200),
          organisation: note(200),
        }),
        { maxLength: 3 },
      ),
      priorities: fc.uniqueArray(fc.constantFrom(...components), { maxLength: 3 }),
      actions: fc
        .integer({ min: 0, max: 4 })
        .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => action(`a${i}`)))),
      updatedAt: timestamp,
    },
    { requiredKeys: ['priorities', 'actions'] },
  )
  .map((p) => ({
    format: 'dtc.action-plan',
    version: 2,
    framework: { id: sixPillars.id, version: sixPillars.version },
    ...p,
    actions: p.actions.map(({ funding, ...a }) => ({
      ...a,
      funding: (funding ?? []).map(({ part, ...f }) => ({ ...f, ...part })),
    })),
  }))
  .map((raw) => parseActionPlan(JSON.parse(JSON.stringify(raw)), sixPillars))
  .filter((read) => read.ok)
  .map((read) => (read.ok ? read.value : (undefined as never)));

beforeAll(async () => {
  await Promise.all(BUILT_IN_LOCALES.map((locale) => loadLocale(locale)));
});

describe('the exporters never throw on a plan parseActionPlan reads', () => {
  it('Markdown, CSV, rows, sections and JSON, in every language', () => {
    fc.assert(
      fc.property(planArb, fc.constantFrom(...BUILT_IN_LOCALES), (plan, locale) => {
        const ctx = { framework: sixPillars, locale };
        const md = planToMarkdown(plan, ctx);
        expect(md.startsWith('# ')).toBe(true);
        const rows = planRows(plan, ctx, true);
        expect(rows).toHaveLength(plan.actions.length + 1);
        expect(planToCsv(plan, ctx).length).toBeGreaterThan(0);
        const sections = planSections(plan, ctx).sections;
        expect(sections.reduce((n, s) => n + s.rows.length, 0)).toBe(plan.actions.length);
        const json = planToJson(plan);
        expect(parseActionPlan(json, sixPillars).ok).toBe(true);
      }),
      { numRuns: 150, seed: 19 },
    );
  });

  it('a plan updated in the last second of a day is written with its date', () => {
    const raw = {
      format: 'dtc.action-plan',
      version: 2,
      framework: { id: sixPillars.id, version: sixPillars.version },
      priorities: [],
      actions: [],
      updatedAt: '2026-03-25T23:59:59Z',
    };
    const read = parseActionPlan(raw, sixPillars);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const md = planToMarkdown(read.value, { framework: sixPillars, locale: 'en' });
    expect(md).toMatch(/March (25|26), 2026/);
    // The leap second is not a time the schema takes, so no exporter ever meets it.
    expect(parseActionPlan({ ...raw, updatedAt: '2026-03-25T23:59:60Z' }, sixPillars).ok).toBe(
      false,
    );
  });
});
