/**
 * Reading answers: which answer a response gives to a question, and what it counts as
 * there. The one place that decides what is answered, not applicable, don't know or
 * unanswered (docs/methodology.md, "What each answer does").
 */
import type { Answer, AnswerValue, Question, Response } from '@dtc/schema';
import { DONT_KNOW, NOT_APPLICABLE, kindOf } from '@dtc/schema';

/** What became of one question's answer in the score. */
export type QuestionStatus = 'answered' | 'na' | 'dont-know' | 'unanswered';

/** An answer read against its question: the level it stands for, or why it has none. */
export type AnswerReading =
  | { readonly status: 'answered'; readonly level: number }
  | { readonly status: Exclude<QuestionStatus, 'answered'> };

const NOT_APPLICABLE_READING: AnswerReading = { status: 'na' };
const DONT_KNOW_READING: AnswerReading = { status: 'dont-know' };
const UNANSWERED_READING: AnswerReading = { status: 'unanswered' };

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
 * The level each answer value stands for on a question, from the kind table
 * (`QUESTION_KINDS[kind].levels`), kept per question object: a framework is treated as an
 * immutable value. Empty for a kind that is not scored.
 */
const levelsByQuestion = new WeakMap<Question, ReadonlyMap<AnswerValue, number>>();

function levelsOf(question: Question): ReadonlyMap<AnswerValue, number> {
  let levels = levelsByQuestion.get(question);
  if (levels === undefined) {
    levels = new Map(kindOf(question).levels(question));
    levelsByQuestion.set(question, levels);
  }
  return levels;
}

/** Whether answers to `question` are scored (its kind says so: text is not). */
export function isScored(question: Question): boolean {
  return kindOf(question).scored;
}

/**
 * What `answer` counts as on `question`. In order, as `parseResponse` checks them: `"na"`
 * and `"dont-know"` count only where the question allows them; any other value is answered
 * when the kind table gives it a level on this question (a described rubric level, an
 * option id, `"yes"` or `"no"`). Anything else, and no answer, is unanswered.
 *
 * Precondition: the question belongs to a framework that passed `parseFramework`, so every
 * level it gives lies within the framework's scale.
 */
export function readAnswer(question: Question, answer: Answer | undefined): AnswerReading {
  const value = answer?.value;
  if (value === NOT_APPLICABLE) {
    return question.allowNotApplicable === true ? NOT_APPLICABLE_READING : UNANSWERED_READING;
  }
  if (value === DONT_KNOW) {
    return question.allowDontKnow === true ? DONT_KNOW_READING : UNANSWERED_READING;
  }
  const level = value === undefined ? undefined : levelsOf(question).get(value);
  return level === undefined ? UNANSWERED_READING : { status: 'answered', level };
}
