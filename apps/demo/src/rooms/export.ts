/**
 * A room as one file in the demo's own export format (`dtc.export`, exchange.ts), which the
 * demo's import reads back: one assessment per participant, with their response, their
 * feedback (the form's ratings as the demo keeps them, and the feedback on questions as it
 * is) and their team's plan. A participant who answered nothing yet still has an entry (an
 * empty response), so that their feedback and their team's plan are in the file.
 *
 * A plan still being written may hold actions without a title or an outcome; the import
 * refuses those, so they are left out of the file and counted, for the page to say so.
 */
import {
  parseActionPlan,
  type ActionPlan,
  type QuestionFeedback,
  type Response,
} from '@dtc/schema';
import type { RosterEntry, Team } from '@dtc/rooms/client';
import { newResponse } from '../data.js';
import { buildExport, type ExportFile } from '../exchange.js';
import type { Assessment, Feedback } from '../storage.js';

export interface RoomContent {
  teams: readonly Team[];
  roster: Readonly<Record<string, RosterEntry>>;
  /** Each participant's response and feedback, by participant id (missing: nothing yet). */
  participants: Readonly<
    Record<string, { response: Response | null; feedback: QuestionFeedback | null }>
  >;
  /** Each team's plan, by team id. */
  plans: Readonly<Record<string, ActionPlan | null>>;
}

export interface RoomExport {
  file: ExportFile;
  /** Teams whose plan had unfinished actions, and how many were left out. */
  unfinished: { team: Team; actions: number }[];
}

/** The plan without the actions the import would refuse; `null` when even that does not read. */
export function finishedPlan(plan: ActionPlan): { plan: ActionPlan; left: number } | null {
  const first = parseActionPlan(plan);
  if (first.ok) return { plan: first.value, left: 0 };
  const bad = new Set(
    first.issues.flatMap((issue) =>
      issue.path[0] === 'actions' && typeof issue.path[1] === 'number'
        ? [plan.actions[issue.path[1]]?.id]
        : [],
    ),
  );
  const actions = plan.actions.filter((a) => !bad.has(a.id));
  // Dependencies on a left-out action go with it.
  const kept = new Set(actions.map((a) => a.id));
  const trimmed = {
    ...plan,
    actions: actions.map((a) => ({ ...a, dependsOn: a.dependsOn.filter((id) => kept.has(id)) })),
  };
  const again = parseActionPlan(trimmed);
  return again.ok ? { plan: again.value, left: plan.actions.length - actions.length } : null;
}

/** The demo's feedback record from the form of a room's feedback, when it was filled in. */
function formFeedback(feedback: QuestionFeedback | null, at: string): Feedback | undefined {
  const form = feedback?.form;
  if (!form) return undefined;
  return {
    questions: form.questions ?? null,
    methods: form.methods ?? null,
    usefulness: form.usefulness ?? null,
    comment: form.comment ?? '',
    updatedAt: form.at ?? at,
  };
}

/**
 * The export file of a room. `label` names each participant's assessment (their name and
 * team, in the page's words).
 */
export function roomExport(
  content: RoomContent,
  label: (name: string, team: string) => string,
): RoomExport {
  const teams = new Map(content.teams.map((team) => [team.id, team]));
  const plans = new Map<string, ActionPlan | undefined>();
  const unfinished: RoomExport['unfinished'] = [];
  for (const team of content.teams) {
    const plan = content.plans[team.id];
    const finished = plan ? finishedPlan(plan) : null;
    plans.set(team.id, finished?.plan);
    if (plan && (!finished || finished.left > 0))
      unfinished.push({ team, actions: finished ? finished.left : plan.actions.length });
  }
  const records: Assessment[] = Object.entries(content.roster).map(([id, entry]) => {
    const own = content.participants[id];
    const teamName = teams.get(entry.team)?.name ?? entry.team;
    const base = own?.response ?? newResponse({ role: 'other', name: entry.name });
    const response: Response = { ...base, label: label(entry.name, teamName) };
    const updatedAt = response.updatedAt ?? entry.joinedAt;
    return {
      id,
      createdAt: entry.joinedAt,
      updatedAt,
      response,
      plan: plans.get(entry.team),
      feedback: formFeedback(own?.feedback ?? null, updatedAt),
      questionFeedback: own?.feedback ?? undefined,
    };
  });
  return { file: buildExport(records), unfinished };
}
