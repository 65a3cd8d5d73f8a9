/**
 * Scoring one response: a walk over the framework's pillars → components → questions, as
 * docs/methodology.md reads ("Component, pillar and overall scores", "Level reached",
 * "Coverage"). Balance and priorities are computed from the scored pillars.
 *
 * The walk goes over the framework's scorable index (scorable.ts), whose precondition is
 * that the framework passed `parseFramework`. The response need not be validated.
 */
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
import { answersOf, readAnswer } from './answers.js';
import { balanceOf } from './balance.js';
import { WeightedMean, levelForScore, levelScore } from './math.js';
import { rankPriorities } from './priorities.js';
import type { Scored, ScoredComponent, ScoredPillar } from './scored.js';
import {
  scorable,
  selectedPillars,
  type ScorableComponent,
  type ScorableFramework,
  type ScorablePillar,
} from './scorable.js';

/** Options of {@link scoreResponse}. */
export interface ScoreOptions {
  /**
   * Ids of the pillars to score (a workshop assesses one pillar at a time). When given, the
   * result lists only these pillars, in framework order, and the overall score, balance and
   * priorities are computed over them alone. Unknown ids are ignored.
   */
  readonly sections?: readonly string[] | undefined;
}

/** answered ÷ applicable (applicable = total − not applicable); 1 when nothing is applicable. */
function coverageOf(counts: Counts): number {
  const applicable = counts.total - counts.notApplicable;
  return applicable === 0 ? 1 : counts.answered / applicable;
}

function noCounts(): Counts {
  return { total: 0, answered: 0, notApplicable: 0, dontKnow: 0, unanswered: 0 };
}

function addCounts(into: Counts, from: Counts): void {
  into.total += from.total;
  into.answered += from.answered;
  into.notApplicable += from.notApplicable;
  into.dontKnow += from.dontKnow;
  into.unanswered += from.unanswered;
}

/**
 * A component: the weighted mean (question `weight`, default 1) of the question scores of
 * its answered questions.
 */
function scoreComponent(
  component: ScorableComponent,
  pillarId: string,
  answers: ReadonlyMap<string, Answer>,
  levels: number,
): ScoredComponent {
  const counts = noCounts();
  const mean = new WeightedMean();
  let lowConfidence = 0;
  for (const question of component.questions) {
    counts.total++;
    const answer = answers.get(question.id);
    const reading = readAnswer(question, answer);
    if (typeof reading === 'number') {
      counts.answered++;
      mean.add(levelScore(reading, levels), question.weight);
      if (answer!.confidence === 'low') lowConfidence++;
    } else if (reading === 'na') counts.notApplicable++;
    else if (reading === 'dont-know') counts.dontKnow++;
    else counts.unanswered++;
  }
  const score = mean.value();
  const result: ComponentResult = {
    id: component.id,
    pillarId,
    score,
    level: levelForScore(score, levels),
    coverage: coverageOf(counts),
    counts,
  };
  return { component, result, lowConfidence };
}

/**
 * One level up from its parts (components of a pillar, pillars overall): the weighted mean
 * of the parts that have a score, each by its own weight, and the parts' counts added up.
 */
function rollUp(
  parts: readonly { weight: number; result: { score: number | null; counts: Counts } }[],
): {
  score: number | null;
  counts: Counts;
} {
  const counts = noCounts();
  const mean = new WeightedMean();
  for (const { weight, result } of parts) {
    addCounts(counts, result.counts);
    if (result.score !== null) mean.add(result.score, weight);
  }
  return { score: mean.value(), counts };
}

/**
 * A pillar: the weighted mean (component `weight`, default 1) of its components that have a
 * score, a mean of means. Its counts add up its components' counts.
 */
function scorePillar(
  pillar: ScorablePillar,
  answers: ReadonlyMap<string, Answer>,
  levels: number,
): ScoredPillar {
  const components = pillar.components.map((component) =>
    scoreComponent(component, pillar.id, answers, levels),
  );
  const { score, counts } = rollUp(
    components.map(({ component, result }) => ({ weight: component.weight, result })),
  );
  const result: PillarResult = {
    id: pillar.id,
    score,
    level: levelForScore(score, levels),
    coverage: coverageOf(counts),
    counts,
    components: components.map((scored) => scored.result),
  };
  return { pillar, result, components };
}

/**
 * The scores of a response: every selected pillar, and overall the weighted mean (pillar
 * `weight`, default 1) of the pillars that have a score. No balance, no priorities: the
 * group view reads scores alone.
 */
export function scorePillars(
  framework: ScorableFramework,
  response: Response,
  sections: readonly string[] | undefined,
): Scored {
  const levels = framework.levels;
  const answers = answersOf(response);
  const pillars = selectedPillars(framework, sections).map((pillar) =>
    scorePillar(pillar, answers, levels),
  );
  const { score, counts } = rollUp(
    pillars.map(({ pillar, result }) => ({ weight: pillar.weight, result })),
  );
  const overall: ScoreSummary = {
    score,
    level: levelForScore(score, levels),
    coverage: coverageOf(counts),
    counts,
  };
  return { overall, pillars };
}

/**
 * The number of scores {@link scoresInto} writes for `pillars`: overall, each pillar and each
 * of its components.
 */
export function scoreCount(pillars: readonly ScorablePillar[]): number {
  let count = 1;
  for (const pillar of pillars) count += 1 + pillar.components.length;
  return count;
}

/**
 * The scores alone of a response, written into `out`: overall first, then each
 * of `pillars` followed by its components (the order of a `GroupStats`), `NaN` where there is
 * no score. The figures of {@link scorePillars}, to the last bit, by the same rules
 * (`readAnswer`, `levelScore`, `WeightedMean`, weights in framework order), without the
 * counts, coverage and levels that the bulk path does not read.
 *
 * `levelsRead` is scratch room, one entry per scorable question of `framework`. The answers
 * are read as `answersOf` reads them, by one `for…in` over `response.answers` (a lookup by
 * question id in an object of eighty answers costs more than the rest of the walk). Files
 * usually list a response's answers in framework order (a CSV file with the template's
 * columns gives them so), so each id is first compared with the
 * question after the one just read, and looked up by id only when it is another; then the
 * walk goes in framework order, so the sums add up in the same order as scorePillars'.
 */
export function scoresInto(
  framework: ScorableFramework,
  pillars: readonly ScorablePillar[],
  response: Response,
  levelsRead: Float64Array,
  out: Float64Array,
): void {
  const levels = framework.levels;
  levelsRead.fill(0);
  const given = response.answers;
  let next = 0; // the position of the question expected next
  for (const id in given) {
    let question = framework.inOrder[next];
    if (question?.id !== id) question = framework.questions.get(id);
    if (question === undefined) continue;
    next = question.position + 1;
    const reading = readAnswer(question, given[id]);
    if (typeof reading === 'number') levelsRead[question.position] = reading;
  }
  const overall = new WeightedMean();
  let at = 1;
  for (const pillar of pillars) {
    const pillarAt = at++;
    const pillarMean = new WeightedMean();
    for (const component of pillar.components) {
      const mean = new WeightedMean();
      for (const question of component.questions) {
        const level = levelsRead[question.position]!;
        if (level > 0) mean.add(levelScore(level, levels), question.weight);
      }
      const score = mean.value();
      out[at++] = score ?? NaN;
      if (score !== null) pillarMean.add(score, component.weight);
    }
    const score = pillarMean.value();
    out[pillarAt] = score ?? NaN;
    if (score !== null) overall.add(score, pillar.weight);
  }
  out[0] = overall.value() ?? NaN;
}

/**
 * Scores one response against a framework. Pure and deterministic.
 *
 * - Question score: an answer at level v of L levels scores (v − 1) / (L − 1) × 100.
 *   Choice options and yes/no answers score the level they stand for (the kind table,
 *   `QUESTION_KINDS` in @dtc/schema). Text questions are not scored or counted. `"na"` takes
 *   the question out of the denominator; `"dont-know"` keeps it in (it lowers coverage) but
 *   adds no score. Invalid values count as unanswered.
 * - Component score: weighted mean (question `weight`, default 1) of its answered questions.
 * - Pillar score: weighted mean (component `weight`, default 1) of its scored components;
 *   overall: weighted mean (pillar `weight`, default 1) of the scored pillars. This is a
 *   mean of means: each component counts by its weight in its pillar, whatever its number
 *   of questions. Each is `null` when nothing under it has a score.
 * - Level: see `levelForScore`. Coverage: answered ÷ (total − not applicable), 1 when nothing
 *   is applicable. Balance: see `balanceOf`. Priorities: see `PRIORITY_RULES`.
 *
 * Score a framework that passed `parseFramework`. The response is not validated (use
 * `parseResponse` from @dtc/schema) and its `framework` reference is not checked against
 * `framework`. Answers are the enumerable properties of `response.answers`, own or
 * inherited, as `for…in` lists them (a parsed response has own ones only); a response
 * without an answers object has no answers.
 */
export function scoreResponse(
  framework: Framework,
  response: Response,
  options?: ScoreOptions,
): Result {
  return scoreWith(scorable(framework), response, options?.sections);
}

/** {@link scoreResponse} with the framework's index at hand (the bulk path looks it up once). */
export function scoreWith(
  index: ScorableFramework,
  response: Response,
  sections: readonly string[] | undefined,
): Result {
  const { overall, pillars } = scorePillars(index, response, sections);
  const pillarResults = pillars.map((scored) => scored.result);
  const balance = balanceOf(pillarResults);
  return {
    framework: { id: index.id, version: index.version },
    overall,
    pillars: pillarResults,
    balance,
    priorities: rankPriorities(pillars, balance, index.levels),
  };
}
