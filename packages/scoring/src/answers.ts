/**
 * Reading answers: which answer a response gives to a question, and what it counts as
 * there. The one place that decides what is answered, not applicable, don't know or
 * unanswered (docs/methodology.md, "What each answer does"). Text questions are
 * not read at all: they are not scorable (see scorable.ts).
 */
import type { Answer, Response } from '@dtc/schema';
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
 * What `answer` counts as on `question`: the level it stands for, or `na`, `dont-know` or
 * `unanswered`. In order, as `parseResponse` checks them: `"na"` and `"dont-know"` count
 * only where the question allows them; any other value is answered
 * when the kind table gives it a level on this question (a described rubric level, an
 * option id, `"yes"` or `"no"`). Anything else, and no answer, is unanswered.
 */
export function readAnswer(question: ScorableQuestion, answer: Answer | undefined): AnswerReading {
  const value = answer?.value;
  if (value === NOT_APPLICABLE) return question.allowNotApplicable ? 'na' : 'unanswered';
  if (value === DONT_KNOW) return question.allowDontKnow ? 'dont-know' : 'unanswered';
  const level = value === undefined ? undefined : question.levelOf.get(value);
  return level ?? 'unanswered';
}
