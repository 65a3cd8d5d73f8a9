import { Comparison as ComparisonSchema } from '@dtc/schema';
import { describe, expect, it } from 'vitest';
import { compareResults } from './compare.js';
import { scoreResponse } from './score.js';
import { answer, responseWith } from './testing/arbitraries.js';
import { component, framework, pillar, rubric } from './testing/fixtures.js';

const fw = framework(5, [
  pillar('a', [component('a1', [rubric('q1', 5)]), component('a2', [rubric('q2', 5)])]),
  pillar('b', [component('b1', [rubric('q3', 5)]), component('b2', [rubric('q4', 5)])]),
]);

const before = scoreResponse(fw, responseWith(fw, { q1: answer(2), q2: answer(4), q3: answer(3) }));
const after = scoreResponse(
  fw,
  responseWith(fw, { q1: answer(4), q2: answer(3), q3: answer(3), q4: answer(1) }),
);

describe('compareResults', () => {
  const c = compareResults(before, after);

  it('gives score and level deltas overall, per pillar and per component', () => {
    expect(ComparisonSchema.safeParse(c).success).toBe(true);
    expect(c.comparable).toBe(true);
    expect(c.framework).toEqual({ id: 'test', version: '1.0.0' });
    // before: a = (25 + 75) / 2 = 50, b = 50, overall 50
    // after: a = (75 + 50) / 2 = 62.5, b = (50 + 0) / 2 = 25, overall 43.75
    expect(c.overall).toEqual({
      id: 'overall',
      before: 50,
      after: 43.75,
      delta: -6.25,
      beforeLevel: 3,
      afterLevel: 2,
      levelDelta: -1,
    });
    expect(c.pillars).toEqual([
      {
        id: 'a',
        before: 50,
        after: 62.5,
        delta: 12.5,
        beforeLevel: 3,
        afterLevel: 3,
        levelDelta: 0,
      },
      { id: 'b', before: 50, after: 25, delta: -25, beforeLevel: 3, afterLevel: 2, levelDelta: -1 },
    ]);
    expect(c.components.map((x) => [x.id, x.pillarId, x.delta, x.levelDelta])).toEqual([
      ['a1', 'a', 50, 2],
      ['a2', 'a', -25, -1],
      ['b1', 'b', 0, 0],
      ['b2', 'b', null, null],
    ]);
  });

  it('lists improved and declined components; newly scored ones in neither', () => {
    expect(c.improved).toEqual(['a1']);
    expect(c.declined).toEqual(['a2']);
  });

  it('matches by id when the results cover different pillars', () => {
    const onlyB = scoreResponse(fw, responseWith(fw, { q3: answer(5) }), { sections: ['b'] });
    const x = compareResults(before, onlyB);
    expect(x.pillars.map((p) => [p.id, p.before, p.after])).toEqual([
      ['b', 50, 100],
      ['a', 50, null],
    ]);
    expect(x.components.map((p) => p.id)).toEqual(['b1', 'b2', 'a1', 'a2']);
    expect(x.improved).toEqual(['b1']);
  });

  it('says when the framework versions differ', () => {
    const other = { ...after, framework: { id: 'test', version: '2.0.0' } };
    expect(compareResults(before, other).comparable).toBe(false);
  });
});
