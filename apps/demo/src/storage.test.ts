import { responseAtRound, historyRounds } from '@dtc/scoring';
import { beforeEach, describe, expect, it, vi } from 'vitest';

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
