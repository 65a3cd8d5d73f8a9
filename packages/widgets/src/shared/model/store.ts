/**
 * The store interface: where `<dtc-assessment>` keeps the response it is filling in. The host
 * may pass any object with these methods as the element's `store` (a server, a workshop room);
 * two are built in, {@link LocalStorageStore} (the default) and `IndexedDbStore`.
 * Why an interface, and the conflict rule: docs/decisions/0007-response-store.md.
 */
import {
  parseResponse,
  type Framework,
  type Issue,
  type ParseResult,
  type Response,
} from '@dtc/schema';

/** Text of fields that is not valid yet, by field id (kept beside the response, never in it). */
export type Drafts = Readonly<Record<string, string>>;

/** What a store keeps for one assessment: the response and the drafts typed into it. */
export interface StoredResponse {
  response: Response;
  drafts: Drafts;
}

/** What {@link ResponseStore.load} found. */
export type StoreLoad =
  | { status: 'empty' }
  /**
   * The stored response, valid for the framework. One made with another version of the same
   * framework is restored as it was written (checked as a response, not against this
   * version's questions): `<dtc-assessment>` carries it to this version when the host gives
   * it the way (`predecessors`), and otherwise says so and leaves the stored copy untouched.
   */
  | { status: 'restored'; response: Response; drafts: Drafts }
  /** Stored data was unreadable or from another format version; it now sits under `backupKey`. */
  | { status: 'set-aside'; backupKey: string; reason: 'version' | 'invalid' }
  /** The storage cannot be read or written (private mode, blocked by the page). */
  | { status: 'unavailable' };

/**
 * Keeps one assessment. Methods never throw: a refused write is reported by `save` returning
 * false, and the caller keeps working in memory. A store may answer synchronously (the
 * element then shows a restored response in its first render) or with a promise.
 */
export interface ResponseStore {
  /** Reads what is stored, setting aside (never deleting) what cannot be used. */
  load(framework: Framework): StoreLoad | Promise<StoreLoad>;
  /** Writes the response and its drafts; false when the storage refused (quota, blocked). */
  save(entry: StoredResponse): boolean | Promise<boolean>;
  /**
   * Calls `listener` with what was stored elsewhere (another tab, a shared room), never for
   * this store's own `save`. Changes are parsed against the framework of the last `load`;
   * unreadable ones are ignored. Returns the function that stops listening.
   */
  subscribe(listener: (entry: StoredResponse) => void): () => void;
  /** Forgets the stored response and drafts. */
  clear(): void | Promise<void>;
}

/** The default key for a framework: `dtc-assessment:<framework id>`. */
export const storageKeyFor = (frameworkId: string): string => `dtc-assessment:${frameworkId}`;

/** Drafts as read from storage: string values only; anything else reads as none. */
export function readDrafts(value: unknown): Drafts {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
}

/** The key a backup of unusable data is kept under, next to `key`. */
export const backupKeyFor = (key: string, at = new Date()): string =>
  `${key}:backup:${at.toISOString()}`;

/** Why stored data was set aside: another format version, or data that cannot be read. */
export const setAsideReason = (issues: readonly Issue[]): 'version' | 'invalid' =>
  issues.some((i) => i.code === 'unsupported-version') ? 'version' : 'invalid';

/**
 * Reads a stored response for `framework`: valid against it, or (see `StoreLoad`) a valid
 * response made with another version of the same framework, as it was written.
 */
export function parseStoredResponse(raw: unknown, framework: Framework): ParseResult<Response> {
  const parsed = parseResponse(raw, framework);
  if (parsed.ok) return parsed;
  const loose = parseResponse(raw);
  const ref = loose.ok ? loose.value.framework : undefined;
  return ref && ref.id === framework.id && ref.version !== framework.version ? loose : parsed;
}
