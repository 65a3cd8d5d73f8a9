import { parseResponse } from '@dtc/schema';
import { describe, expect, it } from 'vitest';
import { miniFramework } from '../../../test/fixtures.js';
import {
  complete,
  emptyResponse,
  progress,
  roleChosen,
  setAnswer,
  setRespondent,
  unanswered,
} from './response-model.js';

const T0 = '2026-03-01T09:00:00.000Z';
const T1 = '2026-03-01T10:00:00.000Z';
const T2 = '2026-03-02T09:00:00.000Z';
const T3 = '2026-03-02T10:00:00.000Z';

describe('response model', () => {
  it('creates an empty response that the schema accepts, with no role chosen', () => {
    const r = emptyResponse(miniFramework, T0);
    expect(r).toMatchObject({
      framework: { id: 'mini', version: '1.0.0' },
      answers: {},
      history: [],
      createdAt: T0,
    });
    expect(parseResponse(r, miniFramework).ok).toBe(true);
    expect(roleChosen(r.respondent)).toBe(false);
    expect(roleChosen({ role: 'other', roleDetail: 'Teacher union' })).toBe(true);
    expect(roleChosen({ role: 'school' })).toBe(true);
  });

  it('sets, merges and removes answers without mutating', () => {
    const r0 = emptyResponse(miniFramework, T0);
    const r1 = setAnswer(r0, 'strategy-status', { value: 2 }, { now: T1 });
    expect(r0.answers).toEqual({});
    expect(r1.answers['strategy-status']).toEqual({ value: 2, answeredAt: T1 });
    const r2 = setAnswer(r1, 'strategy-status', { comment: 'Draft', evidence: [] }, { now: T2 });
    expect(r2.answers['strategy-status']).toEqual({ value: 2, comment: 'Draft', answeredAt: T2 });
    expect(setAnswer(r2, 'strategy-status', { comment: 'Draft' }, { now: T3 })).toBe(r2);
    expect(setAnswer(r2, 'strategy-budget', { value: undefined })).toBe(r2);
    const r3 = setAnswer(r2, 'strategy-status', { value: undefined }, { now: T3 });
    expect(r3.answers).toEqual({});
    expect(r3.history).toEqual([]);
    expect(parseResponse(r2, miniFramework).ok).toBe(true);
  });

  it('keeps the answer given before completion in history, once per revision round', () => {
    let r = setAnswer(
      emptyResponse(miniFramework, T0),
      'strategy-status',
      { value: 2 },
      { now: T0 },
    );
    r = complete(r, T1);
    expect(r.completedAt).toBe(T1);
    r = setAnswer(r, 'strategy-status', { value: 3 }, { now: T2, round: 'before deep dive' });
    r = setAnswer(r, 'strategy-status', { value: 4, comment: 'After the deep dive' }, { now: T3 });
    expect(r.answers['strategy-status']).toMatchObject({ value: 4, answeredAt: T3 });
    expect(r.history).toEqual([
      {
        questionId: 'strategy-status',
        answer: { value: 2, answeredAt: T0 },
        replacedAt: T2,
        round: 'before deep dive',
      },
    ]);
    // A new answer after completion replaces nothing, so there is nothing to keep.
    r = setAnswer(r, 'emis-coverage', { value: 1 }, { now: T3 });
    expect(r.history).toHaveLength(1);
    // Completing again starts a new round.
    r = setAnswer(
      complete(r, T3),
      'strategy-status',
      { value: 1 },
      { now: '2026-03-03T00:00:00.000Z' },
    );
    expect(r.history.map((h) => h.answer.value)).toEqual([2, 4]);
    expect(parseResponse(r, miniFramework).ok).toBe(true);
  });

  it('sets respondent details, dropping empty ones', () => {
    let r = setRespondent(
      emptyResponse(miniFramework, T0),
      { role: 'school', organisation: 'Lycée A' },
      T1,
    );
    expect(r.respondent).toEqual({ role: 'school', organisation: 'Lycée A' });
    r = setRespondent(r, { organisation: '', country: 'SEN' }, T2);
    expect(r.respondent).toEqual({ role: 'school', country: 'SEN' });
    expect(r.updatedAt).toBe(T2);
  });

  it('counts progress per pillar: "not applicable" leaves the count, "don\'t know" is answered', () => {
    let r = emptyResponse(miniFramework, T0);
    r = setAnswer(r, 'strategy-status', { value: 'dont-know' });
    r = setAnswer(r, 'strategy-budget', { value: 'na' });
    r = setAnswer(r, 'governance-body', { value: 'committee' });
    expect(progress(miniFramework, r)).toEqual([
      { pillarId: 'coordination-leadership', answered: 2, applicable: 3, total: 4 },
      { pillarId: 'connectivity-infrastructure', answered: 0, applicable: 2, total: 2 },
      { pillarId: 'data-evidence', answered: 0, applicable: 1, total: 1 },
    ]);
    expect(progress(miniFramework, r, ['data-evidence']).map((p) => p.pillarId)).toEqual([
      'data-evidence',
    ]);
    expect(progress(miniFramework, r, ['nope'])).toHaveLength(3);
    expect(unanswered(miniFramework.pillars[0]!, r).map((q) => q.id)).toEqual(['governance-meets']);
  });
});
