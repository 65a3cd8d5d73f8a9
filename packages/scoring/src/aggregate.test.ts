import type { Consensus, Response } from '@dtc/schema';
import { GroupResult as GroupResultSchema } from '@dtc/schema';
import { describe, expect, it } from 'vitest';
import { aggregateResponses, commonViews } from './aggregate.js';
import { answer, responseWith } from './testing/arbitraries.js';
import { component, framework, pillar, rubric } from './testing/fixtures.js';

// 5 levels: level v scores 25 × (v − 1).
const fw = framework(5, [
  pillar('p', [component('a', [rubric('q1', 5)]), component('b', [rubric('q2', 5)])]),
  pillar('r', [component('c', [rubric('q3', 5)])]),
]);

const respond = (
  role: Response['respondent']['role'],
  country: string | undefined,
  q1: number,
  q2: number | null,
  q3: number,
): Response =>
  responseWith(
    fw,
    q2 === null
      ? { q1: answer(q1), q3: answer(q3) }
      : { q1: answer(q1), q2: answer(q2), q3: answer(q3) },
    { respondent: country ? { role, country } : { role } },
  );

const responses = [
  respond('school', 'SEN', 2, 3, 3), // a 25, b 50, c 50
  respond('ministry-education', 'SEN', 5, 3, 3), // a 100, b 50, c 50
  respond('school', 'KEN', 1, null, 3), // a 0, b –, c 50
  respond('ministry-education', undefined, 4, 4, 3), // a 75, b 75, c 50
];

describe('aggregateResponses', () => {
  const g = aggregateResponses(fw, responses, { groupBy: 'role' });

  it('describes each score across respondents', () => {
    expect(GroupResultSchema.safeParse(g).success).toBe(true);
    expect(g.respondents).toBe(4);
    const a = g.pillars[0]!.components[0]!;
    expect(a).toEqual({
      id: 'a',
      pillarId: 'p',
      n: 4,
      mean: 50,
      median: 50, // (25 + 75) / 2
      min: 0,
      max: 100,
      spread: 100,
      stdev: Math.sqrt((625 + 2500 + 2500 + 625) / 4),
      level: 3,
      scores: [25, 100, 0, 75],
    });
    const b = g.pillars[0]!.components[1]!;
    expect(b).toMatchObject({ n: 3, mean: 175 / 3, median: 50, scores: [50, 50, null, 75] });
    expect(g.pillars[0]!.scores).toEqual([37.5, 75, 0, 75]);
    expect(g.overall.scores).toEqual([43.75, 62.5, 25, 62.5]);
  });

  it('groups by role in the order of the role list', () => {
    expect(g.groupBy).toBe('role');
    expect(g.groups.map((x) => [x.key, x.n])).toEqual([
      ['ministry-education', 2],
      ['school', 2],
    ]);
    const school = g.groups[1]!.result.pillars[0]!.components[0]!;
    expect(school).toMatchObject({ n: 2, mean: 12.5, scores: [25, 0] });
  });

  it('finds perception gaps between groups, widest first', () => {
    // a: ministry 87.5 vs school 12.5 → 75; b: 62.5 vs 50 → 12.5 (under 25); c: 0
    expect(g.divergence).toEqual([
      {
        componentId: 'a',
        pillarId: 'p',
        spread: 75,
        highGroup: 'ministry-education',
        highMean: 87.5,
        lowGroup: 'school',
        lowMean: 12.5,
      },
    ]);
    const low = aggregateResponses(fw, responses, { groupBy: 'role', divergenceThreshold: 10 });
    expect(low.divergence.map((d) => [d.componentId, d.spread])).toEqual([
      ['a', 75],
      ['b', 12.5],
    ]);
  });

  it('counts a gap of exactly the threshold as divergence, whatever the rounding', () => {
    // 4 levels: level v scores (v − 1) × 100 / 3. School means 75; partner means
    // 50.00000000000001 in floating point; the gap is 25 on paper.
    const four = framework(4, [pillar('p', [component('a', [rubric('q1', 4), rubric('q2', 4)])])]);
    const two = (role: Response['respondent']['role'], q1: number, q2?: number): Response =>
      responseWith(
        four,
        q2 === undefined ? { q1: answer(q1) } : { q1: answer(q1), q2: answer(q2) },
        {
          respondent: { role },
        },
      );
    const group = aggregateResponses(
      four,
      [two('school', 3), two('school', 3, 4), two('partner', 1, 2), two('partner', 3, 4)],
      { groupBy: 'role' },
    );
    expect(group.divergence.map((d) => d.componentId)).toEqual(['a']);
    expect(group.divergence[0]!.spread).toBeCloseTo(25, 9);
  });

  it('finds consensus where the standard deviation is small', () => {
    // c: 50 for everyone (stdev 0); b: 50, 50, 75 → stdev 11.8 (over 10)
    expect(g.consensus).toEqual([{ componentId: 'c', pillarId: 'r', n: 4, mean: 50, stdev: 0 }]);
    const wide = aggregateResponses(fw, responses, { consensusThreshold: 12 });
    expect(wide.consensus.map((c) => c.componentId)).toEqual(['c', 'b']);
  });

  it('groups by country (unknown when absent) or by a function', () => {
    const byCountry = aggregateResponses(fw, responses, { groupBy: 'country' });
    expect(byCountry.groups.map((x) => [x.key, x.n])).toEqual([
      ['KEN', 1],
      ['SEN', 2],
      ['unknown', 1],
    ]);
    const custom = aggregateResponses(fw, responses, { groupBy: (_, i) => (i < 2 ? 'am' : 'pm') });
    expect(custom.groupBy).toBe('custom');
    expect(custom.groups.map((x) => x.key)).toEqual(['am', 'pm']);
  });

  it('has no groups without groupBy, and handles no responses', () => {
    const plain = aggregateResponses(fw, responses);
    expect(plain.groupBy).toBeNull();
    expect(plain.groups).toEqual([]);
    expect(plain.divergence).toEqual([]);
    const none = aggregateResponses(fw, []);
    expect(none.respondents).toBe(0);
    expect(none.overall).toMatchObject({ n: 0, mean: null, stdev: null, level: null, scores: [] });
    expect(none.pillars.map((p) => p.id)).toEqual(['p', 'r']);
  });

  it('scores only the selected sections', () => {
    const only = aggregateResponses(fw, responses, { sections: ['r'] });
    expect(only.pillars.map((p) => p.id)).toEqual(['r']);
    expect(only.overall.mean).toBe(50);
  });
});

describe('commonViews', () => {
  const view = (componentId: string, mean: number) =>
    ({ componentId, pillarId: 'p', mean, stdev: 1, n: 2 }) satisfies Consensus;
  const group = {
    consensus: [view('a', 80), view('b', 20), view('c', 50), view('d', 90), view('e', 35)],
  };

  it('splits shared views at the threshold, a mean at it being a strength, clearest first', () => {
    const { strengths, challenges } = commonViews(group);
    expect(strengths.map((c) => c.componentId)).toEqual(['d', 'a', 'c']);
    expect(challenges.map((c) => c.componentId)).toEqual(['b', 'e']);
  });

  it('takes another threshold and cuts each list to size', () => {
    const { strengths, challenges } = commonViews(group, { threshold: 85, size: 1 });
    expect(strengths.map((c) => c.componentId)).toEqual(['d']);
    expect(challenges.map((c) => c.componentId)).toEqual(['b']);
    expect(commonViews(group, { size: -1 })).toEqual({ strengths: [], challenges: [] });
  });
});
