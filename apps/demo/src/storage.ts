/**
 * The demo's only door to browser storage. Everything the visitor does is kept in
 * `localStorage`, one key per record, so a write is small and synchronous: a reload
 * right after any change finds it. Records are read once into memory, and kept in step
 * with other tabs through the `storage` event.
 *
 * Keys (all under the `dtc-demo:` prefix):
 * - `dtc-demo:prefs` → {@link Prefs}
 * - `dtc-demo:assessment:<id>` → {@link Assessment} (response, plan, feedback, revisions)
 * - `dtc-demo:workshop` → {@link Workshop} (participants a facilitator imported)
 */
import type { ActionPlan, Response } from '@dtc/schema';

export const STORE_FORMAT = 'dtc.demo-store' as const;
export const STORE_VERSION = 1 as const;

/** How a participant rated the assessment, 1 (poor) to 5 (excellent); null = not rated. */
export interface Feedback {
  questions: number | null;
  methods: number | null;
  usefulness: number | null;
  comment: string;
  updatedAt: string;
}

/** A snapshot of an assessment kept when the user saves a revision (e.g. "before deep dive"). */
export interface Revision {
  id: string;
  savedAt: string;
  note: string;
  response: Response;
  plan?: ActionPlan | undefined;
}

/** One assessment: the working response, its plan and feedback, and its saved revisions. */
export interface Assessment {
  format: typeof STORE_FORMAT;
  version: typeof STORE_VERSION;
  id: string;
  label: string;
  createdAt: string;
  updatedAt: string;
  response: Response;
  plan?: ActionPlan | undefined;
  feedback?: Feedback | undefined;
  revisions: Revision[];
  /** Where it came from when it was not started here. */
  origin?: { kind: 'file' | 'share'; at: string; name?: string | undefined } | undefined;
  /** The last section the user worked on (a pillar id, or `all`), to resume there. */
  section?: string | undefined;
}

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
/** Text typed into the questionnaire that is not valid yet, per assessment. */
const DRAFTS_PREFIX = `${PREFIX}drafts:`;

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

/** A light structural check: records were written by this module, so only damage is caught. */
function asAssessment(value: unknown): Assessment | null {
  if (!isObject(value) || value.format !== STORE_FORMAT || typeof value.id !== 'string')
    return null;
  if (!isObject(value.response) || !Array.isArray(value.revisions)) return null;
  return value as unknown as Assessment;
}

function loadAssessments(): Map<string, Assessment> {
  const map = new Map<string, Assessment>();
  const store = backend();
  if (!store) return map;
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (!key?.startsWith(ASSESSMENT_PREFIX)) continue;
    const record = asAssessment(readJson(key));
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
  writeJson(`${ASSESSMENT_PREFIX}${next.id}`, next);
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
 * Adds a new assessment built around `response`. It becomes the current one, unless
 * `makeCurrent` is false and another assessment is already current.
 */
export function createAssessment(
  response: Response,
  extra: Partial<Omit<Assessment, 'format' | 'version' | 'response'>> = {},
  { makeCurrent = true } = {},
): Assessment {
  const at = now();
  const id = extra.id && !all().has(extra.id) ? extra.id : newId();
  const record: Assessment = {
    format: STORE_FORMAT,
    version: STORE_VERSION,
    label: response.label ?? '',
    createdAt: at,
    revisions: [],
    ...extra,
    id,
    updatedAt: extra.updatedAt ?? at,
    response,
  };
  saveAssessment(record, { touch: false });
  if (makeCurrent || !getAssessment(getPrefs().currentId)) setCurrent(id);
  return record;
}

/**
 * The questionnaire's drafts for an assessment (text typed that is not valid yet, by
 * field), as `dtc-drafts-change` gave them; anything unreadable reads as none.
 */
export function getDrafts(id: string): Record<string, string> {
  const value = readJson(`${DRAFTS_PREFIX}${id}`);
  if (!isObject(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
}

/** Keeps an assessment's drafts (removes them when there are none). */
export function saveDrafts(id: string, drafts: Readonly<Record<string, string>>): void {
  if (Object.keys(drafts).length) writeJson(`${DRAFTS_PREFIX}${id}`, drafts);
  else backend()?.removeItem(`${DRAFTS_PREFIX}${id}`);
}

export function deleteAssessment(id: string): void {
  backend()?.removeItem(`${ASSESSMENT_PREFIX}${id}`);
  backend()?.removeItem(`${DRAFTS_PREFIX}${id}`);
  all().delete(id);
  if (getPrefs().currentId === id) {
    const next = listAssessments()[0];
    setPrefs({ currentId: next?.id });
  }
  notify();
}

/** Keeps a snapshot of the assessment as it is now, with a note (e.g. "before deep dive"). */
export function addRevision(id: string, note: string): Revision | undefined {
  const record = getAssessment(id);
  if (!record) return undefined;
  const revision: Revision = {
    id: newId(),
    savedAt: now(),
    note,
    response: structuredClone(record.response),
    plan: record.plan ? structuredClone(record.plan) : undefined,
  };
  saveAssessment({ ...record, revisions: [...record.revisions, revision] });
  return revision;
}

export function deleteRevision(id: string, revisionId: string): void {
  updateAssessment(id, (r) => ({ revisions: r.revisions.filter((v) => v.id !== revisionId) }));
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
