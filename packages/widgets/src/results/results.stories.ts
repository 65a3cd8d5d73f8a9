import type { Response } from '@dtc/schema';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { dark, framework, rtl, storyResponse } from '../../test/story-data.js';
import './define.js';

interface Args {
  response: Response | undefined;
  priorityCount: number;
  locale: string | undefined;
}

const meta: Meta<Args> = {
  title: 'Results/Results',
  component: 'dtc-results',
  args: { response: storyResponse(), priorityCount: 5, locale: undefined },
  argTypes: { response: { control: false } },
  render: (args) =>
    html`<dtc-results
      .style=${'max-inline-size: 52rem'}
      .framework=${framework}
      .response=${args.response}
      priority-count=${args.priorityCount}
      locale=${ifDefined(args.locale)}
    ></dtc-results>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Every question answered: level, coverage, balance, radar, bars and where to start. */
export const Full: Story = {};

/** A third of the assessment done: the results say they may change. */
export const Partial: Story = { args: { response: storyResponse([2, 3, 1], 0.35) } };

/** Nothing answered yet. */
export const Empty: Story = { args: { response: storyResponse([], 0) } };

/** French. */
export const French: Story = { args: { locale: 'fr' } };

/** Right to left. */
export const RightToLeft: Story = { render: (args, ctx) => rtl(meta.render!(args, ctx)) };

/** On a dark page. */
export const Dark: Story = { render: (args, ctx) => dark(meta.render!(args, ctx)) };
