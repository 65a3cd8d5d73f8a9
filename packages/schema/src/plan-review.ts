/**
 * Advice on an action plan: things a country team should look at, which never stop the
 * plan from being read or saved. Each warning has a code (see `PLAN_WARNINGS`), a path and
 * params like an issue; `@dtc/i18n` words them.
 */
import { HORIZONS } from './constants.js';
import type { Issue } from './issues.js';
import type { ActionPlan } from './plan.js';
import { actionFunding } from './plan-budget.js';

/** The warnings of a valid plan, in a fixed order: plan-wide first, then per action. */
export function reviewActionPlan(plan: ActionPlan): Issue[] {
  const warnings: Issue[] = [];
  const live = plan.actions.filter((a) => a.status !== 'dropped');
  const served = new Set(live.map((a) => a.priority));

  plan.priorities.forEach((id, i) => {
    if (!served.has(id))
      warnings.push({
        path: ['priorities', i],
        code: 'priority-without-action',
        params: { id },
        message: `No action serves the priority "${id}"`,
      });
  });
  for (const [pillar, id] of Object.entries(plan.pillarPriorities)) {
    if (!served.has(id))
      warnings.push({
        path: ['pillarPriorities', pillar],
        code: 'pillar-priority-without-action',
        params: { id, pillar },
        message: `No action serves "${id}", the priority of pillar "${pillar}"`,
      });
  }
  if (live.length) {
    for (const horizon of HORIZONS) {
      if (!live.some((a) => a.horizon === horizon))
        warnings.push({
          path: ['actions'],
          code: 'horizon-without-action',
          params: { horizon },
          message: `No action in the ${horizon} term`,
        });
    }
    const pillars = new Set(live.map((a) => a.pillar));
    if (pillars.size === 1)
      warnings.push({
        path: ['actions'],
        code: 'single-pillar',
        params: { pillar: [...pillars][0]! },
        message: 'Every action works through the same pillar',
      });
  }

  plan.actions.forEach((action, i) => {
    if (action.status === 'dropped') return;
    if (!action.indicators.length)
      warnings.push({
        path: ['actions', i, 'indicators'],
        code: 'action-without-indicator',
        params: { id: action.id },
        message: `Action "${action.id}" has no indicator`,
      });
    const funding = actionFunding(action);
    if (funding && funding.gap > 0)
      warnings.push({
        path: ['actions', i, 'funding'],
        code: 'funding-gap',
        params: { id: action.id, gap: funding.gap, currency: funding.currency },
        message: `Action "${action.id}" has a funding gap of ${funding.gap} ${funding.currency}`,
      });
    if (action.cost && plan.currency && action.cost.currency !== plan.currency)
      warnings.push({
        path: ['actions', i, 'cost', 'currency'],
        code: 'currency-differs',
        params: { found: action.cost.currency, expected: plan.currency },
        message: `The cost is in ${action.cost.currency}, the plan in ${plan.currency}: totalled apart`,
      });
    const end = plan.period?.to;
    if (end !== undefined)
      action.milestones.forEach((m, j) => {
        if (m.year > end)
          warnings.push({
            path: ['actions', i, 'milestones', j, 'year'],
            code: 'milestone-after-end',
            params: { year: String(m.year), end: String(end) },
            message: `Milestone in ${m.year}, after the plan ends in ${end}`,
          });
      });
  });
  return warnings;
}
