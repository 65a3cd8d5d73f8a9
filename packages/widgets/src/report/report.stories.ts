import type { ActionPlan, Response } from '@dtc/schema';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { dark, framework, rtl, storyPlan, storyResponse } from '../../test/story-data.js';
import './define.js';

interface Args {
  response: Response | undefined;
  plan: ActionPlan | undefined;
  print: boolean;
  heading: string;
  locale: string | undefined;
}

const meta: Meta<Args> = {
  title: 'Results/Report',
  component: 'dtc-report',
  args: {
    response: storyResponse(),
    plan: storyPlan(),
    print: false,
    heading: '',
    locale: undefined,
  },
  argTypes: { response: { control: false }, plan: { control: 'object' } },
  render: (args) =>
    html`<dtc-report
      .style=${'max-inline-size: 52rem'}
      .framework=${framework}
      .response=${args.response}
      .plan=${args.plan}
      heading=${args.heading}
      ?print=${args.print}
      locale=${ifDefined(args.locale)}
    ></dtc-report>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Results, chosen priorities, the plan, comments and evidence. Print it or save it as PDF. */
export const Full: Story = {};

/** As it prints: data tables shown, buttons hidden, black on white. */
export const PrintPreview: Story = { args: { print: true } };

/** Results without a plan yet. */
export const NoPlan: Story = { args: { plan: undefined } };

/** Nothing answered yet. */
export const Empty: Story = { args: { response: storyResponse([], 0), plan: undefined } };

/** French. */
export const French: Story = { args: { locale: 'fr' } };

/** Right to left. */
export const RightToLeft: Story = { render: (args, ctx) => rtl(meta.render!(args, ctx)) };

/** On a dark page. */
export const Dark: Story = { render: (args, ctx) => dark(meta.render!(args, ctx)) };
