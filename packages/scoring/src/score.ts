import type {
  Answer,
  ComponentResult,
  Counts,
  Framework,
  PillarResult,
  Response,
  Result,
  ScoreSummary,
} from '@dtc/schema';
import { DK, NA, gatherAnswers, levelAt } from './answers.js';
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

/** Working memory of one call, reused by the next (see {@link spare}). */
interface Scratch {
  /** The answer to each scorable question, by position k, gathered before scoring. */
  readonly answers: (Answer | undefined)[];
  /** Per component, in result order: answered questions whose confidence is `low`. */
  readonly lowConfidence: number[];
}

/**
 * Scratch memory for the next call; `null` while a call uses it, so that a call made
 * meanwhile (from a getter in the response) works in memory of its own.
 */
let spare: Scratch | null = { answers: [], lowConfidence: [] };

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
 * `framework` reference is not checked against `framework`. Answers are the enumerable
 * properties of `response.answers`, own or inherited, as `for…in` lists them (a parsed
 * response has own ones only); a response without an answers object has no answers.
 */
export function scoreResponse(
  framework: Framework,
  response: Response,
  options?: ScoreOptions,
): Result {
  return scoreWith(framework, response, options, true);
}

/**
 * {@link scoreResponse}, with `rank` false for callers that read scores alone (statistics
 * over many responses): `priorities` is then left empty, which saves about a fifth of the
 * time. Not exported from the package.
 */
export function scoreWith(
  framework: Framework,
  response: Response,
  options: ScoreOptions | undefined,
  rank: boolean,
): Result {
  const compiled = compile(framework);
  // Tables read once here: reads inside the loops would be repeated at every iteration.
  const { levels, weights, scores, byNumber, byString, flags } = compiled;
  const selected = selectPillars(compiled, options?.sections);
  const scratch = spare ?? { answers: [], lowConfidence: [] };
  spare = null;
  // All answers first, in one walk over the response (see gatherAnswers).
  const found = scratch.answers;
  gatherAnswers(compiled, response.answers, found);
  const lowConfidences = scratch.lowConfidence;
  // Arrays are created at their final length: cheaper than growing them with push().
  const pillars = new Array<PillarResult>(selected.length);
  const overallCounts = emptyCounts();
  let count = 0; // components so far
  let oWeight = 0;
  let oSum = 0;
  let oMin = Infinity;
  let oMax = -Infinity;

  for (let p = 0; p < selected.length; p++) {
    const pillar = selected[p]!;
    const compiledComponents = pillar.components;
    const components = new Array<ComponentResult>(compiledComponents.length);
    const pillarCounts = emptyCounts();
    let pWeight = 0;
    let pSum = 0;
    let pMin = Infinity;
    let pMax = -Infinity;

    for (let c = 0; c < compiledComponents.length; c++) {
      const component = compiledComponents[c]!;
      const end = component.end;
      let answered = 0;
      let notApplicable = 0;
      let dontKnow = 0;
      let lowConfidence = 0;
      let weight = 0;
      let sum = 0;
      // Bit `level` set for each level answered: the lowest and highest give the min and
      // max question scores (scores rise with the level) without a branch per answer.
      let seen = 0;
      for (let k = component.start; k < end; k++) {
        const answer = found[k];
        const level = levelAt(byNumber, byString, flags, k, answer);
        if (level > 0) {
          const w = weights[k]!;
          answered++;
          weight += w;
          sum += w * scores[level]!;
          seen |= 1 << level;
          const confidence = answer!.confidence;
          // Compared only when present: `undefined === 'low'` takes a slow generic path.
          if (confidence !== undefined && confidence === 'low') lowConfidence++;
        } else if (level === NA) notApplicable++;
        else if (level === DK) dontKnow++;
        // anything else is UNANSWERED: counted through `unanswered` below
      }
      const total = end - component.start;
      const unanswered = total - answered - notApplicable - dontKnow;
      const lowest = scores[31 - Math.clz32(seen & -seen)]!;
      const highest = scores[31 - Math.clz32(seen)]!;
      const score = answered > 0 ? clamp(sum / weight, lowest, highest) : null;
      const counts: Counts = { total, answered, notApplicable, dontKnow, unanswered };
      components[c] = {
        id: component.id,
        pillarId: pillar.id,
        score,
        level: levelForScore(score, levels),
        coverage: coverageOf(counts),
        counts,
      };
      addCounts(pillarCounts, counts);
      lowConfidences[count++] = lowConfidence;
      if (score !== null) {
        pWeight += component.weight;
        pSum += component.weight * score;
        if (score < pMin) pMin = score;
        if (score > pMax) pMax = score;
      }
    }

    const pScore = pWeight > 0 ? clamp(pSum / pWeight, pMin, pMax) : null;
    pillars[p] = {
      id: pillar.id,
      score: pScore,
      level: levelForScore(pScore, levels),
      coverage: coverageOf(pillarCounts),
      counts: pillarCounts,
      components,
    };
    addCounts(overallCounts, pillarCounts);
    if (pScore !== null) {
      oWeight += pillar.weight;
      oSum += pillar.weight * pScore;
      if (pScore < oMin) oMin = pScore;
      if (pScore > oMax) oMax = pScore;
    }
  }
  // Keep no answer alive after the call.
  found.fill(undefined);

  const oScore = oWeight > 0 ? clamp(oSum / oWeight, oMin, oMax) : null;
  const overall: ScoreSummary = {
    score: oScore,
    level: levelForScore(oScore, levels),
    coverage: coverageOf(overallCounts),
    counts: overallCounts,
  };
  const balance = balanceOf(pillars);
  const priorities = rank
    ? rankPriorities(pillars, selected, lowConfidences, balance, levels, count)
    : [];
  spare = scratch;
  return {
    framework: { id: compiled.ref.id, version: compiled.ref.version },
    overall,
    pillars,
    balance,
    priorities,
  };
}
