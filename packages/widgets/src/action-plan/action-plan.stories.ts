import type { ActionPlan, Response } from '@dtc/schema';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { dark, framework, rtl, storyPlan, storyResponse } from '../../test/story-data.js';
import type { DtcActionPlan } from './action-plan.js';
import './define.js';

interface Args {
  plan: ActionPlan | undefined;
  priorities: string[] | undefined;
  response: Response | undefined;
  locale: string | undefined;
}

const meta: Meta<Args> = {
  title: 'Planning/Action plan',
  component: 'dtc-action-plan',
  args: { plan: storyPlan(), priorities: undefined, response: storyResponse(), locale: undefined },
  argTypes: { plan: { control: 'object' }, response: { control: false } },
  render: (args) =>
    html`<dtc-action-plan
      .style=${'max-inline-size: 52rem'}
      .framework=${framework}
      .plan=${args.plan}
      .priorities=${args.priorities}
      .response=${args.response}
      locale=${ifDefined(args.locale)}
    ></dtc-action-plan>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A plan with two priorities and three actions across pillars. */
export const Filled: Story = {};

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
export const French: Story = { args: { locale: 'fr' } };

/** Right to left. */
export const RightToLeft: Story = { render: (args, ctx) => rtl(meta.render!(args, ctx)) };

/** On a dark page. */
export const Dark: Story = { render: (args, ctx) => dark(meta.render!(args, ctx)) };
