import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { miniFramework } from '../../../test/fixtures.js';
import { until } from '../../../test/helpers.js';
import { IndexedDbStore } from './indexeddb-store.js';
import { emptyResponse, setAnswer } from './response-model.js';
import type { StoredResponse } from './store.js';

let n = 0;
/** A database of its own for each test. */
const database = (): string => `dtc-test-${Date.now()}-${n++}`;

describe('IndexedDbStore', () => {
  afterEach(() => vi.restoreAllMocks());

  it('saves and restores a response with its drafts, one record per key', async () => {
    const db = database();
    const store = new IndexedDbStore('a', { database: db });
    expect(await store.load(miniFramework)).toEqual({ status: 'empty' });
    const r = setAnswer(emptyResponse(miniFramework), 'emis-coverage', { value: 3 });
    expect(await store.save({ response: r, drafts: { country: 'SE' } })).toBe(true);
    expect(await new IndexedDbStore('a', { database: db }).load(miniFramework)).toEqual({
      status: 'restored',
      response: r,
      drafts: { country: 'SE' },
    });
    expect(await new IndexedDbStore('b', { database: db }).load(miniFramework)).toEqual({
      status: 'empty',
    });
    await store.clear();
    expect(await store.load(miniFramework)).toEqual({ status: 'empty' });
  });

  it('sets corrupt data aside under a backup key, and data of another version', async () => {
    const db = database();
    const raw = await openDB(db, 1, { upgrade: (d) => void d.createObjectStore('responses') });
    await raw.put('responses', { response: { format: 'dtc.resp' } }, 'a');
    await raw.put('responses', { response: { ...emptyResponse(miniFramework), version: 9 } }, 'b');
    const loaded = await new IndexedDbStore('a', { database: db }).load(miniFramework);
    expect(loaded).toMatchObject({ status: 'set-aside', reason: 'invalid' });
    const backupKey = (loaded as { backupKey: string }).backupKey;
    expect(backupKey.startsWith('a:backup:')).toBe(true);
    expect(await raw.get('responses', backupKey)).toEqual({ response: { format: 'dtc.resp' } });
    expect(await raw.get('responses', 'a')).toBeUndefined();
    expect(await new IndexedDbStore('b', { database: db }).load(miniFramework)).toMatchObject({
      status: 'set-aside',
      reason: 'version',
    });
    raw.close();
  });

  it('reports an unavailable IndexedDB and never throws', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const store = new IndexedDbStore('a', { database: database() });
    expect(await store.load(miniFramework)).toEqual({ status: 'unavailable' });
    expect(await store.save({ response: emptyResponse(miniFramework), drafts: {} })).toBe(false);
    await expect(store.clear()).resolves.toBeUndefined();
  });

  it("hears another tab's writes (BroadcastChannel), never its own", async () => {
    const db = database();
    const here = new IndexedDbStore('a', { database: db });
    const there = new IndexedDbStore('a', { database: db });
    const elsewhere = new IndexedDbStore('b', { database: db });
    await here.load(miniFramework);
    const heard: StoredResponse[] = [];
    const stop = here.subscribe((e) => heard.push(e));
    const mine = setAnswer(emptyResponse(miniFramework), 'emis-coverage', { value: 1 });
    await here.save({ response: mine, drafts: {} });
    await elsewhere.save({ response: mine, drafts: {} });
    const theirs = setAnswer(mine, 'strategy-status', { value: 2 });
    await there.save({ response: theirs, drafts: { country: 'SE' } });
    await until(() => heard.length > 0);
    expect(heard).toEqual([{ response: theirs, drafts: { country: 'SE' } }]);
    stop();
    await there.save({ response: mine, drafts: {} });
    await new Promise((r) => setTimeout(r, 50));
    expect(heard).toHaveLength(1);
  });
});
