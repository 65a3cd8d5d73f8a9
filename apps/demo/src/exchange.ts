/**
 * The portable file (`*.dtc.json`): what export writes and import reads. Import accepts
 * this site's export file, or a bare response file (`"format": "dtc.response"`) made by
 * another tool; every response and plan in it is validated by @dtc/schema against the
 * framework. Merging into the store never overwrites: a conflicting assessment is kept
 * as another entry. A response made with the framework's earlier version is read against
 * that version and carried to this site's (migration.ts): `readImport` loads the earlier
 * version for it when the file holds one.
 */
import {
  parseActionPlan,
  parseFeedback,
  parseResponse,
  PATTERNS,
  RESPONSE_FORMAT,
  RESPONSE_LIMITS,
  type ActionPlan,
  type Framework,
  type FrameworkRef,
  type Issue,
  type IssuePath,
  type QuestionFeedback,
  type Response,
} from '@dtc/schema';
import type { MigrationReport } from '@dtc/scoring';
import {
  carriedFrom,
  carry,
  isEarlier,
  loadEarlier,
  namesEarlier,
  type Earlier,
} from './migration.js';
import { revisionsToRounds, type LegacyRevision } from './rounds.js';
import { checkRatings, isTimestamp } from './stored-records.js';
import {
  createAssessment,
  getAssessment,
  labelOf,
  listAssessments,
  newId,
  now,
  type Assessment,
  type Feedback,
} from './storage.js';

export const EXPORT_FORMAT = 'dtc.export' as const;
export const EXPORT_VERSION = 1 as const;
/**
 * The largest file an import reads (5 MiB), per file: a larger one is refused before it is
 * read, with a message that names the file and this limit (`import.error.too-large`). No real
 * assessment comes near; the share codes' cap (`MAX_SHARE_BYTES`, share.ts) is the same.
 */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/**
 * The most assessments one export file holds (1,000): a longer list is refused with one
 * `too-big` issue at `assessments`, before any of them is checked. A workshop's group view is
 * built for 1,000 participants and a room holds 80; 5 MiB of the smallest entries would be over
 * 200,000, each checked in turn.
 */
export const MAX_FILE_ASSESSMENTS = 1000;

/**
 * One assessment in the file. Its rounds are in `response.history`; files written before
 * rounds also hold `revisions` (whole copies of the response), read as rounds. `label` is
 * the response's label, written beside it for readers of those earlier files.
 */
export interface ExportedAssessment {
  id: string;
  label: string;
  createdAt: string;
  updatedAt: string;
  response: Response;
  plan?: ActionPlan | undefined;
  feedback?: Feedback | undefined;
  /** Feedback on the questions (`dtc.feedback`), given in the questionnaire. */
  questionFeedback?: QuestionFeedback | undefined;
  /** Set on import when the response was carried from the framework's earlier version. */
  migration?: MigrationReport | undefined;
}

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  generator: string;
  assessments: ExportedAssessment[];
}

export type ImportErrorCode =
  | 'empty'
  | 'too-large'
  | 'invalid-json'
  | 'not-dtc'
  | 'unsupported-version'
  | 'framework-mismatch'
  | 'earlier-unavailable'
  | 'invalid';

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    readonly issues: Issue[] = [],
  ) {
    super(`Import failed: ${code}`);
    this.name = 'ImportError';
  }
}

/** Builds the export file for some assessments. */
export function buildExport(records: readonly Assessment[]): ExportFile {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now(),
    generator: 'dtc-demo',
    assessments: records.map((r) => ({
      id: r.id,
      label: labelOf(r),
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      response: r.response,
      plan: r.plan,
      feedback: r.feedback,
      questionFeedback: r.questionFeedback,
    })),
  };
}

/** A file name such as `senegal-ministry-2026-03-25.dtc.json`. */
export function exportFileName(label: string, date = new Date()): string {
  const slug = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'assessment'}-${date.toISOString().slice(0, 10)}.dtc.json`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** How an issue names the type of a value it did not expect (as @dtc/schema's do). */
const kind = (v: unknown): string =>
  v === undefined ? 'nothing' : v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;

const prefix = (path: IssuePath, issues: readonly Issue[]): Issue[] =>
  issues.map((i) => ({ ...i, path: [...path, ...i.path] }));

function checkResponse(
  value: unknown,
  framework: Framework,
  path: IssuePath,
  issues: Issue[],
): Response | null {
  const parsed = parseResponse(value, framework);
  if (parsed.ok) return parsed.value;
  issues.push(...prefix(path, parsed.issues));
  return null;
}

function checkPlan(
  value: unknown,
  framework: Framework,
  path: IssuePath,
  issues: Issue[],
): ActionPlan | undefined {
  if (value === undefined || value === null) return undefined;
  const parsed = parseActionPlan(value, framework);
  if (parsed.ok) return parsed.value;
  issues.push(...prefix(path, parsed.issues));
  return undefined;
}

function checkQuestionFeedback(
  value: unknown,
  framework: Framework,
  path: IssuePath,
  issues: Issue[],
): QuestionFeedback | undefined {
  if (value === undefined || value === null) return undefined;
  const parsed = parseFeedback(value, framework);
  if (parsed.ok) return parsed.value;
  issues.push(...prefix(path, parsed.issues));
  return undefined;
}

const checkFeedback = (value: unknown, path: IssuePath, issues: Issue[]): Feedback | undefined =>
  checkRatings(value, path, issues, now());

const text = (value: unknown, fallback: string): string =>
  typeof value === 'string' ? value : fallback;

/**
 * An id from a file, when it is a plain one (letters, digits, `-`, `_`) not taken yet; else
 * a new one. Ids end up in element ids and storage keys: odd characters or a repeat would
 * break the page's links and make one delete remove two things.
 */
function cleanId(value: unknown, taken: Set<string>): string {
  let id = typeof value === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(value) ? value : newId();
  while (taken.has(id)) id = newId();
  taken.add(id);
  return id;
}

function checkItem(
  value: unknown,
  framework: Framework,
  path: IssuePath,
  issues: Issue[],
  earlier?: Earlier,
): ExportedAssessment | null {
  if (!isObject(value)) {
    issues.push({
      path,
      code: 'invalid-type',
      params: { expected: 'object', found: kind(value) },
      message: 'Expected an assessment object',
    });
    return null;
  }
  const before = issues.length;
  // A response made with the earlier version is read against that version, then carried.
  const earlierVersion = (v: unknown) =>
    earlier && isObject(v) && isObject(v.framework) && isEarlier(v.framework as FrameworkRef)
      ? earlier.framework
      : framework;
  const answered = earlierVersion(value.response);
  const response = checkResponse(value.response, answered, [...path, 'response'], issues);
  const plan = checkPlan(value.plan, framework, [...path, 'plan'], issues);
  const feedback = checkFeedback(value.feedback, [...path, 'feedback'], issues);
  const questionFeedback = checkQuestionFeedback(
    value.questionFeedback,
    earlierVersion(value.questionFeedback),
    [...path, 'questionFeedback'],
    issues,
  );
  const revisions: LegacyRevision[] = [];
  if (value.revisions !== undefined) {
    if (!Array.isArray(value.revisions)) {
      issues.push({
        path: [...path, 'revisions'],
        code: 'invalid-type',
        params: { expected: 'array', found: kind(value.revisions) },
        message: 'Expected an array',
      });
    } else {
      value.revisions.forEach((rev: unknown, i) => {
        const rp = [...path, 'revisions', i];
        if (!isObject(rev)) {
          issues.push({
            path: rp,
            code: 'invalid-type',
            params: { expected: 'object', found: kind(rev) },
            message: 'Expected a revision object',
          });
          return;
        }
        const r = checkResponse(rev.response, answered, [...rp, 'response'], issues);
        if (r) {
          revisions.push({
            savedAt: text(rev.savedAt, r.updatedAt ?? now()),
            note: text(rev.note, ''),
            response: r,
          });
        }
      });
    }
  }
  // The file's own label and dates stand beside the response: checked as its own are, so
  // that what is stored reads back.
  if (typeof value.label === 'string' && value.label.length > RESPONSE_LIMITS.label)
    issues.push({
      path: [...path, 'label'],
      code: 'too-big',
      params: { origin: 'string', maximum: RESPONSE_LIMITS.label, inclusive: 'yes' },
      message: `Too long: at most ${RESPONSE_LIMITS.label} characters`,
    });
  for (const key of ['createdAt', 'updatedAt'] as const)
    if (value[key] !== undefined && !isTimestamp(value[key]))
      issues.push({
        path: [...path, key],
        code: 'invalid-format',
        params: { format: 'regex', pattern: 'timestamp' },
        message: PATTERNS.timestamp.message,
      });
  if (!response || issues.length > before) return null;
  const at = response.updatedAt ?? now();
  const label = text(value.label, response.label ?? '');
  const withRounds = revisionsToRounds(label ? { ...response, label } : response, revisions);
  const carried =
    earlier && answered === earlier.framework ? carry(withRounds, earlier, true) : null;
  if (earlier && answered === earlier.framework && !carried) {
    issues.push({
      path: [...path, 'response', 'framework'],
      code: 'framework-version-mismatch',
      params: { found: response.framework.version, expected: framework.version },
      message: `Made for version ${response.framework.version}, not ${framework.version}`,
    });
    return null;
  }
  return {
    id: cleanId(typeof value.id === 'string' ? value.id : response.id, new Set()),
    label,
    createdAt: text(value.createdAt, response.createdAt ?? at),
    updatedAt: text(value.updatedAt, at),
    response: carried?.response ?? withRounds,
    plan,
    feedback,
    ...(questionFeedback ? { questionFeedback } : {}),
    ...(carried ? { migration: carried.report } : {}),
  };
}

/** The value of JSON text (a parsed value as it is). Throws ImportError. */
function jsonValue(input: unknown): unknown {
  if (typeof input !== 'string') return input;
  if (!input.trim()) throw new ImportError('empty');
  try {
    return JSON.parse(input.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    throw new ImportError('invalid-json', [
      { path: [], code: 'invalid-json', message: (error as Error).message },
    ]);
  }
}

/**
 * Reads an export file or a bare response (JSON text or a parsed value) and returns the
 * assessments in it, validated. Responses made with the framework's earlier version are
 * carried to this one with `earlier` (see `readImport`), and refused without it. Throws
 * ImportError with a code and the issues found.
 */
export function parseImport(
  input: unknown,
  framework: Framework,
  earlier?: Earlier,
): ExportedAssessment[] {
  const value = jsonValue(input);
  if (!isObject(value)) throw new ImportError('not-dtc');
  if (value.format === RESPONSE_FORMAT) {
    const answered = earlier && namesEarlier(value) ? earlier.framework : framework;
    const parsed = parseResponse(value, answered);
    if (!parsed.ok) throw errorFor(parsed.issues);
    const item = checkItem({ response: value }, framework, [], [], earlier);
    if (!item) throw new ImportError('invalid');
    return [item];
  }
  if (value.format !== EXPORT_FORMAT) throw new ImportError('not-dtc');
  if (value.version !== EXPORT_VERSION) {
    throw new ImportError('unsupported-version', [
      {
        path: ['version'],
        code: 'unsupported-version',
        message: `Version ${typeof value.version === 'number' || typeof value.version === 'string' ? value.version : kind(value.version)}`,
      },
    ]);
  }
  if (!Array.isArray(value.assessments)) {
    throw new ImportError('invalid', [
      {
        path: ['assessments'],
        code: 'invalid-type',
        params: { expected: 'array', found: kind(value.assessments) },
        message: 'Expected a list of assessments',
      },
    ]);
  }
  if (value.assessments.length === 0) throw new ImportError('empty');
  if (value.assessments.length > MAX_FILE_ASSESSMENTS) {
    throw new ImportError('invalid', [
      {
        path: ['assessments'],
        code: 'too-big',
        params: { origin: 'array', maximum: MAX_FILE_ASSESSMENTS, inclusive: 'yes' },
        message: `Expected at most ${MAX_FILE_ASSESSMENTS} assessments, found ${value.assessments.length}`,
      },
    ]);
  }
  const issues: Issue[] = [];
  const items: ExportedAssessment[] = [];
  value.assessments.forEach((item: unknown, i) => {
    const ok = checkItem(item, framework, ['assessments', i], issues, earlier);
    if (ok) items.push(ok);
  });
  if (issues.length) throw errorFor(issues);
  return items;
}

function errorFor(issues: Issue[]): ImportError {
  const mismatch = issues.find((i) => i.code === 'framework-mismatch');
  if (mismatch) return new ImportError('framework-mismatch', [mismatch]);
  const version = issues.find((i) => i.code === 'unsupported-version');
  if (version) return new ImportError('unsupported-version', [version]);
  return new ImportError('invalid', issues);
}

/**
 * `parseImport`, after loading the framework's earlier version when the value holds a
 * response made with it (only then: most files never need it).
 */
export async function readImport(
  input: unknown,
  framework: Framework,
): Promise<ExportedAssessment[]> {
  const value = jsonValue(input);
  if (!namesEarlier(value)) return parseImport(value, framework);
  const earlier = await loadEarlier().catch(() => {
    // Offline before the earlier version was ever fetched: nothing read, nothing stored.
    throw new ImportError('earlier-unavailable');
  });
  return parseImport(value, framework, earlier);
}

/** Reads a File chosen or dropped by the user, then parses it as above. */
export async function readImportFile(
  file: File,
  framework: Framework,
): Promise<ExportedAssessment[]> {
  if (file.size === 0) throw new ImportError('empty');
  if (file.size > MAX_FILE_BYTES) throw new ImportError('too-large');
  return readImport(await file.text(), framework);
}

/** Whether two assessments hold the same data (labels and dates aside). */
function sameContent(
  a: Pick<Assessment, 'response' | 'plan' | 'feedback' | 'questionFeedback'>,
  b: ExportedAssessment,
): boolean {
  const strip = (r: Response) =>
    JSON.stringify({ ...r, label: undefined, updatedAt: undefined, migrations: carriedFrom(r) });
  return (
    strip(a.response) === strip(b.response) &&
    JSON.stringify(a.plan ?? null) === JSON.stringify(b.plan ?? null) &&
    JSON.stringify(a.feedback ?? null) === JSON.stringify(b.feedback ?? null) &&
    JSON.stringify(a.questionFeedback ?? null) === JSON.stringify(b.questionFeedback ?? null)
  );
}

export interface MergeReport {
  /** New entries, kept under their own id. */
  added: Assessment[];
  /** Entries that conflicted with a stored one and were kept as another entry. */
  copies: Assessment[];
  /** Entries already stored exactly as in the file (nothing to do). */
  unchanged: Assessment[];
}

/**
 * Adds imported assessments to the store. Nothing stored is ever replaced: when an
 * assessment with the same id exists and differs, the import becomes another entry.
 */
export function mergeIntoStore(
  items: readonly ExportedAssessment[],
  origin: { kind: 'file' | 'share'; name?: string | undefined },
): MergeReport {
  const report: MergeReport = { added: [], copies: [], unchanged: [] };
  const at = now();
  for (const item of items) {
    const existing =
      getAssessment(item.id) ??
      (item.response.id
        ? listAssessments().find((a) => a.response.id === item.response.id)
        : undefined);
    if (existing && sameContent(existing, item)) {
      report.unchanged.push(existing);
      continue;
    }
    const record = createAssessment(
      item.response,
      {
        id: existing ? newId() : item.id,
        createdAt: item.createdAt,
        updatedAt: item.updatedAt,
        plan: item.plan,
        feedback: item.feedback,
        questionFeedback: item.questionFeedback,
        origin: { kind: origin.kind, at, name: origin.name },
        migration: item.migration ? { report: item.migration } : undefined,
      },
      // What the user is working on stays current; a first import becomes current.
      { makeCurrent: false },
    );
    (existing ? report.copies : report.added).push(record);
  }
  return report;
}
