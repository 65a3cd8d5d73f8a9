/**
 * New plans and actions with every list and default of the current format filled in, for
 * editors and tests that build plans in code. Kept apart from the zod schemas.
 */
import { PLAN_FORMAT, PLAN_VERSION } from './constants.js';
import type { FrameworkRef } from './common.js';
import type { ActionPlan, PlanAction } from './plan.js';

/** An empty plan for a framework; `fields` may set any plan-level field. */
export function newActionPlan(
  framework: FrameworkRef,
  fields: Partial<Omit<ActionPlan, 'format' | 'version' | 'framework'>> = {},
): ActionPlan {
  return {
    format: PLAN_FORMAT,
    version: PLAN_VERSION,
    framework: { id: framework.id, version: framework.version },
    team: [],
    priorities: [],
    pillarPriorities: {},
    actions: [],
    history: [],
    ...fields,
  };
}

/** The fields an action cannot do without. */
export type PlanActionEssentials = Pick<
  PlanAction,
  'id' | 'priority' | 'pillar' | 'title' | 'horizon' | 'targetLevel' | 'outcome'
>;

/** An action with its lists empty and its status `planned`; `fields` may set any other field. */
export function newPlanAction(fields: PlanActionEssentials & Partial<PlanAction>): PlanAction {
  return {
    owner: '',
    status: 'planned',
    partners: [],
    funding: [],
    indicators: [],
    milestones: [],
    dependsOn: [],
    ...fields,
  };
}
