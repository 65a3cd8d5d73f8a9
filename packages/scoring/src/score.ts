import type {
  ComponentResult,
  Counts,
  Framework,
  PillarResult,
  Response,
  Result,
  ScoreSummary,
} from '@dtc/schema';
import { DK, NA, scoreAt } from './answers.js';
import { balanceOf } from './balance.js';
import { compile, selectPillars } from './compile.js';
import { clamp, levelForScore } from './math.js';
import { rankPriorities } from './priorities.js';

/** Options of {@link scoreResponse}. */
export interface ScoreOptions {
  /**
   * Ids of the pillars to score (a workshop assesses one pillar at a time). When given, the
   * result lists only these pillars, in framework order, and the overall score, balance and
   * priorities are computed over them alone. Unknown ids are ignored.
   */
  readonly sections?: readonly string[] | undefined;
}

function coverageOf(counts: Counts): number {
  const applicable = counts.total - counts.notApplicable;
  return applicable === 0 ? 1 : counts.answered / applicable;
}

function addCounts(into: Counts, from: Counts): void {
  into.total += from.total;
  into.answered += from.answered;
  into.notApplicable += from.notApplicable;
  into.dontKnow += from.dontKnow;
  into.unanswered += from.unanswered;
}

function emptyCounts(): Counts {
  return { total: 0, answered: 0, notApplicable: 0, dontKnow: 0, unanswered: 0 };
}

/**
 * Scores one response against a framework. Pure and deterministic.
 *
 * - Question score: an answer at level v of L levels scores (v − 1) / (L − 1) × 100.
 *   Choice options and yes/no answers score the level they stand for. Text questions are
 *   not scored or counted. `"na"` takes the question out of the denominator; `"dont-know"`
 *   keeps it in (it lowers coverage) but adds no score. Invalid values count as unanswered.
 * - Component score: weighted mean (question `weight`, default 1) of its answered questions.
 * - Pillar score: weighted mean (component `weight`, default 1) of its scored components;
 *   overall: weighted mean (pillar `weight`, default 1) of the scored pillars. This is a
 *   mean of means: each component counts by its weight in its pillar, whatever its number
 *   of questions. Each is `null` when nothing under it has a score.
 * - Level: see `levelForScore`. Coverage: answered ÷ (total − not applicable), 1 when nothing
 *   is applicable. Balance: see `balanceOf`. Priorities: see `PRIORITY_RULES`.
 *
 * The response is not validated (use `parseResponse` from @dtc/schema) and its
 * `framework` reference is not checked against `framework`.
 */
export function scoreResponse(
  framework: Framework,
  response: Response,
  options: ScoreOptions = {},
): Result {
  const compiled = compile(framework);
  const levels = compiled.levels;
  const answers = response.answers;
  const pillars: PillarResult[] = [];
  const foundational: boolean[] = [];
  const lowConfidences: number[] = [];
  const overallCounts = emptyCounts();
  let oWeight = 0;
  let oSum = 0;
  let oMin = Infinity;
  let oMax = -Infinity;

  for (const pillar of selectPillars(compiled, options.sections)) {
    const components: ComponentResult[] = [];
    const pillarCounts = emptyCounts();
    let pWeight = 0;
    let pSum = 0;
    let pMin = Infinity;
    let pMax = -Infinity;

    for (const component of pillar.components) {
      let total = 0;
      let answered = 0;
      let notApplicable = 0;
      let dontKnow = 0;
      let lowConfidence = 0;
      let weight = 0;
      let sum = 0;
      let min = Infinity;
      let max = -Infinity;
      const { ids, weights } = compiled;
      for (let k = component.start; k < component.end; k++) {
        total++;
        const answer = answers[ids[k]!];
        const s = scoreAt(compiled, k, answer);
        if (s >= 0) {
          const w = weights[k]!;
          answered++;
          weight += w;
          sum += w * s;
          if (s < min) min = s;
          if (s > max) max = s;
          if (answer!.confidence === 'low') lowConfidence++;
        } else if (s === NA) notApplicable++;
        else if (s === DK) dontKnow++;
        // anything else is UNANSWERED: counted through `unanswered` below
      }
      const counts: Counts = {
        total,
        answered,
        notApplicable,
        dontKnow,
        unanswered: total - answered - notApplicable - dontKnow,
      };
      const score = answered > 0 ? clamp(sum / weight, min, max) : null;
      const result: ComponentResult = {
        id: component.id,
        pillarId: pillar.id,
        score,
        level: levelForScore(score, levels),
        coverage: coverageOf(counts),
        counts,
      };
      components.push(result);
      addCounts(pillarCounts, counts);
      lowConfidences.push(lowConfidence);
      if (score !== null) {
        pWeight += component.weight;
        pSum += component.weight * score;
        if (score < pMin) pMin = score;
        if (score > pMax) pMax = score;
      }
    }

    const pScore = pWeight > 0 ? clamp(pSum / pWeight, pMin, pMax) : null;
    foundational.push(pillar.foundational);
    pillars.push({
      id: pillar.id,
      score: pScore,
      level: levelForScore(pScore, levels),
      coverage: coverageOf(pillarCounts),
      counts: pillarCounts,
      components,
    });
    addCounts(overallCounts, pillarCounts);
    if (pScore !== null) {
      oWeight += pillar.weight;
      oSum += pillar.weight * pScore;
      if (pScore < oMin) oMin = pScore;
      if (pScore > oMax) oMax = pScore;
    }
  }

  const oScore = oWeight > 0 ? clamp(oSum / oWeight, oMin, oMax) : null;
  const overall: ScoreSummary = {
    score: oScore,
    level: levelForScore(oScore, levels),
    coverage: coverageOf(overallCounts),
    counts: overallCounts,
  };
  const balance = balanceOf(pillars);
  return {
    framework: { id: compiled.ref.id, version: compiled.ref.version },
    overall,
    pillars,
    balance,
    priorities: rankPriorities(pillars, foundational, lowConfidences, balance, levels),
  };
}
