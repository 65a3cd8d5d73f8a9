/**
 * The scorable part of a framework, as a plain index: its pillars, their components and
 * their scorable questions (text questions are not scored or counted, so they are left
 * out), with default weights filled in and, per question, what each answer value counts as
 * (`readingOf` in answers.ts, over the levels of the kind table, `QUESTION_KINDS[kind].levels`
 * in @dtc/schema) in an array by the value's place among the framework's answer values.
 * Reading an answer is then one lookup of its value in one map shared by all questions, and
 * one array read: the bulk path reads some eighty answers per response.
 *
 * Built on the first use of a framework object and kept for it in a WeakMap: the engine
 * treats a framework as an immutable value (score a changed copy, not one changed in
 * place). The walk then reads objects of one shape each, where a framework's own objects
 * come in many (optional fields present or not, one shape per kind of question).
 *
 * Precondition: the framework passed `parseFramework`. Ids are then unique, every level
 * lies within the scale, and every weight is a positive number.
 */
import type { AnswerValue, Framework, Question } from '@dtc/schema';
import { DONT_KNOW, NOT_APPLICABLE, kindOf } from '@dtc/schema';
import { readingOf, type AnswerReading } from './answers.js';

export interface ScorableQuestion {
  readonly id: string;
  /** Its place among all the framework's scorable questions, in framework order (from 0). */
  readonly position: number;
  /** Its weight in its component (default 1). */
  readonly weight: number;
  /**
   * The framework's answer values, each with its place in `readings`: one map, shared by
   * every question of the framework.
   */
  readonly answerValues: ReadonlyMap<AnswerValue, number>;
  /**
   * What each of the framework's answer values counts as on this question, by the value's
   * place in `answerValues`: its level, `na`, `dont-know` or `unanswered`. A value that is
   * not in `answerValues` is unanswered on every question.
   */
  readonly readings: readonly AnswerReading[];
}

export interface ScorableComponent {
  readonly id: string;
  /** Its weight in its pillar (default 1). */
  readonly weight: number;
  readonly questions: readonly ScorableQuestion[];
}

export interface ScorablePillar {
  readonly id: string;
  /** Its weight in the overall score (default 1). */
  readonly weight: number;
  readonly foundational: boolean;
  readonly components: readonly ScorableComponent[];
}

export interface ScorableFramework {
  readonly id: string;
  readonly version: string;
  /** The number of maturity levels, L. */
  readonly levels: number;
  readonly pillars: readonly ScorablePillar[];
  /** Every scorable question by id. */
  readonly questions: ReadonlyMap<string, ScorableQuestion>;
  /** Every scorable question by position. */
  readonly inOrder: readonly ScorableQuestion[];
}

const indexes = new WeakMap<Framework, ScorableFramework>();

/**
 * Every answer value that means something on some scorable question of `questions` (a level
 * of the kind table, `na`, `dont-know`), each with its place, in order of first appearance.
 */
function answerValuesOf(questions: readonly Question[]): Map<AnswerValue, number> {
  const values = new Map<AnswerValue, number>([
    [NOT_APPLICABLE, 0],
    [DONT_KNOW, 1],
  ]);
  for (const question of questions) {
    for (const [value] of kindOf(question).levels(question)) {
      if (!values.has(value)) values.set(value, values.size);
    }
  }
  return values;
}

function scorableQuestion(
  question: Question,
  position: number,
  answerValues: ReadonlyMap<AnswerValue, number>,
): ScorableQuestion {
  const levels = new Map(kindOf(question).levels(question));
  const readings: AnswerReading[] = [];
  for (const [value, at] of answerValues) readings[at] = readingOf(question, levels, value);
  return { id: question.id, position, weight: question.weight ?? 1, answerValues, readings };
}

/** The scorable part of `framework`, built on first use and kept for that object. */
export function scorable(framework: Framework): ScorableFramework {
  let index = indexes.get(framework);
  if (index === undefined) {
    const answerValues = answerValuesOf(
      framework.pillars.flatMap((p) =>
        p.components.flatMap((c) => c.questions.filter((q) => kindOf(q).scored)),
      ),
    );
    const questions = new Map<string, ScorableQuestion>();
    const add = (question: Question): ScorableQuestion => {
      const scorableOne = scorableQuestion(question, questions.size, answerValues);
      questions.set(question.id, scorableOne);
      return scorableOne;
    };
    index = {
      id: framework.id,
      version: framework.version,
      levels: framework.levels.length,
      pillars: framework.pillars.map((pillar) => ({
        id: pillar.id,
        weight: pillar.weight ?? 1,
        foundational: pillar.foundational === true,
        components: pillar.components.map((component) => ({
          id: component.id,
          weight: component.weight ?? 1,
          questions: component.questions.filter((question) => kindOf(question).scored).map(add),
        })),
      })),
      questions,
      inOrder: [...questions.values()],
    };
    indexes.set(framework, index);
  }
  return index;
}

/** The pillars selected by a `sections` option (all when it is absent), in framework order. */
export function selectedPillars(
  framework: ScorableFramework,
  sections: readonly string[] | undefined,
): readonly ScorablePillar[] {
  if (sections === undefined) return framework.pillars;
  const wanted = new Set(sections);
  return framework.pillars.filter((pillar) => wanted.has(pillar.id));
}
