import { parseResponse, type Framework, type Response } from '@dtc/schema';

/** What {@link Autosave.load} found under its key. */
export type AutosaveLoad =
  | { status: 'empty' }
  | { status: 'restored'; response: Response }
  /** Stored data was unreadable or from another format version; it now sits under `backupKey`. */
  | { status: 'set-aside'; backupKey: string; reason: 'version' | 'invalid' }
  /** localStorage cannot be read or written (private mode, quota, blocked by the page). */
  | { status: 'unavailable' };

/** Text of fields that is not valid yet, by field id. */
export type Drafts = Readonly<Record<string, string>>;

/** The default key for a framework: `dtc-assessment:<framework id>`. */
export const storageKeyFor = (frameworkId: string): string => `dtc-assessment:${frameworkId}`;

/**
 * Keeps a response in `localStorage` under one key, as the response JSON itself (so it can be
 * exported as is). Writes are synchronous on every change, so a reload or a crash loses nothing.
 * Never throws: an unavailable storage is reported, and the caller keeps working in memory.
 */
export class Autosave {
  /** False once storage refused a write (or we must not overwrite what is there). */
  ok = true;
  private locked = false;

  constructor(readonly key: string) {}

  /** Reads the saved response, setting aside (never deleting) what cannot be used. */
  load(framework: Framework): AutosaveLoad {
    let raw: string | null;
    try {
      raw = localStorage.getItem(this.key);
    } catch {
      this.ok = false;
      return { status: 'unavailable' };
    }
    if (raw === null) return { status: 'empty' };
    const parsed = parseResponse(raw, framework);
    if (parsed.ok) return { status: 'restored', response: parsed.value };
    const backupKey = `${this.key}:backup:${new Date().toISOString()}`;
    try {
      localStorage.setItem(backupKey, raw);
      localStorage.removeItem(this.key);
    } catch {
      // No room to move it aside: leave it where it is and never overwrite it.
      this.ok = false;
      this.locked = true;
      return { status: 'unavailable' };
    }
    const version = parsed.issues.some((i) => i.code === 'unsupported-version');
    return { status: 'set-aside', backupKey, reason: version ? 'version' : 'invalid' };
  }

  /** Writes the response; returns false (and sets `ok` false) when storage refuses it. */
  save(response: Response): boolean {
    if (this.locked) return false;
    try {
      localStorage.setItem(this.key, JSON.stringify(response));
      return (this.ok = true);
    } catch {
      return (this.ok = false);
    }
  }

  /**
   * Text typed into fields that is not valid yet, so not in the response (an evidence line
   * that is not a link yet, half a country code), by field; kept beside the response under
   * `<key>:drafts`. Anything unreadable there reads as no drafts.
   */
  loadDrafts(): Drafts {
    try {
      const raw = localStorage.getItem(this.draftsKey);
      const value: unknown = raw === null ? null : JSON.parse(raw);
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
      return Object.fromEntries(
        Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'),
      );
    } catch {
      return {};
    }
  }

  /** Writes the drafts (removes them when there are none); returns false when storage refuses. */
  saveDrafts(drafts: Drafts): boolean {
    if (this.locked) return false;
    try {
      if (Object.keys(drafts).length) localStorage.setItem(this.draftsKey, JSON.stringify(drafts));
      else localStorage.removeItem(this.draftsKey);
      return true;
    } catch {
      return false;
    }
  }

  /** Forgets the saved response and drafts (e.g. after the host has stored the submitted one). */
  clear(): void {
    try {
      if (this.locked) return;
      localStorage.removeItem(this.key);
      localStorage.removeItem(this.draftsKey);
    } catch {
      // Nothing to clear when storage is unavailable.
    }
  }

  private get draftsKey(): string {
    return `${this.key}:drafts`;
  }
}
