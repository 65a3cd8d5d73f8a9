/**
 * Responses made with the framework's earlier version (1.0.0), carried to the version this
 * site uses wherever the demo reads one: its own storage (assessments and workshop
 * participants), import files, share codes. The earlier version and the mapping of its
 * questions (`@dtc/framework/v1`, `@dtc/framework/migrations`) are loaded only then, so a
 * visitor with only current responses never downloads them. `migrateResponse` keeps the
 * answers as they were in the response's `migrations`: nothing is lost.
 */
import {
  parseFrameworkMapping,
  RESPONSE_FORMAT,
  type Framework,
  type FrameworkMapping,
  type FrameworkRef,
  type Response,
} from '@dtc/schema';
import { migrateResponse, type MigrationReport } from '@dtc/scoring';
import { framework } from './data.js';
import { getWorkshop, listAssessments, saveAssessment, saveWorkshop } from './storage.js';

/** The earlier version of the framework, and how its questions map onto this site's. */
export interface Earlier {
  framework: Framework;
  mapping: FrameworkMapping;
}

/** A response carried to this site's version, and what became of its answers. */
export interface Carried {
  response: Response;
  report: MigrationReport;
}

/** Whether a response naming `ref` was made with the version this site can carry from. */
export function isEarlier(ref: FrameworkRef | undefined): boolean {
  const from = framework.predecessor;
  return !!ref && !!from && ref.id === from.id && ref.version === from.version;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The framework a raw response names, if it looks like one. */
function refOf(value: unknown): FrameworkRef | undefined {
  if (!isObject(value) || !isObject(value.framework)) return undefined;
  const { id, version } = value.framework;
  return typeof id === 'string' && typeof version === 'string' ? { id, version } : undefined;
}

/**
 * Whether a value read from a file or a share code (a response, or an export file with its
 * assessments and their revisions) holds a response made with the earlier version.
 */
export function namesEarlier(value: unknown): boolean {
  if (!isObject(value)) return false;
  if (value.format === RESPONSE_FORMAT) return isEarlier(refOf(value));
  if (!Array.isArray(value.assessments)) return false;
  return value.assessments.some(
    (item: unknown) =>
      isObject(item) &&
      (isEarlier(refOf(item.response)) ||
        (Array.isArray(item.revisions) &&
          item.revisions.some((r: unknown) => isObject(r) && isEarlier(refOf(r.response))))),
  );
}

/**
 * A response's migration records without the moment each was made: the same earlier file
 * imported twice is carried twice, at two moments, and is still the same response.
 */
export const carriedFrom = (r: Response) => r.migrations?.map(({ at: _at, ...m }) => m);

let loading: Promise<Earlier> | undefined;

/** The earlier version and its mapping, checked against both versions; loaded once, on demand. */
export function loadEarlier(): Promise<Earlier> {
  return (loading ??= Promise.all([
    import('@dtc/framework/v1'),
    import('@dtc/framework/migrations'),
  ]).then(
    ([v1, migrations]) => {
      const mapping = parseFrameworkMapping(migrations.mapping1to2, v1.sixPillarsV1, framework);
      if (!mapping.ok) throw new Error('The mapping from the earlier version does not fit');
      return { framework: v1.sixPillarsV1, mapping: mapping.value };
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  ));
}

/**
 * Carries `response` (made with the earlier version) to this site's version; null when it
 * cannot be (it names another framework or version). `keepUpdatedAt` keeps the time the
 * respondent last changed an answer, for a response that came from someone else (a file, a
 * share code), so that it still compares with later copies of the same response.
 */
export function carry(response: Response, earlier: Earlier, keepUpdatedAt = false): Carried | null {
  const out = migrateResponse(response, earlier.mapping, earlier.framework, framework);
  if (!out.ok) return null;
  if (!keepUpdatedAt) return { response: out.response, report: out.report };
  const { updatedAt: _now, ...rest } = out.response;
  const updatedAt = response.updatedAt;
  return { response: updatedAt ? { ...rest, updatedAt } : rest, report: out.report };
}

/**
 * Carries every stored response made with the earlier version (the visitor's assessments and
 * the workshop's participants) to this site's version, and saves them; an assessment keeps
 * the report, for the questionnaire's notice and the results' banner. Loads the earlier
 * version only when there is one. Resolves to how many were carried; a response that cannot
 * be carried, or a write the browser refuses, leaves the stored copy as it was.
 */
export async function carryStoredResponses(): Promise<number> {
  const records = listAssessments().filter((r) => isEarlier(r.response.framework));
  const participants = getWorkshop().participants.filter((p) => isEarlier(p.response.framework));
  if (!records.length && !participants.length) return 0;
  const earlier = await loadEarlier();
  let count = 0;
  for (const record of records) {
    const carried = carry(record.response, earlier);
    if (!carried) continue;
    try {
      saveAssessment(
        { ...record, response: carried.response, migration: { report: carried.report } },
        { touch: false },
      );
      count++;
    } catch {
      // Not saved (storage full): the earlier copy stays, and is carried next time.
    }
  }
  if (participants.length) {
    let changed = 0;
    const next = getWorkshop().participants.map((p) => {
      const carried = isEarlier(p.response.framework) ? carry(p.response, earlier, true) : null;
      if (!carried) return p;
      changed++;
      return { ...p, response: carried.response };
    });
    try {
      if (changed) saveWorkshop({ participants: next });
      count += changed;
    } catch {
      // As above: the participants stay as they were.
    }
  }
  return count;
}
