import { responseAtRound, historyRounds } from '@dtc/scoring';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** localStorage as the browser offers it, in memory (these tests run in Node). */
class MemoryStorage {
  private map = new Map<string, string>();
  get length(): number {
    return this.map.size;
  }
  key(i: number): string | null {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string): string | null {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string): void {
    this.map.set(k, String(v));
  }
  removeItem(k: string): void {
    this.map.delete(k);
  }
  clear(): void {
    this.map.clear();
  }
}

const at = (h: number) => `2026-03-25T${String(h).padStart(2, '0')}:00:00.000Z`;

async function fresh() {
  vi.resetModules();
  const storage = await import('./storage.js');
  const { framework } = await import('./data.js');
  return { storage, framework };
}

beforeEach(() => {
  vi.stubGlobal('localStorage', new MemoryStorage());
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('demo store', () => {
  it('moves a version-1 record (response and revisions inside) to rounds, losing nothing', async () => {
    const { framework } = await fresh();
    const [q1, q2] = framework.pillars[0]!.components[0]!.questions;
    const response = (answers: Record<string, number>, hour: number) => ({
      format: 'dtc.response',
      version: 1,
      framework: { id: framework.id, version: framework.version },
      respondent: { role: 'school' },
      answers: Object.fromEntries(
        Object.entries(answers).map(([id, value]) => [id, { value, answeredAt: at(hour) }]),
      ),
      history: [],
    });
    const plan = { format: 'dtc.plan' };
    const v1 = {
      format: 'dtc.demo-store',
      version: 1,
      id: 'a1',
      label: 'Dakar',
      createdAt: at(8),
      updatedAt: at(12),
      response: {
        ...response({ [q1!.id]: 1 }, 9),
        answers: {
          ...response({ [q1!.id]: 1 }, 9).answers,
          ...response({ [q2!.id]: 4 }, 11).answers,
        },
      },
      revisions: [
        {
          id: 'r1',
          savedAt: at(10),
          note: 'Before deep dive',
          response: response({ [q1!.id]: 1, [q2!.id]: 2 }, 9),
          plan,
        },
        {
          id: 'r2',
          savedAt: at(10),
          note: 'Before deep dive',
          response: response({ [q1!.id]: 1 }, 9),
        },
      ],
    };
    localStorage.setItem('dtc-demo:assessment:a1', JSON.stringify(v1));
    localStorage.setItem('dtc-demo:drafts:a1', JSON.stringify({ country: 'SE' }));
    const { storage } = await fresh();
    const [record] = storage.listAssessments();
    expect(record!.response.label).toBe('Dakar');
    expect(storage.labelOf(record!)).toBe('Dakar');
    expect(historyRounds(record!.response).map((r) => r.round)).toEqual([
      'Before deep dive',
      'Before deep dive (2)',
    ]);
    expect(responseAtRound(record!.response, 'Before deep dive')!.answers).toEqual(
      v1.revisions[0]!.response.answers,
    );
    expect(record!.response.answers).toEqual(v1.response.answers);
    // Stored: the record without its response, the response in the library's store, the
    // drafts beside it, and the old record aside (a revision had a plan of its own).
    const meta = JSON.parse(localStorage.getItem('dtc-demo:assessment:a1')!);
    expect(meta).toMatchObject({ version: 2, id: 'a1' });
    expect(meta.response).toBeUndefined();
    expect(meta.revisions).toBeUndefined();
    expect(JSON.parse(localStorage.getItem('dtc-demo:response:a1')!)).toEqual(record!.response);
    expect(JSON.parse(localStorage.getItem('dtc-demo:response:a1:drafts')!)).toEqual({
      country: 'SE',
    });
    expect(localStorage.getItem('dtc-demo:drafts:a1')).toBeNull();
    expect(JSON.parse(localStorage.getItem('dtc-demo:backup:a1')!)).toEqual(v1);
    // Read again (a reload): the same record.
    const again = await fresh();
    expect(again.storage.listAssessments()[0]!.response).toEqual(record!.response);
    expect(again.storage.damagedCount()).toBe(0);
  });

  it('keeps reading a version-1 record when the move cannot be written', async () => {
    const { framework } = await fresh();
    const v1 = {
      format: 'dtc.demo-store',
      version: 1,
      id: 'a2',
      label: 'Full',
      createdAt: at(8),
      updatedAt: at(9),
      response: {
        format: 'dtc.response',
        version: 1,
        framework: { id: framework.id, version: framework.version },
        respondent: { role: 'school' },
        answers: {},
        history: [],
      },
      revisions: [],
    };
    localStorage.setItem('dtc-demo:assessment:a2', JSON.stringify(v1));
    const { storage } = await fresh();
    const setItem = vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(storage.listAssessments().map((r) => r.response.label)).toEqual(['Full']);
    expect(JSON.parse(localStorage.getItem('dtc-demo:assessment:a2')!)).toEqual(v1);
    setItem.mockRestore();
  });

  it('creates, keeps a round, and deletes an assessment with its response', async () => {
    const { storage } = await fresh();
    const { newResponse } = await import('./data.js');
    const { keepRound } = await import('./rounds.js');
    const record = storage.createAssessment(newResponse({ role: 'school' }, 'Kigali'));
    expect(storage.currentAssessment()!.response.label).toBe('Kigali');
    expect(localStorage.getItem(`dtc-demo:response:${record.id}`)).not.toBeNull();
    storage.updateAssessment(record.id, (r) => ({ response: keepRound(r.response, 'x') }));
    storage.deleteAssessment(record.id);
    expect(storage.listAssessments()).toEqual([]);
    expect(localStorage.getItem(`dtc-demo:response:${record.id}`)).toBeNull();
  });

  it('upgrades a stored plan of format 1, and sets a plan that does not read aside', async () => {
    const { storage } = await fresh();
    const { newResponse } = await import('./data.js');
    const a = storage.createAssessment(newResponse({ role: 'school' }, 'Dakar'));
    const b = storage.createAssessment(newResponse({ role: 'school' }, 'Thiès'));
    const v1 = {
      format: 'dtc.action-plan',
      version: 1,
      framework: { id: a.response.framework.id, version: a.response.framework.version },
      priorities: ['electricity-internet'],
      actions: [
        {
          id: 'action-1',
          priority: 'electricity-internet',
          pillar: 'connectivity-infrastructure',
          title: 'Connect the schools',
          horizon: 'short',
          owner: 'ICT',
          targetLevel: 2,
          outcome: 'access',
        },
      ],
    };
    const broken = { ...v1, version: 2, actions: 'not a list' };
    const put = (id: string, plan: unknown) => {
      const key = `dtc-demo:assessment:${id}`;
      localStorage.setItem(
        key,
        JSON.stringify({ ...JSON.parse(localStorage.getItem(key)!), plan }),
      );
    };
    put(a.id, v1);
    put(b.id, broken);

    const { storage: again } = await fresh();
    const upgraded = again.getAssessment(a.id)!.plan!;
    expect(upgraded).toMatchObject({ version: 2, priorities: ['electricity-internet'] });
    expect(upgraded.actions[0]).toMatchObject({
      title: 'Connect the schools',
      owner: 'ICT',
      status: 'planned',
    });
    // The assessment whose plan does not read is still there, its plan kept aside and counted.
    expect(again.getAssessment(b.id)!.response.label).toBe('Thiès');
    expect(again.getAssessment(b.id)!.plan).toBeUndefined();
    expect(JSON.parse(localStorage.getItem(`dtc-demo:backup:${b.id}:plan`)!)).toEqual(broken);
    expect(again.damagedCount()).toBe(1);
  });
  it('keeps feedback on the questions, read back through parseFeedback, and sets damaged feedback aside', async () => {
    const { storage, framework } = await fresh();
    const { newResponse } = await import('./data.js');
    const { newFeedback, setFeedbackItem } = await import('@dtc/schema');
    const question = framework.pillars[0]!.components[0]!.questions[0]!.id;
    const a = storage.createAssessment(newResponse({ role: 'school' }, 'Dakar'));
    const b = storage.createAssessment(newResponse({ role: 'school' }, 'Thiès'));
    const given = setFeedbackItem(
      newFeedback(framework, a.id),
      question,
      { kinds: ['unclear'], comment: 'Which strategy?' },
      '2026-03-25T10:00:00.000Z',
    );
    storage.updateAssessment(a.id, () => ({ questionFeedback: given }));
    const key = `dtc-demo:assessment:${b.id}`;
    const broken = { ...given, items: [{ ...given.items[0], kinds: ['boring'] }] };
    localStorage.setItem(
      key,
      JSON.stringify({ ...JSON.parse(localStorage.getItem(key)!), questionFeedback: broken }),
    );

    const { storage: again } = await fresh();
    expect(again.getAssessment(a.id)!.questionFeedback).toEqual(given);
    // Damaged feedback: the assessment is still there, the feedback kept aside and counted.
    expect(again.getAssessment(b.id)!.response.label).toBe('Thiès');
    expect(again.getAssessment(b.id)!.questionFeedback).toBeUndefined();
    expect(JSON.parse(localStorage.getItem(`dtc-demo:backup:${b.id}:question-feedback`)!)).toEqual(
      broken,
    );
    expect(again.damagedCount()).toBe(1);
  });
});

describe('plans in progress', () => {
  const action = (fields: Record<string, unknown>) => ({
    id: 'action-1',
    priority: 'electricity-internet',
    pillar: 'connectivity-infrastructure',
    title: 'Connect the schools',
    horizon: 'short',
    targetLevel: 2,
    outcome: 'access',
    ...fields,
  });
  const planWith = async (actions: unknown[]) => {
    const { framework } = await fresh();
    return {
      format: 'dtc.action-plan',
      version: 2,
      framework: { id: framework.id, version: framework.version },
      priorities: ['electricity-internet'],
      actions,
    };
  };

  it('reads a plan whose title is being typed as it is, and does not set it aside', async () => {
    const { storage } = await fresh();
    const { newResponse } = await import('./data.js');
    const a = storage.createAssessment(newResponse({ role: 'school' }, 'Dakar'));
    const draft = await planWith([
      action({ title: '' }),
      action({ id: 'action-2', title: 'Train teachers', indicators: [{ name: ' ' }] }),
    ]);
    const key = `dtc-demo:assessment:${a.id}`;
    localStorage.setItem(
      key,
      JSON.stringify({ ...JSON.parse(localStorage.getItem(key)!), plan: draft }),
    );
    const { storage: again } = await fresh();
    const plan = again.getAssessment(a.id)!.plan!;
    expect(plan.actions.map((x) => x.title)).toEqual(['', 'Train teachers']);
    expect(plan.actions[1]!.indicators[0]).toMatchObject({ name: ' ', unit: '' });
    // Defaults of the format are filled in around what was typed.
    expect(plan.actions[0]).toMatchObject({ status: 'planned', funding: [] });
    expect(again.damagedCount()).toBe(0);
    expect(localStorage.getItem(`dtc-demo:backup:${a.id}:plan`)).toBeNull();
  });

  it('still sets aside a plan whose structure is broken even when a title is empty too', async () => {
    const { storage } = await fresh();
    const { newResponse } = await import('./data.js');
    const a = storage.createAssessment(newResponse({ role: 'school' }, 'Dakar'));
    const broken = await planWith([
      action({ title: '', horizon: 'someday' }),
      action({ id: 'action-2', title: { not: 'typed' } }),
    ]);
    const key = `dtc-demo:assessment:${a.id}`;
    localStorage.setItem(
      key,
      JSON.stringify({ ...JSON.parse(localStorage.getItem(key)!), plan: broken }),
    );
    const { storage: again } = await fresh();
    expect(again.getAssessment(a.id)!.plan).toBeUndefined();
    expect(JSON.parse(localStorage.getItem(`dtc-demo:backup:${a.id}:plan`)!)).toEqual(broken);
    expect(again.damagedCount()).toBe(1);
  });

  it('keeps a country team with its plan in progress under its own key', async () => {
    const { storage } = await fresh();
    const draft = await planWith([
      action({
        title: '',
        cost: { amount: 5, currency: 'XO', kind: 'capital', years: { from: 2026, to: 2026 } },
      }),
    ]);
    storage.saveTeam({
      id: 't1',
      name: 'Senegal',
      country: 'SEN',
      members: ['p1', 'p2'],
      plan: draft as never,
      createdAt: at(8),
      updatedAt: at(8),
    });
    expect(JSON.parse(localStorage.getItem('dtc-demo:team:t1')!).name).toBe('Senegal');
    const { storage: again } = await fresh();
    const team = again.getTeam('t1')!;
    expect(team.members).toEqual(['p1', 'p2']);
    expect(team.plan!.actions[0]!.title).toBe('');
    expect(team.plan!.actions[0]!.cost).toMatchObject({ currency: 'XO', budgeted: false });
    expect(again.listTeams().map((t) => t.id)).toEqual(['t1']);
    again.deleteTeam('t1');
    expect(localStorage.getItem('dtc-demo:team:t1')).toBeNull();
  });
});

describe('stored records that do not read', () => {
  /** A valid response of the bundled framework with a few answers. */
  async function validResponse(label: string) {
    const { framework } = await fresh();
    const [q1, q2] = framework.pillars[0]!.components[0]!.questions;
    return {
      format: 'dtc.response',
      version: 1,
      label,
      framework: { id: framework.id, version: framework.version },
      respondent: { role: 'school' },
      answers: {
        [q1!.id]: { value: 2, answeredAt: at(9) },
        [q2!.id]: { value: 3, answeredAt: at(9) },
      },
      history: [],
      createdAt: at(8),
      updatedAt: at(9),
    };
  }
  const meta = (id: string, extra: Record<string, unknown> = {}) => ({
    format: 'dtc.demo-store',
    version: 2,
    id,
    createdAt: at(8),
    updatedAt: at(9),
    ...extra,
  });
  const put = (key: string, value: unknown) =>
    localStorage.setItem(key, typeof value === 'string' ? value : JSON.stringify(value));
  const keys = () => Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)!);
  const backups = (prefix: string) => keys().filter((k) => k.startsWith(prefix));

  async function seedGood() {
    put('dtc-demo:response:good', await validResponse('Good'));
    put('dtc-demo:assessment:good', meta('good'));
  }

  it.each([
    ['an empty response', {}],
    ['a response without answers', 'answers'],
    ['a response without respondent', 'respondent'],
  ])('sets aside an assessment whose response is %s, and reads the rest', async (_, broken) => {
    await seedGood();
    const response = await validResponse('Broken');
    const stored =
      typeof broken === 'string'
        ? Object.fromEntries(Object.entries(response).filter(([k]) => k !== broken))
        : broken;
    put('dtc-demo:response:bad', stored);
    put('dtc-demo:assessment:bad', meta('bad'));
    const { storage } = await fresh();
    expect(storage.listAssessments().map((a) => a.id)).toEqual(['good']);
    const [aside] = storage.setAsideRecords();
    expect(aside).toMatchObject({ kind: 'assessment', reason: 'invalid' });
    expect(aside!.name).toBe(typeof broken === 'string' ? 'Broken' : undefined);
    // Both halves kept aside, nothing deleted, and offered for download as they were.
    const [responseBackup] = backups('dtc-demo:response:bad:backup:');
    const [recordBackup] = backups('dtc-demo:backup:assessment:bad:');
    expect(aside!.keys).toEqual([responseBackup, recordBackup]);
    expect(JSON.parse(localStorage.getItem(responseBackup!)!)).toEqual(stored);
    expect(JSON.parse(localStorage.getItem(recordBackup!)!)).toEqual(meta('bad'));
    expect(localStorage.getItem('dtc-demo:assessment:bad')).toBeNull();
    expect(Object.keys(storage.setAsideData()).sort()).toEqual(
      [responseBackup, recordBackup].sort(),
    );
    // Read again: the rest as before, the message still there until the visitor hides it.
    const { storage: again } = await fresh();
    expect(again.listAssessments().map((a) => a.id)).toEqual(['good']);
    expect(again.setAsideRecords()).toEqual([aside]);
    again.dismissSetAside();
    expect(again.damagedCount()).toBe(0);
    expect(localStorage.getItem(recordBackup!)).not.toBeNull();
    const { storage: third } = await fresh();
    expect(third.damagedCount()).toBe(0);
  });

  it('sets aside an assessment record without updatedAt (its response has none either)', async () => {
    await seedGood();
    const { updatedAt: _u, ...response } = await validResponse('No date');
    const { updatedAt: _m, ...record } = meta('nodate');
    put('dtc-demo:response:nodate', response);
    put('dtc-demo:assessment:nodate', record);
    const { storage } = await fresh();
    // Sorting by date used to throw here: every page went blank.
    expect(storage.listAssessments().map((a) => a.id)).toEqual(['good']);
    expect(storage.setAsideRecords()).toEqual([
      {
        kind: 'assessment',
        reason: 'invalid',
        name: 'No date',
        keys: [backups('dtc-demo:backup:assessment:nodate:')[0], 'dtc-demo:response:nodate'],
      },
    ]);
    expect(localStorage.getItem('dtc-demo:response:nodate')).not.toBeNull();
  });

  it('keeps the participants that read, sets aside the others with a backup of the workshop', async () => {
    const response = await validResponse('Amina');
    const participant = (id: string, label: string, extra: Record<string, unknown> = {}) => ({
      id,
      addedAt: at(10),
      label,
      source: 'file',
      response: { ...response, label },
      ...extra,
    });
    const { answers: _a, ...noAnswers } = response;
    const { respondent: _r, ...noRespondent } = response;
    const { response: _x, ...noResponse } = participant('p5', 'Eve');
    const workshop = {
      participants: [
        participant('p0', 'Amina'),
        participant('p1', 'Bo', { response: {} }),
        participant('p2', 'Chen', { response: noAnswers }),
        participant('p3', 'Dana', { response: noRespondent }),
        noResponse,
        participant('p6', 'Farid', { response: { ...response, version: 2 } }),
        participant('p7', 'Gael'),
      ],
    };
    put('dtc-demo:workshop', workshop);
    const { storage } = await fresh();
    expect(storage.getWorkshop().participants.map((p) => p.label)).toEqual(['Amina', 'Gael']);
    expect(storage.setAsideRecords().map((r) => [r.kind, r.name, r.reason])).toEqual([
      ['participant', 'Bo', 'invalid'],
      ['participant', 'Chen', 'invalid'],
      ['participant', 'Dana', 'invalid'],
      ['participant', 'Eve', 'invalid'],
      ['participant', 'Farid', 'newer'],
    ]);
    const [backup] = backups('dtc-demo:backup:workshop:');
    expect(JSON.parse(localStorage.getItem(backup!)!)).toEqual(workshop);
    // Stored again with the participants that read: the next visit reads it clean, and still
    // says what was set aside until the visitor hides the message.
    const { storage: again } = await fresh();
    expect(again.getWorkshop().participants.map((p) => p.id)).toEqual(['p0', 'p7']);
    expect(again.damagedCount()).toBe(5);
    again.dismissSetAside();
    const { storage: third } = await fresh();
    expect(third.damagedCount()).toBe(0);
  });

  it('keeps a truncated workshop aside before the next import replaces it, and says so', async () => {
    const { framework } = await fresh();
    const response = await validResponse('Amina');
    const full = JSON.stringify({
      participants: ['p1', 'p2', 'p3'].map((id) => ({
        id,
        addedAt: at(10),
        label: id,
        source: 'file',
        response,
      })),
    });
    const truncated = full.slice(0, Math.floor(full.length * 0.7));
    put('dtc-demo:workshop', truncated);
    const { storage } = await fresh();
    expect(storage.getWorkshop().participants).toEqual([]);
    const [aside] = storage.setAsideRecords();
    expect(aside).toMatchObject({ kind: 'workshop', reason: 'unreadable' });
    expect(localStorage.getItem(aside!.keys[0]!)).toBe(truncated);
    // An import afterwards writes the workshop anew; the three participants stay in the backup.
    const { addParticipants } = await import('./workshop.js');
    const { newResponse } = await import('./data.js');
    addParticipants([
      { response: newResponse({ role: 'school' }, 'New'), label: 'New', source: 'file' },
    ]);
    expect(JSON.parse(localStorage.getItem('dtc-demo:workshop')!).participants).toHaveLength(1);
    expect(localStorage.getItem(aside!.keys[0]!)).toBe(truncated);
    expect(storage.setAsideData()).toEqual({ [aside!.keys[0]!]: truncated });
    void framework;
  });

  it('never replaces a truncated workshop it could not keep aside', async () => {
    put('dtc-demo:workshop', '{"participants":[{"id":"p1"');
    const { storage } = await fresh();
    const setItem = vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(storage.getWorkshop().participants).toEqual([]);
    setItem.mockRestore();
    storage.saveWorkshop({ participants: [] });
    expect(localStorage.getItem('dtc-demo:workshop')).toBe('{"participants":[{"id":"p1"');
    expect(storage.storageProblem()).toBe('quota');
    expect(storage.setAsideRecords()[0]!.keys).toEqual(['dtc-demo:workshop']);
  });

  it('opens a record of store version 99 read-only, and never writes it back', async () => {
    await seedGood();
    const response = await validResponse('From the future');
    const record = meta('future', { version: 99, futureField: { x: 1 } });
    put('dtc-demo:response:future', response);
    put('dtc-demo:assessment:future', record);
    const { storage } = await fresh();
    const future = storage.getAssessment('future')!;
    expect(future.readOnly).toBe(true);
    expect(future.response.label).toBe('From the future');
    expect(storage.readOnlyAssessments().map((a) => a.id)).toEqual(['future']);
    expect(storage.damagedCount()).toBe(0);
    storage.updateAssessment('future', (r) => ({ response: { ...r.response, label: 'Renamed' } }));
    expect(storage.getAssessment('future')!.response.label).toBe('Renamed');
    expect(JSON.parse(localStorage.getItem('dtc-demo:assessment:future')!)).toEqual(record);
    expect(JSON.parse(localStorage.getItem('dtc-demo:response:future')!)).toEqual(response);
  });

  it('opens a response of version 2 read-only, as it was stored', async () => {
    const response = { ...(await validResponse('Newer response')), version: 2, extra: 'kept' };
    put('dtc-demo:response:r2', response);
    put('dtc-demo:assessment:r2', meta('r2'));
    const { storage } = await fresh();
    const record = storage.getAssessment('r2')!;
    expect(record.readOnly).toBe(true);
    expect(Object.keys(record.response.answers)).toHaveLength(2);
    storage.saveAssessment(record);
    expect(JSON.parse(localStorage.getItem('dtc-demo:response:r2')!)).toEqual(response);
    // The questionnaire's store is never asked to load it (it would set it aside).
    expect(backups('dtc-demo:response:r2:backup:')).toEqual([]);
  });

  it('lists a newer record it cannot read, and leaves it where it is', async () => {
    put('dtc-demo:response:r3', { format: 'dtc.response', version: 2, label: 'Other shape' });
    put('dtc-demo:assessment:r3', meta('r3'));
    const { storage } = await fresh();
    expect(storage.listAssessments()).toEqual([]);
    expect(storage.setAsideRecords()).toEqual([
      {
        kind: 'assessment',
        reason: 'newer',
        name: 'Other shape',
        keys: ['dtc-demo:assessment:r3', 'dtc-demo:response:r3'],
      },
    ]);
    expect(localStorage.getItem('dtc-demo:response:r3')).not.toBeNull();
    expect(localStorage.getItem('dtc-demo:assessment:r3')).not.toBeNull();
  });

  it('restores the valid answers of a stored response and lists the ones left out', async () => {
    const { framework } = await fresh();
    const response = await validResponse('Partly');
    const [, q2] = framework.pillars[0]!.components[0]!.questions;
    const stored = {
      ...response,
      answers: { ...response.answers, [q2!.id]: { value: 9, answeredAt: at(9) } },
    };
    put('dtc-demo:response:partly', stored);
    put('dtc-demo:assessment:partly', meta('partly'));
    const { storage } = await fresh();
    expect(Object.keys(storage.getAssessment('partly')!.response.answers)).toHaveLength(1);
    const [aside] = storage.setAsideRecords();
    expect(aside).toMatchObject({ kind: 'answers', name: 'Partly', questions: [q2!.id] });
    expect(JSON.parse(localStorage.getItem(aside!.keys[0]!)!)).toEqual(stored);
  });

  it('sets aside a team that does not read, and reads the others', async () => {
    put('dtc-demo:team:t1', {
      id: 't1',
      name: 'Senegal',
      country: 'SEN',
      members: [],
      createdAt: at(8),
      updatedAt: at(8),
    });
    put('dtc-demo:team:t2', { id: 't2', name: 'Mali', members: 'p1' });
    put('dtc-demo:team:t3', '{"id":"t3","name":"Ni');
    const { storage } = await fresh();
    expect(storage.listTeams().map((t) => t.name)).toEqual(['Senegal']);
    expect(storage.setAsideRecords().map((r) => [r.kind, r.name, r.reason])).toEqual([
      ['team', 'Mali', 'invalid'],
      ['team', undefined, 'unreadable'],
    ]);
  });

  it('sets aside a record whose label is megabytes long, quickly, without reading it as a name', async () => {
    await seedGood();
    const label = 'x'.repeat(4_960_000);
    put('dtc-demo:response:long', { ...(await validResponse('')), label });
    put('dtc-demo:assessment:long', meta('long'));
    const started = performance.now();
    const { storage } = await fresh();
    expect(storage.listAssessments().map((a) => a.id)).toEqual(['good']);
    expect(storage.setAsideRecords()).toMatchObject([{ kind: 'assessment', name: undefined }]);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('storage full or disabled', () => {
  it('starts an assessment in memory when storage is full, and names the cause', async () => {
    // A window, to hear another tab's change (the `storage` event).
    const win = new EventTarget();
    vi.stubGlobal('window', win);
    const { storage } = await fresh();
    const { newResponse } = await import('./data.js');
    const setItem = vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(storage.storageStatus()).toBe('quota');
    const record = storage.createAssessment(newResponse({ role: 'school' }, 'In memory'));
    expect(storage.currentAssessment()!.id).toBe(record.id);
    expect(storage.storageProblem()).toBe('quota');
    storage.updateAssessment(record.id, (r) => ({ response: { ...r.response, label: 'Still' } }));
    expect(storage.currentAssessment()!.response.label).toBe('Still');
    // Another tab's change does not drop what is only in memory.
    win.dispatchEvent(Object.assign(new Event('storage'), { key: 'dtc-demo:prefs' }));
    expect(storage.getAssessment(record.id)!.response.label).toBe('Still');
    // Room again: the next change stores everything, and the problem is gone.
    setItem.mockRestore();
    storage.updateAssessment(record.id, (r) => ({ section: 'all', response: r.response }));
    expect(storage.storageProblem()).toBeNull();
    expect(JSON.parse(localStorage.getItem(`dtc-demo:response:${record.id}`)!).label).toBe('Still');
  });

  it('says storage is unavailable, not full, when the browser blocks it', async () => {
    vi.stubGlobal('localStorage', undefined);
    const { storage } = await fresh();
    const { newResponse } = await import('./data.js');
    expect(storage.storageStatus()).toBe('unavailable');
    const record = storage.createAssessment(newResponse({ role: 'school' }, 'Blocked'));
    expect(storage.listAssessments().map((a) => a.id)).toEqual([record.id]);
    expect(storage.storageProblem()).toBe('unavailable');
  });
});
