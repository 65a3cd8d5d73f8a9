import { describe, expect, it, vi } from 'vitest';
import { readDraftPlan } from './plan-draft.js';
import { validFramework } from './test-fixtures.js';

const framework = validFramework();

const component = framework.pillars[1]!.components[0]!;
const action = (fields: Record<string, unknown> = {}) => ({
  id: 'a1',
  priority: component.id,
  pillar: framework.pillars[1]!.id,
  title: 'Connect the schools',
  horizon: 'short',
  targetLevel: 2,
  outcome: framework.outcomes![0]!.id,
  ...fields,
});
const plan = (actions: unknown[], fields: Record<string, unknown> = {}) => ({
  format: 'dtc.action-plan',
  version: 2,
  framework: { id: framework.id, version: framework.version },
  priorities: [component.id],
  actions,
  ...fields,
});

describe('readDraftPlan: a plan someone is still writing', () => {
  it('reads a valid plan as parseActionPlan does, with no problem', () => {
    const read = readDraftPlan(plan([action()]), framework);
    expect(read.ok && read.problems).toEqual([]);
  });

  it('keeps what is being typed (empty title, negative amount, half a year) and lists the problems', () => {
    const cost = { amount: -5, currency: 'XO', kind: 'capital', years: { from: 202, to: 2027 } };
    const read = readDraftPlan(plan([action({ title: '', cost })], { currency: 'EU' }), framework);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.plan.actions[0]).toMatchObject({
      title: '',
      status: 'planned',
      cost: { amount: -5, currency: 'XO', years: { from: 202, to: 2027 }, budgeted: false },
    });
    expect(read.plan.currency).toBe('EU');
    expect(read.problems.map((p) => p.path.join('.'))).toEqual(
      expect.arrayContaining([
        'currency',
        'actions.0.title',
        'actions.0.cost.amount',
        'actions.0.cost.currency',
        'actions.0.cost.years.from',
      ]),
    );
  });

  it('decodes JSON text once, a draft as well as a valid plan, and refuses text that is not JSON', () => {
    const decode = vi.spyOn(JSON, 'parse');
    try {
      const draft = readDraftPlan(JSON.stringify(plan([action({ title: '' })])), framework);
      expect(draft.ok && draft.plan.actions[0]!.title).toBe('');
      expect(decode).toHaveBeenCalledTimes(1);
      decode.mockClear();
      expect(readDraftPlan(JSON.stringify(plan([action()])), framework).ok).toBe(true);
      expect(decode).toHaveBeenCalledTimes(1);
    } finally {
      decode.mockRestore();
    }
    const broken = readDraftPlan('{"format":', framework);
    expect(!broken.ok && broken.issues.map((i) => i.code)).toEqual(['invalid-json']);
  });

  it('refuses a plan whose structure is wrong, even beside a field being typed', () => {
    const read = readDraftPlan(plan([action({ title: '', horizon: 'someday' })]), framework);
    expect(read.ok).toBe(false);
  });

  it('refuses a typed field holding what typing cannot give (an object)', () => {
    expect(readDraftPlan(plan([action({ title: { html: '<b>' } })]), framework).ok).toBe(false);
  });

  it('refuses NaN and the infinities in a number field: no one types them', () => {
    const cost = (amount: number) => ({
      kind: 'capital',
      amount,
      currency: 'XOF',
      years: { from: 2026, to: 2027 },
    });
    for (const amount of [Number.NaN, Infinity, -Infinity])
      expect(readDraftPlan(plan([action({ cost: cost(amount) })]), framework).ok).toBe(false);
    const typed = readDraftPlan(plan([action({ cost: cost(-5) })]), framework);
    expect(typed.ok && typed.plan.actions[0]!.cost!.amount).toBe(-5);
  });

  it('upgrades a format 1 plan with an empty title', () => {
    const read = readDraftPlan({ ...plan([action({ title: ' ' })]), version: 1 }, framework);
    expect(read.ok && read.plan.version).toBe(2);
    expect(read.ok && read.plan.actions[0]!.title).toBe(' ');
  });
});
