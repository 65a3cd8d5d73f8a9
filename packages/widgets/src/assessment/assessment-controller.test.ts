import type { Framework } from '@dtc/schema';
import { scoreResponse } from '@dtc/scoring';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { describe, expect, it } from 'vitest';
import { miniFramework } from '../../test/fixtures.js';
import { emptyResponse, setAnswer } from '../shared/model/response-model.js';
import type { ResponseStore, StoredResponse, StoreLoad } from '../shared/model/store.js';
import { AssessmentController, type LifecycleEvents } from './assessment-controller.js';

/** A host with no element: counts update requests and connects its controllers. */
class Host implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  updates = 0;
  readonly updateComplete = Promise.resolve(true);
  addController(c: ReactiveController): void {
    this.controllers.push(c);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updates++;
  }
  connect(): void {
    for (const c of this.controllers) c.hostConnected?.();
  }
}

/** A store in memory, answering synchronously or with promises; `push` plays another tab. */
class MemoryStore implements ResponseStore {
  saved: StoredResponse[] = [];
  refuse = false;
  private listener: ((e: StoredResponse) => void) | undefined;
  constructor(
    private initial: StoreLoad = { status: 'empty' },
    private readonly async = false,
  ) {}
  load(): StoreLoad | Promise<StoreLoad> {
    return this.async ? Promise.resolve(this.initial) : this.initial;
  }
  save(entry: StoredResponse): boolean | Promise<boolean> {
    if (!this.refuse) this.saved.push(entry);
    return this.async ? Promise.resolve(!this.refuse) : !this.refuse;
  }
  subscribe(listener: (e: StoredResponse) => void): () => void {
    this.listener = listener;
    return () => (this.listener = undefined);
  }
  clear(): void {
    this.initial = { status: 'empty' };
  }
  push(entry: StoredResponse): void {
    this.listener?.(entry);
  }
}

function setup(store?: ResponseStore, framework: Framework = miniFramework) {
  const host = new Host();
  const events: { [K in keyof LifecycleEvents]: Parameters<LifecycleEvents[K]>[0][] } = {
    change: [],
    migrated: [],
    sectionComplete: [],
    complete: [],
  };
  const c = new AssessmentController(host, {
    change: (d) => events.change.push(d),
    migrated: (d) => events.migrated.push(d),
    sectionComplete: (d) => events.sectionComplete.push(d),
    complete: (d) => events.complete.push(d),
  });
  host.connect();
  c.configure(framework, undefined, store);
  return { host, c, events };
}

describe('AssessmentController (no element)', () => {
  it('starts an empty response with one step per component and the review after them', () => {
    const { c } = setup();
    expect(c.steps.map((s) => s.component.id)).toEqual([
      'strategy',
      'governance',
      'internet',
      'emis',
    ]);
    expect(c.step).toBe(0);
    expect(c.response!.answers).toEqual({});
  });

  it('resumes what the store holds at its first unanswered step, synchronously or not', async () => {
    let saved = emptyResponse(miniFramework);
    saved = setAnswer(saved, 'strategy-status', { value: 2 });
    saved = setAnswer(saved, 'strategy-budget', { value: 3 });
    const restored: StoreLoad = { status: 'restored', response: saved, drafts: { country: 'SE' } };
    const sync = setup(new MemoryStore(restored)).c;
    expect(sync.response).toBe(saved);
    expect(sync.step).toBe(1);
    expect(sync.country).toBe('SE');

    const later = setup(new MemoryStore(restored, true));
    expect(later.c.response).toBeUndefined();
    await Promise.resolve();
    expect(later.c.response).toBe(saved);
    later.c.configure(miniFramework, undefined, undefined); // the host's next update
    expect(later.c.step).toBe(1);
  });

  it('takes a response from the host as an initial value, and its own back as nothing new', () => {
    const store = new MemoryStore();
    const { c } = setup(store);
    const given = setAnswer(emptyResponse(miniFramework), 'strategy-status', { value: 1 });
    c.adopt(given);
    c.configure(miniFramework, undefined, store);
    expect(c.response).toBe(given);
    expect(store.saved.at(-1)!.response).toBe(given);
    c.moveTo(2);
    c.adopt(c.response);
    c.configure(miniFramework, undefined, store);
    expect(c.step).toBe(2);
  });

  it('stores every answer and draft and reports each as one change', () => {
    const store = new MemoryStore();
    const { c, events } = setup(store);
    c.answer('strategy-status', { value: 2, evidence: undefined }, 'ministry intranet');
    expect(events.change).toHaveLength(1);
    expect(events.change[0]).toMatchObject({
      source: 'respondent',
      drafts: { 'evidence:strategy-status': 'ministry intranet' },
    });
    expect(events.change[0]!.response.answers['strategy-status']!.value).toBe(2);
    expect(store.saved.at(-1)).toEqual({
      response: c.response,
      drafts: { 'evidence:strategy-status': 'ministry intranet' },
    });
    c.typeCountry('se');
    expect(c.drafts).toMatchObject({ country: 'SE' });
    c.typeCountry('SEN');
    expect(c.response!.respondent.country).toBe('SEN');
    expect(c.drafts['country']).toBeUndefined();
  });

  it('says so when the store refuses a write, and keeps everything in memory', async () => {
    const store = new MemoryStore(undefined, true);
    store.refuse = true;
    const { c } = setup(store);
    await Promise.resolve();
    c.answer('strategy-status', { value: 3 });
    await Promise.resolve();
    expect(c.note).toEqual({ kind: 'unavailable' });
    expect(c.response!.answers['strategy-status']!.value).toBe(3);
    store.refuse = false;
    c.answer('strategy-budget', { value: 1 });
    await Promise.resolve();
    expect(c.note).toBeUndefined();
  });

  it('reports a pillar complete when moving on from its last part, and only then', () => {
    const { c, events } = setup();
    c.moveTo(1);
    expect(events.sectionComplete).toEqual([]);
    c.moveTo(2);
    expect(events.sectionComplete.map((e) => e.pillarId)).toEqual(['coordination-leadership']);
    c.moveTo(0);
    expect(events.sectionComplete).toHaveLength(1);
  });

  it('requires the role before submitting, then scores with @dtc/scoring', async () => {
    const { c, events } = setup();
    c.answer('strategy-status', { value: 2 });
    expect(c.respondentProblems()).toEqual(['role']);
    expect(await c.submit()).toBeNull();
    expect(events.complete).toEqual([]);
    c.chooseRole('other');
    expect(c.respondentProblems()).toEqual(['roleDetail']);
    c.setRespondent({ roleDetail: 'Teachers’ union' });
    c.typeCountry('SE');
    expect(c.respondentProblems()).toEqual(['country']);
    c.typeCountry('');
    const result = await c.submit();
    expect(c.done).toBe(true);
    const { response } = events.complete[0]!;
    expect(response.completedAt).toBeDefined();
    expect(result).toEqual(scoreResponse(miniFramework, response));
    expect(events.complete[0]!.result).toBe(result);
  });

  it('leaves the respondent to the host when it asks them itself', async () => {
    const { c, events } = setup();
    c.askRespondent = false;
    expect(c.respondentProblems()).toEqual([]);
    expect(await c.submit()).not.toBeNull();
    expect(events.complete).toHaveLength(1);
  });

  it('merges a change from another tab: newest answer wins, the other kept, merge saved back', () => {
    const store = new MemoryStore();
    const { c, events } = setup(store);
    const base = c.response!;
    c.answer('strategy-status', { value: 1 });
    const theirs = setAnswer(
      setAnswer(base, 'strategy-budget', { value: 4 }, { now: '2999-01-01T00:00:00.000Z' }),
      'strategy-status',
      { value: 3 },
      { now: '2999-01-01T00:00:00.000Z' },
    );
    store.push({ response: theirs, drafts: {} });
    expect(c.response!.answers['strategy-status']!.value).toBe(3);
    expect(c.response!.answers['strategy-budget']!.value).toBe(4);
    expect(c.response!.history.map((h) => [h.questionId, h.answer.value])).toEqual([
      ['strategy-status', 1],
    ]);
    expect(events.change.at(-1)!.source).toBe('store');
    expect(store.saved.at(-1)!.response).toBe(c.response);
    // Their copy with nothing to add from here is taken as is, and not saved back.
    const count = store.saved.length;
    const newer = setAnswer(
      c.response!,
      'governance-body',
      { value: 1 },
      { now: '2999-01-02T00:00:00.000Z' },
    );
    store.push({ response: newer, drafts: {} });
    expect(c.response).toBe(newer);
    expect(store.saved).toHaveLength(count);
  });
});
