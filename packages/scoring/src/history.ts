import type { Answer, HistoryEntry, Response } from '@dtc/schema';

/** A labelled round of earlier answers found in a response's history. */
export interface HistoryRound {
  /** The entries' `round` label, or `null` for entries without one. */
  round: string | null;
  /** When the first / last answer of the round was replaced (as written in the history). */
  firstReplacedAt: string;
  lastReplacedAt: string;
  /** Questions with an entry in this round, in history order, without repeats. */
  questionIds: string[];
}

function time(value: string | Date): number {
  return typeof value === 'string' ? Date.parse(value) : value.getTime();
}

/**
 * The answers in force at an instant. An answer is in force from its `answeredAt` until the
 * `replacedAt` of its history entry (the current answer: until now). `strict` asks for the
 * instant just before `t` rather than `t` itself.
 */
function stateAt(response: Response, t: number, strict: boolean): Response {
  // An event at `at` has happened by the instant considered.
  const happened = (at: number): boolean => (strict ? at < t : at <= t);
  const best = new Map<string, { answer: Answer; at: number }>();
  const consider = (questionId: string, answer: Answer, replacedAt: number | null): void => {
    const at = time(answer.answeredAt);
    if (!happened(at) || (replacedAt !== null && happened(replacedAt))) return;
    const held = best.get(questionId);
    // On overlapping versions (inconsistent data) the latest answeredAt wins; on a tie, the
    // later one considered (history in order, then the current answer).
    if (held === undefined || at >= held.at) best.set(questionId, { answer, at });
  };
  const history = response.history ?? [];
  for (const h of history) consider(h.questionId, h.answer, time(h.replacedAt));
  for (const [id, answer] of Object.entries(response.answers)) consider(id, answer, null);

  const answers: Record<string, Answer> = {};
  for (const [id, held] of best) answers[id] = held.answer;
  const out: Response = {
    ...response,
    answers,
    history: history.filter((h: HistoryEntry) => happened(time(h.replacedAt))),
  };
  if (out.updatedAt !== undefined && !happened(time(out.updatedAt))) delete out.updatedAt;
  if (out.completedAt !== undefined && !happened(time(out.completedAt))) delete out.completedAt;
  return out;
}

/**
 * The response as it stood at `asOf`: for each question, the answer given at or before
 * `asOf` and not yet replaced then, restored from `response.history` when it was revised
 * since; questions first answered later are absent. The history keeps the entries replaced
 * at or before `asOf`; `updatedAt` and `completedAt` are dropped when later. Score the
 * result with `scoreResponse` to get the scores as they were ("before the deep dive").
 */
export function responseAsOf(response: Response, asOf: string | Date): Response {
  return stateAt(response, time(asOf), false);
}

/**
 * The labelled rounds of a response's history (entries grouped by `round`), ordered by
 * when their first answer was replaced.
 */
export function historyRounds(response: Response): HistoryRound[] {
  const rounds = new Map<string | null, HistoryRound & { first: number; last: number }>();
  for (const h of response.history ?? []) {
    const key = h.round ?? null;
    const at = time(h.replacedAt);
    const round = rounds.get(key);
    if (round === undefined) {
      rounds.set(key, {
        round: key,
        firstReplacedAt: h.replacedAt,
        lastReplacedAt: h.replacedAt,
        questionIds: [h.questionId],
        first: at,
        last: at,
      });
      continue;
    }
    if (at < round.first) [round.first, round.firstReplacedAt] = [at, h.replacedAt];
    if (at > round.last) [round.last, round.lastReplacedAt] = [at, h.replacedAt];
    if (!round.questionIds.includes(h.questionId)) round.questionIds.push(h.questionId);
  }
  return [...rounds.values()]
    .sort((a, b) => a.first - b.first)
    .map(({ round, firstReplacedAt, lastReplacedAt, questionIds }) => ({
      round,
      firstReplacedAt,
      lastReplacedAt,
      questionIds,
    }));
}

/**
 * The response as it stood when a round ended: just before the first of its answers
 * (history entries labelled `round`; `null` for unlabelled entries) was replaced. This is
 * how the "before deep dive" scores are recomputed. `null` when no entry has that label.
 */
export function responseAtRound(response: Response, round: string | null): Response | null {
  const found = historyRounds(response).find((r) => r.round === round);
  return found ? stateAt(response, time(found.firstReplacedAt), true) : null;
}
