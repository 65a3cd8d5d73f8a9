import { afterEach, describe, expect, it, vi } from 'vitest';
import { miniFramework } from '../../../test/fixtures.js';
import { LocalStorageStore } from './local-storage-store.js';
import { emptyResponse, setAnswer } from './response-model.js';
import { storageKeyFor, type StoredResponse } from './store.js';

const key = storageKeyFor('mini');

/** What another tab's write looks like to this page: a `storage` event on `window`. */
function fromAnotherTab(k: string, value: string): void {
  const oldValue = localStorage.getItem(k);
  localStorage.setItem(k, value);
  window.dispatchEvent(
    new StorageEvent('storage', { key: k, oldValue, newValue: value, storageArea: localStorage }),
  );
}

describe('LocalStorageStore', () => {
  afterEach(() => vi.restoreAllMocks());

  it('saves and restores a response with its drafts', () => {
    const store = new LocalStorageStore(key);
    expect(store.load(miniFramework)).toEqual({ status: 'empty' });
    const r = setAnswer(emptyResponse(miniFramework), 'emis-coverage', { value: 3 });
    expect(store.save({ response: r, drafts: { country: 'SE' } })).toBe(true);
    expect(JSON.parse(localStorage.getItem(key)!)).toEqual(r);
    expect(new LocalStorageStore(key).load(miniFramework)).toEqual({
      status: 'restored',
      response: r,
      drafts: { country: 'SE' },
    });
    store.clear();
    expect(localStorage.getItem(key)).toBeNull();
    expect(localStorage.getItem(`${key}:drafts`)).toBeNull();
  });

  it('keeps drafts beside the response and reads unreadable drafts as none', () => {
    const store = new LocalStorageStore(key);
    const response = emptyResponse(miniFramework);
    store.save({ response, drafts: { country: 'SE', 'evidence:q1': 'intranet' } });
    expect(JSON.parse(localStorage.getItem(`${key}:drafts`)!)).toEqual({
      country: 'SE',
      'evidence:q1': 'intranet',
    });
    store.save({ response, drafts: {} });
    expect(localStorage.getItem(`${key}:drafts`)).toBeNull();
    for (const raw of ['{"country": "S', '[1]', 'null', '{"country": 3, "role": "other"}']) {
      localStorage.setItem(`${key}:drafts`, raw);
      const loaded = store.load(miniFramework);
      expect(loaded).toMatchObject({ drafts: raw.includes('role') ? { role: 'other' } : {} });
    }
  });

  it('sets corrupt data aside under a backup key', () => {
    localStorage.setItem(key, '{"format": "dtc.resp');
    const loaded = new LocalStorageStore(key).load(miniFramework);
    expect(loaded).toMatchObject({ status: 'set-aside', reason: 'invalid' });
    const backupKey = (loaded as { backupKey: string }).backupKey;
    expect(backupKey.startsWith(`${key}:backup:`)).toBe(true);
    expect(localStorage.getItem(backupKey)).toBe('{"format": "dtc.resp');
    expect(localStorage.getItem(key)).toBeNull();
  });

  it('sets aside a response of an unknown format version', () => {
    localStorage.setItem(key, JSON.stringify({ ...emptyResponse(miniFramework), version: 9 }));
    expect(new LocalStorageStore(key).load(miniFramework)).toMatchObject({
      status: 'set-aside',
      reason: 'version',
    });
  });

  it('restores a response made with another version of the framework as it was written', () => {
    // An answer to a question this version no longer has: invalid here, yet kept whole, for
    // the questionnaire to carry to this version (or to leave alone).
    const earlier = {
      ...emptyResponse(miniFramework),
      framework: { id: 'mini', version: '0.9.0' },
      answers: { 'gone-question': { value: 2, answeredAt: '2026-03-25T09:30:00.000Z' } },
    };
    localStorage.setItem(key, JSON.stringify(earlier));
    expect(new LocalStorageStore(key).load(miniFramework)).toEqual({
      status: 'restored',
      response: earlier,
      drafts: {},
    });
    // The same answer naming this version is not valid: it is set aside, the rest restored.
    const current = { ...earlier, framework: { id: 'mini', version: miniFramework.version } };
    localStorage.setItem(key, JSON.stringify(current));
    expect(new LocalStorageStore(key).load(miniFramework)).toMatchObject({
      status: 'restored',
      response: { ...current, answers: {} },
      setAside: { questions: ['gone-question'] },
    });
  });

  it('restores the valid answers and sets aside only the invalid ones, keeping the copy as it was', () => {
    let r = emptyResponse(miniFramework);
    const given: [string, number | string][] = [
      ['strategy-status', 2],
      ['strategy-budget', 3],
      ['governance-body', 'committee'],
      ['governance-meets', 'yes'],
      ['internet-schools', 1],
      ['emis-coverage', 4],
    ];
    for (const [id, value] of given) r = setAnswer(r, id, { value });
    // One answer no longer valid (a level the question does not offer), and a round's entry
    // for a question this framework does not have.
    const stored = {
      ...r,
      answers: { ...r.answers, 'strategy-budget': { value: 9, answeredAt: r.updatedAt } },
      history: [
        {
          questionId: 'gone',
          answer: { value: 1, answeredAt: r.updatedAt },
          replacedAt: r.updatedAt,
        },
      ],
    };
    const raw = JSON.stringify(stored);
    localStorage.setItem(key, raw);
    const store = new LocalStorageStore(key);
    const loaded = store.load(miniFramework);
    if (loaded.status !== 'restored') throw new Error(loaded.status);
    expect(Object.keys(loaded.response.answers).sort()).toEqual(
      given
        .map(([id]) => id)
        .filter((id) => id !== 'strategy-budget')
        .sort(),
    );
    expect(loaded.response.history).toEqual([]);
    expect(loaded.setAside!.questions).toEqual(['strategy-budget', 'gone']);
    const backupKey = loaded.setAside!.backupKey;
    expect(backupKey.startsWith(`${key}:backup:`)).toBe(true);
    expect(localStorage.getItem(backupKey)).toBe(raw);
    // Nothing is rewritten until the next save.
    expect(localStorage.getItem(key)).toBe(raw);
    expect(store.save({ response: loaded.response, drafts: {} })).toBe(true);
    expect(localStorage.getItem(backupKey)).toBe(raw);
  });

  it('decodes the stored text once, however many reads it takes', () => {
    const r = setAnswer(emptyResponse(miniFramework), 'strategy-status', { value: 2 });
    const stored = {
      valid: r,
      'another version': { ...r, framework: { id: 'mini', version: '0.9.0' } },
      'one bad answer': {
        ...r,
        answers: { ...r.answers, 'strategy-budget': { value: 9, answeredAt: r.updatedAt } },
      },
      'no respondent': { ...r, respondent: undefined },
    };
    const decode = vi.spyOn(JSON, 'parse');
    for (const [name, value] of Object.entries(stored)) {
      localStorage.setItem(key, JSON.stringify(value));
      decode.mockClear();
      const status = new LocalStorageStore(key).load(miniFramework).status;
      expect([name, status, decode.mock.calls.length]).toEqual([
        name,
        name === 'no respondent' ? 'set-aside' : 'restored',
        1,
      ]);
    }
  });

  it('still sets aside a response whose damage is not in its answers alone', () => {
    const { respondent: _r, ...noRespondent } = setAnswer(
      emptyResponse(miniFramework),
      'strategy-budget',
      { value: 9 } as never,
    );
    localStorage.setItem(key, JSON.stringify(noRespondent));
    expect(new LocalStorageStore(key).load(miniFramework)).toMatchObject({
      status: 'set-aside',
      reason: 'invalid',
    });
  });

  it('never overwrites a response whose invalid answers it could not set aside', () => {
    const r = setAnswer(emptyResponse(miniFramework), 'strategy-status', { value: 2 });
    const raw = JSON.stringify({
      ...r,
      answers: { ...r.answers, 'strategy-budget': { value: 9, answeredAt: r.updatedAt } },
    });
    localStorage.setItem(key, raw);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const store = new LocalStorageStore(key);
    expect(store.load(miniFramework)).toEqual({ status: 'unavailable' });
    vi.restoreAllMocks();
    expect(store.save({ response: r, drafts: {} })).toBe(false);
    expect(localStorage.getItem(key)).toBe(raw);
  });

  it('reports a full or unavailable storage and never throws', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const store = new LocalStorageStore(key);
    expect(store.save({ response: emptyResponse(miniFramework), drafts: {} })).toBe(false);
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(store.load(miniFramework)).toEqual({ status: 'unavailable' });
  });

  it('never overwrites corrupt data it could not move aside', () => {
    localStorage.setItem(key, 'garbage');
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const store = new LocalStorageStore(key);
    expect(store.load(miniFramework)).toEqual({ status: 'unavailable' });
    vi.restoreAllMocks();
    expect(store.save({ response: emptyResponse(miniFramework), drafts: {} })).toBe(false);
    expect(localStorage.getItem(key)).toBe('garbage');
  });

  it("hears another tab's writes to its key (storage event), parsed, and stops when asked", () => {
    const here = new LocalStorageStore(key);
    here.load(miniFramework);
    const heard: StoredResponse[] = [];
    const stop = here.subscribe((e) => heard.push(e));
    const theirs = setAnswer(emptyResponse(miniFramework), 'emis-coverage', { value: 2 });
    fromAnotherTab(key, '{"not": "a response"}');
    fromAnotherTab(key, JSON.stringify(theirs));
    fromAnotherTab('another-key', JSON.stringify(theirs));
    expect(heard).toEqual([{ response: theirs, drafts: {} }]);
    fromAnotherTab(`${key}:drafts`, JSON.stringify({ country: 'SE' }));
    expect(heard.at(-1)).toEqual({ response: theirs, drafts: { country: 'SE' } });
    stop();
    fromAnotherTab(key, JSON.stringify(theirs));
    expect(heard).toHaveLength(2);
  });
});
