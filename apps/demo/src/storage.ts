/**
 * The demo's only door to browser storage. Everything the visitor does is kept in
 * `localStorage`, one key per record, so a write is small and synchronous: a reload
 * right after any change finds it. Records are read once into memory, and kept in step
 * with other tabs through the `storage` event.
 *
 * Keys (all under the `dtc-demo:` prefix):
 * - `dtc-demo:prefs` → {@link Prefs}
 * - `dtc-demo:assessment:<id>` → what the demo keeps about an assessment (plan, feedback,
 *   where it came from, the section last worked on): {@link Assessment} without its response
 * - `dtc-demo:response:<id>` (and `…:drafts`) → the response itself, kept by the library's
 *   `LocalStorageStore`, the same store `<dtc-assessment>` writes to as the visitor answers
 * - `dtc-demo:workshop` → {@link Workshop} (participants a facilitator imported)
 * - `dtc-demo:team:<id>` → {@link Team} (a country team: members and the plan it writes)
 *
 * Records of store version 1 held the response (and whole-copy revisions) inside; they are
 * moved to the layout above on first read (revisions become rounds of the response's
 * history), and kept under `dtc-demo:backup:<id>` when a revision held a plan of its own.
 *
 * Every record read goes through a check: responses, plans and feedback on the questions
 * through @dtc/schema, the demo's own fields through stored-records.ts. What does not pass
 * is set aside, never deleted, and listed by {@link setAsideRecords} (the shell says so and
 * offers the data for download); the rest is read as usual. Where set-aside data goes:
 * - `dtc-demo:backup:assessment:<id>:<time>`: an assessment record that could not be read;
 *   its response, when that is what failed, is under `dtc-demo:response:<id>:backup:<time>`,
 *   where the library's store keeps what it sets aside (so is a response restored without
 *   the answers that were not valid, as it was)
 * - `dtc-demo:backup:<id>:plan`, `…:question-feedback`, `…:feedback`, `…:details`: one part of
 *   an assessment record that could not be read; the rest of the record is read
 * - `dtc-demo:backup:workshop:<time>`: the workshop record as it was, when it or one of its
 *   participants could not be read (the participants that could are kept)
 * - `dtc-demo:backup:team:<id>:<time>`: a country team that could not be read
 * When the browser refuses a backup (storage full), the record stays where it is, untouched,
 * and nothing this site writes replaces it.
 *
 * A record written by a newer version of this site (a store version or a response version
 * above this one's) is opened read-only when what this version knows of it reads
 * (`Assessment.readOnly`): it is never written back, so the newer version finds it as it left
 * it. One that does not read is left where it is, and listed.
 *
 * When the browser refuses a write (storage full, or storage disabled), the change is kept in
 * memory and {@link storageProblem} names the cause: the shell says so and offers an export.
 *
 * A response made with the framework's earlier version is read as it was written (its
 * answers may name questions this version no longer has); `carryStoredResponses` in
 * migration.ts carries it to this version before the pages show it.
 */
import {
  parseFeedback,
  readDraftPlan,
  RESPONSE_FORMAT,
  RESPONSE_VERSION,
  type ActionPlan,
  type Issue,
  type QuestionFeedback,
  type Response,
} from '@dtc/schema';
import type { MigrationReport } from '@dtc/scoring';
import { LocalStorageStore, parseStoredResponse, readDrafts } from '@dtc/widgets/model';
import { framework } from './data.js';
import { revisionsToRounds, type LegacyRevision } from './rounds.js';
import {
  checkDetails,
  checkRatings,
  isObject,
  isStoredId,
  isStoredName,
  isTimestamp,
} from './stored-records.js';

export const STORE_FORMAT = 'dtc.demo-store' as const;
export const STORE_VERSION = 2 as const;

/** How a participant rated the assessment, 1 (poor) to 5 (excellent); null = not rated. */
export interface Feedback {
  questions: number | null;
  methods: number | null;
  usefulness: number | null;
  comment: string;
  updatedAt: string;
}

/**
 * A response carried from the framework's earlier version: what became of its answers, and
 * whether the visitor hid the notice in the questionnaire and the banner on the results.
 */
export interface StoredMigration {
  report: MigrationReport;
  noticeDismissed?: boolean | undefined;
  bannerDismissed?: boolean | undefined;
}

/**
 * One stored assessment: the response (whose `label` names the assessment, and whose
 * `history` keeps its rounds), its plan and feedback.
 */
export interface Assessment {
  id: string;
  createdAt: string;
  updatedAt: string;
  response: Response;
  plan?: ActionPlan | undefined;
  feedback?: Feedback | undefined;
  /** Feedback on the questions, given from the questionnaire (format `dtc.feedback`). */
  questionFeedback?: QuestionFeedback | undefined;
  /** Where it came from when it was not started here. */
  origin?: { kind: 'file' | 'share'; at: string; name?: string | undefined } | undefined;
  /** The last section the user worked on (a pillar id, or `all`), to resume there. */
  section?: string | undefined;
  /** Set when the response was carried from the framework's earlier version. */
  migration?: StoredMigration | undefined;
  /**
   * The last deep dive started from a learning module: its pillar, and the round that kept
   * the answers as they were before it (compared with the answers since).
   */
  deepDive?: { pillar: string; round: string } | undefined;
  /**
   * Set (never stored) when a newer version of this site wrote the record: it is shown as
   * this version reads it, and never written back.
   */
  readOnly?: true | undefined;
}

/** What is stored under `dtc-demo:assessment:<id>`: the assessment without its response. */
type StoredRecord = Omit<Assessment, 'response' | 'readOnly'> & {
  format: typeof STORE_FORMAT;
  version: typeof STORE_VERSION;
};

/** The name of an assessment, or '' when it has none. */
export const labelOf = (record: Pick<Assessment, 'response'>): string =>
  record.response.label ?? '';

/** A participant's assessment, as a workshop facilitator imported it. */
export interface Participant {
  id: string;
  addedAt: string;
  label: string;
  source: 'file' | 'code';
  fileName?: string | undefined;
  response: Response;
  plan?: ActionPlan | undefined;
  feedback?: Feedback | undefined;
  questionFeedback?: QuestionFeedback | undefined;
}

export interface Workshop {
  participants: Participant[];
}

export interface Prefs {
  locale?: string | undefined;
  /** The assessment the Assess, Results, Plan and Feedback pages work on. */
  currentId?: string | undefined;
}

const PREFIX = 'dtc-demo:';
const PREFS_KEY = `${PREFIX}prefs`;
const WORKSHOP_KEY = `${PREFIX}workshop`;
const ASSESSMENT_PREFIX = `${PREFIX}assessment:`;
const RESPONSE_PREFIX = `${PREFIX}response:`;
/** Store version 1 kept the questionnaire's drafts here. */
const LEGACY_DRAFTS_PREFIX = `${PREFIX}drafts:`;
const BACKUP_PREFIX = `${PREFIX}backup:`;
const TEAM_PREFIX = `${PREFIX}team:`;
/** The list of what was set aside and not yet acknowledged (see {@link setAsideRecords}). */
const SET_ASIDE_KEY = `${PREFIX}set-aside`;

/** Thrown when the browser refuses to store more (quota) or storage is disabled. */
export class StorageError extends Error {
  constructor(
    readonly code: 'quota' | 'unavailable',
    cause?: unknown,
  ) {
    super(`Storage ${code}`, { cause });
    this.name = 'StorageError';
  }
}

/** What was set aside: an assessment, a part of one, the workshop, a participant, a team. */
export type SetAsideKind =
  | 'assessment'
  | 'answers'
  | 'plan'
  | 'question-feedback'
  | 'feedback'
  | 'details'
  | 'workshop'
  | 'participant'
  | 'team';

/**
 * Why: the stored text is not JSON (cut short or damaged); it is JSON of another form; a
 * newer version of this site wrote it, in a form this version cannot read.
 */
export type SetAsideReason = 'unreadable' | 'invalid' | 'newer';

/** A stored record (or a part of one) that could not be used, and where its data is now. */
export interface SetAsideRecord {
  kind: SetAsideKind;
  reason: SetAsideReason;
  /** Its name, when one could be read: the assessment's label, the participant's, the team's. */
  name?: string | undefined;
  /** With `answers`: the questions whose answers were left out. */
  questions?: string[] | undefined;
  /** The keys its data is under now: backup keys, or its own key when it could not be moved. */
  keys: string[];
}

type Listener = () => void;
const listeners = new Set<Listener>();
let assessments: Map<string, Assessment> | null = null;
let prefs: Prefs | null = null;
let workshop: Workshop | null = null;
let teams: Map<string, Team> | null = null;
/**
 * What was set aside and not yet acknowledged, by where it was found; kept under
 * `dtc-demo:set-aside` so that a later visit still says so (see {@link dismissSetAside}).
 */
const setAside = new Map<string, SetAsideRecord>();
let setAsideRead = false;
/** Keys holding data this site could neither read nor move aside: nothing writes to them. */
const locked = new Set<string>();
/**
 * Changes in memory only (the browser refused to store them): the write to try again, by key.
 * Nothing else replaces what memory holds under these keys until they are stored.
 */
const unsaved = new Map<string, () => void>();
/** Why the latest refused write was refused; null once every change is stored. */
let problem: 'quota' | 'unavailable' | null = null;

function backend(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The text stored under `key`; null when there is none, or storage cannot be read. */
function readRaw(key: string): string | null {
  try {
    return backend()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** What `parseJson` returns for text that is not JSON. */
const NOT_JSON = Symbol('not JSON');

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return NOT_JSON;
  }
}

/** The value stored under `key`: undefined when there is none, NOT_JSON when it is not JSON. */
function readJson(key: string): unknown {
  const raw = readRaw(key);
  return raw === null ? undefined : parseJson(raw);
}

const isQuota = (error: unknown): boolean => {
  const name = (error as DOMException | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
};

function writeJson(key: string, value: unknown): void {
  const store = backend();
  if (!store) throw new StorageError('unavailable');
  // Data that could not be read nor moved aside is never replaced.
  if (locked.has(key)) throw new StorageError('quota');
  try {
    store.setItem(key, JSON.stringify(value));
  } catch (error) {
    throw new StorageError(isQuota(error) ? 'quota' : 'unavailable', error);
  }
}

/**
 * Copies the text under `key` to `backupKey` (and removes it from `key` unless `keep`). When
 * the browser refuses, the text stays where it is and `key` is locked: nothing replaces it.
 * Returns where the data is now.
 */
function moveAside(key: string, raw: string, backupKey: string, keep = false): string {
  try {
    const store = backend();
    if (!store) throw new StorageError('unavailable');
    store.setItem(backupKey, raw);
    if (!keep) store.removeItem(key);
    return backupKey;
  } catch {
    locked.add(key);
    return key;
  }
}

/** A backup key with the moment it was made: a later backup never replaces an earlier one. */
const stamped = (base: string): string => `${base}:${now()}`;

const SET_ASIDE_KINDS: readonly SetAsideKind[] = [
  'assessment',
  'answers',
  'plan',
  'question-feedback',
  'feedback',
  'details',
  'workshop',
  'participant',
  'team',
];
const SET_ASIDE_REASONS: readonly SetAsideReason[] = ['unreadable', 'invalid', 'newer'];
const isText = (v: unknown): v is string => isStoredName(v);

/** One entry of the stored list of what was set aside, or null when it is not one. */
function readSetAsideEntry(value: unknown): [string, SetAsideRecord] | null {
  if (!Array.isArray(value) || value.length !== 2 || !isText(value[0])) return null;
  const r: unknown = value[1];
  if (
    !isObject(r) ||
    !SET_ASIDE_KINDS.includes(r.kind as SetAsideKind) ||
    !SET_ASIDE_REASONS.includes(r.reason as SetAsideReason) ||
    (r.name !== undefined && !isText(r.name)) ||
    (r.questions !== undefined && !(Array.isArray(r.questions) && r.questions.every(isText))) ||
    !Array.isArray(r.keys) ||
    !r.keys.every(isText)
  ) {
    return null;
  }
  return [value[0], r as unknown as SetAsideRecord];
}

/** Reads, once, what earlier visits set aside; entries whose data is gone are dropped. */
function readSetAside(): void {
  if (setAsideRead) return;
  setAsideRead = true;
  const value = readJson(SET_ASIDE_KEY);
  if (!Array.isArray(value)) return;
  for (const item of value as unknown[]) {
    const entry = readSetAsideEntry(item);
    if (entry && entry[1].keys.some((key) => readRaw(key) !== null)) setAside.set(...entry);
  }
}

/** Counts what was set aside during this visit. */
let setAsideNotes = 0;

function noteSetAside(where: string, record: SetAsideRecord): void {
  setAsideNotes++;
  readSetAside();
  setAside.set(where, record);
  try {
    backend()?.setItem(SET_ASIDE_KEY, JSON.stringify([...setAside]));
  } catch {
    // Said during this visit only.
  }
}

/**
 * Runs the write of the change kept in memory under `key`. A refusal (storage full or
 * disabled) is remembered for {@link storageProblem}, and the change stays in memory; once a
 * write succeeds again, the changes still in memory are written too.
 */
function attempt(key: string, write: () => void): void {
  try {
    write();
  } catch (error) {
    if (!(error instanceof StorageError)) throw error;
    unsaved.set(key, write);
    problem = error.code;
    return;
  }
  unsaved.delete(key);
  for (const [other, again] of [...unsaved]) {
    try {
      again();
      unsaved.delete(other);
    } catch (error) {
      if (!(error instanceof StorageError)) throw error;
      problem = error.code;
      return;
    }
  }
  problem = null;
}

/** Forgets the change in memory under `key` (the record was deleted). */
function forget(key: string): void {
  unsaved.delete(key);
  if (!unsaved.size) problem = null;
}

/** Why the browser refused a write that did not say why: a small probe tells. */
function refusal(): 'quota' | 'unavailable' {
  return storageStatus() === 'unavailable' ? 'unavailable' : 'quota';
}

const responseStores = new Map<string, LocalStorageStore>();

/** The library's store that keeps the response of assessment `id` (give it to `<dtc-assessment>`). */
export function responseStore(id: string): LocalStorageStore {
  let store = responseStores.get(id);
  if (!store) responseStores.set(id, (store = new LocalStorageStore(`${RESPONSE_PREFIX}${id}`)));
  return store;
}

/** The drafts stored beside the response of assessment `id`. */
function storedDrafts(id: string): Record<string, string> {
  const value = readJson(`${RESPONSE_PREFIX}${id}:drafts`);
  return { ...readDrafts(value === NOT_JSON ? null : value) };
}

/** Writes a response through its store, keeping the drafts stored beside it. */
function writeResponse(id: string, response: Response, drafts?: Record<string, string>): void {
  const store = responseStore(id);
  if (locked.has(store.key)) throw new StorageError('quota');
  if (!store.save({ response, drafts: drafts ?? storedDrafts(id) })) {
    throw new StorageError(refusal());
  }
}

function writeRecord(record: Assessment): void {
  const { response: _response, readOnly: _readOnly, ...rest } = record;
  const stored: StoredRecord = { ...rest, format: STORE_FORMAT, version: STORE_VERSION };
  writeJson(`${ASSESSMENT_PREFIX}${record.id}`, stored);
}

const latest = (a: string, b: string | undefined): string => (b && b > a ? b : a);

/** A label found in stored data that could not be read otherwise, when it is a short text. */
function labelIn(value: unknown): string | undefined {
  const label = isObject(value) ? value.label : undefined;
  return isStoredName(label) && label.length <= 200 && label ? label : undefined;
}

/** The label of the response stored for `id`, read as text (the response may not be valid). */
function responseLabel(id: string): string | undefined {
  const value = readJson(`${RESPONSE_PREFIX}${id}`);
  return labelIn(value);
}

/** Whether stored response JSON says it is of a newer version of the response format. */
function isNewerResponse(value: unknown): boolean {
  return (
    isObject(value) &&
    value.format === RESPONSE_FORMAT &&
    typeof value.version === 'number' &&
    value.version > RESPONSE_VERSION
  );
}

/**
 * A record of store version 1 (the response inside, with whole-copy revisions), moved to
 * today's layout: the label into the response, the revisions into rounds of its history,
 * the drafts beside it in its store. When a write fails, the old record stays as it is and
 * is read the same way next time: nothing is lost.
 */
function migrate(value: Record<string, unknown>): Assessment | null {
  const parsed = parseStoredResponse(value.response, framework);
  if (!parsed.ok || !isStoredId(value.id)) return null;
  if (!isTimestamp(value.createdAt) || !isTimestamp(value.updatedAt)) return null;
  const revisions = Array.isArray(value.revisions) ? (value.revisions as LegacyRevision[]) : [];
  const label = labelIn(value) ?? parsed.value.label;
  const response = revisionsToRounds(
    label ? { ...parsed.value, label } : parsed.value,
    revisions.filter((r) => isObject(r) && isObject(r.response) && typeof r.savedAt === 'string'),
  );
  const { format: _f, version: _v, label: _l, revisions: _r, drafts: _d, ...rest } = value;
  const record = { ...(rest as Omit<Assessment, 'response'>), response };
  const plan = JSON.stringify(value.plan ?? null);
  try {
    // A revision's own plan is the one thing rounds do not keep: the old record stays aside.
    if (revisions.some((r) => isObject(r) && r.plan && JSON.stringify(r.plan) !== plan)) {
      writeJson(`${BACKUP_PREFIX}${record.id}`, value);
    }
    const draftsKey = `${LEGACY_DRAFTS_PREFIX}${record.id}`;
    const drafts = readJson(draftsKey);
    writeResponse(record.id, response, isObject(drafts) ? (drafts as Record<string, string>) : {});
    writeRecord(record);
    backend()?.removeItem(draftsKey);
  } catch {
    // The old record stays as it is, and is read (and moved) the same way next time.
  }
  return record;
}

/** A stored plan in today's format (plans of an older format are upgraded), or null. */
function readPlanValue(value: unknown): ActionPlan | null {
  // A plan in progress (problems only on fields a person types, such as an empty title)
  // reads as it is.
  const read = readDraftPlan(value, framework);
  return read.ok ? read.plan : null;
}

/** Stored feedback on the questions, read through `parseFeedback`, or null. */
function readQuestionFeedbackValue(value: unknown): QuestionFeedback | null {
  // Feedback given on the questions of another version is read as it was given.
  const version = isObject(value) && isObject(value.framework) ? value.framework.version : null;
  const parsed = parseFeedback(value, version === framework.version ? framework : undefined);
  return parsed.ok ? parsed.value : null;
}

/** Stored ratings of the assessment, or null when one is not a rating. */
function readRatingsValue(value: unknown): Feedback | null {
  const issues: Issue[] = [];
  const read = checkRatings(value, [], issues, now());
  return read && !issues.length ? read : null;
}

type Part = 'plan' | 'question-feedback' | 'feedback';

/**
 * One optional part of a record (its plan, its feedback…) read with `read`. A part that does
 * not read is kept under `dtc-demo:backup:<owner>:<part>` and left out, so the page says so
 * and the rest of the record is read. Null when there was no room for the backup: the whole
 * record is then left untouched.
 */
function readPart<T>(
  value: unknown,
  owner: string,
  part: Part,
  where: string,
  name: string | undefined,
  read: (value: unknown) => T | null,
): { value?: T } | null {
  if (value === undefined || value === null) return {};
  const ok = read(value);
  if (ok !== null) return { value: ok };
  const base = `${BACKUP_PREFIX}${owner}:${part}`;
  const text = JSON.stringify(value);
  const earlier = readRaw(base);
  const backupKey = earlier === null || earlier === text ? base : stamped(base);
  try {
    writeJson(backupKey, value);
  } catch {
    return null;
  }
  noteSetAside(`${where}:${part}`, { kind: part, reason: 'invalid', name, keys: [backupKey] });
  return {};
}

/** Drops the keys whose value is undefined, as a stored (JSON) record has none. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * A record written by a newer version of this site: read as this version reads its own (the
 * response too, its version aside), and opened read-only. Nothing is moved or written. One
 * that does not read so is left where it is, and listed.
 */
function readNewer(key: string, value: Record<string, unknown>, id: string): Assessment | null {
  const responseKey = `${RESPONSE_PREFIX}${id}`;
  locked.add(key);
  locked.add(responseKey);
  const stored = readJson(responseKey);
  const response =
    isObject(stored) && stored.format === RESPONSE_FORMAT
      ? parseStoredResponse({ ...stored, version: RESPONSE_VERSION }, framework)
      : null;
  const details = checkDetails(value);
  if (!response?.ok || !details || !isTimestamp(value.createdAt) || !isTimestamp(value.updatedAt)) {
    const name = labelIn(stored);
    noteSetAside(key, { kind: 'assessment', reason: 'newer', name, keys: [key, responseKey] });
    return null;
  }
  const optional = <T>(v: unknown, read: (v: unknown) => T | null): T | undefined =>
    v === undefined || v === null ? undefined : (read(v) ?? undefined);
  return defined({
    ...details,
    id,
    createdAt: value.createdAt,
    updatedAt: latest(value.updatedAt, response.value.updatedAt),
    plan: optional(value.plan, readPlanValue),
    questionFeedback: optional(value.questionFeedback, readQuestionFeedbackValue),
    feedback: optional(value.feedback, readRatingsValue),
    response: response.value,
    readOnly: true as const,
  });
}

/**
 * Reads one assessment record and its response, each through its check. What does not pass
 * is set aside (see the top of this module) and null returned; a part that does not pass
 * (the plan, the feedback, some answers) is set aside alone.
 */
function readRecord(key: string): Assessment | null {
  const raw = readRaw(key);
  if (raw === null) return null;
  const value = parseJson(raw);
  const id = key.slice(ASSESSMENT_PREFIX.length);
  const aside = (reason: SetAsideReason, name?: string, also: string[] = []): null => {
    const at = moveAside(key, raw, stamped(`${BACKUP_PREFIX}assessment:${id}`));
    // A response left without its record is listed with it (and downloaded with it).
    const responseKey = `${RESPONSE_PREFIX}${id}`;
    const response = readRaw(responseKey) === null ? [] : [responseKey];
    noteSetAside(key, { kind: 'assessment', reason, name, keys: [...also, at, ...response] });
    return null;
  };
  if (value === NOT_JSON) return aside('unreadable', responseLabel(id));
  if (!isObject(value) || value.format !== STORE_FORMAT || value.id !== id || !isStoredId(id)) {
    return aside('invalid', responseLabel(id));
  }
  if (value.version === 1) {
    const record = isObject(value.response) ? migrate(value) : null;
    return record ?? aside('invalid', labelIn(value) ?? labelIn(value.response));
  }
  if (typeof value.version === 'number' && value.version > STORE_VERSION) {
    return readNewer(key, value, id);
  }
  if (value.version !== STORE_VERSION) return aside('invalid', responseLabel(id));
  if (!isTimestamp(value.createdAt) || !isTimestamp(value.updatedAt)) {
    return aside('invalid', responseLabel(id));
  }
  if (isNewerResponse(readJson(`${RESPONSE_PREFIX}${id}`))) return readNewer(key, value, id);
  const name = responseLabel(id);
  const loaded = responseStore(id).load(framework);
  if (loaded.status === 'empty') return aside('invalid', name);
  if (loaded.status === 'set-aside') return aside('invalid', name, [loaded.backupKey]);
  if (loaded.status === 'unavailable') {
    // The response could be neither read nor moved aside: both stay as they are.
    locked.add(key);
    noteSetAside(key, { kind: 'assessment', reason: 'invalid', name, keys: [key] });
    return null;
  }
  const response = loaded.response;
  const label = response.label || undefined;
  if (loaded.setAside) {
    const { backupKey, questions } = loaded.setAside;
    noteSetAside(`${key}:answers`, {
      kind: 'answers',
      reason: 'invalid',
      name: label,
      questions,
      keys: [backupKey],
    });
  }
  const before = setAsideNotes;
  const plan = readPart(value.plan, id, 'plan', key, label, readPlanValue);
  const questionFeedback = readPart(
    value.questionFeedback,
    id,
    'question-feedback',
    key,
    label,
    readQuestionFeedbackValue,
  );
  const feedback = readPart(value.feedback, id, 'feedback', key, label, readRatingsValue);
  if (!plan || !questionFeedback || !feedback) {
    // No room to keep a part aside: the whole record is left as it is.
    locked.add(key);
    noteSetAside(key, { kind: 'assessment', reason: 'invalid', name: label, keys: [key] });
    return null;
  }
  let details = checkDetails(value);
  if (!details) {
    const backupKey = moveAside(key, raw, `${BACKUP_PREFIX}${id}:details`, true);
    if (backupKey === key) return null;
    noteSetAside(`${key}:details`, {
      kind: 'details',
      reason: 'invalid',
      name: label,
      keys: [backupKey],
    });
    details = {};
  }
  const record: Assessment = defined({
    ...details,
    id,
    createdAt: value.createdAt,
    updatedAt: latest(value.updatedAt, response.updatedAt),
    plan: plan.value,
    questionFeedback: questionFeedback.value,
    feedback: feedback.value,
    response,
  });
  // What was set aside is kept apart: the record is stored without it, and reads clean.
  if (setAsideNotes > before) {
    try {
      writeRecord(record);
    } catch {
      // It is read (and set aside) the same way next time.
    }
  }
  return record;
}

function loadAssessments(): Map<string, Assessment> {
  const map = new Map<string, Assessment>();
  for (const key of storedKeys(ASSESSMENT_PREFIX)) {
    const record = readRecord(key);
    if (record) map.set(record.id, record);
  }
  return map;
}

/** The stored keys that start with `prefix`. */
function storedKeys(prefix: string): string[] {
  const store = backend();
  if (!store) return [];
  try {
    return Array.from({ length: store.length }, (_, i) => store.key(i)).filter(
      (key): key is string => !!key?.startsWith(prefix),
    );
  } catch {
    return [];
  }
}

function all(): Map<string, Assessment> {
  assessments ??= loadAssessments();
  return assessments;
}

function notify(): void {
  for (const listener of listeners) listener();
}

/** Drops what was read from storage, keeping the changes that exist in memory only. */
function reread(): void {
  const kept = [...(assessments?.values() ?? [])].filter((a) =>
    unsaved.has(`${ASSESSMENT_PREFIX}${a.id}`),
  );
  const keptTeams = [...(teams?.values() ?? [])].filter((t) =>
    unsaved.has(`${TEAM_PREFIX}${t.id}`),
  );
  assessments = null;
  teams = null;
  if (!unsaved.has(PREFS_KEY)) prefs = null;
  if (!unsaved.has(WORKSHOP_KEY)) workshop = null;
  for (const a of kept) all().set(a.id, a);
  for (const t of keptTeams) allTeams().set(t.id, t);
}

if (typeof window !== 'undefined') {
  // Another tab changed something: read again and tell the pages.
  window.addEventListener('storage', (event) => {
    if (event.key !== null && !event.key.startsWith(PREFIX)) return;
    reread();
    notify();
  });
}

/** Calls `listener` after every change (here or in another tab); returns an unsubscribe function. */
export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A short random id (URL-safe), available without a secure context. */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(36).padStart(2, '0'))
    .join('')
    .slice(0, 20);
}

export function now(): string {
  return new Date().toISOString();
}

/**
 * Whether the browser lets the site store anything: `ok`; `quota` when its storage for the
 * site is full; `unavailable` when storage is disabled (some private modes, a setting that
 * blocks site data).
 */
export function storageStatus(): 'ok' | 'quota' | 'unavailable' {
  const store = backend();
  if (!store) return 'unavailable';
  try {
    store.setItem(`${PREFIX}probe`, '1');
    store.removeItem(`${PREFIX}probe`);
    return 'ok';
  } catch (error) {
    return isQuota(error) ? 'quota' : 'unavailable';
  }
}

/** Whether the browser lets the site store anything (see {@link storageStatus}). */
export function isAvailable(): boolean {
  return storageStatus() === 'ok';
}

/**
 * Why changes are kept in memory only: the browser refused to store them because its
 * storage is full (`quota`) or disabled (`unavailable`); null when every change is stored.
 */
export function storageProblem(): 'quota' | 'unavailable' | null {
  return problem;
}

/**
 * What was set aside (during this visit or an earlier one) and not yet acknowledged, in the
 * order it was found.
 */
export function setAsideRecords(): SetAsideRecord[] {
  all();
  allTeams();
  getWorkshop();
  readSetAside();
  return [...setAside.values()];
}

/** The visitor has read the message: it goes; the data set aside stays where it is. */
export function dismissSetAside(): void {
  setAside.clear();
  setAsideRead = true;
  try {
    backend()?.removeItem(SET_ASIDE_KEY);
  } catch {
    // Nothing stored to remove.
  }
  notify();
}

/** How many stored records (or parts of records) were set aside and not yet acknowledged. */
export function damagedCount(): number {
  return setAsideRecords().length;
}

/** The data of {@link setAsideRecords}, by the key it is under, as it was stored. */
export function setAsideData(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const record of setAsideRecords()) {
    for (const key of record.keys) {
      const raw = readRaw(key);
      if (raw !== null) out[key] = raw;
    }
  }
  return out;
}

/** The assessments a newer version of this site wrote, open read-only. */
export function readOnlyAssessments(): Assessment[] {
  return listAssessments().filter((a) => a.readOnly);
}

// ── Preferences ────────────────────────────────────────────────────────────

export function getPrefs(): Prefs {
  if (!prefs) {
    const value = readJson(PREFS_KEY);
    prefs = isObject(value)
      ? defined({
          locale: typeof value.locale === 'string' ? value.locale : undefined,
          currentId: isStoredId(value.currentId) ? value.currentId : undefined,
        })
      : {};
  }
  return prefs;
}

/** Changes preferences; kept in memory when the browser refuses to store them. */
export function setPrefs(patch: Partial<Prefs>): Prefs {
  const next = { ...getPrefs(), ...patch };
  prefs = next;
  attempt(PREFS_KEY, () => writeJson(PREFS_KEY, next));
  notify();
  return next;
}

// ── Assessments ────────────────────────────────────────────────────────────

/** Every stored assessment, most recently changed first. */
export function listAssessments(): Assessment[] {
  return [...all().values()].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export function getAssessment(id: string | undefined | null): Assessment | undefined {
  return id ? all().get(id) : undefined;
}

/** The assessment the visitor is working on, if any. */
export function currentAssessment(): Assessment | undefined {
  const current = getAssessment(getPrefs().currentId);
  if (current) return current;
  return listAssessments()[0];
}

export function setCurrent(id: string): void {
  if (getPrefs().currentId !== id) setPrefs({ currentId: id });
}

/**
 * Writes an assessment (new or changed); `touch` moves its `updatedAt` to now. When the
 * browser refuses, the change is kept in memory (see {@link storageProblem}); one that a
 * newer version of this site wrote (`readOnly`) is changed in memory only, never written.
 */
export function saveAssessment(record: Assessment, { touch = true } = {}): Assessment {
  const next: Assessment = touch ? { ...record, updatedAt: now() } : record;
  const key = `${ASSESSMENT_PREFIX}${next.id}`;
  const before = all().get(next.id);
  all().set(next.id, next);
  if (!next.readOnly) {
    const withResponse = before?.response !== next.response || unsaved.has(key);
    attempt(key, () => {
      if (withResponse) writeResponse(next.id, next.response);
      writeRecord(next);
    });
  }
  notify();
  return next;
}

/** Changes part of a stored assessment. */
export function updateAssessment(
  id: string,
  change: (record: Assessment) => Partial<Assessment>,
): Assessment | undefined {
  const record = getAssessment(id);
  if (!record) return undefined;
  return saveAssessment({ ...record, ...change(record) });
}

/**
 * The response of an assessment as `<dtc-assessment>` reported it (`dtc-response-change`):
 * the element has written it to the assessment's store already; this keeps the pages in step.
 */
export function noteResponse(id: string, response: Response): void {
  const record = getAssessment(id);
  if (!record || record.response === response) return;
  all().set(id, { ...record, response, updatedAt: latest(record.updatedAt, response.updatedAt) });
  notify();
}

/**
 * Adds a new assessment built around `response`. It becomes the current one, unless
 * `makeCurrent` is false and another assessment is already current.
 */
export function createAssessment(
  response: Response,
  extra: Partial<Omit<Assessment, 'response'>> = {},
  { makeCurrent = true } = {},
): Assessment {
  const at = now();
  const free = (id: string) => !all().has(id) && !locked.has(`${ASSESSMENT_PREFIX}${id}`);
  const id = extra.id && isStoredId(extra.id) && free(extra.id) ? extra.id : newId();
  const record: Assessment = {
    createdAt: at,
    ...extra,
    id,
    updatedAt: extra.updatedAt ?? at,
    response,
  };
  delete record.readOnly;
  saveAssessment(record, { touch: false });
  if (makeCurrent || !getAssessment(getPrefs().currentId)) setCurrent(id);
  return record;
}

export function deleteAssessment(id: string): void {
  const key = `${ASSESSMENT_PREFIX}${id}`;
  try {
    backend()?.removeItem(key);
  } catch {
    // Nothing to remove when storage is unavailable.
  }
  responseStore(id).clear();
  forget(key);
  all().delete(id);
  if (getPrefs().currentId === id) {
    const next = listAssessments()[0];
    setPrefs({ currentId: next?.id });
  }
  notify();
}

// ── Workshop ───────────────────────────────────────────────────────────────

/** The ids, the dates and the kinds of source the demo writes for a participant. */
function readParticipant(
  value: unknown,
): { participant: Participant } | { name?: string | undefined; reason: SetAsideReason } {
  if (!isObject(value)) return { reason: 'invalid' };
  const name = isStoredName(value.label) ? value.label : undefined;
  const invalid = { name, reason: 'invalid' as const };
  if (
    !isStoredId(value.id) ||
    !isTimestamp(value.addedAt) ||
    name === undefined ||
    (value.source !== 'file' && value.source !== 'code') ||
    (value.fileName !== undefined && !isStoredName(value.fileName))
  ) {
    return invalid;
  }
  if (isNewerResponse(value.response)) return { name, reason: 'newer' };
  const response = parseStoredResponse(value.response, framework);
  if (!response.ok) return invalid;
  const optional = <T>(v: unknown, read: (v: unknown) => T | null): { value?: T } | null => {
    if (v === undefined || v === null) return {};
    const ok = read(v);
    return ok === null ? null : { value: ok };
  };
  const plan = optional(value.plan, readPlanValue);
  const questionFeedback = optional(value.questionFeedback, readQuestionFeedbackValue);
  const feedback = optional(value.feedback, readRatingsValue);
  if (!plan || !questionFeedback || !feedback) return invalid;
  return {
    participant: defined({
      id: value.id,
      addedAt: value.addedAt,
      label: name,
      source: value.source,
      fileName: value.fileName as string | undefined,
      response: response.value,
      plan: plan.value,
      questionFeedback: questionFeedback.value,
      feedback: feedback.value,
    }),
  };
}

/**
 * Reads the workshop, each participant through its check. When the record or a participant
 * does not read, the record as it was is kept under `dtc-demo:backup:workshop:<time>` before
 * anything replaces it, and the participants that read are kept.
 */
function readWorkshop(): Workshop {
  const raw = readRaw(WORKSHOP_KEY);
  if (raw === null) return { participants: [] };
  const value = parseJson(raw);
  const backupKey = stamped(`${BACKUP_PREFIX}workshop`);
  if (value === NOT_JSON || !isObject(value) || !Array.isArray(value.participants)) {
    const at = moveAside(WORKSHOP_KEY, raw, backupKey);
    const reason = value === NOT_JSON ? 'unreadable' : 'invalid';
    noteSetAside(WORKSHOP_KEY, { kind: 'workshop', reason, keys: [at] });
    return { participants: [] };
  }
  const participants: Participant[] = [];
  const problems: { name?: string | undefined; reason: SetAsideReason }[] = [];
  for (const item of value.participants as unknown[]) {
    const read = readParticipant(item);
    if ('participant' in read) participants.push(read.participant);
    else problems.push(read);
  }
  if (problems.length) {
    const at = moveAside(WORKSHOP_KEY, raw, backupKey, true);
    problems.forEach(({ name, reason }, i) =>
      noteSetAside(`${WORKSHOP_KEY}:${i}`, { kind: 'participant', reason, name, keys: [at] }),
    );
    if (at !== WORKSHOP_KEY) {
      try {
        writeJson(WORKSHOP_KEY, { participants });
      } catch {
        // Read (and set aside) the same way next time; the backup is there already.
      }
    }
  }
  return { participants };
}

export function getWorkshop(): Workshop {
  workshop ??= readWorkshop();
  return workshop;
}

/** Writes the workshop; kept in memory when the browser refuses (see {@link storageProblem}). */
export function saveWorkshop(next: Workshop): void {
  getWorkshop();
  workshop = next;
  attempt(WORKSHOP_KEY, () => writeJson(WORKSHOP_KEY, next));
  notify();
}

export function clearWorkshop(): void {
  getWorkshop();
  if (!locked.has(WORKSHOP_KEY)) {
    try {
      backend()?.removeItem(WORKSHOP_KEY);
    } catch {
      // Nothing to remove when storage is unavailable.
    }
  }
  forget(WORKSHOP_KEY);
  workshop = { participants: [] };
  notify();
}

// ── Country teams ──────────────────────────────────────────────────────────

/** A country team of a workshop: who is in it (workshop participants) and the plan it writes. */
export interface Team {
  id: string;
  /** The team's name as typed, e.g. "Senegal". */
  name: string;
  /** ISO 3166-1 alpha-3 code; '' until chosen. */
  country: string;
  /** Ids of workshop participants. */
  members: string[];
  /** The team's one plan (it holds the chosen priorities). */
  plan?: ActionPlan | undefined;
  createdAt: string;
  updatedAt: string;
}

function readTeam(key: string): Team | null {
  const raw = readRaw(key);
  if (raw === null) return null;
  const value = parseJson(raw);
  const id = key.slice(TEAM_PREFIX.length);
  const aside = (reason: SetAsideReason, name?: string): null => {
    const at = moveAside(key, raw, stamped(`${BACKUP_PREFIX}team:${id}`));
    noteSetAside(key, { kind: 'team', reason, name, keys: [at] });
    return null;
  };
  if (value === NOT_JSON) return aside('unreadable');
  if (!isObject(value)) return aside('invalid');
  const name = isStoredName(value.name) ? value.name : undefined;
  if (
    value.id !== id ||
    !isStoredId(id) ||
    name === undefined ||
    typeof value.country !== 'string' ||
    !/^([A-Z]{3})?$/.test(value.country) ||
    !Array.isArray(value.members) ||
    !value.members.every(isStoredId) ||
    !isTimestamp(value.createdAt) ||
    !isTimestamp(value.updatedAt)
  ) {
    return aside('invalid', name);
  }
  const plan = readPart(value.plan, `team:${id}`, 'plan', key, name, readPlanValue);
  if (!plan) {
    locked.add(key);
    noteSetAside(key, { kind: 'team', reason: 'invalid', name, keys: [key] });
    return null;
  }
  return defined({
    id,
    name,
    country: value.country,
    members: value.members as string[],
    plan: plan.value,
    createdAt: value.createdAt,
    updatedAt: value.updatedAt,
  });
}

function allTeams(): Map<string, Team> {
  if (!teams) {
    teams = new Map();
    for (const key of storedKeys(TEAM_PREFIX)) {
      const team = readTeam(key);
      if (team) teams.set(team.id, team);
    }
  }
  return teams;
}

/** Every country team, by name. */
export function listTeams(): Team[] {
  return [...allTeams().values()].sort((a, b) => a.name.localeCompare(b.name));
}

export function getTeam(id: string | null | undefined): Team | undefined {
  return id ? allTeams().get(id) : undefined;
}

/**
 * Writes a team (new or changed), its `updatedAt` moved to now; kept in memory when the
 * browser refuses (see {@link storageProblem}).
 */
export function saveTeam(team: Team): Team {
  const next = { ...team, updatedAt: now() };
  const key = `${TEAM_PREFIX}${team.id}`;
  allTeams().set(next.id, next);
  attempt(key, () => writeJson(key, next));
  notify();
  return next;
}

export function deleteTeam(id: string): void {
  const key = `${TEAM_PREFIX}${id}`;
  try {
    backend()?.removeItem(key);
  } catch {
    // Nothing to remove when storage is unavailable.
  }
  forget(key);
  allTeams().delete(id);
  notify();
}
