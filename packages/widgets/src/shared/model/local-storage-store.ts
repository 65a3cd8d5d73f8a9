import { parseResponse, type Framework } from '@dtc/schema';
import {
  backupKeyFor,
  readDrafts,
  restoreResponse,
  setAsideReason,
  type ResponseStore,
  type StoredResponse,
  type StoreLoad,
} from './store.js';

/**
 * Keeps a response in `localStorage` under one key, as the response JSON itself (so it can be
 * exported as is), and its drafts under `<key>:drafts`. Writes are synchronous on every change,
 * so a reload or a crash loses nothing. Never throws: an unavailable storage is reported, and
 * the caller keeps working in memory. Another tab's writes arrive through the `storage` event.
 */
export class LocalStorageStore implements ResponseStore {
  /** Set when unusable data could not be moved aside: it must then never be overwritten. */
  private locked = false;
  private framework: Framework | undefined;

  constructor(readonly key: string) {}

  load(framework: Framework): StoreLoad {
    this.framework = framework;
    let raw: string | null;
    try {
      raw = localStorage.getItem(this.key);
    } catch {
      return { status: 'unavailable' };
    }
    if (raw === null) return { status: 'empty' };
    const parsed = restoreResponse(raw, framework);
    const backupKey = backupKeyFor(this.key);
    if (parsed.ok) {
      const { response, questions } = parsed;
      if (!questions.length) return { status: 'restored', response, drafts: this.drafts() };
      // Some answers were left out: the copy as it was stays aside before any save replaces it.
      try {
        localStorage.setItem(backupKey, raw);
      } catch {
        this.locked = true;
        return { status: 'unavailable' };
      }
      const setAside = { backupKey, questions };
      return { status: 'restored', response, drafts: this.drafts(), setAside };
    }
    try {
      localStorage.setItem(backupKey, raw);
      localStorage.removeItem(this.key);
    } catch {
      // No room to move it aside: leave it where it is and never overwrite it.
      this.locked = true;
      return { status: 'unavailable' };
    }
    return { status: 'set-aside', backupKey, reason: setAsideReason(parsed.issues) };
  }

  save({ response, drafts }: StoredResponse): boolean {
    if (this.locked) return false;
    try {
      localStorage.setItem(this.key, JSON.stringify(response));
      if (Object.keys(drafts).length) localStorage.setItem(this.draftsKey, JSON.stringify(drafts));
      else localStorage.removeItem(this.draftsKey);
      return true;
    } catch {
      return false;
    }
  }

  subscribe(listener: (entry: StoredResponse) => void): () => void {
    const onStorage = (e: StorageEvent): void => {
      if (e.storageArea !== localStorage || !this.framework || e.newValue === null) return;
      if (e.key !== this.key && e.key !== this.draftsKey) return;
      let raw: string | null;
      try {
        raw = e.key === this.key ? e.newValue : localStorage.getItem(this.key);
      } catch {
        return;
      }
      const parsed = raw === null ? null : parseResponse(raw, this.framework);
      if (parsed?.ok) listener({ response: parsed.value, drafts: this.drafts() });
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }

  clear(): void {
    try {
      if (this.locked) return;
      localStorage.removeItem(this.key);
      localStorage.removeItem(this.draftsKey);
    } catch {
      // Nothing to clear when storage is unavailable.
    }
  }

  /** The drafts kept beside the response; anything unreadable there reads as none. */
  private drafts(): StoredResponse['drafts'] {
    try {
      const raw = localStorage.getItem(this.draftsKey);
      return readDrafts(raw === null ? null : JSON.parse(raw));
    } catch {
      return {};
    }
  }

  private get draftsKey(): string {
    return `${this.key}:drafts`;
  }
}
