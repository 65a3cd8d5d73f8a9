/**
 * Reading one answer against one compiled question: the single place that decides what
 * counts as answered, not applicable, don't know or unanswered.
 */
import type { Answer, Response } from '@dtc/schema';
import { DONT_KNOW, NOT_APPLICABLE } from '@dtc/schema';
import { ALLOWS_DK, ALLOWS_NA, ROW, type CompiledFramework } from './compile.js';

/** No answer, or an answer whose value is not valid for the question. */
export const UNANSWERED = -1;
/** "Not applicable", on a question that allows it. */
export const NA = -2;
/** "Don't know", on a question that allows it. */
export const DK = -3;

/**
 * The level (1–7) that `answer` stands for on the k-th scorable question of a compiled
 * framework (given by its tables `byNumber`, `byString` and `flags`, so that a loop can
 * read them once), or one of the negative codes {@link UNANSWERED}, {@link NA}, {@link DK}.
 * Rules, in order (the same as `answerProblem` in @dtc/schema): `"na"` and `"dont-know"`
 * count only where the question allows them; a rubric answer must be a described level; a
 * choice answer must be an option id; a boolean answer must be `"yes"` or `"no"`. Anything
 * else is unanswered.
 */
export function levelAt(
  byNumber: CompiledFramework['byNumber'],
  byString: CompiledFramework['byString'],
  flags: CompiledFramework['flags'],
  k: number,
  answer: Answer | undefined,
): number {
  // `typeof` also rejects what a plain object inherits: ids are lower-case, so the only
  // Object.prototype member an id can name is `constructor`, a function.
  if (typeof answer !== 'object' || answer === null) return UNANSWERED;
  const value: unknown = answer.value;
  if (typeof value === 'number') {
    // 1..7 also rules out NaN; a fractional value indexes nothing (undefined).
    if (!(value >= 1 && value < ROW)) return UNANSWERED;
    const level = byNumber[k * ROW + value];
    return level !== undefined && level > 0 ? level : UNANSWERED;
  }
  if (typeof value !== 'string') return UNANSWERED;
  if (value === NOT_APPLICABLE) return flags[k]! & ALLOWS_NA ? NA : UNANSWERED;
  if (value === DONT_KNOW) return flags[k]! & ALLOWS_DK ? DK : UNANSWERED;
  const level = byString[k]?.get(value);
  return level !== undefined ? level : UNANSWERED;
}

/**
 * The question score (0–100) of `answer` to the k-th scorable question of `compiled`, or
 * one of the negative codes of {@link levelAt}: the score of the level it stands for.
 */
export function scoreAt(
  compiled: CompiledFramework,
  k: number,
  answer: Answer | undefined,
): number {
  const level = levelAt(compiled.byNumber, compiled.byString, compiled.flags, k, answer);
  return level > 0 ? compiled.scores[level]! : level;
}

/**
 * Puts the answer to the k-th scorable question of `compiled` at `found[k]`, for every
 * enumerable property of `answers` (own or inherited, as `for…in` lists them) that is named
 * by a scorable question; other positions are left as they are. Non-enumerable properties
 * are not read, as `parseResponse` does not read them either.
 *
 * The properties of the response are walked rather than looked up by question id: answer
 * objects read from JSON, made by `parseResponse` or by the questionnaire each have a shape
 * of their own, and a walk reads them in order, where a lookup by name misses V8's caches.
 */
export function gatherAnswers(
  compiled: CompiledFramework,
  answers: Response['answers'],
  found: (Answer | undefined)[],
): void {
  const { index, repeats } = compiled;
  for (const id in answers) {
    const k = index.get(id);
    if (k === undefined) continue;
    const answer = answers[id];
    found[k] = answer;
    if (repeats !== null) for (let j = repeats[k]!; j >= 0; j = repeats[j]!) found[j] = answer;
  }
}
