import type { ActionPlan, Response } from '@dtc/schema';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { dark, framework, rtl, storyPlan, storyResponse } from '../../test/story-data.js';
import type { DtcActionPlan, PlanTab } from './action-plan.js';
import './define.js';

interface Args {
  plan: ActionPlan | undefined;
  priorities: string[] | undefined;
  response: Response | undefined;
  locale: string | undefined;
  tab: PlanTab;
  editorName: string;
}

/** The story plan with costs, funding, indicators, milestones and a dependency. */
function costedPlan(): ActionPlan {
  const plan = storyPlan();
  const [a, b, c] = plan.actions;
  return {
    ...plan,
    country: 'SEN',
    period: { from: 2026, to: 2030 },
    currency: 'XOF',
    team: [
      { name: 'Awa Diop', role: 'ministry-education', title: 'Director of planning' },
      { name: 'Moussa Ndiaye', role: 'ministry-finance' },
    ],
    actions: [
      {
        ...a!,
        lead: 'Ministry of ICT',
        partners: [{ name: 'Giga', role: 'technical' }],
        cost: {
          amount: 150_000_000,
          currency: 'XOF',
          kind: 'capital',
          years: { from: 2026, to: 2027 },
          budgeted: true,
        },
        funding: [
          { source: { model: 'universal-service-funds' }, share: 60, status: 'secured' },
          { source: { text: 'World Bank' }, amount: 40_000_000, status: 'requested' },
        ],
        indicators: [
          {
            name: 'Schools with a mapped connection',
            unit: '% of schools',
            baseline: { value: 20, year: 2025 },
            target: { value: 100, year: 2027 },
          },
        ],
        milestones: [{ what: 'Survey tool chosen', year: 2026, quarter: 1, done: true }],
      },
      {
        ...b!,
        lead: 'Ministry of finance',
        cost: {
          amount: 80_000_000,
          currency: 'XOF',
          kind: 'recurrent',
          years: { from: 2027, to: 2030 },
          budgeted: false,
        },
        funding: [{ source: { model: 'pooled-procurement' }, amount: 100_000_000, status: 'gap' }],
        dependsOn: [a!.id],
      },
      c!,
    ],
  };
}

const meta: Meta<Args> = {
  title: 'Planning/Action plan',
  component: 'dtc-action-plan',
  args: {
    plan: storyPlan(),
    priorities: undefined,
    response: storyResponse(),
    locale: undefined,
    tab: 'actions',
    editorName: 'Awa',
  },
  argTypes: {
    plan: { control: 'object' },
    response: { control: false },
    tab: { control: 'inline-radio', options: ['actions', 'budget', 'timeline'] },
  },
  render: (args) =>
    html`<dtc-action-plan
      .style=${'max-inline-size: 52rem'}
      .framework=${framework}
      .plan=${args.plan}
      .priorities=${args.priorities}
      .response=${args.response}
      locale=${ifDefined(args.locale)}
      tab=${args.tab}
      editor-name=${args.editorName}
    ></dtc-action-plan>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A plan with two priorities and three actions across pillars. */
export const Filled: Story = {};

/** Costs, funding, indicators and milestones, with the details of the first action open. */
export const DetailsOpen: Story = {
  args: { plan: costedPlan() },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<DtcActionPlan>('dtc-action-plan');
    await el?.updateComplete;
    el?.shadowRoot?.querySelector<HTMLButtonElement>('#a0-details-toggle')?.click();
  },
};

/** The cost and funding tables, computed from the actions. */
export const CostAndFunding: Story = { args: { plan: costedPlan(), tab: 'budget' } };

/** The Timeline tab: the plan's actions by horizon and year in `<dtc-plan-timeline>`. */
export const Timeline: Story = { args: { plan: costedPlan(), tab: 'timeline' } };

/** Priorities chosen, no actions yet. */
export const Started: Story = { args: { plan: undefined, priorities: storyPlan().priorities } };

/** Nothing chosen yet. */
export const Empty: Story = { args: { plan: undefined, priorities: undefined } };

/** An action with problems, checked: the error summary takes focus and links to the fields. */
export const WithErrors: Story = {
  args: {
    plan: { ...storyPlan(), actions: [{ ...storyPlan().actions[0]!, title: '', outcome: '' }] },
  },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<DtcActionPlan>('dtc-action-plan');
    await el?.updateComplete;
    el?.validate();
  },
};

/** French. */
export const French: Story = { args: { locale: 'fr', plan: costedPlan() } };

/** French, cost and funding. */
export const FrenchCostAndFunding: Story = {
  args: { locale: 'fr', plan: costedPlan(), tab: 'budget' },
};

/** Right to left. */
export const RightToLeft: Story = { render: (args, ctx) => rtl(meta.render!(args, ctx)) };

/** On a dark page. */
export const Dark: Story = { render: (args, ctx) => dark(meta.render!(args, ctx)) };
