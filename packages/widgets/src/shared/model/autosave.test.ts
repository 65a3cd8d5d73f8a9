import { afterEach, describe, expect, it, vi } from 'vitest';
import { miniFramework } from '../../../test/fixtures.js';
import { Autosave, storageKeyFor } from './autosave.js';
import { emptyResponse, setAnswer } from './response-model.js';

const key = storageKeyFor('mini');

describe('storage', () => {
  afterEach(() => vi.restoreAllMocks());

  it('saves and restores a response', () => {
    const store = new Autosave(key);
    expect(store.load(miniFramework)).toEqual({ status: 'empty' });
    const r = setAnswer(emptyResponse(miniFramework), 'emis-coverage', { value: 3 });
    expect(store.save(r)).toBe(true);
    expect(new Autosave(key).load(miniFramework)).toEqual({ status: 'restored', response: r });
    store.clear();
    expect(localStorage.getItem(key)).toBeNull();
  });

  it('keeps drafts beside the response, reads unreadable drafts as none, and clears both', () => {
    const store = new Autosave(key);
    expect(store.loadDrafts()).toEqual({});
    expect(store.saveDrafts({ country: 'SE', 'evidence:q1': 'intranet' })).toBe(true);
    expect(new Autosave(key).loadDrafts()).toEqual({ country: 'SE', 'evidence:q1': 'intranet' });
    store.saveDrafts({});
    expect(localStorage.getItem(`${key}:drafts`)).toBeNull();
    for (const raw of ['{"country": "S', '[1]', 'null', '{"country": 3, "role": "other"}']) {
      localStorage.setItem(`${key}:drafts`, raw);
      expect(store.loadDrafts()).toEqual(raw.includes('role') ? { role: 'other' } : {});
    }
    store.save(emptyResponse(miniFramework));
    store.clear();
    expect(localStorage.getItem(key)).toBeNull();
    expect(localStorage.getItem(`${key}:drafts`)).toBeNull();
  });

  it('sets corrupt data aside under a backup key', () => {
    localStorage.setItem(key, '{"format": "dtc.resp');
    const loaded = new Autosave(key).load(miniFramework);
    expect(loaded).toMatchObject({ status: 'set-aside', reason: 'invalid' });
    const backupKey = (loaded as { backupKey: string }).backupKey;
    expect(backupKey.startsWith(`${key}:backup:`)).toBe(true);
    expect(localStorage.getItem(backupKey)).toBe('{"format": "dtc.resp');
    expect(localStorage.getItem(key)).toBeNull();
  });

  it('sets aside a response of an unknown format version', () => {
    localStorage.setItem(key, JSON.stringify({ ...emptyResponse(miniFramework), version: 9 }));
    expect(new Autosave(key).load(miniFramework)).toMatchObject({
      status: 'set-aside',
      reason: 'version',
    });
  });

  it('reports unavailable storage and never throws', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const store = new Autosave(key);
    expect(store.save(emptyResponse(miniFramework))).toBe(false);
    expect(store.ok).toBe(false);
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
    const store = new Autosave(key);
    expect(store.load(miniFramework)).toEqual({ status: 'unavailable' });
    vi.restoreAllMocks();
    expect(store.save(emptyResponse(miniFramework))).toBe(false);
    expect(localStorage.getItem(key)).toBe('garbage');
  });
});
