/**
 * Rounds as the demo names and keeps them: labels made unique, a round deleted on request,
 * and the snapshots ("revisions") that earlier versions of the demo stored whole, turned
 * into rounds of the response's history. Pure: no storage, no DOM.
 */
import type { HistoryEntry, Response } from '@dtc/schema';
import { historyRounds, responseAtRound } from '@dtc/scoring';
import { startRound } from '@dtc/widgets/model';

/** A snapshot kept by earlier versions of the demo: a whole copy of the response. */
export interface LegacyRevision {
  savedAt: string;
  note: string;
  response: Response;
}

/** The key of a round of assessment `id` (`null`: the answers kept on revision after submission). */
export const roundKey = (id: string, round: string | null): string =>
  `${id}/${round === null ? '' : encodeURIComponent(round)}`;

/** `base`, or `base (2)`, `base (3)`… : the first label no round of `response` has yet. */
export function uniqueRoundLabel(response: Response, base: string): string {
  const used = new Set(historyRounds(response).map((r) => r.round));
  let label = base;
  for (let n = 2; used.has(label); n++) label = `${base} (${n})`;
  return label;
}

/** Closes a round under `note` (made unique), so the answers as they stand are kept. */
export function keepRound(response: Response, note: string, now?: string): Response {
  return startRound(response, uniqueRoundLabel(response, note), now);
}

/** The response without the history entries of one round. */
export function deleteRound(response: Response, round: string | null): Response {
  const history = response.history.filter((h) => (h.round ?? null) !== round);
  return history.length === response.history.length ? response : { ...response, history };
}

/** The rounds of a response, latest first, each with the response as it stood then. */
export function roundsOf(
  response: Response,
): { round: string | null; at: string; response: Response }[] {
  return historyRounds(response)
    .reverse()
    .map((r) => ({
      round: r.round,
      at: r.firstReplacedAt,
      response: responseAtRound(response, r.round) ?? response,
    }));
}

const same = (a: HistoryEntry, b: HistoryEntry): boolean =>
  a.questionId === b.questionId &&
  a.replacedAt === b.replacedAt &&
  (a.round ?? null) === (b.round ?? null) &&
  JSON.stringify(a.answer) === JSON.stringify(b.answer);

/**
 * Turns whole-copy revisions into rounds of `response`: each revision's answers go to the
 * history under its note (made unique; its date when it has none), replaced at the time it was saved, so
 * `responseAtRound(result, note)` gives the revision's answers back. Nothing already in the
 * history is repeated.
 */
export function revisionsToRounds(
  response: Response,
  revisions: readonly LegacyRevision[],
): Response {
  let out = response;
  for (const revision of [...revisions].sort((a, b) => a.savedAt.localeCompare(b.savedAt))) {
    const round = uniqueRoundLabel(out, revision.note.trim() || revision.savedAt);
    const entries = Object.entries(revision.response.answers)
      .map(([questionId, answer]): HistoryEntry => ({
        questionId,
        answer,
        replacedAt: revision.savedAt,
        round,
      }))
      .filter((e) => !out.history.some((h) => same(h, e)));
    if (entries.length) out = { ...out, history: [...out.history, ...entries] };
  }
  return out;
}
