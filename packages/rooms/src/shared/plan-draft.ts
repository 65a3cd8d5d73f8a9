/**
 * A team's plan as people write it: `<dtc-action-plan>` adds an action with an empty title and
 * no outcome yet, and sends the plan on every keystroke. Such a plan does not pass
 * `parseActionPlan` until those fields are filled, and a room must still keep and share it, or
 * a new action would be refused before anyone could type its title.
 *
 * So a plan reads as a draft when every problem is on a field a person types or chooses
 * (a title, an amount, a year, the outcome): the rest of the plan (its structure, ids,
 * format, limits) is checked with a stand-in value in each such field, and what was typed is
 * put back. A plan with any other problem does not read.
 */
import { parseActionPlan, type ActionPlan, type Issue } from '@dtc/schema';

/** The fields a person fills in, and a stand-in each takes while the rest is checked. */
const TYPED: Readonly<Record<string, string | number>> = {
  title: 'x',
  name: 'x',
  what: 'x',
  text: 'x',
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

function at(root: unknown, path: readonly (string | number)[]): unknown {
  let cur = root;
  for (const key of path) cur = (cur as Record<string | number, unknown> | undefined)?.[key];
  return cur;
}

function put(root: unknown, path: readonly (string | number)[], value: unknown): void {
  const parent = at(root, path.slice(0, -1));
  if (parent && typeof parent === 'object')
    (parent as Record<string | number, unknown>)[path.at(-1)!] = value;
}

/** An issue on a field a person fills in, holding what typing gives (text, a number, nothing). */
function isTyped(issue: Issue, root: unknown): boolean {
  const last = issue.path.at(-1);
  if (typeof last !== 'string' || !(last in TYPED)) return false;
  const value = at(root, issue.path);
  return value == null || typeof value === 'string' || typeof value === 'number';
}

/** Reads a plan that may be a draft (see above); `issues` when it is not one. */
export function parsePlanDraft(
  value: unknown,
): { ok: true; value: ActionPlan } | { ok: false; issues: Issue[] } {
  const first = parseActionPlan(value);
  if (first.ok) return first;
  if (!first.issues.every((issue) => isTyped(issue, value))) return first;
  const copy = structuredClone(value);
  const typed = first.issues.map((issue) => ({ path: issue.path, value: at(value, issue.path) }));
  for (const { path } of typed) put(copy, path, TYPED[path.at(-1) as string]);
  const again = parseActionPlan(copy);
  if (!again.ok) return { ok: false, issues: [...first.issues, ...again.issues] };
  const plan = structuredClone(again.value);
  for (const { path, value: typedValue } of typed) {
    if (path[0] === 'version' || at(plan, path.slice(0, -1)) === undefined) continue;
    put(plan, path, typedValue);
  }
  return { ok: true, value: plan };
}
