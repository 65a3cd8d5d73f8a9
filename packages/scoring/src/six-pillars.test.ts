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
});
