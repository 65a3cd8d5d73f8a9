/**
 * The documents of a room, and how each is laid out in Yjs. Shared by the server (which
 * validates every change against them) and the client (which reads and writes them).
 *
 * A room `R` has, by name:
 * - `R/room`: what the facilitator shares with everyone: the room's title, framework and
 *   teams, whether it is closed, and (when shared) the group's answers and the teams' plans;
 * - `R/roster`: who joined (written by the server only, read by the facilitator);
 * - `R/participant/P`: participant P's response, drafts and feedback;
 * - `R/plan/T`: team T's action plan.
 *
 * Granularity follows what people edit at once: a response keeps one entry per answer, a plan
 * one entry per field of each action, so that two people changing different answers, different
 * actions or different fields of one action both keep their change.
 * Why Yjs and this layout: docs/decisions/0019-workshop-rooms.md.
 */
import {
  formatIssues,
  parseFeedback,
  parseResponse,
  readDraftPlan,
  type ActionPlan,
  type FrameworkRef,
  type Issue,
  type ParseResult,
  type QuestionFeedback,
  type Response,
} from '@dtc/schema';
import * as Y from 'yjs';

/**
 * A team's plan as its members write it: the plan editor sends it on every keystroke, so an
 * action just added (no title or outcome yet) must be kept and shared; anything else wrong in
 * it is refused (`readDraftPlan` of @dtc/schema).
 */
function parsePlan(value: unknown): ParseResult<ActionPlan> {
  const read = readDraftPlan(value);
  return read.ok ? { ok: true, value: read.plan } : read;
}

export type DocumentKind = 'room' | 'roster' | 'participant' | 'plan';

export interface DocumentName {
  room: string;
  kind: DocumentKind;
  /** The participant's or the team's id, for `participant` and `plan`. */
  key?: string;
}

/** Ids the server gives out (rooms, participants) and teams' ids: short, URL-safe. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export function documentName(name: DocumentName): string {
  return name.key === undefined
    ? `${name.room}/${name.kind}`
    : `${name.room}/${name.kind}/${name.key}`;
}

/** Reads a document name; null for anything that is not one of a room's documents. */
export function parseDocumentName(value: string): DocumentName | null {
  const parts = value.split('/');
  const [room, kind, key] = parts;
  if (!room || !ID_PATTERN.test(room)) return null;
  if (parts.length === 2 && (kind === 'room' || kind === 'roster')) return { room, kind };
  if (
    parts.length === 3 &&
    (kind === 'participant' || kind === 'plan') &&
    key &&
    ID_PATTERN.test(key)
  )
    return { room, kind, key };
  return null;
}

/** A team of the room: its id (in document names) and the name people gave it. */
export interface Team {
  id: string;
  name: string;
}

/** What `R/room` holds. */
export interface RoomInfo {
  title: string;
  framework: FrameworkRef;
  teams: Team[];
  /** A locale tag the room was opened in (the facilitator's page language). */
  locale?: string | undefined;
  closed: boolean;
}

/** What the facilitator shares with participants (`R/room`, map `shared`). */
export interface Shared {
  /** The group's responses, without names (for the group view), when shared. */
  group?: Response[] | undefined;
  /** Every team's plan by team id (for the gallery walk), when shared. */
  plans?: Record<string, ActionPlan> | undefined;
}

/** Who joined (`R/roster`), by participant id. */
export interface RosterEntry {
  name: string;
  team: string;
  joinedAt: string;
}

/** What `R/participant/P` holds. */
export interface ParticipantData {
  response: Response | null;
  drafts: Record<string, string>;
  feedback: QuestionFeedback | null;
}

/** The top-level types each kind of document may have, and their Yjs type. */
const ROOTS: Record<DocumentKind, Record<string, 'map' | 'array'>> = {
  room: { info: 'map', shared: 'map' },
  roster: { participants: 'map' },
  participant: { response: 'map', answers: 'map', drafts: 'map', feedback: 'map' },
  plan: { plan: 'map', actions: 'map', order: 'array', history: 'array' },
};

export const LIMITS_OF_TEXT = { title: 200, teamName: 100, teams: 50, draft: 5000 } as const;

/** A JSON value as Yjs stores it in a map (an immutable copy). */
type Json = unknown;

const same = (a: Json, b: Json): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Sets `map[key]` to `value` only when it differs; deletes it for `undefined`. */
function put(map: Y.Map<Json>, key: string, value: Json): void {
  if (value === undefined) {
    if (map.has(key)) map.delete(key);
  } else if (!map.has(key) || !same(map.get(key), value)) {
    map.set(key, value);
  }
}

/** Makes `map` hold exactly `record`'s entries, touching only what changed. */
function putAll(map: Y.Map<Json>, record: Readonly<Record<string, Json>>): void {
  for (const key of [...map.keys()]) if (!(key in record)) map.delete(key);
  for (const [key, value] of Object.entries(record)) put(map, key, value);
}

const plain = (map: Y.Map<Json>): Record<string, Json> => map.toJSON() as Record<string, Json>;

// ---------------------------------------------------------------------------------------------
// Participant

export function writeParticipant(
  doc: Y.Doc,
  data: Partial<ParticipantData>,
  origin?: unknown,
): void {
  doc.transact(() => {
    if (data.response !== undefined) {
      const { answers = {}, ...rest } = data.response ?? ({} as Partial<Response>);
      putAll(doc.getMap('response'), data.response ? (rest as Record<string, Json>) : {});
      putAll(doc.getMap('answers'), answers as Record<string, Json>);
    }
    if (data.drafts !== undefined) putAll(doc.getMap('drafts'), data.drafts);
    if (data.feedback !== undefined)
      putAll(doc.getMap('feedback'), data.feedback ? { value: data.feedback } : {});
  }, origin);
}

/** The participant document's content as plain data, not yet validated. */
export function readParticipantRaw(doc: Y.Doc): {
  response: Record<string, Json> | null;
  drafts: Record<string, Json>;
  feedback: Json;
} {
  const head = plain(doc.getMap('response'));
  const answers = plain(doc.getMap('answers'));
  const empty = Object.keys(head).length === 0 && Object.keys(answers).length === 0;
  return {
    response: empty ? null : { ...head, answers },
    drafts: plain(doc.getMap('drafts')),
    feedback: doc.getMap('feedback').get('value') ?? null,
  };
}

// ---------------------------------------------------------------------------------------------
// Plan

export function writePlan(doc: Y.Doc, plan: ActionPlan | null, origin?: unknown): void {
  doc.transact(() => {
    const head = doc.getMap<Json>('plan');
    const actions = doc.getMap<Y.Map<Json>>('actions');
    const order = doc.getArray<string>('order');
    const history = doc.getArray<Json>('history');
    if (!plan) {
      head.clear();
      actions.clear();
      order.delete(0, order.length);
      history.delete(0, history.length);
      return;
    }
    const { actions: list, history: entries, ...rest } = plan;
    putAll(head, rest as Record<string, Json>);
    const ids = new Set(list.map((a) => a.id));
    for (const id of [...actions.keys()]) if (!ids.has(id)) actions.delete(id);
    for (const action of list) {
      let fields = actions.get(action.id);
      if (!fields) {
        fields = new Y.Map<Json>();
        actions.set(action.id, fields);
      }
      putAll(fields, action as unknown as Record<string, Json>);
    }
    // The order: ids removed, then the new order where it differs (an unchanged order is not
    // rewritten, so that another member's concurrent insertion survives).
    const wanted = list.map((a) => a.id);
    if (!same(order.toArray(), wanted)) {
      order.delete(0, order.length);
      order.push(wanted);
    }
    // History only grows by its end; entries already there stay as they are.
    const known = new Set(history.toArray().map((e) => JSON.stringify(e)));
    const added = entries.filter((e) => !known.has(JSON.stringify(e)));
    if (added.length) history.push(added);
    const keep = new Set(entries.map((e) => JSON.stringify(e)));
    for (let i = history.length - 1; i >= 0; i -= 1)
      if (!keep.has(JSON.stringify(history.get(i)))) history.delete(i, 1);
  }, origin);
}

/** The plan document's content as plain data (null when empty), not yet validated. */
export function readPlanRaw(doc: Y.Doc): Record<string, Json> | null {
  const head = plain(doc.getMap('plan'));
  if (Object.keys(head).length === 0) return null;
  const actions = doc.getMap<Y.Map<Json>>('actions');
  const seen = new Set<string>();
  const ordered: Json[] = [];
  const add = (id: string): void => {
    const fields = actions.get(id);
    if (seen.has(id) || !(fields instanceof Y.Map)) return;
    seen.add(id);
    ordered.push(fields.toJSON());
  };
  for (const id of doc.getArray<string>('order').toArray()) if (typeof id === 'string') add(id);
  // Actions whose place was lost to a concurrent reorder come last, in id order.
  for (const id of [...actions.keys()].sort()) add(id);
  return { ...head, actions: ordered, history: doc.getArray('history').toArray() };
}

// ---------------------------------------------------------------------------------------------
// Room and roster

export function writeRoom(
  doc: Y.Doc,
  change: { info?: Partial<RoomInfo>; shared?: Shared },
  origin?: unknown,
): void {
  doc.transact(() => {
    const info = doc.getMap<Json>('info');
    for (const [key, value] of Object.entries(change.info ?? {})) put(info, key, value);
    if (change.shared) {
      const shared = doc.getMap<Json>('shared');
      put(shared, 'group', change.shared.group);
      put(shared, 'plans', change.shared.plans);
    }
  }, origin);
}

export function readRoomRaw(doc: Y.Doc): {
  info: Record<string, Json>;
  shared: Record<string, Json>;
} {
  return { info: plain(doc.getMap('info')), shared: plain(doc.getMap('shared')) };
}

export function readRoster(doc: Y.Doc): Record<string, RosterEntry> {
  return plain(doc.getMap('participants')) as Record<string, RosterEntry>;
}

// ---------------------------------------------------------------------------------------------
// Validation: what the server checks after applying a change to a copy, and the client after
// receiving one.

/** Why a document's content was refused. */
export interface DocumentProblem {
  code: 'unknown-root' | 'wrong-type' | 'invalid-content';
  /** Where, e.g. `answers`, `shared.group[2].answers.q1.value`. */
  path: string;
  message: string;
}

const problem = (
  code: DocumentProblem['code'],
  path: string,
  message: string,
): DocumentProblem => ({
  code,
  path,
  message,
});

const fromIssues = (where: string, issues: readonly Issue[]): DocumentProblem =>
  problem('invalid-content', where, `${where}: ${formatIssues(issues.slice(0, 5))}`);

/**
 * The first place where `raw` has a field that `parsed` (what the format read of it) does not:
 * a field the format does not know, which reading drops but the document would keep and pass
 * on to everyone. Null when there is none.
 */
function unknownField(raw: unknown, parsed: unknown, path: string): string | null {
  if (Array.isArray(raw) && Array.isArray(parsed)) {
    for (const [i, item] of raw.entries()) {
      const found = unknownField(item, parsed[i], `${path}[${i}]`);
      if (found) return found;
    }
  } else if (isRecord(raw) && isRecord(parsed)) {
    for (const [key, value] of Object.entries(raw)) {
      if (!Object.hasOwn(parsed, key)) return `${path}.${key}`;
      const found = unknownField(value, parsed[key], `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

/** A read content's problem: its issues when it does not read, or a field the format does not know. */
function checked(
  where: string,
  raw: unknown,
  parsed: ParseResult<unknown>,
): DocumentProblem | null {
  if (!parsed.ok) return fromIssues(where, parsed.issues);
  const extra = unknownField(raw, parsed.value, where);
  return extra ? problem('invalid-content', extra, `${extra}: the format has no such field`) : null;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

/** Checks that the document has only the top-level types its kind allows, with their types. */
function checkRoots(doc: Y.Doc, kind: DocumentKind): DocumentProblem | null {
  const allowed = ROOTS[kind];
  for (const name of doc.share.keys()) {
    if (!(name in allowed))
      return problem('unknown-root', name, `"${name}" is not part of a ${kind} document`);
  }
  try {
    for (const [name, type] of Object.entries(allowed))
      if (type === 'map') doc.getMap(name);
      else doc.getArray(name);
  } catch {
    return problem(
      'wrong-type',
      kind,
      `a top-level type of this ${kind} document has the wrong kind`,
    );
  }
  return null;
}

export function validateRoomInfo(info: Record<string, unknown>): DocumentProblem | null {
  if (Object.keys(info).length === 0) return null;
  const allowed = new Set(['title', 'framework', 'teams', 'locale', 'closed']);
  for (const key of Object.keys(info))
    if (!allowed.has(key))
      return problem('invalid-content', `info.${key}`, `"${key}" is not a room setting`);
  if (!isText(info.title, LIMITS_OF_TEXT.title))
    return problem('invalid-content', 'info.title', 'the title is text of at most 200 characters');
  const fw = info.framework;
  if (!isRecord(fw) || !isText(fw.id, 100) || !isText(fw.version, 50))
    return problem('invalid-content', 'info.framework', 'the framework is { id, version }');
  const teams = info.teams;
  if (
    !Array.isArray(teams) ||
    teams.length > LIMITS_OF_TEXT.teams ||
    !teams.every(
      (t) =>
        isRecord(t) &&
        typeof t.id === 'string' &&
        ID_PATTERN.test(t.id) &&
        isText(t.name, LIMITS_OF_TEXT.teamName),
    )
  )
    return problem('invalid-content', 'info.teams', 'teams are a list of { id, name }');
  if (info.locale !== undefined && !isText(info.locale, 35))
    return problem('invalid-content', 'info.locale', 'the locale is a language tag');
  if (typeof info.closed !== 'boolean')
    return problem('invalid-content', 'info.closed', '"closed" is true or false');
  return null;
}

/**
 * Checks a document of `kind` as a whole: its top-level types, then its content against the
 * formats of @dtc/schema. Null when it is valid.
 */
export function validateDocument(doc: Y.Doc, kind: DocumentKind): DocumentProblem | null {
  const roots = checkRoots(doc, kind);
  if (roots) return roots;
  switch (kind) {
    case 'participant': {
      const raw = readParticipantRaw(doc);
      if (raw.response) {
        const bad = checked('response', raw.response, parseResponse(raw.response));
        if (bad) return bad;
      }
      for (const [id, text] of Object.entries(raw.drafts))
        if (!isText(text, LIMITS_OF_TEXT.draft))
          return problem(
            'invalid-content',
            `drafts.${id}`,
            'a draft is text of at most 5000 characters',
          );
      if (raw.feedback !== null) {
        const bad = checked('feedback', raw.feedback, parseFeedback(raw.feedback));
        if (bad) return bad;
      }
      return null;
    }
    case 'plan': {
      const actions = doc.getMap('actions');
      for (const [id, fields] of actions.entries())
        if (!(fields instanceof Y.Map))
          return problem('wrong-type', `actions.${id}`, 'an action is a map of its fields');
      const raw = readPlanRaw(doc);
      if (raw === null)
        return actions.size === 0
          ? null
          : problem('invalid-content', 'plan', 'actions without a plan');
      return checked('plan', raw, parsePlan(raw));
    }
    case 'room': {
      const { info, shared } = readRoomRaw(doc);
      const bad = validateRoomInfo(info);
      if (bad) return bad;
      for (const key of Object.keys(shared))
        if (key !== 'group' && key !== 'plans')
          return problem('invalid-content', `shared.${key}`, `"${key}" is not something to share`);
      if (shared.group !== undefined) {
        if (!Array.isArray(shared.group))
          return problem('invalid-content', 'shared.group', 'the group is a list of responses');
        for (const [i, r] of shared.group.entries()) {
          const parsed = parseResponse(r);
          const bad = checked(`shared.group[${i}]`, r, parsed);
          if (bad || !parsed.ok) return bad;
          if (parsed.value.respondent.name !== undefined)
            return problem(
              'invalid-content',
              `shared.group[${i}].respondent.name`,
              'shared answers carry no names',
            );
        }
      }
      if (shared.plans !== undefined) {
        if (!isRecord(shared.plans))
          return problem('invalid-content', 'shared.plans', 'plans are by team id');
        for (const [team, plan] of Object.entries(shared.plans)) {
          const bad = checked(`shared.plans.${team}`, plan, parsePlan(plan));
          if (bad) return bad;
        }
      }
      return null;
    }
    case 'roster': {
      for (const [id, entry] of Object.entries(readRoster(doc)))
        if (!isRecord(entry) || !isText(entry.name, 200) || typeof entry.team !== 'string')
          return problem(
            'invalid-content',
            `participants.${id}`,
            'a roster entry is { name, team, joinedAt }',
          );
      return null;
    }
  }
}

/** The response as the room keeps it, read and checked; null when there is none or it is invalid. */
export function readResponse(doc: Y.Doc): Response | null {
  const raw = readParticipantRaw(doc).response;
  if (!raw) return null;
  const parsed = parseResponse(raw);
  return parsed.ok ? parsed.value : null;
}

export function readPlan(doc: Y.Doc): ActionPlan | null {
  const raw = readPlanRaw(doc);
  if (!raw) return null;
  const parsed = parsePlan(raw);
  return parsed.ok ? parsed.value : null;
}

export function readFeedback(doc: Y.Doc): QuestionFeedback | null {
  const raw = readParticipantRaw(doc).feedback;
  if (raw === null) return null;
  const parsed = parseFeedback(raw);
  return parsed.ok ? parsed.value : null;
}

export function readRoom(doc: Y.Doc): { info: RoomInfo | null; shared: Shared } {
  const { info, shared } = readRoomRaw(doc);
  const valid = Object.keys(info).length > 0 && validateRoomInfo(info) === null;
  return {
    info: valid ? (info as unknown as RoomInfo) : null,
    shared: shared as Shared,
  };
}
