/**
 * The validator behind `parse*` must say exactly what the zod schemas say: the same
 * verdict, the same cleaned value, the same issues in the same order. Both get the same
 * generated inputs: anything at all, and valid documents with a few parts broken.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ActionPlan, Framework, Response } from './index.js';
import { fromZodIssues } from './issues.js';
import { actionPlanShape, frameworkShape, responseShape } from './shapes.js';
import { mutate, mutationArb, validFramework, validPlan, validResponse } from './test-fixtures.js';
import { validate, type Checker } from './validate.js';

function viaZod(schema: z.ZodMiniType, input: unknown) {
  const r = schema.safeParse(input);
  return r.success
    ? { ok: true, value: r.data }
    : { ok: false, issues: fromZodIssues(input, r.error.issues) };
}

function viaShape(shape: Checker, input: unknown) {
  const r = validate(shape, input);
  return r.ok
    ? { ok: true, value: r.value }
    : { ok: false, issues: fromZodIssues(input, r.issues) };
}

const pairs = [
  { name: 'framework', schema: Framework, shape: frameworkShape, valid: validFramework },
  { name: 'response', schema: Response, shape: responseShape, valid: validResponse },
  { name: 'action plan', schema: ActionPlan, shape: actionPlanShape, valid: validPlan },
] as const;

/** Values near the edges of what the schemas accept. */
const edgy = fc.constantFrom<unknown>(
  undefined,
  null,
  true,
  0,
  -0,
  1,
  2,
  4,
  7,
  8,
  100,
  101,
  1.5,
  -1,
  2 ** 53,
  NaN,
  Infinity,
  '',
  ' ',
  'x',
  'EN',
  'fr-CA',
  'x y',
  'A',
  '__proto__',
  'constructor',
  'a--b',
  '-a',
  '1.0.0',
  '1.0',
  '2026-03-25T09:30:00Z',
  '2026-03-25',
  'https://example.org',
  'ftp://x',
  'SEN',
  'sen',
  'na',
  'dont-know',
  'yes',
  'rubric',
  'choice',
  'boolean',
  'text',
  'published',
  'short',
  'low',
  'dtc.response',
  'dtc.action-plan',
  'x'.repeat(201),
  '   ',
  [],
  [1],
  ['en'],
  {},
  { en: 'x' },
  { en: '' },
  new Date(0),
);

/**
 * Every property name the zod schema knows (read from its JSON Schema), so that generated
 * inputs also add properties the valid documents leave out: a field added to a zod schema
 * but not to shapes.ts is found.
 */
function propertyNames(schema: z.ZodMiniType): string[] {
  const names = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'properties' && value && typeof value === 'object') {
          for (const name of Object.keys(value)) names.add(name);
        }
        walk(value);
      }
    }
  };
  walk(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }));
  return [...names];
}

const brokenArb = (valid: () => unknown, schema: z.ZodMiniType) => {
  const add = fc.record({
    kind: fc.constant('add' as const),
    key: fc.constantFrom(...propertyNames(schema)),
    value: fc.oneof(edgy, fc.anything()),
  });
  const step = fc.oneof(
    mutationArb,
    edgy.map((value) => ({ kind: 'set' as const, value })),
    add,
  );
  return fc
    .array(fc.tuple(fc.nat(), step), { minLength: 1, maxLength: 3 })
    .map((steps) => steps.reduce<unknown>((doc, [at, m]) => mutate(doc, at, m), valid()));
};

describe('the validator agrees with the zod schemas', { timeout: 120_000 }, () => {
  for (const { name, schema, shape, valid } of pairs) {
    it(`accepts the valid ${name} with the same value`, () => {
      const result = viaShape(shape, valid());
      expect(result.ok).toBe(true);
      expect(result).toStrictEqual(viaZod(schema, valid()));
    });

    it(`on broken ${name}s`, () => {
      fc.assert(
        fc.property(brokenArb(valid, schema), (input) => {
          expect(viaShape(shape, input)).toStrictEqual(viaZod(schema, input));
        }),
        { numRuns: 3000 },
      );
    });

    it(`on anything (${name})`, () => {
      fc.assert(
        fc.property(fc.oneof(fc.anything(), edgy), (input) => {
          expect(viaShape(shape, input)).toStrictEqual(viaZod(schema, input));
        }),
        { numRuns: 500 },
      );
    });
  }
});
