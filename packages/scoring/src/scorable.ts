/**
 * The scorable part of a framework, as a plain index: its pillars, their components and
 * their scorable questions (text questions are not scored or counted, so they are left
 * out), with default weights filled in and the level of each answer value read from the
 * kind table (`QUESTION_KINDS[kind].levels` in @dtc/schema).
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
import { kindOf } from '@dtc/schema';

export interface ScorableQuestion {
  readonly id: string;
  /** Its place among all the framework's scorable questions, in framework order (from 0). */
  readonly position: number;
  /** Its weight in its component (default 1). */
  readonly weight: number;
  readonly allowNotApplicable: boolean;
  readonly allowDontKnow: boolean;
  /** The level that each valid answer value stands for. */
  readonly levelOf: ReadonlyMap<AnswerValue, number>;
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
}

const indexes = new WeakMap<Framework, ScorableFramework>();

function scorableQuestion(question: Question, position: number): ScorableQuestion {
  return {
    id: question.id,
    position,
    weight: question.weight ?? 1,
    allowNotApplicable: question.allowNotApplicable === true,
    allowDontKnow: question.allowDontKnow === true,
    levelOf: new Map(kindOf(question).levels(question)),
  };
}

/** The scorable part of `framework`, built on first use and kept for that object. */
export function scorable(framework: Framework): ScorableFramework {
  let index = indexes.get(framework);
  if (index === undefined) {
    const questions = new Map<string, ScorableQuestion>();
    const add = (question: Question): ScorableQuestion => {
      const scorableOne = scorableQuestion(question, questions.size);
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
