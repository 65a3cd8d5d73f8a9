/**
 * Country teams of a workshop: who is in a team (workshop participants), the team's plan
 * (country set from the team), and what the gallery shows of it. No DOM here.
 */
import {
  newActionPlan,
  planBudget,
  type ActionPlan,
  type CurrencyTotals,
  type PlanAction,
} from '@dtc/schema';
import { aggregateResponses } from '@dtc/scoring';
import { framework } from './data.js';
import { locale } from './i18n/index.js';
import { getWorkshop, newId, now, saveTeam, type Participant, type Team } from './storage.js';

/** A new team, stored. */
export function createTeam(name: string, country: string): Team {
  const at = now();
  return saveTeam({ id: newId(), name, country, members: [], createdAt: at, updatedAt: at });
}

/** The team's members among the workshop's participants (a removed participant is skipped). */
export function teamMembers(team: Team): Participant[] {
  const ids = new Set(team.members);
  return getWorkshop().participants.filter((p) => ids.has(p.id));
}

/** The team's plan, or a new one; the team's country is the plan's. */
export function teamPlan(team: Team): ActionPlan {
  const plan = team.plan ?? newActionPlan(framework);
  return team.country ? { ...plan, country: team.country } : plan;
}

/** The team's mean score per pillar (framework order), `null` where no member scored it. */
export function teamPillarMeans(team: Team): (number | null)[] {
  const members = teamMembers(team);
  if (!members.length) return framework.pillars.map(() => null);
  const group = aggregateResponses(
    framework,
    members.map((m) => m.response),
  );
  const byId = new Map(group.pillars.map((p) => [p.id, p.mean]));
  return framework.pillars.map((p) => byId.get(p.id) ?? null);
}

/** The actions a poster shows: those serving the three priorities first, live ones only. */
export function headlineActions(plan: ActionPlan, max = 5): PlanAction[] {
  const live = plan.actions.filter((a) => a.status !== 'dropped');
  const rank = (a: PlanAction) => {
    const i = plan.priorities.indexOf(a.priority);
    return i < 0 ? plan.priorities.length : i;
  };
  return [...live].sort((a, b) => rank(a) - rank(b)).slice(0, max);
}

/** The plan's totals per currency, from @dtc/schema's `planBudget` (currencies with a cost). */
export function planTotals(plan: ActionPlan): CurrencyTotals[] {
  return planBudget(plan).currencies.filter((c) => c.actions > 0);
}

/** Per currency, the funding gap of the team's actions in one pillar (`planBudget` of those). */
export function pillarGaps(plan: ActionPlan, pillar: string): CurrencyTotals[] {
  return planBudget({
    ...plan,
    actions: plan.actions.filter((a) => a.pillar === pillar),
  }).currencies.filter((c) => c.actions > 0);
}

/** An amount in its currency, in the reader's language, without cents. */
export function formatMoney(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat(locale(), {
      style: 'currency',
      currency,
      maximumFractionDigits: 0,
    }).format(amount);
  } catch {
    return `${Math.round(amount)} ${currency}`;
  }
}
