import type { Framework, Response, Result } from '@dtc/schema';
import { Result as ResultSchema, parseFramework, parseResponse } from '@dtc/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateResponses } from './aggregate.js';
import { compareResults } from './compare.js';
import { explain } from './explain.js';
import { scoreResponse } from './score.js';
import {
  answer,
  frameworkArb,
  frameworkWithResponseArb,
  questionsOf,
  responseArb,
  responseWith,
  validValues,
} from './testing/arbitraries.js';

const RUNS = { numRuns: 200 };
// Generous: property runs slow down a lot on a busy CI machine.
const SLOW = { timeout: 60_000 };

/** Every score of a result, with a path, for pairwise comparisons. */
function scores(result: Result): Map<string, number | null> {
  const out = new Map<string, number | null>([['overall', result.overall.score]]);
  for (const p of result.pillars) {
    out.set(`p:${p.id}`, p.score);
    for (const c of p.components) out.set(`c:${c.id}`, c.score);
  }
  return out;
}

function levels(result: Result): Map<string, number | null> {
  const out = new Map<string, number | null>([['overall', result.overall.level]]);
  for (const p of result.pillars) {
    out.set(`p:${p.id}`, p.level);
    for (const c of p.components) out.set(`c:${c.id}`, c.level);
  }
  return out;
}

function shuffleWith<T>(items: readonly T[], keys: readonly number[]): T[] {
  return items
    .map((item, i) => ({ item, key: keys[i % Math.max(keys.length, 1)] ?? 0, i }))
    .sort((a, b) => a.key - b.key || a.i - b.i)
    .map((x) => x.item);
}

describe('arbitraries', SLOW, () => {
  it('generate frameworks that pass parseFramework', () => {
    fc.assert(
      fc.property(frameworkArb(), (framework) => {
        const parsed = parseFramework(framework);
        expect(parsed.ok ? [] : parsed.issues).toEqual([]);
      }),
      RUNS,
    );
  });

  it('generate responses that pass parseResponse against their framework', () => {
    fc.assert(
      fc.property(frameworkWithResponseArb(), ({ framework, response }) => {
        const parsed = parseResponse(response, framework);
        expect(parsed.ok ? [] : parsed.issues).toEqual([]);
      }),
      RUNS,
    );
  });
});

describe('scoreResponse: invariants', SLOW, () => {
  it('keeps every score within 0–100, levels within 1..L, coverage within 0–1', () => {
    fc.assert(
      fc.property(frameworkWithResponseArb({}, { invalid: true }), ({ framework, response }) => {
        const result = scoreResponse(framework, response);
        expect(ResultSchema.safeParse(result).success).toBe(true);
        const L = framework.levels.length;
        for (const [key, s] of scores(result)) {
          if (s === null) continue;
          expect(s, key).toBeGreaterThanOrEqual(0);
          expect(s, key).toBeLessThanOrEqual(100);
        }
        for (const l of levels(result).values()) {
          if (l !== null) expect(l >= 1 && l <= L).toBe(true);
        }
        expect(result.priorities.map((p) => p.rank)).toEqual(
          result.priorities.map((_, i) => i + 1),
        );
      }),
      RUNS,
    );
  });

  // The engine ranks with packed numeric keys (insertion sort up to 64 components, the
  // built-in sort beyond); this checks both against a plain comparator sort.
  const rankedAsSorted = (framework: Framework, result: Result): void => {
    const position = new Map(
      framework.pillars.flatMap((p) => p.components).map((c, i) => [c.id, i] as const),
    );
    const tier = (p: Result['priorities'][number]): number =>
      p.score !== null ? 0 : p.reasons.includes('not-assessed') ? 1 : 2;
    const expected = [...result.priorities].sort(
      (a, b) =>
        tier(a) - tier(b) ||
        b.urgency - a.urgency ||
        position.get(a.componentId)! - position.get(b.componentId)!,
    );
    expect(result.priorities.map((p) => p.componentId)).toEqual(expected.map((p) => p.componentId));
  };

  it('ranks priorities as a comparator sort would: tier, then urgency, then framework order', () => {
    fc.assert(
      fc.property(frameworkWithResponseArb(), ({ framework, response }) => {
        rankedAsSorted(framework, scoreResponse(framework, response));
      }),
      RUNS,
    );
  });

  it('ranks priorities the same way with more than 64 components', () => {
    const big = { maxPillars: 10, maxComponents: 20, maxQuestions: 2 };
    fc.assert(
      fc.property(
        frameworkWithResponseArb(big).filter(
          ({ framework }) => framework.pillars.flatMap((p) => p.components).length > 64,
        ),
        ({ framework, response }) => {
          rankedAsSorted(framework, scoreResponse(framework, response));
        },
      ),
      { numRuns: 20 },
    );
  });

  it('never lowers any score or level when one answer is raised', () => {
    const arb = frameworkWithResponseArb().chain(({ framework, response }) => {
      // An answered scorable question and a valid value at a higher level.
      const raisable = questionsOf(framework).flatMap((q) => {
        const current = response.answers[q.id]?.value;
        const values = validValues(q);
        const now = values.find(([v]) => v === current)?.[1];
        if (now === undefined) return [];
        return values.filter(([, level]) => level > now).map(([v]) => ({ id: q.id, value: v }));
      });
      return raisable.length === 0
        ? fc.constant(null)
        : fc.constantFrom(...raisable).map((raise) => ({ framework, response, raise }));
    });
    fc.assert(
      fc.property(arb, (input) => {
        if (input === null) return;
        const { framework, response, raise } = input;
        const raised: Response = {
          ...response,
          answers: { ...response.answers, [raise.id]: answer(raise.value) },
        };
        const before = scoreResponse(framework, response);
        const after = scoreResponse(framework, raised);
        const b = scores(before);
        const bl = levels(before);
        for (const [key, s] of scores(after)) {
          const was = b.get(key) ?? null;
          if (was === null) {
            expect(s, key).toBeNull();
            continue;
          }
          expect(s, key).not.toBeNull();
          expect(s!, key).toBeGreaterThanOrEqual(was);
        }
        for (const [key, l] of levels(after)) {
          const was = bl.get(key) ?? null;
          if (was !== null) expect(l!, key).toBeGreaterThanOrEqual(was);
        }
      }),
      RUNS,
    );
  });

  it('does not depend on the order of answers', () => {
    fc.assert(
      fc.property(
        frameworkWithResponseArb({}, { invalid: true }),
        fc.array(fc.integer(), { minLength: 1 }),
        ({ framework, response }, keys) => {
          const entries = shuffleWith(Object.entries(response.answers), keys);
          const shuffled = { ...response, answers: Object.fromEntries(entries) };
          expect(scoreResponse(framework, shuffled)).toEqual(scoreResponse(framework, response));
        },
      ),
      RUNS,
    );
  });

  it('does not depend on the order of questions within a component', () => {
    fc.assert(
      fc.property(
        frameworkWithResponseArb(),
        fc.array(fc.integer(), { minLength: 1 }),
        ({ framework, response }, keys) => {
          const reordered: Framework = {
            ...framework,
            pillars: framework.pillars.map((p) => ({
              ...p,
              components: p.components.map((c) => ({
                ...c,
                questions: shuffleWith(c.questions, keys),
              })),
            })),
          };
          const a = scoreResponse(framework, response);
          const b = scoreResponse(reordered, response);
          const sb = scores(b);
          for (const [key, s] of scores(a)) {
            const t = sb.get(key) ?? null;
            if (s === null) expect(t).toBeNull();
            else expect(t!).toBeCloseTo(s, 9);
          }
          expect(levels(b)).toEqual(levels(a));
          expect(b.pillars.map((p) => p.components.map((c) => c.counts))).toEqual(
            a.pillars.map((p) => p.components.map((c) => c.counts)),
          );
          expect(b.priorities.map((p) => [p.componentId, p.reasons])).toEqual(
            a.priorities.map((p) => [p.componentId, p.reasons]),
          );
        },
      ),
      RUNS,
    );
  });

  it('changes coverage but no score when unanswered questions are marked "na"', () => {
    fc.assert(
      fc.property(frameworkWithResponseArb(), ({ framework, response }) => {
        const answers = { ...response.answers };
        let added = 0;
        for (const q of questionsOf(framework)) {
          if (q.kind !== 'text' && q.allowNotApplicable && answers[q.id] === undefined) {
            answers[q.id] = answer('na');
            added++;
          }
        }
        const before = scoreResponse(framework, response);
        const after = scoreResponse(framework, { ...response, answers });
        expect(scores(after)).toEqual(scores(before));
        expect(levels(after)).toEqual(levels(before));
        expect(after.overall.counts.notApplicable - before.overall.counts.notApplicable).toBe(
          added,
        );
        expect(after.overall.coverage).toBeGreaterThanOrEqual(before.overall.coverage);
        after.pillars.forEach((p, i) =>
          p.components.forEach((c, j) =>
            expect(c.coverage).toBeGreaterThanOrEqual(before.pillars[i]!.components[j]!.coverage),
          ),
        );
      }),
      RUNS,
    );
  });

  it('gives 0 and level 1 when all answers are lowest, 100 and the top level when highest', () => {
    fc.assert(
      fc.property(frameworkArb({ extremes: true }), (framework) => {
        const L = framework.levels.length;
        const all = (pick: (levels: number[]) => number) => {
          const answers: Response['answers'] = {};
          for (const q of questionsOf(framework)) {
            const values = validValues(q);
            if (values.length === 0) continue;
            const level = pick(values.map(([, l]) => l));
            answers[q.id] = answer(values.find(([, l]) => l === level)![0]);
          }
          return scoreResponse(framework, responseWith(framework, answers));
        };
        const low = all((ls) => Math.min(...ls));
        const high = all((ls) => Math.max(...ls));
        for (const s of scores(low).values()) if (s !== null) expect(s).toBe(0);
        for (const l of levels(low).values()) if (l !== null) expect(l).toBe(1);
        for (const s of scores(high).values()) if (s !== null) expect(s).toBe(100);
        for (const l of levels(high).values()) if (l !== null) expect(l).toBe(L);
        expect(low.overall.coverage).toBe(1);
      }),
      RUNS,
    );
  });
});

describe('compare, aggregate and explain: invariants', SLOW, () => {
  it('compareResults(x, x) has only zero deltas', () => {
    fc.assert(
      fc.property(frameworkWithResponseArb(), ({ framework, response }) => {
        const r = scoreResponse(framework, response);
        const c = compareResults(r, r);
        for (const e of [c.overall, ...c.pillars, ...c.components]) {
          expect(e.delta).toBe(e.before === null ? null : 0);
          expect(e.levelDelta).toBe(e.beforeLevel === null ? null : 0);
        }
        expect(c.improved).toEqual([]);
        expect(c.declined).toEqual([]);
        expect(c.comparable).toBe(true);
      }),
      RUNS,
    );
  });

  it('aggregating one response gives its own scores', () => {
    fc.assert(
      fc.property(frameworkWithResponseArb(), ({ framework, response }) => {
        const r = scoreResponse(framework, response);
        const g = aggregateResponses(framework, [response], { groupBy: 'role' });
        const own = scores(r);
        const check = (
          key: string,
          stat: {
            n: number;
            mean: number | null;
            median: number | null;
            stdev: number | null;
            level: number | null;
            scores: (number | null)[];
          },
        ) => {
          const s = own.get(key) ?? null;
          expect(stat.mean).toBe(s);
          expect(stat.median).toBe(s);
          expect(stat.scores).toEqual([s]);
          expect(stat.n).toBe(s === null ? 0 : 1);
          expect(stat.stdev).toBe(s === null ? null : 0);
        };
        check('overall', g.overall);
        expect(g.overall.level).toBe(r.overall.level);
        for (const p of g.pillars) {
          check(`p:${p.id}`, p);
          for (const c of p.components) check(`c:${c.id}`, c);
        }
        expect(g.groups).toHaveLength(1);
        expect(g.divergence).toEqual([]);
      }),
      RUNS,
    );
  });

  it('explain: the contributions add up to the explained score', () => {
    fc.assert(
      fc.property(frameworkWithResponseArb({}, { invalid: true }), ({ framework, response }) => {
        const r = scoreResponse(framework, response);
        const ids = [
          'overall',
          ...framework.pillars.map((p) => p.id),
          ...framework.pillars.flatMap((p) => p.components.map((c) => c.id)),
        ];
        for (const id of ids) {
          const e = explain(framework, response, id);
          expect(e).not.toBeNull();
          const sum = e!.items.reduce((total, item) => total + item.share, 0);
          if (e!.score === null) expect(sum).toBe(0);
          else expect(sum).toBeCloseTo(e!.score, 9);
          const own = scores(r).get(
            e!.kind === 'overall' ? 'overall' : `${e!.kind === 'pillar' ? 'p' : 'c'}:${id}`,
          );
          expect(e!.score).toBe(own);
        }
      }),
      RUNS,
    );
  });

  it('scoring many responses is the same as scoring each', () => {
    fc.assert(
      fc.property(
        frameworkArb().chain((framework) =>
          fc.tuple(fc.constant(framework), fc.array(responseArb(framework), { maxLength: 6 })),
        ),
        ([framework, responses]) => {
          const g = aggregateResponses(framework, responses, { groupBy: 'country' });
          expect(g.respondents).toBe(responses.length);
          expect(g.overall.scores).toEqual(
            responses.map((r) => scoreResponse(framework, r).overall.score),
          );
          expect(g.groups.reduce((n, group) => n + group.n, 0)).toBe(responses.length);
          // 25 on paper: floating point may put an exact gap of 25 a hair under it.
          for (const d of g.divergence) expect(d.spread).toBeGreaterThanOrEqual(25 - 1e-9);
        },
      ),
      RUNS,
    );
  });
});
