// The rules of the scorer at their edges, and against the schema: each rule that rested on one
// example (what counts as unanswered, the level tolerance, the bounds of the low-level and
// low-confidence reasons, levels out of range) gets its boundary cases, and two properties tie
// the engine to @dtc/schema: a text missing in one language is exactly one issue at its path,
// and the scorer ignores exactly the answers `parseResponse` refuses.
import {
  parseFramework,
  parseResponse,
  type Answer,
  type Framework,
  type Response,
} from '@dtc/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EPSILON, levelForScore, levelScore } from './math.js';
import { PRIORITY_RULES } from './priorities.js';
import { scoreResponse } from './score.js';
import {
  LOCALE_POOL,
  answer,
  frameworkArb,
  frameworkWithResponseArb,
  questionsOf,
  responseWith,
} from './testing/arbitraries.js';
import {
  choice,
  component,
  framework,
  freeText,
  pillar,
  rubric,
  yesNo,
} from './testing/fixtures.js';

const SLOW = { timeout: 60_000 };

/** Every localized text of a framework: objects whose keys are all declared locales. */
function textPaths(value: unknown, locales: readonly string[], at: (string | number)[] = []) {
  const out: (string | number)[][] = [];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...textPaths(v, locales, [...at, i])));
  else if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    const isText =
      keys.length === locales.length &&
      keys.every(
        (k) => locales.includes(k) && typeof (value as Record<string, unknown>)[k] === 'string',
      );
    if (isText) return [at];
    for (const [k, v] of Object.entries(value)) out.push(...textPaths(v, locales, [...at, k]));
  }
  return out;
}

describe('a text missing in one language', SLOW, () => {
  it('the generated frameworks declare locales of every kind, the first not always en', () => {
    const firsts = new Set(
      fc
        .sample(frameworkArb({ locales: true }), { numRuns: 200, seed: 5 })
        .map((f) => f.locales[0]),
    );
    expect(firsts.size).toBeGreaterThan(3);
    for (const locale of firsts) expect(LOCALE_POOL).toContain(locale);
  });

  it('is exactly one missing-translation issue, at the text and the locale', () => {
    const arb = frameworkArb({ locales: true, maxPillars: 2, maxComponents: 2, maxQuestions: 3 });
    const kinds = new Set<string>();
    fc.assert(
      fc.property(arb, fc.nat(), fc.nat(), (fw, pick, which) => {
        const paths = textPaths(fw, fw.locales);
        const path = paths[pick % paths.length]!;
        const locale = fw.locales[which % fw.locales.length]!;
        kinds.add(`${String(path.at(-1))}:${fw.locales.indexOf(locale) === 0 ? 'first' : 'other'}`);
        const copy = structuredClone(fw);
        let text = copy as unknown as Record<string | number, unknown>;
        for (const key of path) text = text[key] as Record<string | number, unknown>;
        delete text[locale];
        const parsed = parseFramework(copy);
        expect(parsed.ok ? [] : parsed.issues).toEqual([
          {
            path: [...path, locale],
            code: 'missing-translation',
            params: { locale },
            message: `Missing translation "${locale}"`,
          },
        ]);
      }),
      { numRuns: 300, seed: 19 },
    );
    // The draw reached help texts and the first locale (the cases a mutation once slipped by).
    expect(kinds).toContain('help:first');
    expect(kinds).toContain('help:other');
    expect(kinds).toContain('title:first');
  });
});

describe('the scorer ignores exactly the answers parseResponse refuses', SLOW, () => {
  /**
   * The answers `parseResponse` refuses, found as a reader would: parse, set aside the answers
   * refused, parse again (the framework's checks run once the schema passes), until it reads.
   * `other` counts issues anywhere else (none are expected).
   */
  function refused(response: Response, fw: Framework): { ids: Set<string>; other: number } {
    const ids = new Set<string>();
    let other = 0;
    for (let round = 0; round < 3; round++) {
      const parsed = parseResponse(without(response, ids, fw), fw);
      if (parsed.ok) break;
      for (const issue of parsed.issues) {
        if (issue.path[0] === 'answers' && typeof issue.path[1] === 'string')
          ids.add(issue.path[1]);
        else other++;
      }
    }
    return { ids, other };
  }

  const without = (response: Response, ids: Set<string>, fw: Framework): Response => {
    const kept: Record<string, Answer> = {};
    for (const [id, a] of Object.entries(response.answers)) if (!ids.has(id)) kept[id] = a;
    return responseWith(fw, kept);
  };

  it('scores a response as the same response without its refused answers', () => {
    fc.assert(
      fc.property(
        frameworkWithResponseArb({}, { invalid: true }),
        ({ framework: fw, response }) => {
          const { ids, other } = refused(response, fw);
          expect(other).toBe(0);
          const valid = without(response, ids, fw);
          expect(parseResponse(valid, fw).ok).toBe(true);
          const all = scoreResponse(fw, response);
          expect(all).toEqual(scoreResponse(fw, valid));
          // …and counts every answer it accepted, on a question that is scored.
          const scored = new Set(
            questionsOf(fw)
              .filter((q) => q.kind !== 'text')
              .map((q) => q.id),
          );
          const accepted = Object.keys(valid.answers).filter((id) => scored.has(id)).length;
          const { answered, notApplicable, dontKnow } = all.overall.counts;
          expect(answered + notApplicable + dontKnow).toBe(accepted);
        },
      ),
      { numRuns: 300, seed: 19 },
    );
  });
});

describe('boundaries of the scoring rules', () => {
  // Four levels; every kind of question; "na" and "don't know" allowed on some only.
  const fw = framework(4, [
    pillar('p', [
      component('c', [
        rubric('r', 4),
        rubric('open', 4, { allowNotApplicable: true, allowDontKnow: true }),
        choice('ch', { low: 1, high: 4 }),
        yesNo('b', 4, 1),
        freeText('t'),
      ]),
    ]),
  ]);
  const counts = (answers: Record<string, Answer>) =>
    scoreResponse(fw, responseWith(fw, answers)).overall.counts;

  it('counts as unanswered every value that is not an answer to its question', () => {
    const notAnswers: [string, unknown][] = [
      ['r', 0],
      ['r', 5],
      ['r', 7],
      ['r', 3.5],
      ['r', '3'],
      ['r', 'na'],
      ['r', 'dont-know'],
      ['r', 'low'],
      ['ch', 1],
      ['ch', 'HIGH'],
      ['ch', 'yes'],
      ['ch', 'na'],
      ['b', 4],
      ['b', 'Yes'],
      ['b', 'dont-know'],
      ['open', ''],
      ['open', 'NA'],
      ['r', undefined],
    ];
    for (const [id, value] of notAnswers) {
      const c = counts({ [id]: { ...answer(1), value } as Answer });
      expect(c, `${id} = ${JSON.stringify(value)}`).toEqual({
        total: 4,
        answered: 0,
        notApplicable: 0,
        dontKnow: 0,
        unanswered: 4,
      });
    }
    // The nearest values that are answers: each counts once, where it belongs.
    expect(counts({ r: answer(1) }).answered).toBe(1);
    expect(counts({ r: answer(4) }).answered).toBe(1);
    expect(counts({ ch: answer('high') }).answered).toBe(1);
    expect(counts({ b: answer('no') }).answered).toBe(1);
    expect(counts({ open: answer('na') }).notApplicable).toBe(1);
    expect(counts({ open: answer('dont-know') }).dontKnow).toBe(1);
    // A text question is never counted, whatever its answer.
    expect(counts({ t: answer(3) }).unanswered).toBe(4);
  });

  it('reaches a level within EPSILON of its threshold, and not beyond, on every scale', () => {
    expect(EPSILON).toBe(1e-9);
    for (let levels = 2; levels <= 7; levels++)
      for (let level = 2; level <= levels; level++) {
        const at = levelScore(level, levels);
        expect(levelForScore(at, levels), `${level} of ${levels}`).toBe(level);
        // Half the tolerance (on the level scale) under the threshold still reaches it.
        const justUnder = at - (5e-10 * 100) / (levels - 1);
        expect(levelForScore(justUnder, levels), `${level} of ${levels}, just under`).toBe(level);
        expect(levelForScore(at - 1e-6, levels), `${level} of ${levels}, under`).toBe(level - 1);
        expect(levelForScore(Math.min(100, at + 1e-6), levels)).toBe(level);
      }
  });

  it('keeps levels out of range within the scale', () => {
    for (let levels = 2; levels <= 7; levels++) {
      expect(levelForScore(0, levels)).toBe(1);
      expect(levelForScore(-1e-12, levels)).toBe(1);
      expect(levelForScore(-100, levels)).toBe(1);
      expect(levelForScore(100, levels)).toBe(levels);
      expect(levelForScore(100 + 1e-12, levels)).toBe(levels);
      expect(levelForScore(250, levels)).toBe(levels);
    }
  });

  it('refuses, and does not score, a level past the scale that the schema allows', () => {
    for (let levels = 2; levels < 7; levels++) {
      const one = framework(levels, [pillar('p', [component('c', [rubric('q', levels)])])]);
      for (let level = levels + 1; level <= 7; level++) {
        const response = responseWith(one, { q: answer(level) });
        const parsed = parseResponse(response, one);
        expect(!parsed.ok && parsed.issues.map((i) => i.code)).toEqual(['level-out-of-range']);
        expect(scoreResponse(one, response).overall.counts.unanswered).toBe(1);
      }
      const top = scoreResponse(one, responseWith(one, { q: answer(levels) }));
      expect([top.overall.score, top.overall.level]).toEqual([100, levels]);
    }
  });

  it('gives "low-level" below the middle of the scale, on every scale', () => {
    const lowLevel = (levels: number, level: number) => {
      const one = framework(levels, [pillar('p', [component('c', [rubric('q', levels)])])]);
      const r = scoreResponse(one, responseWith(one, { q: answer(level) }));
      return r.priorities[0]!.reasons.includes('low-level');
    };
    const expected: Record<number, boolean[]> = {
      2: [true, false],
      3: [true, false, false],
      4: [true, true, false, false],
      5: [true, true, false, false, false],
      6: [true, true, true, false, false, false],
      7: [true, true, true, false, false, false, false],
    };
    for (const [levels, flags] of Object.entries(expected))
      expect(
        flags.map((_, i) => lowLevel(Number(levels), i + 1)),
        `${levels} levels`,
      ).toEqual(flags);
  });

  it('gives "low-confidence" from half the answered questions up, counting answers only', () => {
    expect(PRIORITY_RULES.lowConfidenceShare).toBe(0.5);
    const one = framework(4, [
      pillar('p', [
        component('c', [
          rubric('a', 4),
          rubric('b', 4),
          rubric('c', 4),
          rubric('d', 4, { allowNotApplicable: true, allowDontKnow: true }),
        ]),
      ]),
    ]);
    const low = (lows: number, answered: number, extra: Record<string, Answer> = {}) => {
      const answers: Record<string, Answer> = { ...extra };
      ['a', 'b', 'c', 'd'].slice(0, answered).forEach((id, i) => {
        answers[id] = answer(4, { confidence: i < lows ? 'low' : 'high' });
      });
      const r = scoreResponse(one, responseWith(one, answers));
      return r.priorities[0]!.reasons.includes('low-confidence');
    };
    // Of 4 answers: 1 low is under half, 2 is half.
    expect([0, 1, 2, 3, 4].map((n) => low(n, 4))).toEqual([false, false, true, true, true]);
    // Of 3 answers: 1 low is under half (1 < 1.5), 2 is over.
    expect([0, 1, 2, 3].map((n) => low(n, 3))).toEqual([false, false, true, true]);
    // Of 1 answer: it decides.
    expect([0, 1].map((n) => low(n, 1))).toEqual([false, true]);
    // "Not applicable" and "don't know" with low confidence are not answers: 1 low of 3
    // answered stays under half however many of them say low.
    const na = { d: answer('na', { confidence: 'low' }) };
    expect(low(1, 3, na)).toBe(false);
    const dk = { d: answer('dont-know', { confidence: 'low' }) };
    expect(low(1, 3, dk)).toBe(false);
    // An answer with no confidence is not low.
    const none = scoreResponse(one, responseWith(one, { a: answer(4) }));
    expect(none.priorities[0]!.reasons).not.toContain('low-confidence');
  });
});
