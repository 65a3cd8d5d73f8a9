import type { ActionPlan } from '@dtc/schema';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
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
      expect(plans.at(-1)!.actions).toEqual([
        {
          id: 'action-1',
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
      await userEvent.fill($(el, '#a0-owner'), 'Minister’s office');
      await userEvent.selectOptions($<HTMLSelectElement>(el, '#a0-pillar'), 'data-evidence');
      await userEvent.selectOptions($<HTMLSelectElement>(el, '#a0-targetLevel'), '4');
      await userEvent.selectOptions($<HTMLSelectElement>(el, '#a0-outcome'), 'quality');
      await userEvent.fill($(el, '#a0-notes'), 'Meets quarterly');
      expect(strip(plans.at(-1)!).actions[0]).toEqual({
        id: 'action-1',
        priority: 'governance',
        pillar: 'data-evidence',
        title: 'Set up a steering committee',
        horizon: 'long',
        owner: 'Minister’s office',
        targetLevel: 4,
        outcome: 'quality',
        notes: 'Meets quarterly',
        status: 'planned',
        partners: [],
        funding: [],
        indicators: [],
        milestones: [],
        dependsOn: [],
      });
      expect(el.plan).toBe(plans.at(-1));

      await userEvent.click($(el, '#add-governance'));
      expect(plans.at(-1)!.actions.map((a) => a.id)).toEqual(['action-1', 'action-2']);
      await userEvent.click($$(el, '.remove')[0]!);
      expect(plans.at(-1)!.actions.map((a) => a.id)).toEqual(['action-2']);
      await until(() => deepActive() === el.shadowRoot!.querySelector('#add-governance'));
      expect(textOf($(el, '.status'))).toBe('Action removed.');
      expect($(el, 'legend').textContent).toContain('Action 1');
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

  describe('validation', () => {
    it('shows an error summary with links, moves focus there, and marks the fields', async () => {
      const el = await mount(planner({ priorities: ['governance'] }));
      await userEvent.click($(el, '#add-governance'));
      const exported: PlanExportDetail[] = [];
      el.addEventListener('dtc-plan-export', (e) => exported.push(e.detail));
      await userEvent.click($$(el, '.buttons button')[2]!); // Download CSV
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
      await userEvent.click($$(el, '.buttons button')[0]!); // Check the plan
      expect(textOf($(el, '.status'))).toBe('The plan is complete: no problems found.');
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
      for (const button of $$(el, '.buttons button.primary')) await userEvent.click(button);
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
