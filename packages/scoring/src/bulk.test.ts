/**
 * Differential tests of the bulk path: createAggregator against aggregateResponses, and
 * scoreMany against scoreResponse, on generated frameworks and responses.
 */
import { sixPillars } from '@dtc/framework';
import type { Framework, GroupResult, GroupStats, Response } from '@dtc/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aggregateResponses,
  createAggregator,
  scoreMany,
  scoreResponse,
  UNKNOWN_GROUP,
  type AggregatorOptions,
} from './index.js';
import { frameworkArb, responseArb } from './testing/arbitraries.js';

const casesArb = frameworkArb().chain((framework) =>
  fc.record({
    framework: fc.constant(framework),
    responses: fc.array(responseArb(framework, { invalid: true }), { maxLength: 25 }),
    groupBy: fc.constantFrom<AggregatorOptions['groupBy']>(
      undefined,
      'role',
      'country',
      (_: Response, i: number) => (i % 3 === 0 ? 'a' : 'b'),
    ),
    sections: fc.option(fc.subarray(framework.pillars.map((p) => p.id)), { nil: undefined }),
    divergenceThreshold: fc.option(fc.constantFrom(0, 10, 25), { nil: undefined }),
  }),
);

function optionsOf(c: {
  groupBy: AggregatorOptions['groupBy'];
  sections: string[] | undefined;
  divergenceThreshold: number | undefined;
}): AggregatorOptions {
  const options: Record<string, unknown> = {};
  if (c.groupBy !== undefined) options['groupBy'] = c.groupBy;
  if (c.sections !== undefined) options['sections'] = c.sections;
  if (c.divergenceThreshold !== undefined) options['divergenceThreshold'] = c.divergenceThreshold;
  return options as AggregatorOptions;
}

function aggregate(
  framework: Framework,
  responses: readonly Response[],
  options: AggregatorOptions,
): GroupResult {
  const aggregator = createAggregator(framework, options);
  for (const response of responses) aggregator.add(response);
  expect(aggregator.count).toBe(responses.length);
  return aggregator.result();
}

/** The result with every `scores` list emptied, as an aggregator without kept scores gives it. */
function withoutScores(result: GroupResult): GroupResult {
  const strip = (stats: GroupStats): GroupStats => ({
    overall: { ...stats.overall, scores: [] },
    pillars: stats.pillars.map((p) => ({
      ...p,
      scores: [],
      components: p.components.map((c) => ({ ...c, scores: [] })),
    })),
  });
  const { overall, pillars } = strip(result);
  return {
    ...result,
    overall,
    pillars,
    groups: result.groups.map((g) => ({ ...g, result: strip(g.result) })),
  };
}

describe('createAggregator', () => {
  it('gives the result of aggregateResponses', () => {
    fc.assert(
      fc.property(casesArb, (c) => {
        const options = optionsOf(c);
        expect(aggregate(c.framework, c.responses, options)).toStrictEqual(
          aggregateResponses(c.framework, c.responses, options),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same statistics without keeping scores, and empty score lists', () => {
    fc.assert(
      fc.property(casesArb, (c) => {
        const options = optionsOf(c);
        expect(
          aggregate(c.framework, c.responses, { ...options, keepScores: false }),
        ).toStrictEqual(withoutScores(aggregateResponses(c.framework, c.responses, options)));
      }),
      { numRuns: 150 },
    );
  });

  it('merges the states of aggregators of consecutive parts into the result of one', () => {
    fc.assert(
      fc.property(
        casesArb.filter((c) => typeof c.groupBy !== 'function'),
        fc.array(fc.nat(), { maxLength: 4 }),
        fc.boolean(),
        (c, cuts, keepScores) => {
          const options = { ...optionsOf(c), keepScores };
          const at = [...new Set(cuts.map((n) => n % (c.responses.length + 1)))].sort(
            (a, b) => a - b,
          );
          const parts = [0, ...at].map((from, i) => c.responses.slice(from, at[i] ?? Infinity));
          const [first, ...rest] = parts.map((part) => {
            const aggregator = createAggregator(c.framework, options);
            for (const response of part) aggregator.add(response);
            return aggregator;
          });
          // As a worker thread would post it.
          for (const other of rest) first!.merge(structuredClone(other.state()));
          const expected = aggregateResponses(c.framework, c.responses, options);
          expect(first!.count).toBe(c.responses.length);
          expect(first!.result()).toStrictEqual(keepScores ? expected : withoutScores(expected));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('aggregates thousands of responses to the bundled framework, in blocks and merged', () => {
    const responses = fc.sample(responseArb(sixPillars, { invalid: true }), {
      numRuns: 2_600,
      seed: 18,
    });
    for (const groupBy of [undefined, 'role', 'country'] as const) {
      const options = groupBy ? { groupBy } : {};
      const expected = aggregateResponses(sixPillars, responses, options);
      expect(aggregate(sixPillars, responses, options)).toStrictEqual(expected);
      const left = createAggregator(sixPillars, { ...options, keepScores: false });
      const right = createAggregator(sixPillars, { ...options, keepScores: false });
      responses.slice(0, 1_500).forEach((r) => left.add(r));
      responses.slice(1_500).forEach((r) => right.add(r));
      left.merge(right.state());
      expect(left.result()).toStrictEqual(withoutScores(expected));
    }
  });

  it('refuses to merge the state of another framework or sections', () => {
    const all = createAggregator(sixPillars);
    const one = createAggregator(sixPillars, { sections: [sixPillars.pillars[0]!.id] });
    expect(() => all.merge(one.state())).toThrow(TypeError);
    const dropping = createAggregator(sixPillars, { keepScores: false });
    expect(() => all.merge(dropping.state())).toThrow(TypeError);
  });

  it('gives the result of no responses', () => {
    expect(createAggregator(sixPillars, { groupBy: 'role' }).result()).toStrictEqual(
      aggregateResponses(sixPillars, [], { groupBy: 'role' }),
    );
  });
});

describe('scoreMany', () => {
  it('gives the results of scoreResponse, in order', () => {
    fc.assert(
      fc.property(casesArb, (c) => {
        const options = c.sections === undefined ? undefined : { sections: c.sections };
        expect([...scoreMany(c.framework, c.responses, options)]).toStrictEqual(
          c.responses.map((r) => scoreResponse(c.framework, r, options)),
        );
      }),
      { numRuns: 100 },
    );
  });
});

describe('responses read without validation', () => {
  it('refuses a value that is not an object with a TypeError that says so', () => {
    const aggregator = createAggregator(sixPillars);
    for (const [value, what] of [
      [undefined, 'undefined'],
      [null, 'null'],
      [5, 'number'],
      ['{}', 'string'],
    ] as const)
      expect(() => aggregator.add(value as unknown as Response)).toThrow(
        new TypeError(`createAggregator: add() takes a response object, not ${what}`),
      );
    expect(aggregator.count).toBe(0);
  });

  it('puts one without a respondent, or with a country that is not text, in the unknown group', () => {
    const base = {
      format: 'dtc.response',
      version: 1,
      framework: { id: sixPillars.id, version: sixPillars.version },
      answers: { 'digital-strategy-status': { value: 3, answeredAt: '2026-03-25T09:30:00Z' } },
      history: [],
    };
    const responses = [
      { ...base, respondent: { role: 'school', country: 'SEN' } },
      base,
      { ...base, respondent: null },
      { ...base, respondent: { role: 'school', country: 7 } },
    ] as unknown as Response[];
    for (const groupBy of ['country', 'role'] as const) {
      const aggregator = createAggregator(sixPillars, { groupBy });
      for (const r of responses) aggregator.add(r);
      const groups = aggregator.result().groups!.map((g) => [g.key, g.n]);
      expect(groups).toEqual(
        groupBy === 'country'
          ? [
              ['SEN', 1],
              [UNKNOWN_GROUP, 3],
            ]
          : [
              ['school', 2],
              [UNKNOWN_GROUP, 2],
            ],
      );
    }
  });
});
