/**
 * `parseFrameworkMapping`: the mapping schema, then what it cannot express: each rule's
 * shape for its change, each question named once on each side, and, given the two
 * frameworks, that every question of both is accounted for and that every answer a rule
 * carries is a valid answer where it lands.
 */
import { DONT_KNOW, MAPPING_FORMAT, MAPPING_VERSION, NOT_APPLICABLE } from './constants.js';
import type { Framework, Question } from './framework.js';
import { FrameworkMapping, type MappingChange, type MappingRule } from './framework-mapping.js';
import type { Issue, IssuePath, ParseResult } from './issues.js';
import { answerProblemOf, kindOf } from './kinds.js';
import { indexQuestions } from './parse.js';
import { fail, newerVersion, readInput, run } from './parse-kit.js';
import type { AnswerValue } from './response.js';

/** How many questions each side of a rule names, by change: [min, max] (max -1: no limit). */
const SHAPES: Record<MappingChange, { from: [number, number]; to: [number, number] }> = {
  kept: { from: [1, 1], to: [1, 1] },
  renamed: { from: [1, 1], to: [1, 1] },
  revised: { from: [1, 1], to: [1, 1] },
  split: { from: [1, 1], to: [1, -1] },
  merged: { from: [2, -1], to: [1, 1] },
  removed: { from: [1, 1], to: [0, 0] },
  added: { from: [0, 0], to: [1, 1] },
};

const within = (n: number, [min, max]: [number, number]) => n >= min && (max < 0 || n <= max);
const range = ([min, max]: [number, number]) =>
  max < 0 ? `at least ${min}` : min === max ? `${min}` : `${min} to ${max}`;

function shapeIssues(rule: MappingRule, at: IssuePath, issues: Issue[]): void {
  const shape = SHAPES[rule.change];
  for (const side of ['from', 'to'] as const) {
    if (!within(rule[side].length, shape[side]))
      issues.push({
        path: [...at, side],
        code: 'invalid-mapping-rule',
        params: {
          change: rule.change,
          side,
          expected: range(shape[side]),
          found: rule[side].length,
        },
        message: `A "${rule.change}" rule names ${range(shape[side])} question(s) in "${side}", found ${rule[side].length}`,
      });
  }
  const [from] = rule.from;
  const [to] = rule.to;
  if (rule.change === 'kept' && from !== undefined && to !== undefined && from !== to)
    issues.push({
      path: [...at, 'to', 0],
      code: 'invalid-mapping-rule',
      params: { change: rule.change, side: 'to', expected: from, found: to },
      message: `A "kept" rule keeps the id: expected "${from}", found "${to}" (use "renamed")`,
    });
  if (rule.change === 'renamed' && from !== undefined && from === to)
    issues.push({
      path: [...at, 'to', 0],
      code: 'invalid-mapping-rule',
      params: { change: rule.change, side: 'to', expected: `not ${from}`, found: to },
      message: `A "renamed" rule gives a new id, found the same "${from}" (use "kept")`,
    });
  if (rule.carry === undefined) return;
  const side = rule.change === 'split' ? 'to' : rule.change === 'merged' ? 'from' : null;
  if (!side) {
    issues.push({
      path: [...at, 'carry'],
      code: 'invalid-mapping-rule',
      params: { change: rule.change, side: 'carry', expected: 'none', found: rule.carry.length },
      message: `Only "split" and "merged" rules name what they carry`,
    });
    return;
  }
  if (side === 'from' && rule.carry.length > 1)
    issues.push({
      path: [...at, 'carry'],
      code: 'invalid-mapping-rule',
      params: { change: rule.change, side: 'carry', expected: '0 to 1', found: rule.carry.length },
      message: `A "merged" rule carries the answer of at most one question`,
    });
  rule.carry.forEach((id, i) => {
    if (!rule[side].includes(id))
      issues.push({
        path: [...at, 'carry', i],
        code: 'invalid-mapping-rule',
        params: { change: rule.change, side: 'carry', expected: `one of "${side}"`, found: id },
        message: `"${id}" is not one of the rule's "${side}" questions`,
      });
  });
}

/** The pairs of questions whose answers a rule carries: earlier id → later id. */
export function carriedPairs(rule: MappingRule): { from: string; to: string }[] {
  switch (rule.change) {
    case 'kept':
    case 'renamed':
    case 'revised':
      return rule.from[0] && rule.to[0] ? [{ from: rule.from[0], to: rule.to[0] }] : [];
    case 'split':
      return rule.from[0] ? (rule.carry ?? []).map((to) => ({ from: rule.from[0]!, to })) : [];
    case 'merged':
      return rule.to[0] ? (rule.carry ?? []).map((from) => ({ from, to: rule.to[0]! })) : [];
    default:
      return [];
  }
}

/**
 * The answer `value` becomes when a rule carries it (its `values` entry, or itself), or
 * `null` when the rule says it cannot be carried.
 */
export function carriedValue(rule: MappingRule, value: AnswerValue): AnswerValue | null {
  const key = String(value);
  if (rule.values && Object.hasOwn(rule.values, key)) return rule.values[key] ?? null;
  return value;
}

/** Every answer `question` can take that has a fixed value (not free text). */
function fixedAnswers(question: Question): AnswerValue[] {
  const values: AnswerValue[] = kindOf(question)
    .levels(question)
    .map(([value]) => value);
  if (question.allowNotApplicable) values.push(NOT_APPLICABLE);
  if (question.allowDontKnow) values.push(DONT_KNOW);
  return values;
}

function checkAgainst(
  mapping: FrameworkMapping,
  side: 'from' | 'to',
  framework: Framework,
  issues: Issue[],
): Map<string, Question> | null {
  const ref = mapping[side];
  if (ref.id !== framework.id || ref.version !== framework.version) {
    issues.push({
      path: [side],
      code: ref.id !== framework.id ? 'framework-mismatch' : 'framework-version-mismatch',
      params: {
        found: `${ref.id}@${ref.version}`,
        expected: `${framework.id}@${framework.version}`,
      },
      message: `The mapping's "${side}" is ${ref.id}@${ref.version}, not ${framework.id}@${framework.version}`,
    });
    return null;
  }
  const questions = new Map([...indexQuestions(framework)].map(([id, at]) => [id, at.question]));
  const named = new Set<string>();
  mapping.rules.forEach((rule, r) =>
    rule[side].forEach((id, i) => {
      named.add(id);
      if (!questions.has(id))
        issues.push({
          path: ['rules', r, side, i],
          code: 'unknown-question',
          params: { question: id, framework: `${framework.id}@${framework.version}` },
          message: `No question "${id}" in ${framework.id}@${framework.version}`,
        });
    }),
  );
  for (const id of questions.keys())
    if (!named.has(id))
      issues.push({
        path: ['rules'],
        code: 'unmapped-question',
        params: { question: id, framework: `${framework.id}@${framework.version}` },
        message: `No rule names question "${id}" of ${framework.id}@${framework.version}`,
      });
  return questions;
}

/** Each carried answer lands as a valid answer, and `values` names only answers that exist. */
function checkValues(
  mapping: FrameworkMapping,
  before: Map<string, Question>,
  after: Map<string, Question>,
  issues: Issue[],
): void {
  mapping.rules.forEach((rule, r) => {
    const pairs = carriedPairs(rule);
    const sources = pairs.map((p) => before.get(p.from)).filter((q) => q !== undefined);
    if (rule.values) {
      for (const key of Object.keys(rule.values)) {
        const known = sources.some(
          (q) => q.kind === 'text' || fixedAnswers(q).some((v) => String(v) === key),
        );
        if (!known)
          issues.push({
            path: ['rules', r, 'values', key],
            code: 'unknown-value',
            params: { value: key },
            message: `"${key}" is not an answer of the question(s) this rule carries`,
          });
      }
    }
    for (const pair of pairs) {
      const source = before.get(pair.from);
      const target = after.get(pair.to);
      if (!source || !target) continue;
      if (source.kind === 'text') {
        if (target.kind !== 'text')
          issues.push({
            path: ['rules', r],
            code: 'invalid-carried-value',
            params: { from: pair.from, to: pair.to, value: 'text' },
            message: `Free text of "${pair.from}" cannot become an answer of "${pair.to}"`,
          });
        continue;
      }
      for (const value of fixedAnswers(source)) {
        const landed = carriedValue(rule, value);
        if (landed === null || answerProblemOf(target, landed) === null) continue;
        issues.push({
          path: ['rules', r, 'values'],
          code: 'invalid-carried-value',
          params: { from: pair.from, to: pair.to, value: String(value) },
          message: `Answer ${JSON.stringify(value)} of "${pair.from}" would become ${JSON.stringify(landed)}, not an answer of "${pair.to}"; map it in "values" (null if it cannot be carried)`,
        });
      }
    }
  });
}

function checkMapping(
  mapping: FrameworkMapping,
  from: Framework | undefined,
  to: Framework | undefined,
  issues: Issue[],
): void {
  const seen = { from: new Map<string, number>(), to: new Map<string, number>() };
  mapping.rules.forEach((rule, r) => {
    shapeIssues(rule, ['rules', r], issues);
    for (const side of ['from', 'to'] as const)
      rule[side].forEach((id, i) => {
        const first = seen[side].get(id);
        if (first === undefined) seen[side].set(id, r);
        else
          issues.push({
            path: ['rules', r, side, i],
            code: 'duplicate-mapping',
            params: { question: id, side, rule: first },
            message: `Question "${id}" is already named in "${side}" of rule ${first}`,
          });
      });
  });
  const before = from ? checkAgainst(mapping, 'from', from, issues) : null;
  const after = to ? checkAgainst(mapping, 'to', to, issues) : null;
  if (before && after) checkValues(mapping, before, after, issues);
}

/**
 * Validates a mapping between two versions of a framework (an object or JSON text). With
 * the two frameworks it also checks that every question of each is named by one rule and
 * that every answer a rule carries is valid where it lands. Never throws.
 */
export function parseFrameworkMapping(
  input: unknown,
  from?: Framework,
  to?: Framework,
): ParseResult<FrameworkMapping> {
  return readInput(input, (raw) => {
    const newer = newerVersion(raw, MAPPING_FORMAT, MAPPING_VERSION, 'Framework mapping format');
    if (newer) return fail([newer]);
    return run(FrameworkMapping, raw, (mapping, issues) => checkMapping(mapping, from, to, issues));
  });
}
