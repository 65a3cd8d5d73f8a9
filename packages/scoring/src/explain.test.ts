import { describe, expect, it } from 'vitest';
import { explain } from './explain.js';
import { answer, responseWith } from './testing/arbitraries.js';
import { choice, component, framework, freeText, pillar, rubric } from './testing/fixtures.js';

const fw = framework(4, [
  pillar('p', [
    component(
      'c',
      [
        rubric('q1', 4, { weight: 3 }),
        choice('q2', { low: 1, high: 4 }),
        rubric('q3', 4, { allowNotApplicable: true }),
        rubric('q4', 4, { allowDontKnow: true }),
        rubric('q5', 4),
        freeText('t'),
      ],
      { weight: 2 },
    ),
    component('d', [rubric('q6', 4)]),
    component('e', [rubric('q7', 4)]),
  ]),
  pillar('r', [component('f', [rubric('q8', 4)])], { weight: 3 }),
]);

const response = responseWith(fw, {
  q1: answer(3),
  q2: answer('high'),
  q3: answer('na'),
  q4: answer('dont-know'),
  q5: answer(9),
  t: answer('text'),
  q6: answer(1),
  q8: answer(4),
});

describe('explain', () => {
  it('explains a component by its questions', () => {
    const e = explain(fw, response, 'c');
    // score = (3 × 66.67 + 1 × 100) / 4 = 75
    expect(e).toEqual({
      kind: 'component',
      id: 'c',
      pillarId: 'p',
      score: 75,
      level: 3,
      items: [
        {
          questionId: 'q1',
          value: 3,
          level: 3,
          questionScore: 200 / 3,
          weight: 3,
          share: 50,
          status: 'answered',
        },
        {
          questionId: 'q2',
          value: 'high',
          level: 4,
          questionScore: 100,
          weight: 1,
          share: 25,
          status: 'answered',
        },
        {
          questionId: 'q3',
          value: 'na',
          level: null,
          questionScore: null,
          weight: 1,
          share: 0,
          status: 'na',
        },
        {
          questionId: 'q4',
          value: 'dont-know',
          level: null,
          questionScore: null,
          weight: 1,
          share: 0,
          status: 'dont-know',
        },
        // 9 is not a level of this framework: unanswered, as the score treats it
        {
          questionId: 'q5',
          value: null,
          level: null,
          questionScore: null,
          weight: 1,
          share: 0,
          status: 'unanswered',
        },
      ],
    });
  });

  it('explains a pillar by its components', () => {
    const e = explain(fw, response, 'p')!;
    // (2 × 75 + 1 × 0) / 3 = 50; e has no score
    expect(e.kind).toBe('pillar');
    expect(e.score).toBe(50);
    expect(e.items).toEqual([
      { id: 'c', score: 75, level: 3, weight: 2, share: 50, status: 'scored' },
      { id: 'd', score: 0, level: 1, weight: 1, share: 0, status: 'scored' },
      { id: 'e', score: null, level: null, weight: 1, share: 0, status: 'not-scored' },
    ]);
  });

  it('explains the overall score by the pillars', () => {
    const e = explain(fw, response, 'overall')!;
    if (e.kind !== 'overall') throw new Error('expected the overall explanation');
    // (1 × 50 + 3 × 100) / 4 = 87.5
    expect(e.score).toBe(87.5);
    expect(e.items.map((i) => [i.id, i.weight, i.share])).toEqual([
      ['p', 1, 12.5],
      ['r', 3, 75],
    ]);
  });

  it('respects sections and returns null for unknown ids', () => {
    expect(explain(fw, response, 'nope')).toBeNull();
    expect(explain(fw, response, 'c', { sections: ['r'] })).toBeNull();
    const overall = explain(fw, response, 'overall', { sections: ['r'] })!;
    if (overall.kind !== 'overall') throw new Error('expected the overall explanation');
    expect(overall.score).toBe(100);
    expect(overall.items.map((i) => i.id)).toEqual(['r']);
  });
});
