import { sixPillars } from '@dtc/framework';
import { Result, parseFramework, parseResponse } from '@dtc/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreResponse } from './score.js';
import {
  questionsOf,
  responseArb,
  responseWith,
  answer,
  validValues,
} from './testing/arbitraries.js';

describe('the bundled six-pillars framework', { timeout: 60_000 }, () => {
  it('scores random valid responses into valid results', () => {
    expect(parseFramework(sixPillars).ok).toBe(true);
    fc.assert(
      fc.property(responseArb(sixPillars), (response) => {
        expect(parseResponse(response, sixPillars).ok).toBe(true);
        const result = scoreResponse(sixPillars, response);
        expect(Result.safeParse(result).success).toBe(true);
        expect(result.pillars).toHaveLength(6);
      }),
      { numRuns: 100 },
    );
  });

  it('scores one pillar at a time, as in the workshop', () => {
    for (const pillar of sixPillars.pillars) {
      const result = scoreResponse(sixPillars, responseWith(sixPillars, {}), {
        sections: [pillar.id],
      });
      expect(result.pillars.map((p) => p.id)).toEqual([pillar.id]);
      expect(result.priorities).toHaveLength(pillar.components.length);
    }
  });

  it('marks connectivity and data as the backbone in priorities', () => {
    const answers = Object.fromEntries(
      questionsOf(sixPillars)
        .filter((q) => q.kind !== 'text')
        .map((q) => [q.id, answer(validValues(q)[0]![0])]),
    );
    const result = scoreResponse(sixPillars, responseWith(sixPillars, answers));
    const foundational = new Set(
      result.priorities.filter((p) => p.reasons.includes('foundational')).map((p) => p.pillarId),
    );
    expect([...foundational].sort()).toEqual(['connectivity-infrastructure', 'data-evidence']);
  });

  /** Every scored question answered with its best (or worst) value. */
  function allAt(end: 'best' | 'worst') {
    const answers = Object.fromEntries(
      questionsOf(sixPillars)
        .filter((q) => q.kind !== 'text')
        .map((q) => {
          const values = [...validValues(q)].sort((a, b) => a[1] - b[1]);
          return [q.id, answer((end === 'best' ? values.at(-1) : values[0])![0])];
        }),
    );
    return scoreResponse(sixPillars, responseWith(sixPillars, answers));
  }

  it('reaches 100 and the top level everywhere when every answer is at its best', () => {
    const result = allAt('best');
    const top = sixPillars.levels.length;
    const scores = [
      ['overall', result.overall.score, result.overall.level],
      ...result.pillars.flatMap((p) => [
        [p.id, p.score, p.level],
        ...p.components.map((c) => [c.id, c.score, c.level]),
      ]),
    ];
    expect(scores.filter(([, score, level]) => score !== 100 || level !== top)).toEqual([]);
  });

  it('falls to 0 and the lowest level everywhere when every answer is at its worst', () => {
    const result = allAt('worst');
    const scores = [
      ['overall', result.overall.score, result.overall.level],
      ...result.pillars.flatMap((p) => [
        [p.id, p.score, p.level],
        ...p.components.map((c) => [c.id, c.score, c.level]),
      ]),
    ];
    expect(scores.filter(([, score, level]) => score !== 0 || level !== 1)).toEqual([]);
  });
});
