import { newPlanAction, type ActionPlan } from '@dtc/schema';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../test/helpers.js';
import {
  $,
  $$,
  darkMode,
  deepActive,
  emulateMedia,
  mount,
  textOf,
  until,
} from '../../test/chart-helpers.js';
import {
  fixtureFramework,
  fixturePlan,
  fullResponse,
  HOSTILE,
  hostileFramework,
} from '../../test/fixtures-results.js';
import { planToCsv, planToJson, planToMarkdown } from '../shared/model/plan-export.js';
import './define.js';
import type { DtcActionPlan, PlanExportDetail } from './define.js';

function planner(props: Partial<DtcActionPlan> = {}): DtcActionPlan {
  const el = document.createElement('dtc-action-plan');
  Object.assign(el, { framework: fixtureFramework, ...props });
  return el;
}

/** Collects the plans sent with `dtc-plan-change`. */
function changes(el: HTMLElement): ActionPlan[] {
  const plans: ActionPlan[] = [];
  el.addEventListener('dtc-plan-change', (e) => plans.push(e.detail.plan));
  return plans;
}

const strip = ({ updatedAt: _, ...plan }: ActionPlan): Omit<ActionPlan, 'updatedAt'> => plan;

/**
 * Two costed actions in USD. Action A: 3,000 capital over 2026–2028 (1,000 a year), 1,000
 * secured and 50 % (1,500) requested, so a gap of 500. Action B: 200 a year recurrent over
 * 2027–2028 (400), nothing funded, so a gap of 400; B needs A first.
 */
function costedPlan(): ActionPlan {
  return {
    ...fixturePlan(),
    currency: 'USD',
    period: { from: 2026, to: 2028 },
    priorities: ['electricity-and-internet-access'],
    actions: [
      newPlanAction({
        id: 'action-a',
        priority: 'electricity-and-internet-access',
        pillar: 'connectivity-infrastructure',
        title: 'Connect schools',
        horizon: 'short',
        targetLevel: 2,
        outcome: 'access',
        cost: {
          amount: 3000,
          currency: 'USD',
          kind: 'capital',
          years: { from: 2026, to: 2028 },
          budgeted: true,
        },
        funding: [
          { source: { model: 'universal-service-funds' }, amount: 1000, status: 'secured' },
          { source: { text: 'World Bank' }, share: 50, status: 'requested' },
        ],
        indicators: [{ name: 'Schools connected', unit: '% of schools' }],
      }),
      newPlanAction({
        id: 'action-b',
        priority: 'electricity-and-internet-access',
        pillar: 'cost-sustainability',
        title: 'Pay for bandwidth',
        horizon: 'medium',
        targetLevel: 3,
        outcome: 'efficiency',
        cost: {
          amount: 200,
          currency: 'USD',
          kind: 'recurrent',
          years: { from: 2027, to: 2028 },
          budgeted: false,
        },
        dependsOn: ['action-a'],
        indicators: [{ name: 'Bandwidth', unit: 'Mbit/s' }],
      }),
    ],
  };
}

/** The rows of a table in the shadow root, as cell texts. */
const rowsOf = (el: HTMLElement, selector: string): string[][] =>
  $$(el, `${selector} tr`).map((tr) => [...tr.children].map((c) => textOf(c)));

afterEach(async () => {
  await darkMode(false);
});

describe('dtc-action-plan', () => {
  describe('defaults', () => {
    it('starts an empty plan for the framework and asks for priorities', async () => {
      const el = await mount(planner());
      expect(el.plan).toEqual({
        format: 'dtc.action-plan',
        version: 2,
        framework: { id: 'six-pillars', version: '1.0.0' },
        team: [],
        priorities: [],
        pillarPriorities: {},
        actions: [],
        history: [],
      });
      expect(textOf($(el, '.notice'))).toBe('Choose up to three priorities to start your plan.');
      await expectNoAxeViolations(el);
    });

    it('shows a section per chosen priority, with its current level', async () => {
      const el = await mount(
        planner({
          priorities: ['governance', 'hardware-and-devices'],
          response: fullResponse([1, 2, 3, 4]),
        }),
      );
      expect(el.plan!.priorities).toEqual(['governance', 'hardware-and-devices']);
      expect($$(el, '.priority h3').map(textOf)).toEqual([
        'Priority 1: Governance',
        'Priority 2: Hardware and devices',
      ]);
      expect(textOf($(el, '.priority .meta'))).toBe(
        'Coordination and leadership Now: Level 2: Emerging',
      );
      await expectNoAxeViolations(el);
    });
  });

  describe('editing', () => {
    it('adds, edits and removes actions, emitting the plan on every change', async () => {
      const el = await mount(
        planner({ priorities: ['governance'], response: fullResponse([1, 2, 3, 4]) }),
      );
      const plans = changes(el);
      await userEvent.click($(el, '#add-governance'));
      await until(() => deepActive() === el.shadowRoot!.querySelector('#a0-title'));
      expect(textOf($(el, '.status'))).toBe('Action 1 added.');
      const id = plans.at(-1)!.actions[0]!.id;
      // Unique across laptops (plans of two machines are merged later): not a counter.
      expect(id).toMatch(/^action-[0-9a-z]{8}$/);
      expect(plans.at(-1)!.actions).toEqual([
        {
          id,
          priority: 'governance',
          pillar: 'coordination-leadership',
          title: '',
          horizon: 'short',
          owner: '',
          targetLevel: 3,
          outcome: '',
          status: 'planned',
          partners: [],
          funding: [],
          indicators: [],
          milestones: [],
          dependsOn: [],
        },
      ]);
      await userEvent.keyboard('Set up a steering committee');
      expect(plans.at(-1)!.actions[0]!.title).toBe('Set up a steering committee');
      expect(plans.length).toBe(1 + 'Set up a steering committee'.length);

      await userEvent.click($(el, '#a0-horizon-long'));
      await userEvent.fill($(el, '#a0-lead'), 'Minister’s office');
      await userEvent.selectOptions($<HTMLSelectElement>(el, '#a0-pillar'), 'data-evidence');
      await userEvent.selectOptions($<HTMLSelectElement>(el, '#a0-targetLevel'), '4');
      await userEvent.selectOptions($<HTMLSelectElement>(el, '#a0-outcome'), 'quality');
      await userEvent.selectOptions($<HTMLSelectElement>(el, '#a0-status'), 'in-progress');
      expect(strip(plans.at(-1)!).actions[0]).toEqual({
        id,
        priority: 'governance',
        pillar: 'data-evidence',
        title: 'Set up a steering committee',
        horizon: 'long',
        owner: '',
        lead: 'Minister’s office',
        targetLevel: 4,
        outcome: 'quality',
        status: 'in-progress',
        partners: [],
        funding: [],
        indicators: [],
        milestones: [],
        dependsOn: [],
      });
      expect(el.plan).toBe(plans.at(-1));
      // The details are not in the list: they open in a panel.
      expect(el.shadowRoot!.querySelector('#a0-notes')).toBeNull();

      await userEvent.click($(el, '#add-governance'));
      const second = plans.at(-1)!.actions[1]!.id;
      expect(second).not.toBe(id);
      await userEvent.click($$(el, '.remove')[0]!);
      expect(plans.at(-1)!.actions.map((a) => a.id)).toEqual([second]);
      await until(() => deepActive() === el.shadowRoot!.querySelector('#add-governance'));
      expect(textOf($(el, '.status'))).toBe('Action removed.');
      expect($(el, '.action legend').textContent).toContain('Action 1');
    });

    it('keeps actions whose priority is no longer chosen, and says so', async () => {
      const el = await mount(planner({ plan: fixturePlan() }));
      const plans = changes(el);
      el.priorities = ['actionable-insights'];
      await el.updateComplete;
      // A change of priorities is a change of the plan: the host hears of it.
      expect(plans).toHaveLength(1);
      expect(plans[0]!.priorities).toEqual(['actionable-insights']);
      expect(plans[0]).toBe(el.plan);
      expect($$(el, '.priority h3').map(textOf)).toEqual([
        'Priority 1: Actionable insights',
        'No longer a chosen priority: Electricity and internet access',
      ]);
      expect(el.plan!.actions).toHaveLength(3);
    });

    it('keeps focus in the plan when removing the last action of a section that then goes', async () => {
      const el = await mount(planner({ plan: fixturePlan(), priorities: ['actionable-insights'] }));
      await el.updateComplete;
      const remove = $$<HTMLButtonElement>(el, '.remove');
      expect(remove).toHaveLength(3);
      // Removing action 2 leaves action 1 in the old section: focus goes to its Add button.
      remove[1]!.focus();
      await userEvent.keyboard('{Enter}');
      await until(() => deepActive() === $(el, '#add-electricity-and-internet-access'));
      // Removing action 1 empties that section, which is not a chosen priority any more.
      $$<HTMLButtonElement>(el, '.remove')[1]!.focus();
      await userEvent.keyboard('{Enter}');
      await until(
        () => el.shadowRoot!.querySelector('#add-electricity-and-internet-access') === null,
      );
      await until(() => deepActive() === $(el, '#plan-heading'));
      expect(textOf($(el, '.status'))).toBe('Action removed.');
    });
  });

  describe('details', () => {
    it('edits partners, cost, funding, an indicator and a milestone in a panel, by keyboard', async () => {
      const el = await mount(planner({ priorities: ['governance'], editorName: 'Awa' }));
      const plans = changes(el);
      await userEvent.click($(el, '#add-governance'));
      await userEvent.keyboard('Connect every school');
      const toggle = $(el, '#a0-details-toggle');
      expect(toggle.getAttribute('aria-expanded')).toBe('false');
      expect(textOf($(el, '#a0-summary'))).toBe(
        'no partner · no cost · no indicator · no milestone',
      );
      toggle.focus();
      await userEvent.keyboard('{Enter}');
      // Focus moves to the panel's heading.
      await until(() => deepActive() === el.shadowRoot!.querySelector('#a0-details-title'));
      expect(toggle.getAttribute('aria-expanded')).toBe('true');
      expect(textOf($(el, '#a0-details-title'))).toBe('Details of action 1: Connect every school');
      await expectNoAxeViolations(el);

      await userEvent.click($(el, '#a0-partners-add'));
      await userEvent.fill($(el, '#a0-partners-0-name'), 'Ministry of Finance');
      await userEvent.selectOptions($<HTMLSelectElement>(el, '#a0-partners-0-role'), 'funding');

      await userEvent.click($(el, '#a0-cost-add'));
      await userEvent.fill($(el, '#a0-cost-amount'), '1200');
      await userEvent.fill($(el, '#a0-cost-currency'), 'xof');
      await userEvent.selectOptions($<HTMLSelectElement>(el, '#a0-cost-kind'), 'recurrent');
      await userEvent.fill($(el, '#a0-cost-years'), '2026');
      await userEvent.fill($(el, '#a0-cost-years-to'), '2027');
      await userEvent.click($(el, '#a0-cost-budgeted'));

      await userEvent.click($(el, '#a0-funding-add'));
      await userEvent.selectOptions(
        $<HTMLSelectElement>(el, '#a0-funding-0-source'),
        'pooled-procurement',
      );
      await userEvent.selectOptions($<HTMLSelectElement>(el, '#a0-funding-0-by'), 'share');
      await userEvent.fill($(el, '#a0-funding-0-share'), '25');
      await userEvent.selectOptions($<HTMLSelectElement>(el, '#a0-funding-0-status'), 'secured');
      await userEvent.click($(el, '#a0-funding-add'));
      await userEvent.selectOptions($<HTMLSelectElement>(el, '#a0-funding-1-source'), '');
      await userEvent.fill($(el, '#a0-funding-1-source-text'), 'Regional council');
      await userEvent.fill($(el, '#a0-funding-1-amount'), '600');

      await userEvent.click($(el, '#a0-indicators-add'));
      await userEvent.fill($(el, '#a0-indicators-0-name'), 'Schools connected');
      await userEvent.fill($(el, '#a0-indicators-0-unit'), '% of schools');
      await userEvent.fill($(el, '#a0-indicators-0-baseline-value'), '12');
      await userEvent.fill($(el, '#a0-indicators-0-baseline-year'), '2025');
      await userEvent.fill($(el, '#a0-indicators-0-target-value'), '60');
      await userEvent.fill($(el, '#a0-indicators-0-target-year'), '2028');
      await userEvent.fill($(el, '#a0-indicators-0-source'), 'EMIS');
      await userEvent.selectOptions(
        $<HTMLSelectElement>(el, '#a0-indicators-0-moves'),
        'component:electricity-and-internet-access',
      );

      await userEvent.click($(el, '#a0-milestones-add'));
      await userEvent.fill($(el, '#a0-milestones-0-what'), 'Tender published');
      await userEvent.fill($(el, '#a0-milestones-0-year'), '2026');
      await userEvent.selectOptions($<HTMLSelectElement>(el, '#a0-milestones-0-quarter'), '2');
      await userEvent.click($(el, '#a0-milestones-0-done'));
      await userEvent.fill($(el, '#a0-alignment-objective'), 'Objective 3.2');
      await userEvent.fill($(el, '#a0-risks'), 'Late electricity');

      const a = plans.at(-1)!.actions[0]!;
      expect(a.partners).toEqual([{ name: 'Ministry of Finance', role: 'funding' }]);
      expect(a.cost).toEqual({
        amount: 1200,
        currency: 'XOF',
        kind: 'recurrent',
        years: { from: 2026, to: 2027 },
        budgeted: true,
      });
      expect(a.funding).toEqual([
        { source: { model: 'pooled-procurement' }, share: 25, status: 'secured' },
        { source: { text: 'Regional council' }, amount: 600, status: 'requested' },
      ]);
      expect(a.indicators).toEqual([
        {
          name: 'Schools connected',
          unit: '% of schools',
          baseline: { value: 12, year: 2025 },
          target: { value: 60, year: 2028 },
          source: 'EMIS',
          component: 'electricity-and-internet-access',
        },
      ]);
      expect(a.milestones).toEqual([
        { what: 'Tender published', year: 2026, quarter: 2, done: true },
      ]);
      expect(a.alignment).toEqual({ objective: 'Objective 3.2' });
      expect(a.risks).toBe('Late electricity');
      await userEvent.selectOptions($<HTMLSelectElement>(el, '#a0-outcome'), 'access');
      // The plan as edited is valid for the schema.
      await userEvent.click($$(el, '.export .buttons button')[0]!);
      expect(textOf($(el, '.status'))).toBe('The plan is complete: no problems found.');
      expect(textOf($(el, '#a0-summary'))).toBe(
        '1 partner · F CFA 1,200 · 1 indicator · 1 milestone',
      );
      await expectNoAxeViolations(el);

      // Closing the panel hands focus back to its button.
      await userEvent.click($(el, '#a0-details .close'));
      await until(() => deepActive() === $(el, '#a0-details-toggle'));
      expect(el.shadowRoot!.querySelector('#a0-details')).toBeNull();
    });

    it('refuses a dependency that closes a circle, with the schema’s issue in words', async () => {
      const el = await mount(planner({ plan: costedPlan() }));
      const plans = changes(el);
      // Action 2 needs action 1; making action 1 need action 2 would close a circle.
      $(el, '#a0-details-toggle').click();
      await el.updateComplete;
      const box = $<HTMLInputElement>(el, '#a0-dependsOn-2');
      expect(textOf($(el, 'label[for=a0-dependsOn-2]'))).toBe('Action 2: Pay for bandwidth');
      await userEvent.click(box);
      expect(plans).toEqual([]);
      expect(el.plan!.actions[0]!.dependsOn).toEqual([]);
      expect(box.checked).toBe(false);
      expect(textOf($(el, '#a0-dependsOn-refused'))).toBe(
        'Not applied: These actions wait on each other in a circle: Action 1 → Action 2 → Action 1. Remove one of the links.',
      );
      await expectNoAxeViolations(el);
      // Undoing the other link lets it through.
      $(el, '#a1-details-toggle').click();
      await el.updateComplete;
      await userEvent.click($(el, '#a1-dependsOn-1'));
      expect(plans.at(-1)!.actions[1]!.dependsOn).toEqual([]);
      await userEvent.click($(el, '#a0-dependsOn-2'));
      expect(plans.at(-1)!.actions[0]!.dependsOn).toEqual(['action-b']);
      expect(el.shadowRoot!.querySelector('#a0-dependsOn-refused')).toBeNull();
    });
  });

  describe('plan details and history', () => {
    it('edits the country, period, currency and team', async () => {
      const el = await mount(planner({ plan: fixturePlan(), editorName: 'Awa' }));
      const plans = changes(el);
      await userEvent.click($(el, '.settings summary'));
      await userEvent.fill($(el, '#plan-country'), 'sen');
      await userEvent.fill($(el, '#plan-period'), '2026');
      await userEvent.fill($(el, '#plan-period-to'), '2030');
      await userEvent.fill($(el, '#plan-currency'), 'XOF');
      await userEvent.click($(el, '#plan-team-add'));
      await userEvent.fill($(el, '#plan-team-0-name'), 'Awa Diop');
      await userEvent.selectOptions(
        $<HTMLSelectElement>(el, '#plan-team-0-role'),
        'ministry-finance',
      );
      await userEvent.fill($(el, '#plan-team-0-title'), 'Director of planning');
      const plan = plans.at(-1)!;
      expect(plan.country).toBe('SEN');
      expect(plan.period).toEqual({ from: 2026, to: 2030 });
      expect(plan.currency).toBe('XOF');
      expect(plan.team).toEqual([
        { name: 'Awa Diop', role: 'ministry-finance', title: 'Director of planning' },
      ]);
      // One readable history entry for all of it, by the one editor.
      expect(plan.history).toEqual([
        {
          at: plan.updatedAt,
          by: 'Awa',
          change: 'details-changed',
          detail: 'country, period, currency, team',
        },
      ]);
      await expectNoAxeViolations(el);
    });

    it('coalesces edits by the same editor, and starts a new entry for another editor', async () => {
      const el = await mount(planner({ plan: fixturePlan(), editorName: 'Awa' }));
      const plans = changes(el);
      await userEvent.fill($(el, '#a0-title'), 'Map every school');
      await userEvent.fill($(el, '#a0-lead'), 'Ministry of ICT');
      expect(plans.at(-1)!.history.map(({ at: _, ...e }) => e)).toEqual([
        { by: 'Awa', change: 'action-changed', action: 'action-1', detail: 'title, lead' },
      ]);
      el.editorName = 'Binta';
      await el.updateComplete;
      await userEvent.fill($(el, '#a0-title'), 'Map every school and clinic');
      await userEvent.click($(el, '#add-actionable-insights'));
      const history = plans.at(-1)!.history;
      expect(history.map(({ at: _, action: _a, ...e }) => e)).toEqual([
        { by: 'Awa', change: 'action-changed', detail: 'title, lead' },
        { by: 'Binta', change: 'action-changed', detail: 'title' },
        { by: 'Binta', change: 'action-added' },
      ]);
      await userEvent.click($(el, '.history summary'));
      expect($$(el, '.history-list li').map(textOf)[0]).toMatch(/: Binta, added an action/);
      await expectNoAxeViolations(el);
    });
  });

  describe('views', () => {
    it('switches tabs with the arrow keys, Home and End', async () => {
      const el = await mount(planner({ plan: costedPlan() }));
      const tabs = $$(el, '[role=tab]');
      expect(tabs.map(textOf)).toEqual(['Actions', 'Cost and funding', 'Timeline']);
      expect(tabs.map((t) => t.getAttribute('aria-selected'))).toEqual(['true', 'false', 'false']);
      expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1]);
      tabs[0]!.focus();
      await userEvent.keyboard('{ArrowRight}');
      await el.updateComplete;
      expect(deepActive()).toBe(tabs[1]);
      expect(el.tab).toBe('budget');
      expect($(el, '#panel-budget').hidden).toBe(false);
      expect($(el, '#panel-actions').hidden).toBe(true);
      await expectNoAxeViolations(el);
      await userEvent.keyboard('{End}');
      await el.updateComplete;
      expect(deepActive()).toBe(tabs[2]);
      await userEvent.keyboard('{ArrowRight}');
      await el.updateComplete;
      expect(el.tab).toBe('actions');
      await userEvent.keyboard('{ArrowLeft}');
      await el.updateComplete;
      expect(el.tab).toBe('timeline');
      await userEvent.keyboard('{Home}');
      await el.updateComplete;
      expect(el.tab).toBe('actions');
    });

    it('swaps the arrow keys right to left', async () => {
      const el = await mount(planner({ plan: fixturePlan() }), { dir: 'rtl' });
      $(el, '#tab-actions').focus();
      await userEvent.keyboard('{ArrowLeft}');
      await el.updateComplete;
      expect(el.tab).toBe('budget');
      expect(deepActive()).toBe($(el, '#tab-budget'));
      await userEvent.keyboard('{ArrowRight}');
      await el.updateComplete;
      expect(el.tab).toBe('actions');
    });

    it('shows the cost and funding computed by the schema, per year, pillar, horizon and action', async () => {
      const el = await mount(planner({ plan: costedPlan(), tab: 'budget' }));
      expect(textOf($(el, '.currency h4'))).toBe('Costs in USD');
      expect(textOf($(el, '.currency p'))).toBe('Already budgeted: $3,000');
      expect(rowsOf(el, '#budget-0-year')).toEqual([
        ['Year', 'Cost'],
        ['2026', '$1,000'],
        ['2027', '$1,200'],
        ['2028', '$1,200'],
        ['Total', '$3,400'],
      ]);
      expect(rowsOf(el, '#budget-0-pillar')).toEqual([
        ['Pillar', 'Cost'],
        ['Connectivity and infrastructure', '$3,000'],
        ['Cost and sustainability', '$400'],
        ['Total', '$3,400'],
      ]);
      expect(rowsOf(el, '#budget-0-horizon')).toEqual([
        ['Horizon', 'Cost'],
        ['Short term', '$3,000'],
        ['Medium term', '$400'],
        ['Long term', '$0'],
        ['Total', '$3,400'],
      ]);
      expect(rowsOf(el, '#budget-0-action')).toEqual([
        ['Action', 'Cost', 'Secured', 'Requested', 'Funding gap'],
        ['Action 1 – Connect schools', '$3,000', '$1,000', '$1,500', '$500'],
        ['Action 2 – Pay for bandwidth', '$400', '$0', '$0', '$400'],
        ['Total', '$3,400', '$1,000', '$1,500', '$900'],
      ]);
      await expectNoAxeViolations(el);
    });

    it('says when nothing is costed', async () => {
      const el = await mount(planner({ plan: fixturePlan(), tab: 'budget' }));
      expect(textOf($(el, '#panel-budget .notice'))).toBe(
        'No action has a cost yet. Add a cost in the details of an action.',
      );
      await expectNoAxeViolations(el);
    });

    it('shows the plan on the timeline, and goes from an action there to its details', async () => {
      const plan = costedPlan();
      const el = await mount(planner({ plan, tab: 'timeline' }));
      const timeline = $(el, '#panel-timeline dtc-plan-timeline') as HTMLElement & {
        plan: ActionPlan;
        updateComplete: Promise<boolean>;
      };
      expect(timeline.plan).toBe(el.plan);
      await timeline.updateComplete;
      await expectNoAxeViolations(el);
      // A page may still give its own content in the tab's slot.
      const slotted = document.createElement('p');
      slotted.slot = 'timeline';
      slotted.textContent = 'A timeline from the page';
      el.append(slotted);
      const slot = $<HTMLSlotElement>(el, 'slot[name=timeline]');
      expect(slot.assignedElements()).toEqual([slotted]);
      // Enter on action B in the timeline: the Actions tab, B's details open and in focus.
      const bar = timeline.shadowRoot!.querySelector<SVGGElement>('g.act[data-id="action-b"]')!;
      bar.focus();
      await userEvent.keyboard('{Enter}');
      await el.updateComplete;
      expect(el.tab).toBe('actions');
      expect(deepActive()).toBe($(el, '#a1-details-title'));
    });

    it('shows the plan’s warnings in words', async () => {
      const plan = costedPlan();
      plan.priorities = ['electricity-and-internet-access', 'actionable-insights'];
      plan.actions[1]!.milestones = [{ what: 'Renewed', year: 2030, quarter: 1, done: false }];
      const el = await mount(planner({ plan }));
      expect($$(el, '.warnings li').map(textOf)).toEqual([
        'No action yet serves the priority “Actionable insights”.',
        'No action in the long term.',
        'Action 1: Funding gap: 500 USD not yet secured or requested.',
        'Action 2: Funding gap: 400 USD not yet secured or requested.',
        'Action 2: This milestone (2030) falls after the plan ends (2028).',
      ]);
      await expectNoAxeViolations(el);
    });

    it('fits 320 px with the details open, without a horizontal scroll', async () => {
      await page.viewport(320, 640);
      const el = await mount(planner({ plan: costedPlan() }), { width: 320 });
      $(el, '#a0-details-toggle').click();
      await el.updateComplete;
      expect(el.scrollWidth).toBeLessThanOrEqual(320);
      expect($(el, '.plan').scrollWidth).toBeLessThanOrEqual(320);
      await expectNoAxeViolations(el);
      el.tab = 'budget';
      await el.updateComplete;
      expect($(el, '.plan').scrollWidth).toBeLessThanOrEqual(320);
      await page.viewport(1024, 768);
    });
  });

  describe('validation', () => {
    it('shows an error summary with links, moves focus there, and marks the fields', async () => {
      const el = await mount(planner({ priorities: ['governance'] }));
      await userEvent.click($(el, '#add-governance'));
      const exported: PlanExportDetail[] = [];
      el.addEventListener('dtc-plan-export', (e) => exported.push(e.detail));
      await userEvent.click($$(el, '.export .buttons button')[2]!); // Download CSV
      expect(exported).toHaveLength(0);
      const summary = $(el, '#error-summary');
      await until(() => deepActive() === summary);
      const links = $$<HTMLAnchorElement>(el, '#error-summary a');
      expect(links.map(textOf)).toEqual([
        'Enter what action 1 will do',
        'Choose the education outcome action 1 serves',
      ]);
      expect(links.map((a) => a.getAttribute('href'))).toEqual(['#a0-title', '#a0-outcome']);
      expect($(el, '#a0-title').getAttribute('aria-invalid')).toBe('true');
      expect($(el, '#a0-title').getAttribute('aria-describedby')).toBe('a0-title-error');
      expect(textOf($(el, '#a0-title-error'))).toBe('Error: Enter what action 1 will do');
      await expectNoAxeViolations(el);

      await userEvent.click(links[1]!);
      expect(deepActive()).toBe($(el, '#a0-outcome'));
      await userEvent.selectOptions($<HTMLSelectElement>(el, '#a0-outcome'), 'access');
      // Fixed problems leave the summary as the user fixes them.
      expect($$(el, '#error-summary a').map(textOf)).toEqual(['Enter what action 1 will do']);
      await userEvent.fill($(el, '#a0-title'), 'Publish the strategy');
      expect(el.shadowRoot!.querySelector('#error-summary')).toBeNull();
      await userEvent.click($$(el, '.export .buttons button')[0]!); // Check the plan
      expect(textOf($(el, '.status'))).toBe('The plan is complete: no problems found.');
    });
    it('opens the details that hold a problem and links to the field', async () => {
      const plan = costedPlan();
      plan.actions[1]!.cost!.currency = 'usd$';
      plan.actions[1]!.funding = [{ source: { text: 'Council' }, status: 'secured' }];
      const el = await mount(planner({ plan }));
      expect(el.shadowRoot!.querySelector('#a1-details')).toBeNull();
      expect(el.validate()).toBe(false);
      await el.updateComplete;
      await until(() => deepActive() === $(el, '#error-summary'));
      const links = $$<HTMLAnchorElement>(el, '#error-summary a');
      expect(links.map((a) => a.getAttribute('href'))).toEqual(['#a1-cost-currency']);
      expect(textOf(links[0])).toMatch(/^Check action 2: /);
      // The details of action 2 opened to show the fields with problems.
      expect($(el, '#a1-details-toggle').getAttribute('aria-expanded')).toBe('true');
      expect($(el, '#a1-cost-currency').getAttribute('aria-invalid')).toBe('true');
      await userEvent.click(links[0]!);
      expect(deepActive()).toBe($(el, '#a1-cost-currency'));
      await userEvent.fill($(el, '#a1-cost-currency'), 'usd');
      // The funding line with neither an amount nor a share comes next.
      expect(el.validate()).toBe(false);
      await el.updateComplete;
      const next = $$<HTMLAnchorElement>(el, '#error-summary a');
      expect(next.map((a) => a.getAttribute('href'))).toEqual(['#a1-funding-0']);
      expect(textOf(next[0])).toMatch(/^Check action 2: /);
      // A link to a whole funding line goes to the nearest field there is: its first one.
      await userEvent.click(next[0]!);
      expect(deepActive()).toBe($(el, '#a1-funding-0-source'));
      await expectNoAxeViolations(el);
    });
  });

  describe('export and import', () => {
    it('exports JSON, CSV and Markdown equal to the pure export functions', async () => {
      const plan = fixturePlan();
      const el = await mount(planner({ plan, filename: 'senegal-plan' }));
      const exported: PlanExportDetail[] = [];
      el.addEventListener('dtc-plan-export', (e) => {
        e.preventDefault();
        exported.push(e.detail);
      });
      for (const button of $$(el, '.export .buttons button.primary')) await userEvent.click(button);
      const ctx = { framework: fixtureFramework, locale: 'en' };
      expect(exported).toEqual([
        {
          format: 'json',
          filename: 'senegal-plan.json',
          mediaType: 'application/json',
          content: planToJson(plan),
        },
        {
          format: 'csv',
          filename: 'senegal-plan.csv',
          mediaType: 'text/csv',
          content: planToCsv(plan, ctx),
        },
        {
          format: 'markdown',
          filename: 'senegal-plan.md',
          mediaType: 'text/markdown',
          content: planToMarkdown(plan, ctx),
        },
      ]);
      expect(textOf($(el, '.status'))).toBe('The plan was downloaded as Markdown.');
    });

    it('round-trips: an exported plan imports back to the same plan', async () => {
      const updatedAt = '2026-03-01T10:00:00.000Z';
      const source = await mount(planner({ plan: { ...fixturePlan(), updatedAt } }));
      let json = '';
      source.addEventListener('dtc-plan-export', (e) => {
        e.preventDefault();
        json = e.detail.content;
      });
      source.export('json');
      const target = await mount(planner());
      const plans = changes(target);
      const input = $<HTMLInputElement>(target, '#import');
      await userEvent.upload(input, new File([json], 'plan.json', { type: 'application/json' }));
      await until(() => plans.length === 1);
      expect(strip(plans[0]!)).toEqual(fixturePlan());
      // The file's own time of last change is kept.
      expect(plans[0]!.updatedAt).toBe(updatedAt);
      await target.updateComplete;
      expect(textOf($(target, '.status'))).toBe('Plan imported: 3 actions.');
      expect($$(target, '.priority')).toHaveLength(2);
      expect(($(target, '#a1-title') as HTMLInputElement).value).toBe(
        fixturePlan().actions[1]!.title,
      );
    });

    it('refuses an invalid file and says why', async () => {
      const el = await mount(planner());
      expect(el.import('{"format":"something else"}')).toBe(false);
      await el.updateComplete;
      expect(deepActive()).toBe($(el, '#error-summary'));
      expect(textOf($(el, '#error-summary a'))).toMatch(
        /^The file is not a valid action plan \(\d+ problems?\): /,
      );
      expect($(el, '#error-summary a').getAttribute('href')).toBe('#import');
      await expectNoAxeViolations(el);
    });
  });

  describe('words, direction, print and themes', () => {
    it('speaks French', async () => {
      const el = await mount(planner({ plan: fixturePlan(), locale: 'fr' }));
      await until(() => textOf($(el, 'h2')) === 'Plan d’action');
      expect(textOf($(el, '.priority h3'))).toBe('Priorité 1 : Électricité et accès à internet');
      expect(textOf($(el, '#a0-horizon-short + label'))).toBe('Court terme (moins d’un an)');
      await expectNoAxeViolations(el);
      // The details, the tabs and the tables too, with French typography.
      $(el, '#a0-details-toggle').click();
      await el.updateComplete;
      expect($(el, '#a0-details-title').textContent!.trim()).toBe(
        'Détails de l’action 1\u202f: Map school connectivity with Giga',
      );
      expect($$(el, '[role=tab]').map(textOf)).toEqual([
        'Actions',
        'Coûts et financement',
        'Calendrier',
      ]);
      await expectNoAxeViolations(el);
      el.plan = costedPlan();
      el.tab = 'budget';
      await el.updateComplete;
      // (textOf makes every space a plain one.)
      expect(rowsOf(el, '#budget-0-action').at(-1)).toEqual([
        'Total',
        '3 400 $US',
        '1 000 $US',
        '1 500 $US',
        '900 $US',
      ]);
      await expectNoAxeViolations(el);
    });

    it('renders hostile framework text as text', async () => {
      const plan = { ...fixturePlan(), priorities: ['strategy-and-vision'], actions: [] };
      const el = await mount(planner({ framework: hostileFramework, plan }));
      expect(el.shadowRoot!.querySelectorAll('img')).toHaveLength(0);
      expect(textOf($(el, '.priority h3'))).toBe(`Priority 1: ${HOSTILE}`);
    });

    it('has no axe violations right to left and dark; hides the controls in print', async () => {
      const el = await mount(planner({ plan: fixturePlan() }), { dir: 'rtl' });
      expect($(el, '.plan').dir).toBe('rtl');
      await expectNoAxeViolations(el);
      await darkMode(true);
      await expectNoAxeViolations(el);
      await emulateMedia('print');
      expect(getComputedStyle($(el, '.export')).display).toBe('none');
      await emulateMedia('');
    });
  });
});
