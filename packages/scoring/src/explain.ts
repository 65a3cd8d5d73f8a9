import type { Answer, AnswerValue, Framework, Response } from '@dtc/schema';
import { answersOf, readAnswer, type QuestionStatus } from './answers.js';
import { OVERALL_ID } from './compare.js';
import { levelScore } from './math.js';
import { scorable, type ScorableComponent } from './scorable.js';
import { scorePillars, type ScoreOptions } from './score.js';

export type { QuestionStatus } from './answers.js';

/** One question's part in its component's score. */
export interface QuestionContribution {
  questionId: string;
  /** The answer's value when it counts (answered), `"na"`/`"dont-know"`, otherwise `null`. */
  value: AnswerValue | null;
  /** The level the answer stands for, when answered. */
  level: number | null;
  /** 0–100 when answered, otherwise `null`. */
  questionScore: number | null;
  /** The question's weight (default 1). */
  weight: number;
  /**
   * Points this question adds to the component score: weight × questionScore ÷ (sum of the
   * weights of the answered questions); 0 when not answered. The shares sum to the score.
   */
  share: number;
  /** Invalid values are reported as `unanswered`, as the score treats them. */
  status: QuestionStatus;
}

/** One component's part in its pillar's score, or one pillar's part in the overall score. */
export interface PartContribution {
  id: string;
  score: number | null;
  level: number | null;
  weight: number;
  /** Points added to the parent's score: weight × score ÷ (sum of the scored parts' weights). */
  share: number;
  status: 'scored' | 'not-scored';
}

interface ExplanationBase {
  id: string;
  score: number | null;
  level: number | null;
}

/** Why a component has its score: its scorable questions, in framework order. */
export interface ComponentExplanation extends ExplanationBase {
  kind: 'component';
  pillarId: string;
  items: QuestionContribution[];
}

/** Why a pillar has its score: its components. */
export interface PillarExplanation extends ExplanationBase {
  kind: 'pillar';
  items: PartContribution[];
}

/** Why the overall score is what it is: the (selected) pillars. */
export interface OverallExplanation extends ExplanationBase {
  kind: 'overall';
  items: PartContribution[];
}

export type Explanation = ComponentExplanation | PillarExplanation | OverallExplanation;

interface Part {
  id: string;
  score: number | null;
  level: number | null;
  weight: number;
}

function parts(items: readonly Part[]): PartContribution[] {
  let total = 0;
  for (const item of items) if (item.score !== null) total += item.weight;
  return items.map((item): PartContribution => ({
    id: item.id,
    score: item.score,
    level: item.level,
    weight: item.weight,
    share: item.score === null ? 0 : (item.weight * item.score) / total,
    status: item.score === null ? 'not-scored' : 'scored',
  }));
}

/** The questions of a component, each read as scoring reads it, so that the shares add up. */
function questionItems(
  component: ScorableComponent,
  answers: ReadonlyMap<string, Answer>,
  levels: number,
): QuestionContribution[] {
  const read = component.questions.map((question) => {
    const answer = answers.get(question.id);
    return { question, answer, reading: readAnswer(question, answer) };
  });
  let answeredWeight = 0;
  for (const { question, reading } of read) {
    if (typeof reading === 'number') answeredWeight += question.weight;
  }
  return read.map(({ question, answer, reading }): QuestionContribution => {
    const level = typeof reading === 'number' ? reading : null;
    const questionScore = level === null ? null : levelScore(level, levels);
    return {
      questionId: question.id,
      value: reading === 'unanswered' ? null : (answer?.value ?? null),
      level,
      questionScore,
      weight: question.weight,
      share: questionScore === null ? 0 : (question.weight * questionScore) / answeredWeight,
      status: typeof reading === 'number' ? 'answered' : reading,
    };
  });
}

/**
 * Explains a score as the sum of its parts, for `id` = `overall` (the pillars), a pillar id
 * (its components) or a component id (its scorable questions), looked up in that order
 * among the pillars selected by `options.sections` (as in `scoreResponse`). Each part's
 * `share` is its contribution in points; the shares add up to the explained score (to
 * rounding error, within 1e-9). `null` when `id` is not found.
 *
 * @example explain(framework, response, 'data-evidence').items.map((c) => c.share)
 */
export function explain(
  framework: Framework,
  response: Response,
  id: string,
  options: ScoreOptions = {},
): Explanation | null {
  const index = scorable(framework);
  const { overall, pillars } = scorePillars(index, response, options.sections);
  if (id === OVERALL_ID) {
    return {
      kind: 'overall',
      id,
      score: overall.score,
      level: overall.level,
      items: parts(pillars.map(({ pillar, result }) => ({ ...result, weight: pillar.weight }))),
    };
  }
  const pillar = pillars.find((scored) => scored.pillar.id === id);
  if (pillar !== undefined) {
    return {
      kind: 'pillar',
      id,
      score: pillar.result.score,
      level: pillar.result.level,
      items: parts(
        pillar.components.map(({ component, result }) => ({
          ...result,
          weight: component.weight,
        })),
      ),
    };
  }
  for (const { pillar: parent, components } of pillars) {
    const found = components.find((scored) => scored.component.id === id);
    if (found === undefined) continue;
    return {
      kind: 'component',
      id,
      pillarId: parent.id,
      score: found.result.score,
      level: found.result.level,
      items: questionItems(found.component, answersOf(response), index.levels),
    };
  }
  return null;
}
