/**
 * Carrying a response from one version of a framework to the next, as the mapping between
 * them says (`FrameworkMapping` in @dtc/schema), and comparing results across versions on
 * what both versions measure (docs/authoring-a-framework.md, "Versions and mappings").
 */
import type {
  Answer,
  Comparison,
  Framework,
  FrameworkMapping,
  FrameworkRef,
  HistoryEntry,
  Issue,
  MappingChange,
  MappingRule,
  Question,
  Response,
} from '@dtc/schema';
import { answerProblemOf, carriedPairs, carriedValue } from '@dtc/schema';
import { answersOf } from './answers.js';
import { compareResults } from './compare.js';
import { scoreResponse } from './score.js';

/** Why a question of the later version has no answer after a migration. */
export type UnansweredReason =
  /** The question is new. */
  | 'added'
  /** It comes from a question that was split, and the earlier answer went elsewhere or nowhere. */
  | 'split'
  /** It comes from questions that were merged, and the answer given was not the one carried. */
  | 'merged'
  /** The earlier answer cannot stand for an answer of the reworded question. */
  | 'value-not-carried';

/** What became of a response's answers when it was carried to a later version. */
export interface MigrationReport {
  from: FrameworkRef;
  to: FrameworkRef;
  /** Answers carried as they were (same question, same meaning): earlier id → later id. */
  carried: { from: string; to: string; change: MappingChange }[];
  /** Answers carried to a reworded question: the respondent should check them. */
  review: { from: string; to: string; change: MappingChange }[];
  /**
   * Questions of the later version that need an answer: new ones, and those whose earlier
   * answer could not be carried. Questions left unanswered under both versions are not listed.
   */
  unanswered: { question: string; reason: UnansweredReason; from: string[] }[];
  /**
   * Earlier answers that no question of the later version receives (removed questions, and
   * the parts of split or merged ones not carried). They stay in the migration record.
   */
  left: { question: string; change: MappingChange; to: string[] }[];
}

export type MigrationOutcome =
  { ok: true; response: Response; report: MigrationReport } | { ok: false; issues: Issue[] };

const ref = (f: FrameworkRef): FrameworkRef => ({ id: f.id, version: f.version });
const label = (f: FrameworkRef) => `${f.id}@${f.version}`;
const sameRef = (a: FrameworkRef, b: FrameworkRef) => a.id === b.id && a.version === b.version;

function refIssue(
  path: string[],
  found: FrameworkRef,
  expected: FrameworkRef,
  what: string,
): Issue {
  return {
    path,
    code: found.id === expected.id ? 'framework-version-mismatch' : 'framework-mismatch',
    params: { found: label(found), expected: label(expected) },
    message: `${what} is ${label(found)}, but the mapping says ${label(expected)}`,
  };
}

function questionsOf(framework: Framework): Map<string, Question> {
  const out = new Map<string, Question>();
  for (const p of framework.pillars)
    for (const c of p.components) for (const q of c.questions) out.set(q.id, q);
  return out;
}

/** Whether a carried change keeps the meaning (answers compare) or rewords it (check them). */
const SAME_MEANING: ReadonlySet<MappingChange> = new Set(['kept', 'renamed']);

/**
 * Carries `response`, made with `from`, to the later version `to` as `mapping` says:
 * answers of kept and renamed questions as they were; answers of revised ones translated by
 * the rule's `values` and listed for review; answers a rule cannot carry left out, with the
 * reason, in the report. The history follows the answers it belongs to. The response's
 * answers and history as they were go, untouched, into a new entry of `migrations`, so
 * nothing the respondent said is lost. Pure: `now` stamps the record.
 *
 * The mapping is taken as valid (`parseFrameworkMapping` with both frameworks). A response
 * or framework that is not the one the mapping names gives issues, not a migration.
 */
export function migrateResponse(
  response: Response,
  mapping: FrameworkMapping,
  from: Framework,
  to: Framework,
  now: string = new Date().toISOString(),
): MigrationOutcome {
  const issues: Issue[] = [];
  if (!sameRef(response.framework, mapping.from))
    issues.push(refIssue(['framework'], response.framework, mapping.from, 'The response'));
  if (!sameRef(from, mapping.from))
    issues.push(refIssue(['from'], from, mapping.from, 'The earlier framework'));
  if (!sameRef(to, mapping.to))
    issues.push(refIssue(['to'], to, mapping.to, 'The later framework'));
  if (issues.length) return { ok: false, issues };

  const targets = questionsOf(to);
  const given = answersOf(response);
  const answers: Record<string, Answer> = {};
  const history: HistoryEntry[] = [];
  const report: MigrationReport = {
    from: ref(mapping.from),
    to: ref(mapping.to),
    carried: [],
    review: [],
    unanswered: [],
    left: [],
  };

  /** The value an earlier answer takes on `target`, or null when it cannot stand there. */
  const land = (rule: MappingRule, target: Question | undefined, answer: Answer) => {
    const value = carriedValue(rule, answer.value);
    if (value === null || !target) return null;
    return answerProblemOf(target, value) === null ? value : null;
  };

  for (const rule of mapping.rules) {
    const pairs = carriedPairs(rule);
    const carriedFrom = new Set<string>();
    const landedTo = new Set<string>();
    for (const pair of pairs) {
      const answer = given.get(pair.from);
      if (!answer) continue;
      const target = targets.get(pair.to);
      const value = land(rule, target, answer);
      if (value === null) continue;
      answers[pair.to] = { ...answer, value };
      carriedFrom.add(pair.from);
      landedTo.add(pair.to);
      (SAME_MEANING.has(rule.change) ? report.carried : report.review).push({
        from: pair.from,
        to: pair.to,
        change: rule.change,
      });
      for (const entry of response.history) {
        if (entry.questionId !== pair.from) continue;
        const old = land(rule, target, entry.answer);
        if (old !== null)
          history.push({ ...entry, questionId: pair.to, answer: { ...entry.answer, value: old } });
      }
    }
    const answeredBefore = rule.from.filter((id) => given.has(id));
    for (const id of answeredBefore)
      if (!carriedFrom.has(id))
        report.left.push({ question: id, change: rule.change, to: rule.to });
    for (const id of rule.to) {
      if (landedTo.has(id)) continue;
      if (rule.change === 'added')
        report.unanswered.push({ question: id, reason: 'added', from: [] });
      else if (answeredBefore.length)
        report.unanswered.push({
          question: id,
          reason:
            rule.change === 'split' || rule.change === 'merged' ? rule.change : 'value-not-carried',
          from: answeredBefore,
        });
    }
  }

  const record = {
    from: ref(response.framework),
    to: ref(mapping.to),
    at: now,
    answers: response.answers,
    history: response.history,
  };
  const migrated: Response = {
    ...response,
    framework: ref(mapping.to),
    answers,
    history,
    updatedAt: now,
    migrations: [...(response.migrations ?? []), record],
  };
  return { ok: true, response: migrated, report };
}

/** `framework` with only the questions in `keep`; components and pillars left empty go too. */
function restrict(framework: Framework, keep: ReadonlySet<string>): Framework {
  const pillars = framework.pillars
    .map((p) => ({
      ...p,
      components: p.components
        .map((c) => ({ ...c, questions: c.questions.filter((q) => keep.has(q.id)) }))
        .filter((c) => c.questions.length > 0),
    }))
    .filter((p) => p.components.length > 0);
  return { ...framework, pillars };
}

/**
 * Compares two responses answered with different versions of a framework, fairly: the
 * earlier one is carried to the later version (`migrateResponse`), and both are scored on
 * the questions the two versions measure the same way (kept or renamed), and on nothing
 * else. `basis` names those questions and the ones left out; components and pillars with
 * none of them are not compared. With the same version on both sides this is
 * `compareResults` of the two scores.
 */
export function compareAcrossVersions(
  before: { response: Response; framework: Framework },
  after: { response: Response; framework: Framework },
  mapping: FrameworkMapping,
): { ok: true; comparison: Comparison } | { ok: false; issues: Issue[] } {
  if (sameRef(before.framework, after.framework))
    return {
      ok: true,
      comparison: compareResults(
        scoreResponse(before.framework, before.response),
        scoreResponse(after.framework, after.response),
      ),
    };
  const moved = migrateResponse(before.response, mapping, before.framework, after.framework);
  if (!moved.ok) return moved;
  const common = new Set(
    mapping.rules
      .filter((rule) => SAME_MEANING.has(rule.change))
      .flatMap((rule) => carriedPairs(rule).map((pair) => pair.to)),
  );
  const shared = restrict(after.framework, common);
  const comparison = compareResults(
    scoreResponse(shared, moved.response),
    scoreResponse(shared, after.response),
  );
  const all = [...questionsOf(after.framework).keys()];
  return {
    ok: true,
    comparison: {
      ...comparison,
      comparable: true,
      basis: {
        from: ref(before.framework),
        questions: all.filter((id) => common.has(id)),
        excluded: all.filter((id) => !common.has(id)),
      },
    },
  };
}
