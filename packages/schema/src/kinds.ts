/**
 * The table of question kinds: for each kind, the answers it takes, how an answer is
 * checked and which maturity level it stands for. Validation (`parseResponse`), scoring
 * (`@dtc/scoring`) and the questionnaire (one renderer per kind in `@dtc/widgets`) all read
 * this one table, so adding a kind is one entry here plus its renderer (see
 * docs/authoring-a-framework.md).
 *
 * Like constants.ts, this module imports no validator: the scoring engine bundles it alone.
 */
import type { Question, QuestionKind } from './framework.js';
import { DONT_KNOW, NOT_APPLICABLE } from './constants.js';

/** Why a value is not a valid answer: an issue code and the values its sentence names. */
export interface AnswerProblem {
  code: string;
  params?: Readonly<Record<string, string | number>>;
}

/** One row of the table, for the questions of one kind. */
export interface QuestionKindSpec<Q extends Question = Question> {
  /** Whether answers of this kind have a level and count towards scores. */
  readonly scored: boolean;
  /**
   * The answer values that stand for a maturity level, with that level, in the order the
   * question lists them. Empty for a kind that is not scored.
   */
  levels(question: Q): readonly (readonly [value: number | string, level: number])[];
  /**
   * Why `value` is not a valid answer of this kind, or `null`. "Not applicable" and
   * "don't know" are checked before this, for every kind alike.
   */
  problem(question: Q, value: unknown): AnswerProblem | null;
}

type KindTable = { readonly [K in QuestionKind]: QuestionKindSpec<Extract<Question, { kind: K }>> };

const quoted = (values: readonly (string | number)[]): string =>
  values.map((v) => JSON.stringify(v)).join(', ');

/** A value is a valid scored answer when it is one of the question's `levels`. */
function levelProblem<Q extends Question>(
  spec: Pick<QuestionKindSpec<Q>, 'levels'>,
  code: string,
): (question: Q, value: unknown) => AnswerProblem | null {
  return (question, value) => {
    const values = spec.levels(question).map(([v]) => v);
    return values.includes(value as string | number)
      ? null
      : { code, params: { expected: quoted(values), found: JSON.stringify(value) ?? 'nothing' } };
  };
}

const rubricLevels = (q: Extract<Question, { kind: 'rubric' }>) =>
  q.descriptors.map((d) => [d.level, d.level] as const);
const choiceLevels = (q: Extract<Question, { kind: 'choice' }>) =>
  q.options.map((o) => [o.id, o.level] as const);
const booleanLevels = (q: Extract<Question, { kind: 'boolean' }>) =>
  [
    ['yes', q.yesLevel],
    ['no', q.noLevel],
  ] as const;

export const QUESTION_KINDS: KindTable = {
  /** One maturity level, chosen from its descriptors; the answer is the level number. */
  rubric: {
    scored: true,
    levels: rubricLevels,
    problem: levelProblem({ levels: rubricLevels }, 'level-out-of-range'),
  },
  /** One of named options, each standing for a level; the answer is the option id. */
  choice: {
    scored: true,
    levels: choiceLevels,
    problem: levelProblem({ levels: choiceLevels }, 'unknown-option'),
  },
  /** Yes or no, each standing for a level; the answer is `"yes"` or `"no"`. */
  boolean: {
    scored: true,
    levels: booleanLevels,
    problem: levelProblem({ levels: booleanLevels }, 'invalid-boolean'),
  },
  /** Free text, never scored; the answer is the text, within the question's `maxLength`. */
  text: {
    scored: false,
    levels: () => [],
    problem: (question, value) => {
      if (typeof value !== 'string') return { code: 'invalid-text' };
      if (question.maxLength !== undefined && value.length > question.maxLength)
        return { code: 'text-too-long', params: { maximum: question.maxLength } };
      return null;
    },
  },
};

/** The row of the table for a question's kind. */
export function kindOf<Q extends Question>(question: Q): QuestionKindSpec<Q> {
  return QUESTION_KINDS[question.kind] as unknown as QuestionKindSpec<Q>;
}

/**
 * Why `value` is not a valid answer to `question`, or `null` when it is: "not applicable"
 * and "don't know" where the question allows them, then the kind's own rule.
 */
export function answerProblemOf(question: Question, value: unknown): AnswerProblem | null {
  if (value === NOT_APPLICABLE)
    return question.allowNotApplicable ? null : { code: 'na-not-allowed' };
  if (value === DONT_KNOW) return question.allowDontKnow ? null : { code: 'dont-know-not-allowed' };
  return kindOf(question).problem(question, value);
}
