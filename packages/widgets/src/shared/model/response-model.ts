/**
 * Pure functions that edit a response the way the questionnaire does: no DOM, no storage,
 * no mutation (each returns a new response). `now` is injectable so tests are deterministic.
 * Why they live here and not in `@dtc/schema`: docs/decisions/0002-response-editing.md.
 */
import {
  NOT_APPLICABLE,
  RESPONSE_FORMAT,
  RESPONSE_VERSION,
  type Answer,
  type AnswerValue,
  type Confidence,
  type Framework,
  type HistoryEntry,
  type Pillar,
  type Question,
  type Respondent,
  type Response,
} from '@dtc/schema';

/** The parts of an answer the respondent edits; `undefined` removes an optional part. */
export interface AnswerPatch {
  value?: AnswerValue | undefined;
  comment?: string | undefined;
  evidence?: string[] | undefined;
  confidence?: Confidence | undefined;
}

const stamp = (): string => new Date().toISOString();

/**
 * A new, empty response to `framework`. Its role is `other` with no detail, which the
 * questionnaire reads as "not chosen yet" (see {@link roleChosen}): the schema requires a role.
 */
export function emptyResponse(framework: Framework, now = stamp()): Response {
  return {
    format: RESPONSE_FORMAT,
    version: RESPONSE_VERSION,
    framework: { id: framework.id, version: framework.version },
    respondent: { role: 'other' },
    answers: {},
    history: [],
    createdAt: now,
    updatedAt: now,
  };
}

/** Whether the respondent's role was given: anything but `other` without a detail. */
export function roleChosen(respondent: Respondent): boolean {
  return respondent.role !== 'other' || !!respondent.roleDetail?.trim();
}

function same(a: Answer, b: Answer): boolean {
  return (
    a.value === b.value &&
    (a.comment ?? '') === (b.comment ?? '') &&
    (a.confidence ?? '') === (b.confidence ?? '') &&
    (a.evidence ?? []).join('\n') === (b.evidence ?? []).join('\n')
  );
}

/**
 * Sets (or, with `value: undefined` and no earlier answer, ignores) the answer to one question.
 * Once the response is complete, the first change to an answer given before completion keeps
 * that answer in `history` (with `round`, if given); later edits in the same revision round
 * replace the revision in place, so typing a comment does not flood the history.
 * `value: undefined` on an existing answer removes it (kept in history the same way).
 */
export function setAnswer(
  response: Response,
  questionId: string,
  patch: AnswerPatch,
  options: { now?: string; round?: string } = {},
): Response {
  const now = options.now ?? stamp();
  const previous = Object.hasOwn(response.answers, questionId)
    ? response.answers[questionId]
    : undefined;
  const merged: Record<string, unknown> = { ...previous, ...patch, answeredAt: now };
  for (const key of Object.keys(merged)) {
    const v = merged[key];
    if (v === undefined || v === '' || (Array.isArray(v) && !v.length)) delete merged[key];
  }
  const next = 'value' in merged ? (merged as Answer) : undefined;
  if (previous && next && same(previous, next)) return response;
  if (!previous && !next) return response;
  const answers = { ...response.answers };
  if (next) answers[questionId] = next;
  else delete answers[questionId];
  const history = [...response.history];
  if (
    previous &&
    response.completedAt &&
    Date.parse(previous.answeredAt) <= Date.parse(response.completedAt) &&
    !kept(response.history, questionId, previous)
  ) {
    history.push({
      questionId,
      answer: previous,
      replacedAt: now,
      ...(options.round ? { round: options.round } : {}),
    });
  }
  return { ...response, answers, history, updatedAt: now };
}

/** Whether `history` already holds this very answer to `questionId` (a round keeps it once). */
function kept(history: readonly HistoryEntry[], questionId: string, answer: Answer): boolean {
  return history.some(
    (h) =>
      h.questionId === questionId &&
      same(h.answer, answer) &&
      h.answer.answeredAt === answer.answeredAt,
  );
}

/**
 * Closes a round: the answers as they stand now are kept in `history` under `label` (e.g.
 * "before deep dive"), once, and later changes start the next round. Read the closed round back
 * with `responseAtRound(response, label)` from `@dtc/scoring`, or compare it with the current
 * answers in `<dtc-compare>`. A label already used, or a response with no answers, is returned
 * unchanged: a round is kept once.
 */
export function startRound(response: Response, label: string, now = stamp()): Response {
  const answers = Object.entries(response.answers);
  if (!answers.length || response.history.some((h) => h.round === label)) return response;
  const closed = answers.map(([questionId, answer]): HistoryEntry => ({
    questionId,
    answer,
    replacedAt: now,
    round: label,
  }));
  return { ...response, history: [...response.history, ...closed], updatedAt: now };
}

const entryKey = (h: HistoryEntry): string =>
  `${h.questionId}\u0000${h.answer.answeredAt}\u0000${h.replacedAt}\u0000${h.round ?? ''}`;
const later = (a: string | undefined, b: string | undefined): boolean =>
  Date.parse(a ?? '') > Date.parse(b ?? '');

/**
 * Combines two copies of one response edited apart (two tabs, a room): for each question the
 * newest answer (by `answeredAt`) wins and the other, when different, is kept in `history`,
 * so no answer is ever dropped; histories are joined; the respondent details, label and
 * completion come from the copy changed last. Returns `theirs` itself when `mine` adds
 * nothing to it, so a caller can tell that there is nothing to save back.
 */
export function mergeResponses(mine: Response, theirs: Response): Response {
  let adds = false;
  const answers = { ...theirs.answers };
  const history = [...theirs.history];
  const seen = new Set(history.map(entryKey));
  const keep = (entry: HistoryEntry): void => {
    if (seen.has(entryKey(entry))) return;
    seen.add(entryKey(entry));
    history.push(entry);
    adds = true;
  };
  for (const h of mine.history) keep(h);
  for (const [id, answer] of Object.entries(mine.answers)) {
    const other = Object.hasOwn(theirs.answers, id) ? theirs.answers[id] : undefined;
    if (!other) {
      answers[id] = answer;
      adds = true;
    } else if (!same(answer, other) || answer.answeredAt !== other.answeredAt) {
      const [winner, loser] = later(answer.answeredAt, other.answeredAt)
        ? [answer, other]
        : [other, answer];
      answers[id] = winner;
      if (winner === answer) adds = true;
      if (!same(winner, loser) && !kept(history, id, loser)) {
        keep({ questionId: id, answer: loser, replacedAt: winner.answeredAt });
      }
    }
  }
  const newer = later(mine.updatedAt, theirs.updatedAt) ? mine : theirs;
  if (!adds && newer === theirs) return theirs;
  history.sort((a, b) => Date.parse(a.replacedAt) - Date.parse(b.replacedAt));
  const first = later(mine.createdAt, theirs.createdAt) ? theirs : mine;
  return {
    ...newer,
    answers,
    history,
    ...(first.createdAt ? { createdAt: first.createdAt } : {}),
  };
}

/** Merges respondent details; empty strings and `undefined` remove optional fields. */
export function setRespondent(
  response: Response,
  patch: Partial<Respondent>,
  now = stamp(),
): Response {
  const respondent: Record<string, unknown> = { ...response.respondent, ...patch };
  for (const key of Object.keys(respondent)) {
    if (respondent[key] === undefined || respondent[key] === '') delete respondent[key];
  }
  return { ...response, respondent: respondent as Respondent, updatedAt: now };
}

/** Marks the response submitted. */
export function complete(response: Response, now = stamp()): Response {
  return { ...response, completedAt: now, updatedAt: now };
}

/** Whether a question has an answer (including "don't know" and "not applicable"). */
export function isAnswered(response: Response, questionId: string): boolean {
  return Object.hasOwn(response.answers, questionId);
}

/** Progress of one pillar: applicable = questions not marked "not applicable". */
export interface PillarProgress {
  pillarId: string;
  answered: number;
  applicable: number;
  total: number;
}

/**
 * Answered and applicable questions per pillar (every question kind counts; "don't know"
 * counts as answered, "not applicable" leaves the count), limited to `sections` if given.
 */
export function progress(
  framework: Framework,
  response: Response | undefined,
  sections?: readonly string[],
): PillarProgress[] {
  return pillarsIn(framework, sections).map((pillar) => {
    let answered = 0;
    let total = 0;
    let na = 0;
    for (const c of pillar.components) {
      for (const q of c.questions) {
        total++;
        const value = response?.answers[q.id]?.value;
        if (value === NOT_APPLICABLE) na++;
        else if (value !== undefined) answered++;
      }
    }
    return { pillarId: pillar.id, answered, applicable: total - na, total };
  });
}

/** The framework's pillars, limited to `sections` (ids); all of them when none of the ids match. */
export function pillarsIn(framework: Framework, sections?: readonly string[]): Pillar[] {
  const some = sections?.length ? framework.pillars.filter((p) => sections.includes(p.id)) : [];
  return some.length ? some : framework.pillars;
}

/** Questions of `pillar` with no answer yet, in order. */
export function unanswered(pillar: Pillar, response: Response): Question[] {
  return pillar.components.flatMap((c) => c.questions.filter((q) => !isAnswered(response, q.id)));
}
