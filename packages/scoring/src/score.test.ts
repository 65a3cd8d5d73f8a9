import { PRIORITY_REASONS, Result, parseFramework, type Response } from '@dtc/schema';
import { describe, expect, it } from 'vitest';
import { balanceOf } from './balance.js';
import { explain } from './explain.js';
import { levelForScore, levelScore } from './math.js';
import { scoreResponse } from './score.js';
import { answer, responseWith } from './testing/arbitraries.js';
import {
  choice,
  component,
  framework,
  freeText,
  pillar,
  rubric,
  yesNo,
} from './testing/fixtures.js';

// A framework of 4 levels, with every kind of question (hand-computed numbers below).
const fw = framework(4, [
  pillar('lead', [
    component('strategy', [rubric('a', 4, { weight: 2 }), yesNo('b', 4, 1), freeText('t')]),
    component('gov', [
      choice('c', { none: 1, partial: 2, full: 4 }),
      rubric('d', 4, { allowNotApplicable: true, allowDontKnow: true }),
      rubric('e', 4),
    ]),
  ]),
  pillar(
    'conn',
    [
      component('access', [rubric('f', 4, { allowNotApplicable: true })]),
      component('devices', [rubric('g', 4, { allowDontKnow: true })]),
    ],
    { foundational: true, weight: 2 },
  ),
]);

const response = responseWith(fw, {
  a: answer(3),
  b: answer('yes'),
  t: answer('Some free text'),
  c: answer('partial'),
  d: answer('na'),
  e: answer(1),
  f: answer(4),
  g: answer('dont-know'),
});

const result = scoreResponse(fw, response);
const byId = (id: string) => result.pillars.flatMap((p) => p.components).find((c) => c.id === id)!;
const pillarById = (id: string) => result.pillars.find((p) => p.id === id)!;

describe('question scores and levels', () => {
  it('maps level v of L to (v − 1)/(L − 1) × 100', () => {
    expect([1, 2, 3, 4].map((v) => levelScore(v, 4))).toEqual([0, 100 / 3, 200 / 3, 100]);
    expect([1, 2].map((v) => levelScore(v, 2))).toEqual([0, 100]);
    expect(levelScore(4, 7)).toBe(50);
  });

  it('reaches a level once its threshold is reached', () => {
    expect(levelForScore(null, 4)).toBeNull();
    expect(levelForScore(0, 4)).toBe(1);
    expect(levelForScore(33.3, 4)).toBe(1);
    expect(levelForScore(100 / 3, 4)).toBe(2);
    expect(levelForScore((1 / 3) * 100, 4)).toBe(2);
    expect(levelForScore(66.66, 4)).toBe(2);
    expect(levelForScore(200 / 3, 4)).toBe(3);
    expect(levelForScore(99.99, 4)).toBe(3);
    expect(levelForScore(100, 4)).toBe(4);
    expect(levelForScore(99.9, 2)).toBe(1);
    expect(levelForScore(100, 2)).toBe(2);
    expect(levelForScore(50, 7)).toBe(4);
    expect(levelForScore(-5, 4)).toBe(1);
    expect(levelForScore(120, 4)).toBe(4);
  });
});

describe('scoreResponse: components', () => {
  it('takes the weighted mean of answered questions and ignores text questions', () => {
    const strategy = byId('strategy');
    // (2 × 66.67 + 1 × 100) / 3
    expect(strategy.score).toBeCloseTo(700 / 9, 10);
    expect(strategy.level).toBe(3);
    expect(strategy.counts).toEqual({
      total: 2,
      answered: 2,
      notApplicable: 0,
      dontKnow: 0,
      unanswered: 0,
    });
    expect(strategy.coverage).toBe(1);
  });

  it('maps choice options to their level; "na" leaves the denominator', () => {
    const gov = byId('gov');
    // partial = level 2 → 33.33; e = level 1 → 0; d = not applicable
    expect(gov.score).toBeCloseTo(50 / 3, 10);
    expect(gov.level).toBe(1);
    expect(gov.counts).toEqual({
      total: 3,
      answered: 2,
      notApplicable: 1,
      dontKnow: 0,
      unanswered: 0,
    });
    expect(gov.coverage).toBe(1);
  });

  it('counts "dont-know" as applicable but unanswered', () => {
    const devices = byId('devices');
    expect(devices.score).toBeNull();
    expect(devices.level).toBeNull();
    expect(devices.coverage).toBe(0);
    expect(devices.counts.dontKnow).toBe(1);
  });

  it('maps yes/no to their levels', () => {
    const one = framework(4, [pillar('p', [component('c', [yesNo('q', 3, 2)])])]);
    const score = (v: string) =>
      scoreResponse(one, responseWith(one, { q: answer(v) })).overall.score;
    expect(score('yes')).toBeCloseTo(200 / 3, 10);
    expect(score('no')).toBeCloseTo(100 / 3, 10);
  });

  it('ranks every component, without failing, when weights are not numbers', () => {
    // scoreResponse does not validate the framework: a weight of NaN gives NaN scores,
    // but ranking must still list every component once, with both sort paths (≤ 64 and more).
    for (const count of [3, 70]) {
      const broken = framework(4, [
        pillar(
          'p',
          Array.from({ length: count }, (_, i) =>
            component(`c${i}`, [rubric(`q${i}`, 4, { weight: i % 2 ? Number.NaN : 1 })]),
          ),
        ),
      ]);
      const answers = Object.fromEntries(
        Array.from({ length: count }, (_, i) => [`q${i}`, answer((i % 4) + 1)]),
      );
      const r = scoreResponse(broken, responseWith(broken, answers));
      expect(r.priorities.map((p) => p.rank)).toEqual(r.priorities.map((_, i) => i + 1));
      expect(new Set(r.priorities.map((p) => p.componentId)).size).toBe(count);
    }
  });

  it('treats values invalid for the question as unanswered', () => {
    const one = framework(4, [
      pillar('p', [
        component('c', [
          rubric('r', 4),
          choice('ch', { x: 1, y: 4 }),
          yesNo('b', 4, 1),
          rubric('constructor', 4),
        ]),
      ]),
    ]);
    const r = scoreResponse(
      one,
      responseWith(one, {
        r: answer(5),
        ch: answer('z'),
        b: answer('na'), // "na" is not allowed on this question
      }),
    );
    expect(r.overall.score).toBeNull();
    expect(r.overall.counts).toEqual({
      total: 4,
      answered: 0,
      notApplicable: 0,
      dontKnow: 0,
      unanswered: 4,
    });
    // Non-integer levels, wrong types, and inherited properties are not answers either.
    const weird = scoreResponse(
      one,
      responseWith(one, { r: answer(2.5), ch: answer(1), b: answer('dont-know') }),
    );
    expect(weird.overall.counts.unanswered).toBe(4);
  });

  it('has coverage 1 and no score when every question is not applicable', () => {
    const one = framework(3, [
      pillar('p', [component('c', [rubric('q', 3, { allowNotApplicable: true })])]),
    ]);
    const r = scoreResponse(one, responseWith(one, { q: answer('na') }));
    expect(r.overall).toMatchObject({ score: null, level: null, coverage: 1 });
  });

  it('gives a text-only component no score, no counts and coverage 1', () => {
    const one = framework(3, [
      pillar('p', [component('c', [freeText('q')]), component('d', [rubric('r', 3)])]),
    ]);
    const r = scoreResponse(one, responseWith(one, { q: answer('x'), r: answer(3) }));
    expect(r.pillars[0]!.components[0]).toMatchObject({ score: null, coverage: 1 });
    expect(r.pillars[0]!.components[0]!.counts.total).toBe(0);
    expect(r.overall.score).toBe(100);
    expect(r.priorities.map((p) => p.componentId)).toEqual(['d']);
  });
});

describe('scoreResponse: how answers are read', () => {
  const one = framework(4, [
    pillar('p', [component('c', [rubric('q1', 4), rubric('q2', 4), rubric('q3', 4)])]),
  ]);
  const scoresOf = (answers: unknown) =>
    scoreResponse(one, { ...responseWith(one, {}), answers } as Response).pillars[0]!
      .components[0]!;

  it('reads answers whatever the layout of the answers object', () => {
    const expected = scoresOf({ q1: answer(4), q2: answer(1) });
    // Built key by key past twenty keys (a hash table in V8), parsed from JSON, spread.
    const assigned: Record<string, unknown> = {};
    for (let i = 0; i < 40; i++) assigned[`extra-${i}`] = answer(2);
    assigned.q2 = answer(1);
    assigned.q1 = answer(4);
    expect(scoresOf(assigned)).toEqual(expected);
    expect(scoresOf(JSON.parse(JSON.stringify(assigned)))).toEqual(expected);
    expect(scoresOf({ ...assigned })).toEqual(expected);
    expect(expected).toMatchObject({ score: 50, counts: { answered: 2, unanswered: 1 } });
  });

  it('reads enumerable properties only, own or inherited', () => {
    const answers = Object.create({ q1: answer(4) }) as Record<string, unknown>;
    Object.defineProperty(answers, 'q2', { value: answer(1), enumerable: false });
    answers.q3 = answer(3);
    const c = scoresOf(answers);
    expect(c.counts).toMatchObject({ answered: 2, unanswered: 1 });
    expect(c.score).toBeCloseTo((100 + 200 / 3) / 2, 9);
    // Explanations read the answers the same way: their shares add up to the score.
    const e = explain(one, { ...responseWith(one, {}), answers } as Response, 'c')!;
    expect(e.items.map((i) => i.status)).toEqual(['answered', 'unanswered', 'answered']);
    expect(e.items.reduce((sum, i) => sum + i.share, 0)).toBeCloseTo(c.score!, 9);
  });

  it('takes a response without an answers object as one with no answers', () => {
    for (const answers of [undefined, null, 'q1', 42]) {
      expect(scoresOf(answers)).toMatchObject({ score: null, counts: { unanswered: 3 } });
    }
  });

  it('answers every question of an id that an unvalidated framework repeats', () => {
    const repeated = framework(4, [
      pillar('p', [component('a', [rubric('q', 4)]), component('b', [rubric('q', 4)])]),
    ]);
    const r = scoreResponse(repeated, responseWith(repeated, { q: answer(3) }));
    expect(r.pillars[0]!.components.map((c) => c.counts.answered)).toEqual([1, 1]);
    expect(r.overall.score).toBeCloseTo(200 / 3, 9);
  });
});

describe('scoreResponse: pillars and overall', () => {
  it('takes the mean of component scores (mean of means)', () => {
    const lead = pillarById('lead');
    // (77.78 + 16.67) / 2: each component counts once, whatever its number of questions
    expect(lead.score).toBeCloseTo(425 / 9, 10);
    expect(lead.level).toBe(2);
    expect(lead.counts).toEqual({
      total: 5,
      answered: 4,
      notApplicable: 1,
      dontKnow: 0,
      unanswered: 0,
    });
  });

  it('skips components without a score', () => {
    const conn = pillarById('conn');
    expect(conn.score).toBe(100);
    expect(conn.level).toBe(4);
    expect(conn.coverage).toBe(0.5);
  });

  it('weights pillars in the overall score', () => {
    // (1 × 47.22 + 2 × 100) / 3
    expect(result.overall.score).toBeCloseTo(2225 / 27, 10);
    expect(result.overall.level).toBe(3);
    expect(result.overall.counts).toEqual({
      total: 7,
      answered: 5,
      notApplicable: 1,
      dontKnow: 1,
      unanswered: 0,
    });
    expect(result.overall.coverage).toBeCloseTo(5 / 6, 12);
  });

  it('weights components within a pillar', () => {
    const one = framework(2, [
      pillar('p', [
        component('x', [rubric('a', 2)], { weight: 3 }),
        component('y', [rubric('b', 2)]),
      ]),
    ]);
    const r = scoreResponse(one, responseWith(one, { a: answer(2), b: answer(1) }));
    expect(r.overall.score).toBe(75);
  });

  it('scores only the selected sections', () => {
    const r = scoreResponse(fw, response, { sections: ['conn', 'nope'] });
    expect(r.pillars.map((p) => p.id)).toEqual(['conn']);
    expect(r.overall.score).toBe(100);
    expect(r.overall.counts.total).toBe(2);
    expect(r.balance).toEqual({
      index: null,
      spread: null,
      deviation: null,
      weakest: null,
      strongest: null,
    });
    expect(r.priorities.map((p) => p.componentId)).toEqual(['access', 'devices']);
    // Sections are listed in framework order whatever the order asked.
    const both = scoreResponse(fw, response, { sections: ['conn', 'lead'] });
    expect(both.pillars.map((p) => p.id)).toEqual(['lead', 'conn']);
    expect(scoreResponse(fw, response, { sections: [] }).overall.score).toBeNull();
  });

  it('returns data that matches the Result schema', () => {
    expect(Result.safeParse(result).success).toBe(true);
    expect(result.framework).toEqual({ id: 'test', version: '1.0.0' });
    expect(parseFramework(fw).ok).toBe(true);
  });

  it('keeps an empty response at null scores and zero coverage', () => {
    const r = scoreResponse(fw, responseWith(fw, {}));
    expect(r.overall).toMatchObject({ score: null, level: null, coverage: 0 });
    expect(r.priorities.every((p) => p.reasons.includes('not-assessed'))).toBe(true);
  });
});

describe('balance', () => {
  it('measures the gap between the strongest and the weakest pillar', () => {
    expect(result.balance.spread).toBeCloseTo(475 / 9, 10);
    expect(result.balance.index).toBeCloseTo(100 - 475 / 9, 10);
    expect(result.balance.deviation).toBeCloseTo(475 / 18, 10);
    expect(result.balance.weakest).toBe('lead');
    expect(result.balance.strongest).toBe('conn');
  });

  const p = (id: string, score: number | null) => ({
    id,
    score,
    level: null,
    coverage: 1,
    counts: { total: 1, answered: 1, notApplicable: 0, dontKnow: 0, unanswered: 0 },
    components: [],
  });

  it('breaks ties by framework order and ignores unscored pillars', () => {
    const b = balanceOf([p('a', 50), p('b', 20), p('x', null), p('c', 20), p('d', 80), p('e', 80)]);
    expect(b).toMatchObject({ weakest: 'b', strongest: 'd', spread: 60, index: 40 });
    // population standard deviation of 50, 20, 20, 80, 80
    expect(b.deviation).toBeCloseTo(Math.sqrt(((0 + 900 + 900 + 900 + 900) / 5) as number), 10);
  });

  it('names no weakest pillar when all are level, and nothing with fewer than two', () => {
    expect(balanceOf([p('a', 40), p('b', 40)])).toEqual({
      index: 100,
      spread: 0,
      deviation: 0,
      weakest: null,
      strongest: null,
    });
    expect(balanceOf([p('a', 40), p('b', null)]).index).toBeNull();
    expect(balanceOf([]).weakest).toBeNull();
  });
});

describe('priorities', () => {
  it('lists reasons in the order of the schema', () => {
    const one = framework(4, [
      pillar(
        'a',
        [
          component('c1', [rubric('q1', 4), rubric('q2', 4), rubric('q3', 4)]),
          component('c2', [rubric('r', 4)]),
        ],
        { foundational: true },
      ),
      pillar('b', [component('d', [rubric('s', 4)])]),
    ]);
    const r = scoreResponse(
      one,
      responseWith(one, {
        q1: answer(1, { confidence: 'low' }),
        r: answer(4),
        s: answer(4),
      }),
    );
    // c1: level 1, 50 points under its pillar, coverage 1/3, its one answer of low confidence,
    // in the weakest pillar, which is foundational: every reason of an assessed component.
    expect(r.priorities[0]!.componentId).toBe('c1');
    expect(r.priorities[0]!.reasons).toEqual(PRIORITY_REASONS.filter((c) => c !== 'not-assessed'));
  });

  it('ranks by urgency with documented reasons', () => {
    expect(result.priorities).toEqual([
      {
        rank: 1,
        componentId: 'gov',
        pillarId: 'lead',
        score: byId('gov').score,
        level: 1,
        // (100 − 16.67) + 0.5 × (47.22 − 16.67) + 10 (weakest pillar)
        urgency: 108.611111,
        reasons: ['low-level', 'below-pillar', 'weakest-pillar'],
      },
      {
        rank: 2,
        componentId: 'strategy',
        pillarId: 'lead',
        score: byId('strategy').score,
        level: 3,
        // (100 − 77.78) + 10 (weakest pillar)
        urgency: 32.222222,
        reasons: ['weakest-pillar'],
      },
      {
        rank: 3,
        componentId: 'access',
        pillarId: 'conn',
        score: 100,
        level: 4,
        urgency: 10,
        reasons: ['foundational'],
      },
      {
        rank: 4,
        componentId: 'devices',
        pillarId: 'conn',
        score: null,
        level: null,
        // not assessed: 10 (foundational) + 10 × (1 − coverage 0)
        urgency: 20,
        reasons: ['foundational', 'not-assessed'],
      },
    ]);
  });

  it('flags low coverage and low confidence', () => {
    const one = framework(4, [
      pillar('p', [
        component('c', [rubric('a', 4), rubric('b', 4), rubric('c', 4, { allowDontKnow: true })]),
        component('d', [rubric('e', 4), rubric('f', 4)]),
      ]),
    ]);
    const r = scoreResponse(
      one,
      responseWith(one, {
        a: answer(4, { confidence: 'low' }),
        c: answer('dont-know'),
        e: answer(4, { confidence: 'low' }),
        f: answer(4, { confidence: 'high' }),
      }),
    );
    const [first, second] = r.priorities;
    // c: 1 of 3 answered → coverage 1/3; its one answer has low confidence
    expect(first).toMatchObject({
      componentId: 'c',
      urgency: round6((10 * 2) / 3),
      reasons: ['low-coverage', 'low-confidence'],
    });
    // d: one of two answers low → half → low confidence
    expect(second).toMatchObject({ componentId: 'd', urgency: 0, reasons: ['low-confidence'] });
  });

  it('puts not-assessed after assessed components and all-"na" components last', () => {
    const one = framework(3, [
      pillar('p', [
        component('na', [rubric('a', 3, { allowNotApplicable: true })]),
        component('none', [rubric('b', 3)]),
        component('top', [rubric('c', 3)]),
        component('top2', [rubric('d', 3)]),
      ]),
    ]);
    const r = scoreResponse(
      one,
      responseWith(one, { a: answer('na'), c: answer(3), d: answer(3) }),
    );
    expect(r.priorities.map((p) => [p.rank, p.componentId, p.urgency, p.reasons])).toEqual([
      [1, 'top', 0, []],
      [2, 'top2', 0, []],
      [3, 'none', 10, ['not-assessed']],
      [4, 'na', 0, []],
    ]);
  });

  it('uses "low-level" for levels below the middle of the scale', () => {
    const lowLevel = (levels: number, level: number) => {
      const one = framework(levels, [pillar('p', [component('c', [rubric('q', levels)])])]);
      const r = scoreResponse(one, responseWith(one, { q: answer(level) }));
      return r.priorities[0]!.reasons.includes('low-level');
    };
    expect([1, 2, 3, 4].map((l) => lowLevel(4, l))).toEqual([true, true, false, false]);
    expect([1, 2, 3].map((l) => lowLevel(3, l))).toEqual([true, false, false]);
    expect([1, 2, 3, 4, 5].map((l) => lowLevel(5, l))).toEqual([true, true, false, false, false]);
  });

  it('shares one frozen reason list between priorities with the same reasons', () => {
    const one = framework(4, [
      pillar('p', [component('a', [rubric('x', 4)]), component('b', [rubric('y', 4)])]),
    ]);
    const first = scoreResponse(one, responseWith(one, {})).priorities;
    const second = scoreResponse(one, responseWith(one, {})).priorities;
    expect(first[0]!.reasons).toEqual(['not-assessed']);
    expect(first[1]!.reasons).toBe(first[0]!.reasons);
    expect(second[0]!.reasons).toBe(first[0]!.reasons);
    expect(Object.isFrozen(first[0]!.reasons)).toBe(true);
    // Changing the shared list throws: no result can change another through it.
    expect(() => (first[0]!.reasons as string[]).push('low-level')).toThrow(TypeError);
    expect(second[0]!.reasons).toEqual(['not-assessed']);
  });
});

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
