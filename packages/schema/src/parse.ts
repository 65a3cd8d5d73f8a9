import type { Framework, Question } from './framework.js';
import type { LocalizedText } from './common.js';
import { fromZodIssues, type Issue, type IssuePath, type ParseResult } from './issues.js';
import type { ActionPlan } from './plan.js';
import { DONT_KNOW, NOT_APPLICABLE, RESPONSE_FORMAT, RESPONSE_VERSION } from './constants.js';
import type { Response } from './response.js';
import { actionPlanShape, frameworkShape, responseShape } from './shapes.js';
import { validate, type Checker } from './validate.js';

function unreadable(error: unknown): Issue {
  let detail: string;
  try {
    detail = String((error as Error)?.message ?? error);
  } catch {
    detail = 'unknown error';
  }
  return { path: [], code: 'unreadable', message: `Input could not be read: ${detail}` };
}

function fail<T>(issues: Issue[]): ParseResult<T> {
  return { ok: false, issues };
}

/** Accepts a parsed value or JSON text; JSON that does not parse is one issue at the root. */
function fromJson(input: unknown): { value: unknown } | { issues: Issue[] } {
  if (typeof input !== 'string') return { value: input };
  try {
    return { value: JSON.parse(input) as unknown };
  } catch (error) {
    return {
      issues: [
        { path: [], code: 'invalid-json', message: `Not valid JSON: ${(error as Error).message}` },
      ],
    };
  }
}

function run<T>(
  shape: Checker<T>,
  input: unknown,
  check: (value: T, issues: Issue[]) => void,
): ParseResult<T> {
  try {
    const json = fromJson(input);
    if ('issues' in json) return fail(json.issues);
    const parsed = validate(shape, json.value);
    if (!parsed.ok) return fail(fromZodIssues(json.value, parsed.issues));
    const issues: Issue[] = [];
    check(parsed.value, issues);
    return issues.length ? fail(issues) : { ok: true, value: parsed.value };
  } catch (error) {
    // Hostile inputs (throwing getters, proxies, cycles) end here rather than escaping.
    return fail([unreadable(error)]);
  }
}

function checkUnique(
  ids: readonly string[],
  path: (index: number) => IssuePath,
  what: string,
  issues: Issue[],
): void {
  const seen = new Map<string, number>();
  ids.forEach((id, index) => {
    const first = seen.get(id);
    if (first === undefined) seen.set(id, index);
    else
      issues.push({
        path: path(index),
        code: 'duplicate-id',
        message: `Duplicate ${what} id "${id}"`,
      });
  });
}

function checkText(
  text: LocalizedText | undefined,
  path: IssuePath,
  locales: readonly string[],
  issues: Issue[],
): void {
  if (!text) return;
  for (const locale of locales) {
    if (!Object.hasOwn(text, locale)) {
      issues.push({
        path: [...path, locale],
        code: 'missing-translation',
        message: `Missing translation "${locale}"`,
      });
    }
  }
}

function checkFramework(fw: Framework, issues: Issue[]): void {
  const locales = fw.locales;
  checkUnique(locales, (i) => ['locales', i], 'locale', issues);
  fw.levels.forEach((level, i) => {
    if (level.value !== i + 1) {
      issues.push({
        path: ['levels', i, 'value'],
        code: 'level-order',
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
        checkQuestion(question, qp, top, locales, issues);
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

function checkLevel(level: number, top: number, path: IssuePath, issues: Issue[]): void {
  if (level > top) {
    issues.push({
      path,
      code: 'level-out-of-range',
      message: `Level ${level} is above the framework's ${top} levels`,
    });
  }
}

function checkQuestion(
  question: Question,
  qp: IssuePath,
  top: number,
  locales: readonly string[],
  issues: Issue[],
): void {
  checkText(question.title, [...qp, 'title'], locales, issues);
  checkText(question.summary, [...qp, 'summary'], locales, issues);
  checkText(question.help, [...qp, 'help'], locales, issues);
  switch (question.kind) {
    case 'rubric': {
      const byLevel = new Map<number, number>();
      question.descriptors.forEach((d, i) => {
        const dp: IssuePath = [...qp, 'descriptors', i];
        checkLevel(d.level, top, [...dp, 'level'], issues);
        if (byLevel.has(d.level)) {
          issues.push({
            path: [...dp, 'level'],
            code: 'duplicate-level',
            message: `Level ${d.level} is described twice`,
          });
        }
        byLevel.set(d.level, i);
        checkText(d.text, [...dp, 'text'], locales, issues);
      });
      for (let level = 1; level <= top; level++) {
        if (!byLevel.has(level)) {
          issues.push({
            path: [...qp, 'descriptors'],
            code: 'missing-descriptor',
            message: `No descriptor for level ${level}`,
          });
        }
      }
      break;
    }
    case 'choice':
      checkUnique(
        question.options.map((o) => o.id),
        (i) => [...qp, 'options', i, 'id'],
        'option',
        issues,
      );
      question.options.forEach((o, i) => {
        // These two are the answers "not applicable" and "don't know": an option by that id
        // could never be chosen.
        if (o.id === NOT_APPLICABLE || o.id === DONT_KNOW) {
          issues.push({
            path: [...qp, 'options', i, 'id'],
            code: 'reserved-id',
            message: `"${o.id}" is the answer ${o.id === NOT_APPLICABLE ? '"not applicable"' : '"don\'t know"'}; give the option another id`,
          });
        }
        checkLevel(o.level, top, [...qp, 'options', i, 'level'], issues);
        checkText(o.label, [...qp, 'options', i, 'label'], locales, issues);
      });
      break;
    case 'boolean':
      checkLevel(question.yesLevel, top, [...qp, 'yesLevel'], issues);
      checkLevel(question.noLevel, top, [...qp, 'noLevel'], issues);
      break;
    case 'text':
      break;
  }
}

/**
 * Validates a framework (an object, or JSON text). Never throws: returns the typed
 * framework, or every issue found with its path.
 */
export function parseFramework(input: unknown): ParseResult<Framework> {
  return run(frameworkShape, input, checkFramework);
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

/**
 * Why a value is not a valid answer to a question, or `null` when it is.
 * `levels` is the number of levels in the framework.
 */
export function answerProblem(
  question: Question,
  value: unknown,
  levels: number,
): { code: string; message: string } | null {
  if (value === NOT_APPLICABLE) {
    return question.allowNotApplicable
      ? null
      : {
          code: 'na-not-allowed',
          message: `Question "${question.id}" does not allow "not applicable"`,
        };
  }
  if (value === DONT_KNOW) {
    return question.allowDontKnow
      ? null
      : {
          code: 'dont-know-not-allowed',
          message: `Question "${question.id}" does not allow "don't know"`,
        };
  }
  switch (question.kind) {
    case 'rubric':
      if (
        typeof value === 'number' &&
        Number.isInteger(value) &&
        question.descriptors.some((d) => d.level === value)
      )
        return null;
      return {
        code: 'level-out-of-range',
        message: `Expected a level from 1 to ${levels}, found ${JSON.stringify(value)}`,
      };
    case 'choice':
      if (typeof value === 'string' && question.options.some((o) => o.id === value)) return null;
      return {
        code: 'unknown-option',
        message: `Expected one of ${question.options.map((o) => `"${o.id}"`).join(', ')}, found ${JSON.stringify(value)}`,
      };
    case 'boolean':
      if (value === 'yes' || value === 'no') return null;
      return {
        code: 'invalid-boolean',
        message: `Expected "yes" or "no", found ${JSON.stringify(value)}`,
      };
    case 'text':
      if (typeof value !== 'string') return { code: 'invalid-text', message: 'Expected text' };
      if (question.maxLength !== undefined && value.length > question.maxLength) {
        return {
          code: 'text-too-long',
          message: `Expected at most ${question.maxLength} characters`,
        };
      }
      return null;
  }
}

function checkResponseAgainst(framework: Framework | undefined) {
  return (response: Response, issues: Issue[]): void => {
    if (!framework) return;
    if (response.framework.id !== framework.id) {
      issues.push({
        path: ['framework', 'id'],
        code: 'framework-mismatch',
        message: `Response is for framework "${response.framework.id}", not "${framework.id}"`,
      });
      return;
    }
    const index = indexQuestions(framework);
    const levels = framework.levels.length;
    for (const [id, answer] of Object.entries(response.answers)) {
      const entry = index.get(id);
      if (!entry) {
        issues.push({
          path: ['answers', id],
          code: 'unknown-question',
          message: `No question "${id}" in framework "${framework.id}"`,
        });
        continue;
      }
      const problem = answerProblem(entry.question, answer.value, levels);
      if (problem) issues.push({ path: ['answers', id, 'value'], ...problem });
    }
    response.history.forEach((h, i) => {
      if (!index.has(h.questionId)) {
        issues.push({
          path: ['history', i, 'questionId'],
          code: 'unknown-question',
          message: `No question "${h.questionId}" in framework "${framework.id}"`,
        });
      }
    });
  };
}

/**
 * Validates a saved response (an object, or JSON text). With a framework it also checks
 * that every answer names a question of that framework and is a valid answer to it.
 * Never throws.
 */
export function parseResponse(input: unknown, framework?: Framework): ParseResult<Response> {
  try {
    const json = fromJson(input);
    if ('issues' in json) return fail(json.issues);
    const raw = json.value;
    if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
      const { format, version } = raw as { format?: unknown; version?: unknown };
      if (
        format === RESPONSE_FORMAT &&
        typeof version === 'number' &&
        version !== RESPONSE_VERSION
      ) {
        return fail([
          {
            path: ['version'],
            code: 'unsupported-version',
            message: `Response format version ${version} is not supported (this library reads version ${RESPONSE_VERSION})`,
          },
        ]);
      }
    }
    return run(responseShape, raw, checkResponseAgainst(framework));
  } catch (error) {
    return fail([unreadable(error)]);
  }
}

/** Validates an action plan; with a framework, checks that its ids exist there. Never throws. */
export function parseActionPlan(input: unknown, framework?: Framework): ParseResult<ActionPlan> {
  return run(actionPlanShape, input, (plan, issues) => {
    checkUnique(plan.priorities, (i) => ['priorities', i], 'priority', issues);
    checkUnique(
      plan.actions.map((a) => a.id),
      (i) => ['actions', i, 'id'],
      'action',
      issues,
    );
    if (!framework) return;
    if (plan.framework.id !== framework.id) {
      issues.push({
        path: ['framework', 'id'],
        code: 'framework-mismatch',
        message: `Plan is for framework "${plan.framework.id}", not "${framework.id}"`,
      });
      return;
    }
    const components = new Set(framework.pillars.flatMap((p) => p.components.map((c) => c.id)));
    const pillars = new Set(framework.pillars.map((p) => p.id));
    const outcomes = new Set((framework.outcomes ?? []).map((o) => o.id));
    plan.priorities.forEach((id, i) => {
      if (!components.has(id))
        issues.push({
          path: ['priorities', i],
          code: 'unknown-component',
          message: `No component "${id}"`,
        });
    });
    plan.actions.forEach((a, i) => {
      if (!components.has(a.priority))
        issues.push({
          path: ['actions', i, 'priority'],
          code: 'unknown-component',
          message: `No component "${a.priority}"`,
        });
      if (!pillars.has(a.pillar))
        issues.push({
          path: ['actions', i, 'pillar'],
          code: 'unknown-pillar',
          message: `No pillar "${a.pillar}"`,
        });
      if (!outcomes.has(a.outcome))
        issues.push({
          path: ['actions', i, 'outcome'],
          code: 'unknown-outcome',
          message: `No outcome "${a.outcome}"`,
        });
      if (a.targetLevel > framework.levels.length) {
        issues.push({
          path: ['actions', i, 'targetLevel'],
          code: 'level-out-of-range',
          message: `Level ${a.targetLevel} is above the framework's ${framework.levels.length} levels`,
        });
      }
    });
  });
}
