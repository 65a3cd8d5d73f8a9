import type { Answer, AnswerValue, Framework, Response } from '@dtc/schema';
import { DK, NA, gatherAnswers, scoreAt } from './answers.js';
import {
  compile,
  selectPillars,
  type CompiledComponent,
  type CompiledFramework,
} from './compile.js';
import { OVERALL_ID } from './compare.js';
import { scoreResponse, type ScoreOptions } from './score.js';

/** What became of one question's answer in the score. */
export type QuestionStatus = 'answered' | 'na' | 'dont-know' | 'unanswered';

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

function questionItems(
  compiled: CompiledFramework,
  component: CompiledComponent,
  response: Response,
): QuestionContribution[] {
  // Read as scoring reads them, so that the contributions add up to its score.
  const found: (Answer | undefined)[] = [];
  gatherAnswers(compiled, response.answers, found);
  const read: { k: number; id: string; weight: number; s: number }[] = [];
  let total = 0;
  for (let k = component.start; k < component.end; k++) {
    const id = compiled.ids[k]!;
    const weight = compiled.weights[k]!;
    const s = scoreAt(compiled, k, found[k]);
    if (s >= 0) total += weight;
    read.push({ k, id, weight, s });
  }
  return read.map(({ k, id, weight, s }): QuestionContribution => {
    const answered = s >= 0;
    const value = answered || s === NA || s === DK ? (found[k]?.value ?? null) : null;
    return {
      questionId: id,
      value,
      level: answered && value !== null ? (compiled.levelOf[k]?.get(value) ?? null) : null,
      questionScore: answered ? s : null,
      weight,
      share: answered ? (weight * s) / total : 0,
      status: answered ? 'answered' : s === NA ? 'na' : s === DK ? 'dont-know' : 'unanswered',
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
  const compiled = compile(framework);
  const pillars = selectPillars(compiled, options.sections);
  const result = scoreResponse(framework, response, options);
  if (id === OVERALL_ID) {
    return {
      kind: 'overall',
      id,
      score: result.overall.score,
      level: result.overall.level,
      items: parts(result.pillars.map((p, i) => ({ ...p, weight: pillars[i]!.weight }))),
    };
  }
  const p = pillars.findIndex((pillar) => pillar.id === id);
  const pillarResult = result.pillars[p];
  if (pillarResult !== undefined) {
    return {
      kind: 'pillar',
      id,
      score: pillarResult.score,
      level: pillarResult.level,
      items: parts(
        pillarResult.components.map((c, j) => ({
          ...c,
          weight: pillars[p]!.components[j]!.weight,
        })),
      ),
    };
  }
  for (const [i, pillar] of pillars.entries()) {
    const j = pillar.components.findIndex((component) => component.id === id);
    const componentResult = result.pillars[i]?.components[j];
    if (componentResult === undefined) continue;
    return {
      kind: 'component',
      id,
      pillarId: pillar.id,
      score: componentResult.score,
      level: componentResult.level,
      items: questionItems(compiled, pillar.components[j]!, response),
    };
  }
  return null;
}
