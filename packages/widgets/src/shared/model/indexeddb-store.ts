import { parseResponse, type Framework } from '@dtc/schema';
import type { IDBPDatabase } from 'idb';
import {
  backupKeyFor,
  restoreResponse,
  readDrafts,
  setAsideReason,
  type ResponseStore,
  type StoredResponse,
  type StoreLoad,
} from './store.js';

const TABLE = 'responses';

/** What one record holds: the response as written (unparsed on read) and its drafts. */
interface Row {
  response: unknown;
  drafts?: unknown;
}

/** One connection per database name, shared by every store of the page. */
const connections = new Map<string, Promise<IDBPDatabase>>();

function open(name: string): Promise<IDBPDatabase> {
  let db = connections.get(name);
  if (!db) {
    // `idb` is loaded with the first store that opens, never by a page that has none.
    db = import('idb').then(({ openDB }) =>
      openDB(name, 1, { upgrade: (d) => void d.createObjectStore(TABLE) }),
    );
    db.catch(() => connections.delete(name));
    connections.set(name, db);
  }
  return db;
}

/**
 * Keeps responses in IndexedDB, one record per key in the `responses` table of `database`
 * (default `dtc-widgets`): for hosts that keep many assessments, beyond what localStorage
 * holds. Writes are asynchronous. Other tabs hear of each write through a `BroadcastChannel`
 * named after the database, and read the record again. Never throws, like every store.
 */
export class IndexedDbStore implements ResponseStore {
  readonly database: string;
  private framework: Framework | undefined;
  private locked = false;
  private broadcast: BroadcastChannel | undefined;

  constructor(
    readonly key: string,
    options: { database?: string } = {},
  ) {
    this.database = options.database ?? 'dtc-widgets';
  }

  async load(framework: Framework): Promise<StoreLoad> {
    this.framework = framework;
    let db: IDBPDatabase;
    let row: Row | undefined;
    try {
      db = await open(this.database);
      row = (await db.get(TABLE, this.key)) as Row | undefined;
    } catch {
      return { status: 'unavailable' };
    }
    if (row === undefined) return { status: 'empty' };
    const parsed = restoreResponse(row.response, framework);
    const backupKey = backupKeyFor(this.key);
    if (parsed.ok) {
      const { response, questions } = parsed;
      const drafts = readDrafts(row.drafts);
      if (!questions.length) return { status: 'restored', response, drafts };
      // Some answers were left out: the row as it was stays aside before any save replaces it.
      try {
        await db.put(TABLE, row, backupKey);
      } catch {
        this.locked = true;
        return { status: 'unavailable' };
      }
      return { status: 'restored', response, drafts, setAside: { backupKey, questions } };
    }
    try {
      const tx = db.transaction(TABLE, 'readwrite');
      await Promise.all([tx.store.put(row, backupKey), tx.store.delete(this.key), tx.done]);
    } catch {
      this.locked = true;
      return { status: 'unavailable' };
    }
    return { status: 'set-aside', backupKey, reason: setAsideReason(parsed.issues) };
  }

  async save({ response, drafts }: StoredResponse): Promise<boolean> {
    if (this.locked) return false;
    try {
      const db = await open(this.database);
      const row: Row = { response, drafts };
      await db.put(TABLE, row, this.key);
    } catch {
      return false;
    }
    this.announce();
    return true;
  }

  subscribe(listener: (entry: StoredResponse) => void): () => void {
    const channel = this.channel();
    if (!channel) return () => {};
    const onMessage = async (e: MessageEvent<{ key?: unknown }>): Promise<void> => {
      if (e.data?.key !== this.key || !this.framework) return;
      try {
        const row = (await (await open(this.database)).get(TABLE, this.key)) as Row | undefined;
        const parsed = row && parseResponse(row.response, this.framework);
        if (row && parsed?.ok) listener({ response: parsed.value, drafts: readDrafts(row.drafts) });
      } catch {
        // Unreadable now: the next change will be read again.
      }
    };
    channel.addEventListener('message', onMessage);
    return () => channel.removeEventListener('message', onMessage);
  }

  async clear(): Promise<void> {
    if (this.locked) return;
    try {
      await (await open(this.database)).delete(TABLE, this.key);
    } catch {
      // Nothing to clear when storage is unavailable.
    }
  }

  /**
   * This store's channel, for sending and hearing alike: a channel never hears its own
   * messages, so a store is not told of its own writes, and two stores on one page behave
   * as two tabs.
   */
  private channel(): BroadcastChannel | undefined {
    if (typeof BroadcastChannel === 'undefined') return undefined;
    this.broadcast ??= new BroadcastChannel(`dtc-store:${this.database}`);
    return this.broadcast;
  }

  /** Tells the other tabs that the record changed. */
  private announce(): void {
    this.channel()?.postMessage({ key: this.key });
  }
}
