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
 * A response made with the framework's earlier version is read as it was written (its
 * answers may name questions this version no longer has); `carryStoredResponses` in
 * migration.ts carries it to this version before the pages show it.
 */
import {
  parseFeedback,
  readDraftPlan,
  type ActionPlan,
  type QuestionFeedback,
  type Response,
} from '@dtc/schema';
import type { MigrationReport } from '@dtc/scoring';
import { LocalStorageStore, parseStoredResponse } from '@dtc/widgets/model';
import { framework } from './data.js';
import { revisionsToRounds, type LegacyRevision } from './rounds.js';

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
}

/** What is stored under `dtc-demo:assessment:<id>`: the assessment without its response. */
type StoredRecord = Omit<Assessment, 'response'> & {
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

type Listener = () => void;
const listeners = new Set<Listener>();
let assessments: Map<string, Assessment> | null = null;
let prefs: Prefs | null = null;
let workshop: Workshop | null = null;
let teams: Map<string, Team> | null = null;
/** Keys whose stored value could not be read (damaged JSON); they are left untouched. */
const damaged = new Set<string>();

function backend(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function readJson(key: string): unknown {
  const raw = backend()?.getItem(key);
  if (raw == null) return undefined;
  try {
    damaged.delete(key);
    return JSON.parse(raw) as unknown;
  } catch {
    damaged.add(key);
    return undefined;
  }
}

function writeJson(key: string, value: unknown): void {
  const store = backend();
  if (!store) throw new StorageError('unavailable');
  try {
    store.setItem(key, JSON.stringify(value));
    damaged.delete(key);
  } catch (error) {
    const name = (error as DOMException)?.name;
    throw new StorageError(
      name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED'
        ? 'quota'
        : 'unavailable',
      error,
    );
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const responseStores = new Map<string, LocalStorageStore>();

/** The library's store that keeps the response of assessment `id` (give it to `<dtc-assessment>`). */
export function responseStore(id: string): LocalStorageStore {
  let store = responseStores.get(id);
  if (!store) responseStores.set(id, (store = new LocalStorageStore(`${RESPONSE_PREFIX}${id}`)));
  return store;
}

/** Writes a response through its store, keeping the drafts stored beside it. */
function writeResponse(id: string, response: Response, drafts?: Record<string, string>): void {
  const store = responseStore(id);
  const loaded = drafts ? undefined : store.load(framework);
  const kept = drafts ?? (loaded?.status === 'restored' ? loaded.drafts : {});
  if (!store.save({ response, drafts: kept })) {
    throw new StorageError(isAvailable() ? 'quota' : 'unavailable');
  }
}

function writeRecord(record: Assessment): void {
  const { response: _response, ...rest } = record;
  const stored: StoredRecord = { ...rest, format: STORE_FORMAT, version: STORE_VERSION };
  writeJson(`${ASSESSMENT_PREFIX}${record.id}`, stored);
}

const latest = (a: string, b: string | undefined): string => (b && b > a ? b : a);

/**
 * A record of store version 1 (the response inside, with whole-copy revisions), moved to
 * today's layout: the label into the response, the revisions into rounds of its history,
 * the drafts beside it in its store. When a write fails, the old record stays as it is and
 * is read the same way next time: nothing is lost.
 */
function migrate(value: Record<string, unknown>): Assessment | null {
  const parsed = parseStoredResponse(value.response, framework);
  if (!parsed.ok || typeof value.id !== 'string') return null;
  const revisions = Array.isArray(value.revisions) ? (value.revisions as LegacyRevision[]) : [];
  const label = typeof value.label === 'string' && value.label ? value.label : parsed.value.label;
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

/**
 * A stored plan in today's format: plans of an older format are upgraded (and written back
 * on the next save). A plan in progress (problems only on fields a person types, such as an
 * empty title) reads as it is. One that does not read is kept under the backup key and
 * counted as damaged, so the page says so; the rest of the record is still read.
 */
function readPlan(value: unknown, key: string, backup: string): { plan?: ActionPlan } | null {
  if (value === undefined || value === null) return {};
  const read = readDraftPlan(value, framework);
  if (read.ok) return { plan: read.plan };
  try {
    writeJson(`${BACKUP_PREFIX}${backup}:plan`, value);
  } catch {
    // No room for the backup: leave the whole record untouched rather than lose the plan.
    return null;
  }
  damaged.add(`${key}:plan`);
  return {};
}

/**
 * Stored feedback on the questions, read through `parseFeedback`. Feedback that does not
 * read is set aside under the backup key, as a plan is: never lost, and counted as damaged.
 */
function readQuestionFeedback(
  value: unknown,
  key: string,
): { questionFeedback?: QuestionFeedback } | null {
  if (value === undefined || value === null) return {};
  // Feedback given on the questions of another version is read as it was given.
  const version = isObject(value) && isObject(value.framework) ? value.framework.version : null;
  const parsed = parseFeedback(value, version === framework.version ? framework : undefined);
  if (parsed.ok) return { questionFeedback: parsed.value };
  try {
    writeJson(`${BACKUP_PREFIX}${key.slice(ASSESSMENT_PREFIX.length)}:question-feedback`, value);
  } catch {
    return null;
  }
  damaged.add(`${key}:question-feedback`);
  return {};
}

/** A light structural check: records were written by this module, so only damage is caught. */
function readRecord(key: string): Assessment | null {
  const value = readJson(key);
  if (!isObject(value) || value.format !== STORE_FORMAT || typeof value.id !== 'string') {
    return null;
  }
  if (value.version === 1) return isObject(value.response) ? migrate(value) : null;
  if (value.version !== STORE_VERSION) return null;
  const loaded = responseStore(value.id).load(framework);
  if (loaded.status !== 'restored') return null;
  const meta = value as unknown as StoredRecord;
  const { format: _f, version: _v, plan: storedPlan, questionFeedback: qf, ...rest } = meta;
  const plan = readPlan(storedPlan, key, value.id);
  const questionFeedback = readQuestionFeedback(qf, key);
  if (!plan || !questionFeedback) return null;
  const migration = isObject(rest.migration) && isObject(rest.migration.report);
  return {
    ...rest,
    migration: migration ? rest.migration : undefined,
    ...plan,
    ...questionFeedback,
    response: loaded.response,
    updatedAt: latest(meta.updatedAt, loaded.response.updatedAt),
  };
}

function loadAssessments(): Map<string, Assessment> {
  const map = new Map<string, Assessment>();
  const store = backend();
  if (!store) return map;
  const keys = Array.from({ length: store.length }, (_, i) => store.key(i));
  for (const key of keys) {
    if (!key?.startsWith(ASSESSMENT_PREFIX)) continue;
    const record = readRecord(key);
    if (record) map.set(record.id, record);
    else damaged.add(key);
  }
  return map;
}

function all(): Map<string, Assessment> {
  assessments ??= loadAssessments();
  return assessments;
}

function notify(): void {
  for (const listener of listeners) listener();
}

if (typeof window !== 'undefined') {
  // Another tab changed something: drop the cache and tell the pages.
  window.addEventListener('storage', (event) => {
    if (event.key !== null && !event.key.startsWith(PREFIX)) return;
    assessments = null;
    teams = null;
    prefs = null;
    workshop = null;
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

/** Whether the browser lets the site store anything (private modes may not). */
export function isAvailable(): boolean {
  const store = backend();
  if (!store) return false;
  try {
    store.setItem(`${PREFIX}probe`, '1');
    store.removeItem(`${PREFIX}probe`);
    return true;
  } catch {
    return false;
  }
}

/** How many stored records could not be read. */
export function damagedCount(): number {
  all();
  allTeams();
  return damaged.size;
}

// ── Preferences ────────────────────────────────────────────────────────────

export function getPrefs(): Prefs {
  if (!prefs) {
    const value = readJson(PREFS_KEY);
    prefs = isObject(value) ? (value as Prefs) : {};
  }
  return prefs;
}

export function setPrefs(patch: Partial<Prefs>): Prefs {
  const next = { ...getPrefs(), ...patch };
  writeJson(PREFS_KEY, next);
  prefs = next;
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

/** Writes an assessment (new or changed); `touch` moves its `updatedAt` to now. */
export function saveAssessment(record: Assessment, { touch = true } = {}): Assessment {
  const next: Assessment = touch ? { ...record, updatedAt: now() } : record;
  if (all().get(next.id)?.response !== next.response) writeResponse(next.id, next.response);
  writeRecord(next);
  all().set(next.id, next);
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
  const id = extra.id && !all().has(extra.id) ? extra.id : newId();
  const record: Assessment = {
    createdAt: at,
    ...extra,
    id,
    updatedAt: extra.updatedAt ?? at,
    response,
  };
  saveAssessment(record, { touch: false });
  if (makeCurrent || !getAssessment(getPrefs().currentId)) setCurrent(id);
  return record;
}

export function deleteAssessment(id: string): void {
  backend()?.removeItem(`${ASSESSMENT_PREFIX}${id}`);
  responseStore(id).clear();
  all().delete(id);
  if (getPrefs().currentId === id) {
    const next = listAssessments()[0];
    setPrefs({ currentId: next?.id });
  }
  notify();
}

// ── Workshop ───────────────────────────────────────────────────────────────

export function getWorkshop(): Workshop {
  if (!workshop) {
    const value = readJson(WORKSHOP_KEY);
    workshop =
      isObject(value) && Array.isArray(value.participants)
        ? { participants: value.participants as Participant[] }
        : { participants: [] };
  }
  return workshop;
}

export function saveWorkshop(next: Workshop): void {
  writeJson(WORKSHOP_KEY, next);
  workshop = next;
  notify();
}

export function clearWorkshop(): void {
  backend()?.removeItem(WORKSHOP_KEY);
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
  const value = readJson(key);
  if (!isObject(value) || typeof value.id !== 'string' || !Array.isArray(value.members)) {
    return null;
  }
  const { plan: storedPlan, ...rest } = value as unknown as Team;
  const plan = readPlan(storedPlan, key, `team:${value.id}`);
  return plan ? { ...rest, ...plan } : null;
}

function allTeams(): Map<string, Team> {
  if (!teams) {
    teams = new Map();
    const store = backend();
    const keys = store ? Array.from({ length: store.length }, (_, i) => store.key(i)) : [];
    for (const key of keys) {
      if (!key?.startsWith(TEAM_PREFIX)) continue;
      const team = readTeam(key);
      if (team) teams.set(team.id, team);
      else damaged.add(key);
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

/** Writes a team (new or changed), its `updatedAt` moved to now. */
export function saveTeam(team: Team): Team {
  const next = { ...team, updatedAt: now() };
  writeJson(`${TEAM_PREFIX}${team.id}`, next);
  allTeams().set(next.id, next);
  notify();
  return next;
}

export function deleteTeam(id: string): void {
  backend()?.removeItem(`${TEAM_PREFIX}${id}`);
  allTeams().delete(id);
  notify();
}
