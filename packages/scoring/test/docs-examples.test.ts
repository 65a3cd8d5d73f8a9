// The sample files in docs/examples/ are what a developer copies first: they must be valid,
// complete, and the result must be what the engine gives for the response today
// (`npm run examples` rewrites them).
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { sixPillars } from '@dtc/framework';
import { parseActionPlan, parseResponse, planBudget } from '@dtc/schema';
import { scoreResponse } from '../src/index.js';

const root = new URL('../../../', import.meta.url);
const json = (path: string): unknown => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

const response = json('docs/examples/response.json');
const result = json('docs/examples/result.json');
const plan = json('docs/examples/action-plan.json');

describe('docs/examples', () => {
  it('the response validates against the framework and answers every question', () => {
    const parsed = parseResponse(response, sixPillars);
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
    if (!parsed.ok) return;
    const questions = sixPillars.pillars.flatMap((p) => p.components.flatMap((c) => c.questions));
    expect(Object.keys(parsed.value.answers).sort()).toEqual(questions.map((q) => q.id).sort());
    expect(parsed.value.history.length).toBeGreaterThan(0);
  });

  it('the result is what scoreResponse gives for the response', () => {
    const parsed = parseResponse(response, sixPillars);
    if (!parsed.ok) throw new Error('response does not parse');
    expect(JSON.parse(JSON.stringify(scoreResponse(sixPillars, parsed.value)))).toEqual(result);
  });

  it('the plan validates, and its priorities are the first three of the result', () => {
    const parsed = parseActionPlan(plan, sixPillars);
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
    const ranked = (result as { priorities: { componentId: string }[] }).priorities;
    expect((plan as { priorities: string[] }).priorities).toEqual(
      ranked.slice(0, 3).map((p) => p.componentId),
    );
  });

  it('the full example of docs/plan-format.md validates and gives the figures the page states', () => {
    const page = readFileSync(new URL('docs/plan-format.md', root), 'utf8');
    const block = /```json\n([\s\S]*?)\n```/.exec(page)![1]!;
    const parsed = parseActionPlan(block, sixPillars);
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
    if (!parsed.ok) return;
    // Every field of the format appears in the example.
    const action = parsed.value.actions[0]!;
    for (const key of ['country', 'period', 'currency', 'team', 'pillarPriorities', 'history'])
      expect(JSON.parse(block)).toHaveProperty(key);
    for (const key of [
      'lead',
      'partners',
      'cost',
      'funding',
      'indicators',
      'milestones',
      'alignment',
      'risks',
    ])
      expect(action).toHaveProperty(key);
    const [xof] = planBudget(parsed.value).currencies;
    expect(xof).toMatchObject({
      currency: 'XOF',
      total: 3_600_000_000,
      secured: 1_800_000_000,
      requested: 1_000_000_000,
      gap: 800_000_000,
    });
    expect([...xof!.byYear]).toEqual([
      [2027, 1_200_000_000],
      [2028, 1_200_000_000],
      [2029, 1_200_000_000],
    ]);
    expect(parsed.warnings!.map((w) => w.code)).toEqual([
      'horizon-without-action',
      'horizon-without-action',
      'single-pillar',
      'funding-gap',
    ]);
  });

  // Read back by a validator we did not write, against the published JSON Schema files.
  it.each([
    ['response', 'packages/schema/response.schema.json', response],
    ['action plan', 'packages/schema/action-plan.schema.json', plan],
  ])('the %s validates against its JSON Schema (Ajv)', (_name, schemaPath, data) => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(json(schemaPath) as object);
    validate(data);
    expect(validate.errors ?? []).toEqual([]);
  });

  it('a broken copy fails the JSON Schema, so the check can fail', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(json('packages/schema/response.schema.json') as object);
    expect(validate({ ...(response as object), format: 'other' })).toBe(false);
  });
});
