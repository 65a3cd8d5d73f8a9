import { parseResponse } from '@dtc/schema';
import { historyRounds, responseAtRound } from '@dtc/scoring';
import { describe, expect, it } from 'vitest';
import { miniFramework } from '../../../test/fixtures.js';
import {
  complete,
  emptyResponse,
  mergeResponses,
  setAnswer,
  startRound,
} from './response-model.js';

const T0 = '2026-03-25T08:00:00.000Z';
const T1 = '2026-03-25T09:00:00.000Z';
const T2 = '2026-03-25T10:00:00.000Z';
const T3 = '2026-03-25T11:00:00.000Z';
const T4 = '2026-03-25T12:00:00.000Z';

/** Two answers given at T1: strategy-status 1, strategy-budget 2. */
function answered() {
  let r = emptyResponse(miniFramework, T0);
  r = setAnswer(r, 'strategy-status', { value: 1 }, { now: T1 });
  return setAnswer(r, 'strategy-budget', { value: 2 }, { now: T1 });
}

describe('startRound', () => {
  it('keeps the answers as they stand under the label, once, readable with responseAtRound', () => {
    const before = answered();
    const r = startRound(before, 'before deep dive', T2);
    expect(r.history).toEqual([
      {
        questionId: 'strategy-status',
        answer: before.answers['strategy-status'],
        replacedAt: T2,
        round: 'before deep dive',
      },
      {
        questionId: 'strategy-budget',
        answer: before.answers['strategy-budget'],
        replacedAt: T2,
        round: 'before deep dive',
      },
    ]);
    expect(parseResponse(r, miniFramework).ok).toBe(true);
    // The deep dive: one answer raised, another question answered for the first time.
    const after = setAnswer(
      setAnswer(r, 'strategy-status', { value: 4 }, { now: T3 }),
      'governance-body',
      { value: 3 },
      { now: T3 },
    );
    expect(after.answers['strategy-status']!.value).toBe(4);
    expect(responseAtRound(after, 'before deep dive')!.answers).toEqual(before.answers);
    expect(historyRounds(after).map((h) => h.round)).toEqual(['before deep dive']);
  });

  it('keeps a round once: the same label again, or no answers, change nothing', () => {
    const r = startRound(answered(), 'before deep dive', T2);
    expect(startRound(r, 'before deep dive', T3)).toBe(r);
    const empty = emptyResponse(miniFramework, T0);
    expect(startRound(empty, 'before deep dive', T1)).toBe(empty);
  });

  it('does not keep an answer twice when it is revised after submission', () => {
    const r = complete(startRound(answered(), 'before deep dive', T2), T2);
    const revised = setAnswer(r, 'strategy-status', { value: 3 }, { now: T3 });
    expect(revised.history.filter((h) => h.questionId === 'strategy-status')).toHaveLength(1);
    // Without a round, the answer given before submission is kept as before.
    const plain = setAnswer(complete(answered(), T2), 'strategy-status', { value: 3 }, { now: T3 });
    expect(plain.history).toEqual([
      { questionId: 'strategy-status', answer: { value: 1, answeredAt: T1 }, replacedAt: T3 },
    ]);
  });
});

describe('mergeResponses (two tabs editing one assessment)', () => {
  it('keeps the newest answer per question and the other in history, whichever side it is on', () => {
    const base = answered();
    const mine = setAnswer(base, 'strategy-status', { value: 3 }, { now: T3 });
    const theirs = setAnswer(
      setAnswer(base, 'strategy-status', { value: 2 }, { now: T2 }),
      'strategy-budget',
      { value: 4 },
      { now: T4 },
    );
    for (const merged of [mergeResponses(mine, theirs), mergeResponses(theirs, mine)]) {
      expect(merged.answers['strategy-status']).toEqual({ value: 3, answeredAt: T3 });
      expect(merged.answers['strategy-budget']).toEqual({ value: 4, answeredAt: T4 });
      expect(merged.history).toEqual([
        { questionId: 'strategy-status', answer: { value: 2, answeredAt: T2 }, replacedAt: T3 },
        { questionId: 'strategy-budget', answer: { value: 2, answeredAt: T1 }, replacedAt: T4 },
      ]);
      expect(parseResponse(merged, miniFramework).ok).toBe(true);
    }
  });

  it('adds answers only one side has, joins histories, and takes details from the later copy', () => {
    const base = startRound(answered(), 'before deep dive', T2);
    const mine = setAnswer(base, 'governance-body', { value: 1 }, { now: T3 });
    const theirs = {
      ...setAnswer(base, 'governance-meets', { value: 2 }, { now: T2 }),
      respondent: { role: 'school' as const },
      updatedAt: T4,
    };
    const merged = mergeResponses(mine, theirs);
    expect(Object.keys(merged.answers).sort()).toEqual([
      'governance-body',
      'governance-meets',
      'strategy-budget',
      'strategy-status',
    ]);
    expect(merged.history).toEqual(base.history);
    expect(merged.respondent).toEqual({ role: 'school' });
    expect(merged.updatedAt).toBe(T4);
  });

  it('returns their copy itself when mine adds nothing (nothing to save back)', () => {
    const base = answered();
    const theirs = setAnswer(base, 'strategy-status', { value: 4 }, { now: T3 });
    expect(mergeResponses(theirs, theirs)).toBe(theirs);
    // My older answer is not dropped: it goes to the history, once.
    const kept = mergeResponses(base, theirs);
    expect(kept.history).toEqual([
      { questionId: 'strategy-status', answer: { value: 1, answeredAt: T1 }, replacedAt: T3 },
    ]);
    expect(mergeResponses(base, kept)).toBe(kept);
    // Merging the merge again changes nothing: two tabs settle on one copy.
    const mine = setAnswer(base, 'governance-body', { value: 1 }, { now: T2 });
    const merged = mergeResponses(mine, theirs);
    expect(merged).not.toBe(theirs);
    expect(mergeResponses(theirs, merged)).toBe(merged);
    expect(mergeResponses(mine, merged)).toBe(merged);
  });
});
