/**
 * Merging two plans of the same country, written on two laptops: every action of both is
 * kept (matched by id), and wherever the two differ on the same thing (a field of an action
 * both hold, or a plan-level field) the merge holds a conflict with both versions side by
 * side for a person to decide. Nothing is dropped silently: a value either reaches the merged
 * plan or sits in a conflict. Until a conflict is resolved, the merged plan carries side `a`.
 */
import type { Issue, ParseResult } from './issues.js';
import type { ActionPlan, PlanAction, PlanChange, TeamMember } from './plan.js';

/** The plan a value came from: the first or the second given to {@link mergePlans}. */
export type MergeSide = 'a' | 'b';

/** One thing the two plans disagree on, with both versions. */
export interface PlanConflict {
  /** Stable within a merge: `action:<id>:<field>`, `plan:<field>` or `plan:<field>:<key>`. */
  id: string;
  /** `action` for a field of an action both plans hold; `plan` for a plan-level field. */
  scope: 'action' | 'plan';
  /** The action's id, for `action` conflicts. */
  action?: string;
  /** The field: an action field (`title`, `cost`…) or a plan field (`priorities`, `team`…). */
  field: string;
  /** The pillar id (`pillarPriorities`) or the member's name (`team`), for keyed fields. */
  key?: string;
  /** The first plan's version (`undefined` when it has none). */
  a: unknown;
  /** The second plan's version. */
  b: unknown;
  /** The side a person chose, once resolved. */
  choice?: MergeSide;
}

/** The outcome of {@link mergePlans}. */
export interface PlanMerge {
  /** The merged plan: every action of both; side `a` (or the chosen side) at each conflict. */
  plan: ActionPlan;
  /** Every disagreement, in plan order: plan-level first, then actions. */
  conflicts: PlanConflict[];
}

/** Plan-level fields compared as a whole. */
const PLAN_FIELDS = ['title', 'period', 'currency', 'priorities', 'framework'] as const;

const json = (value: unknown): string => JSON.stringify(value) ?? 'undefined';
const same = (x: unknown, y: unknown): boolean => json(canonical(x)) === json(canonical(y));

/** The value with object keys sorted and `undefined` properties left out, for comparison. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = canonical(v);
    }
    return out;
  }
  return value;
}

/** A team member's key: the name, trimmed and case-folded. */
const memberKey = (member: TeamMember): string => member.name.trim().toLocaleLowerCase();

function setField(target: object, field: string, value: unknown): void {
  const record = target as Record<string, unknown>;
  if (value === undefined) delete record[field];
  else record[field] = value;
}

/** Histories of both, each entry once, in time order (ties by content, so either order gives the same). */
function unionHistory(a: readonly PlanChange[], b: readonly PlanChange[]): PlanChange[] {
  const seen = new Map<string, PlanChange>();
  for (const change of [...a, ...b]) seen.set(json(canonical(change)), change);
  return [...seen.entries()]
    .sort(([ka, x], [kb, y]) => x.at.localeCompare(y.at) || (ka < kb ? -1 : ka > kb ? 1 : 0))
    .map(([, change]) => change);
}

function mergeAction(a: PlanAction, b: PlanAction, conflicts: PlanConflict[]): PlanAction {
  const merged = { ...a } as PlanAction;
  const fields = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const field of fields) {
    const x = (a as Record<string, unknown>)[field];
    const y = (b as Record<string, unknown>)[field];
    if (same(x, y)) continue;
    // One side has a value the other lacks: keep it; no version is lost.
    if (x === undefined) setField(merged, field, y);
    else if (y === undefined) continue;
    else
      conflicts.push({
        id: `action:${a.id}:${field}`,
        scope: 'action',
        action: a.id,
        field,
        a: x,
        b: y,
      });
  }
  return merged;
}

/**
 * Merges two plans of the same country. Fails (never throws) with `different-country` or
 * `different-framework` when the plans are not two versions of one plan. The merged plan
 * keeps every action of both (those of `a` in its order, then those only `b` holds), the
 * team members of both (matched by name), the pillar priorities of both, and both histories
 * in time order; `updatedAt` is the later one. It may need a check by `parseActionPlan`
 * once conflicts are resolved (e.g. two laptops' dependencies can form a cycle together).
 */
export function mergePlans(a: ActionPlan, b: ActionPlan): ParseResult<PlanMerge> {
  const issues: Issue[] = [];
  if (a.country && b.country && a.country !== b.country) {
    issues.push({
      path: ['country'],
      code: 'different-country',
      params: { a: a.country, b: b.country },
      message: `Plans of different countries (${a.country} and ${b.country}) cannot be merged`,
    });
  }
  if (a.framework.id !== b.framework.id) {
    issues.push({
      path: ['framework', 'id'],
      code: 'different-framework',
      params: { a: a.framework.id, b: b.framework.id },
      message: `Plans for different frameworks (${a.framework.id} and ${b.framework.id}) cannot be merged`,
    });
  }
  if (issues.length) return { ok: false, issues };

  const conflicts: PlanConflict[] = [];
  const plan: ActionPlan = { ...a, actions: [], team: [], pillarPriorities: {} };
  if (!a.country && b.country) plan.country = b.country;

  for (const field of PLAN_FIELDS) {
    const x = a[field];
    const y = b[field];
    if (same(x, y)) continue;
    if (x === undefined) setField(plan, field, y);
    else if (y !== undefined)
      conflicts.push({ id: `plan:${field}`, scope: 'plan', field, a: x, b: y });
  }

  for (const pillar of new Set([
    ...Object.keys(a.pillarPriorities),
    ...Object.keys(b.pillarPriorities),
  ])) {
    const x = a.pillarPriorities[pillar];
    const y = b.pillarPriorities[pillar];
    plan.pillarPriorities[pillar] = (x ?? y) as string;
    if (x !== undefined && y !== undefined && x !== y) {
      conflicts.push({
        id: `plan:pillarPriorities:${pillar}`,
        scope: 'plan',
        field: 'pillarPriorities',
        key: pillar,
        a: x,
        b: y,
      });
    }
  }

  const teamB = new Map(b.team.map((m) => [memberKey(m), m]));
  const teamA = new Set(a.team.map(memberKey));
  for (const member of a.team) {
    const key = memberKey(member);
    const other = teamB.get(key);
    plan.team.push(member);
    if (other && !same(member, other)) {
      conflicts.push({
        id: `plan:team:${key}`,
        scope: 'plan',
        field: 'team',
        key,
        a: member,
        b: other,
      });
    }
  }
  for (const member of b.team) if (!teamA.has(memberKey(member))) plan.team.push(member);

  const actionsB = new Map(b.actions.map((action) => [action.id, action]));
  const idsA = new Set(a.actions.map((action) => action.id));
  for (const action of a.actions) {
    const other = actionsB.get(action.id);
    plan.actions.push(other ? mergeAction(action, other, conflicts) : action);
  }
  for (const action of b.actions) if (!idsA.has(action.id)) plan.actions.push(action);

  plan.history = unionHistory(a.history, b.history);
  const updatedAt = [a.updatedAt, b.updatedAt].filter(Boolean).sort().pop();
  setField(plan, 'updatedAt', updatedAt);
  return { ok: true, value: { plan, conflicts } };
}

/** The conflicts no one has decided yet. */
export function unresolvedConflicts(merge: PlanMerge): PlanConflict[] {
  return merge.conflicts.filter((c) => c.choice === undefined);
}

/**
 * Applies a person's choice on one conflict: the merged plan takes that side's version (a
 * value the chosen side lacks is removed). Returns a new merge; the given one is unchanged.
 * Throws a `RangeError` for a conflict id the merge does not hold (a programming error).
 */
export function resolveConflict(
  merge: PlanMerge,
  conflictId: string,
  choice: MergeSide,
): PlanMerge {
  const conflict = merge.conflicts.find((c) => c.id === conflictId);
  if (!conflict) throw new RangeError(`No conflict "${conflictId}" in this merge`);
  const value = choice === 'a' ? conflict.a : conflict.b;
  const plan: ActionPlan = { ...merge.plan };
  if (conflict.scope === 'action') {
    plan.actions = plan.actions.map((action) => {
      if (action.id !== conflict.action) return action;
      const next = { ...action };
      setField(next, conflict.field, value);
      return next;
    });
  } else if (conflict.field === 'pillarPriorities' && conflict.key !== undefined) {
    plan.pillarPriorities = { ...plan.pillarPriorities, [conflict.key]: value as string };
  } else if (conflict.field === 'team') {
    plan.team = plan.team.map((m) => (memberKey(m) === conflict.key ? (value as TeamMember) : m));
  } else {
    setField(plan, conflict.field, value);
  }
  return {
    plan,
    conflicts: merge.conflicts.map((c) => (c.id === conflictId ? { ...c, choice } : c)),
  };
}
