/**
 * The plan's own history (who changed what, when), kept readable: edits by the same person
 * to the same thing within a few minutes make one entry, not one per keystroke.
 */
import { PLAN_LIMITS, type ActionPlan, type PlanChange } from '@dtc/schema';

/** Edits closer together than this, by the same person to the same thing, make one entry. */
export const COALESCE_MS = 5 * 60 * 1000;

/** What an edit changed: the kind of change, the action (for `action-*`) and the field names. */
export interface Edit {
  change: PlanChange['change'];
  action?: string;
  /** Names of the fields changed, e.g. `['title', 'cost']`. */
  fields?: readonly string[];
}

const SEPARATOR = ', ';

/** The fields named in an entry's `detail`. */
function fieldsOf(detail: string | undefined): string[] {
  return detail ? detail.split(SEPARATOR).filter(Boolean) : [];
}

/**
 * The plan's history with an edit recorded at `at` by `by`: merged into the last entry when
 * that entry is by the same person, of the same kind, on the same action, and less than
 * `COALESCE_MS` old; otherwise appended (the oldest entries go past `PLAN_LIMITS.history`).
 */
export function recordEdit(
  history: readonly PlanChange[],
  edit: Edit,
  by: string,
  at: Date,
): PlanChange[] {
  const last = history.at(-1);
  const fields = [...new Set(edit.fields ?? [])];
  if (
    last &&
    last.by === by &&
    last.change === edit.change &&
    last.action === edit.action &&
    at.getTime() - Date.parse(last.at) < COALESCE_MS &&
    at.getTime() >= Date.parse(last.at)
  ) {
    const merged = [...new Set([...fieldsOf(last.detail), ...fields])];
    const entry: PlanChange = { ...last, at: at.toISOString() };
    if (merged.length) entry.detail = merged.join(SEPARATOR).slice(0, 500);
    return [...history.slice(0, -1), entry];
  }
  const entry: PlanChange = { at: at.toISOString(), by, change: edit.change };
  if (edit.action !== undefined) entry.action = edit.action;
  if (fields.length) entry.detail = fields.join(SEPARATOR).slice(0, 500);
  return [...history, entry].slice(-PLAN_LIMITS.history);
}

/** The plan with an edit recorded in its history and `updatedAt` set to `at`. */
export function withEdit(plan: ActionPlan, edit: Edit, by: string, at: Date): ActionPlan {
  return {
    ...plan,
    history: recordEdit(plan.history, edit, by, at),
    updatedAt: at.toISOString(),
  };
}
