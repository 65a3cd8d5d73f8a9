/**
 * Reading a stored plan that may be a draft: a plan someone is still writing has empty
 * titles, an amount being typed, a year half entered. Those are problems on fields a person
 * fills in, and such a plan is read as it is (the editor shows the problems); a plan with any
 * other problem (its structure, ids, format) does not read.
 */
import type { Framework } from './framework.js';
import type { Issue } from './issues.js';
import { parseActionPlan } from './parse.js';
import { fail, fromJson, limitIssues, unreadable } from './parse-kit.js';
import type { ActionPlan } from './plan.js';

/**
 * The fields a person types into, and a stand-in value each takes while the rest of the draft
 * is checked (never kept: what the person typed is put back). `XXX` is ISO 4217's code for
 * "no currency".
 */
const TYPED: Readonly<Record<string, string | number>> = {
  title: 'x',
  name: 'x',
  what: 'x',
  text: 'x',
  // A new action has no outcome until one is chosen.
  outcome: 'x',
  owner: '',
  lead: 'x',
  notes: '',
  risks: '',
  objective: '',
  budgetLine: '',
  unit: '',
  source: '',
  organisation: '',
  currency: 'XXX',
  amount: 0,
  share: 0,
  value: 0,
  year: 2000,
  quarter: 1,
  from: 2000,
  to: 2000,
};

/**
 * An issue on a field a person types into, holding what typing gives (text, a finite number,
 * nothing). NaN and the infinities are no number anyone typed: they stay issues.
 */
const isTyped = (issue: Issue, root: unknown): boolean => {
  const last = issue.path.at(-1);
  if (typeof last !== 'string' || !(last in TYPED)) return false;
  const value = at(root, issue.path);
  return value == null || typeof value === 'string' || Number.isFinite(value);
};

function at(root: unknown, path: readonly (string | number)[]): unknown {
  let cur = root;
  for (const key of path) cur = (cur as Record<string | number, unknown> | undefined)?.[key];
  return cur;
}

function put(root: unknown, path: readonly (string | number)[], value: unknown): void {
  const parent = at(root, path.slice(0, -1));
  if (parent && typeof parent === 'object') {
    (parent as Record<string | number, unknown>)[path.at(-1)!] = value;
  }
}

/** The outcome of {@link readDraftPlan}. */
export type DraftRead =
  { ok: true; plan: ActionPlan; problems: Issue[] } | { ok: false; issues: Issue[] };

/**
 * Reads `input` (a plan, or JSON text, read once) with `parseActionPlan`. When every issue is
 * on a field a person types into, the plan is read all the same, with what they typed kept as
 * it is, and the issues come back as `problems`. Format 1 plans are upgraded as usual. Never
 * throws: a value that cannot be read or copied is refused with an `unreadable` issue.
 */
export function readDraftPlan(input: unknown, framework?: Framework): DraftRead {
  const json = fromJson(input);
  if ('issues' in json) return { ok: false, issues: json.issues };
  // The decoded value, so the text is not decoded again; JSON text whose value is itself text
  // goes as it came, to be refused as parseActionPlan refuses it.
  const first = parseActionPlan(typeof json.value === 'string' ? input : json.value, framework);
  if (first.ok) return { ok: true, plan: first.value, problems: [] };
  try {
    return readDraft(json.value, first.issues, framework);
  } catch (error) {
    const refused = fail([unreadable(error)]);
    return { ok: false, issues: refused.ok ? [] : refused.issues };
  }
}

function readDraft(value: unknown, issues: Issue[], framework: Framework | undefined): DraftRead {
  const first = { issues };
  if (!first.issues.every((issue) => isTyped(issue, value)))
    return { ok: false, issues: first.issues };
  // Check the rest of the plan with a stand-in in each field being typed, then put back
  // what the person typed.
  const copy = structuredClone(value);
  const typed = first.issues.map((issue) => ({ path: issue.path, value: at(value, issue.path) }));
  for (const { path } of typed) put(copy, path, TYPED[path.at(-1) as string]);
  const again = parseActionPlan(copy, framework);
  if (!again.ok) return { ok: false, issues: limitIssues([...first.issues, ...again.issues]) };
  const plan = structuredClone(again.value);
  for (const { path, value: typedValue } of typed) {
    if (path[0] === 'version' || at(plan, path.slice(0, -1)) === undefined) continue;
    put(plan, path, typedValue);
  }
  return { ok: true, plan, problems: first.issues };
}
