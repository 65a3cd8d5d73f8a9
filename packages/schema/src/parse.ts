/**
 * The `parse*` functions: the zod schemas (`safeParse`), then the checks a schema cannot
 * express (unique ids, a descriptor per level, translations, answers against a framework).
 * They never throw, and report every issue with a path, a kebab-case code and its params.
 */
import {
  DONT_KNOW,
  FEEDBACK_FORMAT,
  FEEDBACK_VERSION,
  FRAMEWORK_TEXTS_FORMAT,
  FRAMEWORK_TEXTS_VERSION,
  NOT_APPLICABLE,
  PLAN_FORMAT,
  PLAN_LIMITS,
  PLAN_VERSION,
  RESPONSE_FORMAT,
  RESPONSE_LIMITS,
  RESPONSE_VERSION,
} from './constants.js';
import { QuestionFeedback } from './feedback.js';
import { Framework, type Question, type QuestionKind } from './framework.js';
import { FrameworkTexts } from './framework-texts.js';
import type { Issue, IssuePath, ParseResult } from './issues.js';
import { answerProblemOf, type AnswerProblem } from './kinds.js';
import { ActionPlan, ActionPlanV1 } from './plan.js';
import { dependencyCycle } from './plan-budget.js';
import { reviewActionPlan } from './plan-review.js';
import { Response } from './response.js';
import {
  checkText,
  checkUnique,
  fail,
  isVersion,
  limitIssues,
  newerVersion,
  readInput,
  run,
  tooBig,
} from './parse-kit.js';

function checkFramework(fw: Framework, issues: Issue[]): void {
  const locales = fw.locales;
  if (fw.predecessor && fw.predecessor.id === fw.id && fw.predecessor.version === fw.version)
    issues.push({
      path: ['predecessor', 'version'],
      code: 'invalid-predecessor',
      params: { version: fw.version },
      message: `A framework cannot be its own predecessor (${fw.id}@${fw.version})`,
    });
  checkUnique(locales, (i) => ['locales', i], 'locale', issues);
  checkUnique(fw.translations ?? [], (i) => ['translations', i], 'translation', issues);
  fw.levels.forEach((level, i) => {
    if (level.value !== i + 1) {
      issues.push({
        path: ['levels', i, 'value'],
        code: 'level-order',
        params: { expected: i + 1, found: level.value },
        message: `Levels must be numbered 1..${fw.levels.length} in order; expected ${i + 1}, found ${level.value}`,
      });
    }
    checkText(level.label, ['levels', i, 'label'], locales, issues);
    checkText(level.description, ['levels', i, 'description'], locales, issues);
  });
  const top = fw.levels.length;
  checkText(fw.title, ['title'], locales, issues);
  checkText(fw.description, ['description'], locales, issues);
  checkText(fw.about, ['about'], locales, issues);
  checkText(fw.vision.purpose, ['vision', 'purpose'], locales, issues);
  for (const list of ['priorities', 'principles'] as const) {
    checkUnique(
      fw.vision[list].map((v) => v.id),
      (i) => ['vision', list, i, 'id'],
      'vision item',
      issues,
    );
    fw.vision[list].forEach((item, i) => {
      checkText(item.title, ['vision', list, i, 'title'], locales, issues);
      checkText(item.summary, ['vision', list, i, 'summary'], locales, issues);
    });
  }
  if (fw.outcomes) {
    checkUnique(
      fw.outcomes.map((o) => o.id),
      (i) => ['outcomes', i, 'id'],
      'outcome',
      issues,
    );
    fw.outcomes.forEach((o, i) => {
      checkText(o.title, ['outcomes', i, 'title'], locales, issues);
      checkText(o.summary, ['outcomes', i, 'summary'], locales, issues);
    });
  }
  checkUnique(
    fw.pillars.map((p) => p.id),
    (i) => ['pillars', i, 'id'],
    'pillar',
    issues,
  );
  const componentIds: { id: string; path: IssuePath }[] = [];
  const questionIds: { id: string; path: IssuePath }[] = [];
  fw.pillars.forEach((pillar, p) => {
    const pp: IssuePath = ['pillars', p];
    checkText(pillar.title, [...pp, 'title'], locales, issues);
    checkText(pillar.summary, [...pp, 'summary'], locales, issues);
    pillar.components.forEach((component, c) => {
      const cp: IssuePath = [...pp, 'components', c];
      componentIds.push({ id: component.id, path: [...cp, 'id'] });
      checkText(component.title, [...cp, 'title'], locales, issues);
      checkText(component.summary, [...cp, 'summary'], locales, issues);
      component.questions.forEach((question, q) => {
        const qp: IssuePath = [...cp, 'questions', q];
        questionIds.push({ id: question.id, path: [...qp, 'id'] });
        checkQuestion(question, { path: qp, top, locales, issues });
      });
    });
  });
  checkUnique(
    componentIds.map((c) => c.id),
    (i) => componentIds[i]!.path,
    'component',
    issues,
  );
  checkUnique(
    questionIds.map((q) => q.id),
    (i) => questionIds[i]!.path,
    'question',
    issues,
  );
}

/** The levels of a framework of `top` levels, as a sentence lists them: `1, 2, 3, 4`. */
const levelList = (top: number): string => Array.from({ length: top }, (_, i) => i + 1).join(', ');

function checkLevel(level: number, top: number, path: IssuePath, issues: Issue[]): void {
  if (level > top) {
    issues.push({
      path,
      code: 'level-out-of-range',
      params: { expected: levelList(top), found: level },
      message: `Level ${level} is above the framework's ${top} levels`,
    });
  }
}

/** What the checks of one question need besides the question. */
interface QuestionContext {
  path: IssuePath;
  /** The number of levels of the framework. */
  top: number;
  locales: readonly string[];
  issues: Issue[];
}

/**
 * The checks of a question that depend on its kind and that the schema cannot express
 * (they need the framework's levels, or compare items of a list), one entry per kind.
 */
const QUESTION_CHECKS: {
  readonly [K in QuestionKind]: (
    question: Extract<Question, { kind: K }>,
    at: QuestionContext,
  ) => void;
} = {
  /** A descriptor for each level of the scale, once, and none above it. */
  rubric(question, { path, top, locales, issues }) {
    const described = new Set<number>();
    question.descriptors.forEach((d, i) => {
      const dp: IssuePath = [...path, 'descriptors', i];
      checkLevel(d.level, top, [...dp, 'level'], issues);
      if (described.has(d.level)) {
        issues.push({
          path: [...dp, 'level'],
          code: 'duplicate-level',
          params: { level: d.level },
          message: `Level ${d.level} is described twice`,
        });
      }
      described.add(d.level);
      checkText(d.text, [...dp, 'text'], locales, issues);
    });
    for (let level = 1; level <= top; level++) {
      if (!described.has(level)) {
        issues.push({
          path: [...path, 'descriptors'],
          code: 'missing-descriptor',
          params: { level },
          message: `No descriptor for level ${level}`,
        });
      }
    }
  },
  /** Unique option ids that are not the special answers, and levels within the scale. */
  choice(question, { path, top, locales, issues }) {
    checkUnique(
      question.options.map((o) => o.id),
      (i) => [...path, 'options', i, 'id'],
      'option',
      issues,
    );
    question.options.forEach((o, i) => {
      const op: IssuePath = [...path, 'options', i];
      // These two are the answers "not applicable" and "don't know": an option by that id
      // could never be chosen.
      if (o.id === NOT_APPLICABLE || o.id === DONT_KNOW) {
        issues.push({
          path: [...op, 'id'],
          code: 'reserved-id',
          params: { id: o.id },
          message: `"${o.id}" is the answer ${o.id === NOT_APPLICABLE ? '"not applicable"' : '"don\'t know"'}; give the option another id`,
        });
      }
      checkLevel(o.level, top, [...op, 'level'], issues);
      checkText(o.label, [...op, 'label'], locales, issues);
    });
  },
  /** The levels of "yes" and "no" within the scale. */
  boolean(question, { path, top, issues }) {
    checkLevel(question.yesLevel, top, [...path, 'yesLevel'], issues);
    checkLevel(question.noLevel, top, [...path, 'noLevel'], issues);
  },
  /** Nothing beyond the schema. */
  text() {},
};

function checkQuestion(question: Question, at: QuestionContext): void {
  const { path, locales, issues } = at;
  checkText(question.title, [...path, 'title'], locales, issues);
  checkText(question.summary, [...path, 'summary'], locales, issues);
  checkText(question.help, [...path, 'help'], locales, issues);
  (QUESTION_CHECKS[question.kind] as (q: Question, at: QuestionContext) => void)(question, at);
}

/**
 * Validates a framework (an object, or JSON text). Never throws: returns the typed
 * framework, or every issue found with its path.
 */
export function parseFramework(input: unknown): ParseResult<Framework> {
  return readInput(input, (raw) => run(Framework, raw, checkFramework));
}

/**
 * Validates a framework texts file (one locale's texts of a split framework; an object or
 * JSON text). Never throws. `mergeFrameworkTexts` then checks its keys against the base.
 */
export function parseFrameworkTexts(input: unknown): ParseResult<FrameworkTexts> {
  return readInput(input, (raw) => {
    const newer = newerVersion(
      raw,
      FRAMEWORK_TEXTS_FORMAT,
      FRAMEWORK_TEXTS_VERSION,
      'Framework texts format',
    );
    if (newer) return fail([newer]);
    return run(FrameworkTexts, raw, () => {});
  });
}

/** Every question of a framework by id, with its pillar and component. */
export function indexQuestions(
  framework: Framework,
): Map<string, { question: Question; pillarId: string; componentId: string }> {
  const index = new Map<string, { question: Question; pillarId: string; componentId: string }>();
  for (const pillar of framework.pillars) {
    for (const component of pillar.components) {
      for (const question of component.questions) {
        index.set(question.id, { question, pillarId: pillar.id, componentId: component.id });
      }
    }
  }
  return index;
}

/** The English sentence of a problem with an answer (see `answerProblemOf`). */
function answerMessage(problem: AnswerProblem, question: Question): string {
  const p = problem.params ?? {};
  switch (problem.code) {
    case 'na-not-allowed':
      return `Question "${question.id}" does not allow "not applicable"`;
    case 'dont-know-not-allowed':
      return `Question "${question.id}" does not allow "don't know"`;
    case 'invalid-text':
      return 'Expected text';
    case 'text-too-long':
      return `Expected at most ${p.maximum} characters`;
    default:
      return p.expected !== undefined
        ? `Expected one of ${p.expected}, found ${p.found}`
        : `Not a valid answer to question "${question.id}"`;
  }
}

function unknownQuestion(id: string, framework: Framework, path: IssuePath): Issue {
  return {
    path,
    code: 'unknown-question',
    params: { question: id, framework: framework.id },
    message: `No question "${id}" in framework "${framework.id}"`,
  };
}

function mismatch(what: string, found: string, framework: Framework): Issue {
  return {
    path: ['framework', 'id'],
    code: 'framework-mismatch',
    params: { found, expected: framework.id },
    message: `${what} is for framework "${found}", not "${framework.id}"`,
  };
}

/** The problem with an answer to a question, as an issue at `path` (its value). */
function answerIssue(
  id: string,
  question: Question,
  value: unknown,
  path: IssuePath,
): Issue | null {
  const problem = answerProblemOf(question, value);
  if (!problem) return null;
  return {
    path,
    code: problem.code,
    params: { question: id, ...problem.params },
    message: answerMessage(problem, question),
  };
}

/** At most `RESPONSE_LIMITS.historyPerQuestion` earlier answers of any one question. */
function checkHistoryPerQuestion(response: Response, issues: Issue[]): void {
  const counts = new Map<string, number>();
  for (const h of response.history) counts.set(h.questionId, (counts.get(h.questionId) ?? 0) + 1);
  const maximum = RESPONSE_LIMITS.historyPerQuestion;
  for (const [question, n] of counts)
    if (n > maximum)
      issues.push({
        path: ['history'],
        code: 'too-big',
        params: { origin: 'array', maximum, inclusive: 'yes', question },
        message: `Expected at most ${maximum} earlier answers to question "${question}", found ${n}`,
      });
}

/**
 * Given the framework, the bound it sets on a response's history before it is read:
 * `RESPONSE_LIMITS.historyPerQuestion` earlier answers per question of the framework. (An
 * answer per question at most needs no such check: the answers are keyed by question, so any
 * answer past the framework's questions is to an unknown question, an issue of its own, and
 * `RESPONSE_LIMITS.answers` bounds the work.)
 */
function responseSizeIssues(raw: unknown, framework: Framework | undefined): Issue[] {
  if (!framework || raw === null || typeof raw !== 'object') return [];
  const { history } = raw as { history?: unknown };
  const most = indexQuestions(framework).size * RESPONSE_LIMITS.historyPerQuestion;
  if (!Array.isArray(history) || most >= RESPONSE_LIMITS.history) return [];
  const length: unknown = history.length;
  return typeof length !== 'number' || length > most
    ? [tooBig(raw, 'array', most, ['history'])]
    : [];
}

function checkResponseAgainst(framework: Framework | undefined) {
  return (response: Response, issues: Issue[]): void => {
    checkHistoryPerQuestion(response, issues);
    if (!framework) return;
    if (response.framework.id !== framework.id) {
      issues.push(mismatch('Response', response.framework.id, framework));
      return;
    }
    const index = indexQuestions(framework);
    for (const [id, answer] of Object.entries(response.answers)) {
      const entry = index.get(id);
      if (!entry) {
        issues.push(unknownQuestion(id, framework, ['answers', id]));
        continue;
      }
      const problem = answerIssue(id, entry.question, answer.value, ['answers', id, 'value']);
      if (problem) issues.push(problem);
    }
    // Earlier answers are checked as current ones are: a revision is an answer too.
    response.history.forEach((h, i) => {
      const entry = index.get(h.questionId);
      if (!entry) {
        issues.push(unknownQuestion(h.questionId, framework, ['history', i, 'questionId']));
        return;
      }
      const path: IssuePath = ['history', i, 'answer', 'value'];
      const problem = answerIssue(h.questionId, entry.question, h.answer.value, path);
      if (problem) issues.push(problem);
    });
  };
}

/**
 * Validates a saved response (an object, or JSON text). With a framework it also checks
 * that every answer, current or earlier (`history`), names a question of that framework and
 * is a valid answer to it. Whatever the framework, a question has at most
 * `RESPONSE_LIMITS.historyPerQuestion` earlier answers. Never throws.
 */
export function parseResponse(input: unknown, framework?: Framework): ParseResult<Response> {
  return readInput(input, (raw) => {
    const newer = newerVersion(raw, RESPONSE_FORMAT, RESPONSE_VERSION, 'Response format');
    if (newer) return fail([newer]);
    const big = responseSizeIssues(raw, framework);
    if (big.length) return fail(big);
    return run(Response, raw, checkResponseAgainst(framework));
  });
}

/** An id the plan names that the framework does not have. */
function unknown(
  code: 'unknown-component' | 'unknown-pillar' | 'unknown-outcome',
  id: string,
  path: IssuePath,
): Issue {
  const what = code.slice('unknown-'.length);
  return { path, code, params: { id }, message: `No ${what} "${id}"` };
}

/** `from` after `to` in a span of years (or a baseline after its target). */
function checkRange(from: number, to: number, path: IssuePath, issues: Issue[]): void {
  if (from > to)
    issues.push({
      path,
      code: 'invalid-range',
      // Years as text, so that no number format groups their digits.
      params: { from: String(from), to: String(to) },
      message: `${from} comes after ${to}`,
    });
  else if (to - from + 1 > PLAN_LIMITS.years)
    issues.push({
      path,
      code: 'too-big',
      params: { origin: 'years', maximum: PLAN_LIMITS.years, inclusive: 'yes' },
      message: `Expected at most ${PLAN_LIMITS.years} years`,
    });
}

/** The checks of a plan that need no framework: ids, spans, funding lines, dependencies. */
function checkPlan(plan: ActionPlan, issues: Issue[]): void {
  checkUnique(plan.priorities, (i) => ['priorities', i], 'priority', issues);
  checkUnique(
    plan.actions.map((a) => a.id),
    (i) => ['actions', i, 'id'],
    'action',
    issues,
  );
  if (plan.period) checkRange(plan.period.from, plan.period.to, ['period'], issues);
  const ids = new Set(plan.actions.map((a) => a.id));
  plan.actions.forEach((a, i) => {
    const ap: IssuePath = ['actions', i];
    if (a.cost) checkRange(a.cost.years.from, a.cost.years.to, [...ap, 'cost', 'years'], issues);
    a.funding.forEach((f, j) => {
      if ((f.amount === undefined) === (f.share === undefined))
        issues.push({
          path: [...ap, 'funding', j],
          code: 'amount-or-share',
          params: {},
          message: 'A funding line needs an amount or a share, not both',
        });
    });
    a.indicators.forEach((ind, j) => {
      if (ind.baseline && ind.target)
        checkRange(
          ind.baseline.year,
          ind.target.year,
          [...ap, 'indicators', j, 'target', 'year'],
          issues,
        );
    });
    checkUnique(a.dependsOn, (j) => [...ap, 'dependsOn', j], 'dependency', issues);
    a.dependsOn.forEach((d, j) => {
      if (!ids.has(d) || d === a.id)
        issues.push({
          path: [...ap, 'dependsOn', j],
          code: d === a.id ? 'dependency-cycle' : 'unknown-action',
          params: d === a.id ? { cycle: `${d} → ${d}` } : { id: d },
          message: d === a.id ? `Action "${d}" depends on itself` : `No action "${d}" in this plan`,
        });
    });
  });
  const cycle = dependencyCycle(
    plan.actions.map((a) => ({ id: a.id, dependsOn: a.dependsOn.filter((d) => d !== a.id) })),
  );
  if (cycle) {
    const at = plan.actions.findIndex((a) => a.id === cycle[0]);
    issues.push({
      path: ['actions', at, 'dependsOn'],
      code: 'dependency-cycle',
      params: { cycle: cycle.join(' → ') },
      message: `Actions depend on each other in a circle: ${cycle.join(' → ')}`,
    });
  }
}

/** The checks of a plan against the framework it names. */
function checkPlanAgainst(plan: ActionPlan, framework: Framework, issues: Issue[]): void {
  if (plan.framework.id !== framework.id) {
    issues.push(mismatch('Plan', plan.framework.id, framework));
    return;
  }
  const componentsOf = new Map(
    framework.pillars.map((p) => [p.id, new Set(p.components.map((c) => c.id))]),
  );
  const components = new Set(framework.pillars.flatMap((p) => p.components.map((c) => c.id)));
  const questions = indexQuestions(framework);
  const outcomes = new Set((framework.outcomes ?? []).map((o) => o.id));
  const top = framework.levels.length;
  plan.priorities.forEach((id, i) => {
    if (!components.has(id)) issues.push(unknown('unknown-component', id, ['priorities', i]));
  });
  for (const [pillar, id] of Object.entries(plan.pillarPriorities)) {
    const own = componentsOf.get(pillar);
    if (!own) issues.push(unknown('unknown-pillar', pillar, ['pillarPriorities', pillar]));
    else if (!own.has(id))
      issues.push({
        path: ['pillarPriorities', pillar],
        code: 'component-not-in-pillar',
        params: { id, pillar },
        message: `Component "${id}" is not in pillar "${pillar}"`,
      });
  }
  plan.actions.forEach((a, i) => {
    const ap: IssuePath = ['actions', i];
    if (!components.has(a.priority))
      issues.push(unknown('unknown-component', a.priority, [...ap, 'priority']));
    if (!componentsOf.has(a.pillar))
      issues.push(unknown('unknown-pillar', a.pillar, [...ap, 'pillar']));
    if (!outcomes.has(a.outcome))
      issues.push(unknown('unknown-outcome', a.outcome, [...ap, 'outcome']));
    checkLevel(a.targetLevel, top, [...ap, 'targetLevel'], issues);
    a.indicators.forEach((ind, j) => {
      const ip: IssuePath = [...ap, 'indicators', j];
      if (ind.question !== undefined && !questions.has(ind.question))
        issues.push(unknownQuestion(ind.question, framework, [...ip, 'question']));
      if (ind.component !== undefined && !components.has(ind.component))
        issues.push(unknown('unknown-component', ind.component, [...ip, 'component']));
    });
  });
}

/** A format 1 plan in format 2: every field kept, the new ones at their defaults. */
export function upgradeActionPlan(plan: ActionPlanV1): ActionPlan {
  return ActionPlan.parse({ ...plan, version: PLAN_VERSION });
}

/**
 * Validates an action plan (an object, or JSON text) and returns it in the current format:
 * a format 1 plan is upgraded (with an `upgraded` warning), a newer one is refused with
 * `unsupported-version`. With a framework it also checks that the plan's ids exist there.
 * A valid plan comes back with `warnings`: advice such as a funding gap (`PLAN_WARNINGS`).
 * Never throws.
 */
export function parseActionPlan(input: unknown, framework?: Framework): ParseResult<ActionPlan> {
  return readInput(input, (raw) => {
    const upgrade = isVersion(raw, PLAN_FORMAT, 1);
    if (!upgrade) {
      const newer = newerVersion(raw, PLAN_FORMAT, PLAN_VERSION, 'Action plan format');
      if (newer) return fail([newer]);
    }
    const read = upgrade ? run(ActionPlanV1, raw, () => {}) : run(ActionPlan, raw, () => {});
    if (!read.ok) return read;
    const plan = upgrade
      ? upgradeActionPlan(read.value as ActionPlanV1)
      : (read.value as ActionPlan);
    const issues: Issue[] = [];
    checkPlan(plan, issues);
    if (framework) checkPlanAgainst(plan, framework, issues);
    if (issues.length) return fail(issues);
    const warnings = reviewActionPlan(plan);
    if (upgrade)
      warnings.unshift({
        path: ['version'],
        code: 'upgraded',
        params: { from: 1, to: PLAN_VERSION },
        message: `Upgraded from action plan format 1 to ${PLAN_VERSION}`,
      });
    return { ok: true, value: plan, warnings: limitIssues(warnings) };
  });
}

/** The checks of feedback on questions: one item per question, each saying something. */
function checkFeedbackAgainst(framework: Framework | undefined) {
  return (feedback: QuestionFeedback, issues: Issue[]): void => {
    const seen = new Set<string>();
    feedback.items.forEach((item, i) => {
      const path: IssuePath = ['items', i];
      if (seen.has(item.question))
        issues.push({
          path: [...path, 'question'],
          code: 'duplicate-feedback',
          params: { question: item.question },
          message: `Question "${item.question}" has feedback twice`,
        });
      seen.add(item.question);
      const kinds = new Set<string>();
      item.kinds.forEach((kind, j) => {
        if (kinds.has(kind))
          issues.push({
            path: [...path, 'kinds', j],
            code: 'duplicate-kind',
            params: { kind },
            message: `Kind "${kind}" is named twice`,
          });
        kinds.add(kind);
      });
      if (!item.kinds.length && !item.comment?.trim())
        issues.push({
          path,
          code: 'empty-feedback',
          params: { question: item.question },
          message: `The feedback on question "${item.question}" has no kind and no comment`,
        });
    });
    if (!framework) return;
    if (feedback.framework.id !== framework.id) {
      issues.push(mismatch('Feedback', feedback.framework.id, framework));
      return;
    }
    const index = indexQuestions(framework);
    feedback.items.forEach((item, i) => {
      if (!index.has(item.question))
        issues.push({
          path: ['items', i, 'question'],
          code: 'unknown-feedback-question',
          params: { question: item.question, framework: framework.id },
          message: `No question "${item.question}" in framework "${framework.id}"`,
        });
    });
  };
}

/**
 * Validates feedback on questions (`dtc.feedback`; an object, or JSON text): kinds among
 * `FEEDBACK_KINDS`, comments within `FEEDBACK_LIMITS`, one item per question, none empty.
 * With a framework it also checks that every item names one of its questions. A newer
 * version is refused with `unsupported-version`. Never throws.
 */
export function parseFeedback(
  input: unknown,
  framework?: Framework,
): ParseResult<QuestionFeedback> {
  return readInput(input, (raw) => {
    const newer = newerVersion(raw, FEEDBACK_FORMAT, FEEDBACK_VERSION, 'Feedback format');
    if (newer) return fail([newer]);
    return run(QuestionFeedback, raw, checkFeedbackAgainst(framework));
  });
}
