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
  | {
      status: 'restored';
      response: Response;
      drafts: Drafts;
      /**
       * Answers that were not valid any more (a question this framework does not have, a
       * level it does not offer) were left out; the stored copy as it was, with them, now
       * sits under `backupKey`. `questions`: the ids of the questions left out.
       */
      setAside?: { backupKey: string; questions: string[] } | undefined;
    }
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
 * The value of stored JSON text, decoded once for the several reads below (a stored response
 * can be megabytes). Text that is not JSON, or whose value is itself text, stays as it came,
 * for `parseResponse` to refuse with its own issue.
 */
function decoded(raw: unknown): unknown {
  if (typeof raw !== 'string') return raw;
  try {
    const value = JSON.parse(raw) as unknown;
    return typeof value === 'string' ? raw : value;
  } catch {
    return raw;
  }
}

/**
 * Reads a stored response for `framework`: valid against it, or (see `StoreLoad`) a valid
 * response made with another version of the same framework, as it was written.
 */
export function parseStoredResponse(raw: unknown, framework: Framework): ParseResult<Response> {
  const value = decoded(raw);
  const parsed = parseResponse(value, framework);
  if (parsed.ok || typeof value === 'string') return parsed;
  const loose = parseResponse(value);
  const ref = loose.ok ? loose.value.framework : undefined;
  return ref && ref.id === framework.id && ref.version !== framework.version ? loose : parsed;
}

/**
 * How many times {@link restoreResponse} leaves out what the issues name and reads again
 * (a parse reports a bounded number of issues, so many bad answers may take a few rounds).
 */
const RESTORE_ROUNDS = 10;
/** Question ids longer than this are left out but not named (no question's id comes near). */
const MAX_NAMED_ID = 200;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a stored response (an object, or JSON text) as {@link parseStoredResponse} does, and
 * when only some answers stop it (or some entries of its history), reads it without them:
 * the valid answers are restored, and `questions` names the questions left out. Anything
 * else wrong (no respondent, another framework, damaged JSON) fails as before, with the
 * issues of the response as it was stored.
 */
export function restoreResponse(
  raw: unknown,
  framework: Framework,
): { ok: true; response: Response; questions: string[] } | { ok: false; issues: Issue[] } {
  const value = decoded(raw);
  const first = parseStoredResponse(value, framework);
  if (first.ok) return { ok: true, response: first.value, questions: [] };
  if (!isRecord(value) || !isRecord(value.answers)) return first;
  const answers: Record<string, unknown> = { ...value.answers };
  let history: unknown[] = Array.isArray(value.history) ? [...value.history] : [];
  const left = new Set<string>();
  let issues = first.issues;
  for (let round = 0; round < RESTORE_ROUNDS; round++) {
    const badAnswers = new Set<string>();
    const badEntries = new Set<number>();
    for (const issue of issues) {
      const [head, at] = issue.path;
      if (head === 'answers' && typeof at === 'string' && Object.hasOwn(answers, at)) {
        badAnswers.add(at);
      } else if (head === 'history' && typeof at === 'number' && at < history.length) {
        badEntries.add(at);
      } else return first;
    }
    const name = (id: unknown): void => {
      if (typeof id === 'string' && id.length <= MAX_NAMED_ID) left.add(id);
    };
    for (const id of badAnswers) {
      name(id);
      delete answers[id];
    }
    history = history.filter((entry, i) => {
      if (!badEntries.has(i)) return true;
      name(isRecord(entry) ? entry.questionId : undefined);
      return false;
    });
    const again = parseStoredResponse({ ...value, answers, history }, framework);
    if (again.ok) return { ok: true, response: again.value, questions: [...left] };
    issues = again.issues;
  }
  return first;
}
