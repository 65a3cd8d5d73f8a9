/**
 * Reading answers: which answer a response gives to a question, and what it counts as
 * there. The one place that decides what is answered, not applicable, don't know or
 * unanswered (docs/methodology.md, "What each answer does"). Text questions are
 * not read at all: they are not scorable (see scorable.ts).
 */
import type { Answer, AnswerValue, Response } from '@dtc/schema';
import { DONT_KNOW, NOT_APPLICABLE } from '@dtc/schema';
import type { ScorableQuestion } from './scorable.js';

/** What became of one question's answer in the score. */
export type QuestionStatus = 'answered' | 'na' | 'dont-know' | 'unanswered';

/**
 * An answer read against its question: the level it stands for when it is answered, or
 * else why it has none.
 */
export type AnswerReading = number | Exclude<QuestionStatus, 'answered'>;

/**
 * The answers of a response by question id: the enumerable properties of
 * `response.answers`, own or inherited, as `for…in` lists them (a parsed response has own
 * ones only). A response without an answers object has no answers.
 */
export function answersOf(response: Response): ReadonlyMap<string, Answer> {
  const answers = new Map<string, Answer>();
  const given = response.answers;
  for (const id in given) answers.set(id, given[id]!);
  return answers;
}

/**
 * What an answer value counts as on `question`, whose valid values stand for the levels
 * `levels` (from the kind table): the level, or `na`, `dont-know` or `unanswered`. In
 * order, as `parseResponse` checks them: `"na"` and `"dont-know"` count only where the
 * question allows them; any other value is answered when it stands for a level on this
 * question (a described rubric level, an option id, `"yes"` or `"no"`). Anything else is
 * unanswered. The scorable index (scorable.ts) asks this once per question and value.
 */
export function readingOf(
  question: { readonly allowNotApplicable?: boolean; readonly allowDontKnow?: boolean },
  levels: ReadonlyMap<AnswerValue, number>,
  value: AnswerValue,
): AnswerReading {
  if (value === NOT_APPLICABLE) return question.allowNotApplicable === true ? 'na' : 'unanswered';
  if (value === DONT_KNOW) return question.allowDontKnow === true ? 'dont-know' : 'unanswered';
  return levels.get(value) ?? 'unanswered';
}

/**
 * What `answer` counts as on `question` ({@link readingOf} its value, read from the
 * question's table). No answer, and an answer without a value, is unanswered.
 */
export function readAnswer(question: ScorableQuestion, answer: Answer | undefined): AnswerReading {
  const value = answer?.value;
  const at = value === undefined ? undefined : question.answerValues.get(value);
  return at === undefined ? 'unanswered' : question.readings[at]!;
}
