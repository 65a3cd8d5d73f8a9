import type { Response } from '@dtc/schema';
import { describe, expect, it } from 'vitest';
import { compareResults } from './compare.js';
import { historyRounds, responseAsOf, responseAtRound } from './history.js';
import { scoreResponse } from './score.js';
import { answer, responseWith } from './testing/arbitraries.js';
import { component, framework, pillar, rubric, yesNo } from './testing/fixtures.js';

const T = (hour: number) => `2026-03-25T${String(hour).padStart(2, '0')}:00:00.000Z`;

const fw = framework(4, [
  pillar('p', [
    component('c', [rubric('q1', 4), rubric('q2', 4)]),
    component('d', [rubric('q3', 4), yesNo('q4', 4, 1)]),
  ]),
]);

// q1: 1 at 09:00, revised to 3 at 11:00 (round "first"), revised to 4 at 13:00 (round "second")
// q2: 2 at 10:00, never revised. q3: first answered at 12:00.
// q4: "yes" at 09:00, withdrawn at 11:00 (history entry, no current answer).
const response: Response = responseWith(
  fw,
  {
    q1: answer(4, { answeredAt: T(13) }),
    q2: answer(2, { answeredAt: T(10) }),
    q3: answer(3, { answeredAt: T(12) }),
  },
  {
    history: [
      {
        questionId: 'q1',
        answer: answer(1, { answeredAt: T(9) }),
        replacedAt: T(11),
        round: 'first',
      },
      {
        questionId: 'q4',
        answer: answer('yes', { answeredAt: T(9) }),
        replacedAt: T(11),
        round: 'first',
      },
      {
        questionId: 'q1',
        answer: answer(3, { answeredAt: T(11) }),
        replacedAt: T(13),
        round: 'second',
      },
    ],
    updatedAt: T(13),
    completedAt: T(14),
  },
);

const values = (r: Response) =>
  Object.fromEntries(Object.entries(r.answers).map(([id, a]) => [id, a.value]));

describe('responseAsOf', () => {
  it('restores the answers in force at a time', () => {
    expect(values(responseAsOf(response, T(8)))).toEqual({});
    expect(values(responseAsOf(response, T(9)))).toEqual({ q1: 1, q4: 'yes' });
    expect(values(responseAsOf(response, T(10)))).toEqual({ q1: 1, q2: 2, q4: 'yes' });
    expect(values(responseAsOf(response, T(11)))).toEqual({ q1: 3, q2: 2 });
    expect(values(responseAsOf(response, T(12)))).toEqual({ q1: 3, q2: 2, q3: 3 });
    expect(values(responseAsOf(response, T(13)))).toEqual({ q1: 4, q2: 2, q3: 3 });
    expect(values(responseAsOf(response, new Date(T(20))))).toEqual(values(response));
  });

  it('keeps the history known then and drops later timestamps', () => {
    const at = responseAsOf(response, T(12));
    expect(at.history.map((h) => h.round)).toEqual(['first', 'first']);
    expect(at.updatedAt).toBeUndefined();
    expect(at.completedAt).toBeUndefined();
    expect(at.respondent).toEqual(response.respondent);
    const end = responseAsOf(response, T(14));
    expect(end.history).toHaveLength(3);
    expect(end.completedAt).toBe(T(14));
  });

  it('compares offsets as instants, not as text', () => {
    // 12:30+02:00 is 10:30Z: after q2, before the first revision
    expect(values(responseAsOf(response, '2026-03-25T12:30:00+02:00'))).toEqual({
      q1: 1,
      q2: 2,
      q4: 'yes',
    });
  });

  it('does not change its input', () => {
    const copy = structuredClone(response);
    responseAsOf(response, T(10));
    responseAtRound(response, 'first');
    expect(response).toEqual(copy);
  });
});

describe('historyRounds and responseAtRound', () => {
  it('lists the rounds in the order they were replaced', () => {
    expect(historyRounds(response)).toEqual([
      { round: 'first', firstReplacedAt: T(11), lastReplacedAt: T(11), questionIds: ['q1', 'q4'] },
      { round: 'second', firstReplacedAt: T(13), lastReplacedAt: T(13), questionIds: ['q1'] },
    ]);
    expect(historyRounds(responseWith(fw, {}))).toEqual([]);
  });

  it('rebuilds the response as it stood when a round ended', () => {
    expect(values(responseAtRound(response, 'first')!)).toEqual({ q1: 1, q2: 2, q4: 'yes' });
    expect(values(responseAtRound(response, 'second')!)).toEqual({ q1: 3, q2: 2, q3: 3 });
    expect(responseAtRound(response, 'third')).toBeNull();
    expect(responseAtRound(response, null)).toBeNull();
  });

  it('groups unlabelled entries under null', () => {
    const r: Response = {
      ...response,
      history: [{ questionId: 'q2', answer: answer(1, { answeredAt: T(9) }), replacedAt: T(10) }],
    };
    expect(historyRounds(r)).toEqual([
      { round: null, firstReplacedAt: T(10), lastReplacedAt: T(10), questionIds: ['q2'] },
    ]);
    expect(values(responseAtRound(r, null)!)).toEqual({ q2: 1 });
  });

  it('recomputes the "before deep dive" scores', () => {
    const before = scoreResponse(fw, responseAtRound(response, 'first')!);
    const after = scoreResponse(fw, response);
    // before: c = (0 + 33.33) / 2, d = 100 (q4 yes); after: c = (100 + 33.33) / 2, d = 66.67
    expect(before.pillars[0]!.components.map((c) => c.score)).toEqual([50 / 3, 100]);
    const comparison = compareResults(before, after);
    expect(comparison.improved).toEqual(['c']);
    expect(comparison.declined).toEqual(['d']);
    expect(comparison.components[0]!.delta).toBeCloseTo(50, 10);
    expect(comparison.components[0]).toMatchObject({
      beforeLevel: 1,
      afterLevel: 3,
      levelDelta: 2,
    });
  });
});
