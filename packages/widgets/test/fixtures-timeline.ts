/**
 * A plan (format 2) for the timeline tests and stories: four actions over 2026–2030, with
 * and without costs, milestones done and not done (one after the period's end), and
 * dependencies (one on an action not in the plan and one on itself, both left out).
 * Plain data: the layout tests run it in Node, the element tests in the browser.
 */
import { sixPillars } from '@dtc/framework';
import { newActionPlan, newPlanAction, type ActionPlan, type PlanAction } from '@dtc/schema';

export const framework = sixPillars;

const action = (
  fields: Pick<PlanAction, 'id' | 'pillar' | 'title' | 'horizon'> & Partial<PlanAction>,
): PlanAction =>
  newPlanAction({ priority: 'electricity-internet', targetLevel: 3, outcome: 'access', ...fields });

const cost = (from: number, to: number): PlanAction['cost'] => ({
  amount: 1_000_000,
  currency: 'XOF',
  kind: 'capital',
  years: { from, to },
  budgeted: false,
});

export function timelinePlan(): ActionPlan {
  return newActionPlan(framework, {
    title: 'Plan national 2026–2030',
    country: 'SEN',
    period: { from: 2026, to: 2030 },
    priorities: ['electricity-internet'],
    actions: [
      action({
        id: 'map',
        pillar: 'connectivity-infrastructure',
        title: 'Map the connectivity of every school',
        horizon: 'short',
        milestones: [{ what: 'Map published', year: 2026, quarter: 2, done: true }],
      }),
      action({
        id: 'connect',
        pillar: 'connectivity-infrastructure',
        title: 'Connect 400 schools',
        horizon: 'medium',
        cost: cost(2027, 2029),
        milestones: [
          { what: 'First 100 schools connected', year: 2027, quarter: 4, done: false },
          { what: 'Tender awarded', year: 2027, quarter: 1, done: true },
        ],
        dependsOn: ['map'],
      }),
      action({
        id: 'train',
        pillar: 'capacity-culture',
        title: 'Train teachers to use the connection in class',
        horizon: 'long',
        dependsOn: ['connect', 'connect'],
      }),
      action({
        id: 'emis',
        pillar: 'data-evidence',
        title: 'Publish a yearly EMIS dashboard',
        horizon: 'medium',
        cost: cost(2026, 2028),
        milestones: [{ what: 'Second edition', year: 2031, quarter: 1, done: false }],
        dependsOn: ['map', 'gone', 'emis'],
      }),
    ],
  });
}
