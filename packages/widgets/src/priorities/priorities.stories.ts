import type { Response } from '@dtc/schema';
import { scoreResponse } from '@dtc/scoring';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { dark, framework, rtl, storyResponse } from '../../test/story-data.js';
import './define.js';

interface Args {
  response: Response | undefined;
  selected: string[];
  pillarPriorities: Record<string, string>;
  limit: number;
  locale: string | undefined;
}

const response = storyResponse();
const top = scoreResponse(framework, response).priorities.map((p) => p.componentId);

const meta: Meta<Args> = {
  title: 'Planning/Priorities',
  component: 'dtc-priorities',
  args: { response, selected: [], pillarPriorities: {}, limit: 8, locale: undefined },
  argTypes: { response: { control: false } },
  render: (args) =>
    html`<dtc-priorities
      .style=${'max-inline-size: 44rem'}
      .framework=${framework}
      .response=${args.response}
      .selected=${args.selected}
      .pillarPriorities=${args.pillarPriorities}
      limit=${args.limit}
      locale=${ifDefined(args.locale)}
    ></dtc-priorities>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The ranked components with their reasons; none chosen yet. */
export const Default: Story = {};

/** Three chosen: choosing a fourth is refused with a message. */
export const LimitReached: Story = { args: { selected: top.slice(0, 3) } };

/** Overall priorities and a priority chosen within two pillars. */
export const PerPillar: Story = {
  args: {
    selected: top.slice(0, 2),
    pillarPriorities: {
      [framework.pillars[0]!.id]: framework.pillars[0]!.components[1]!.id,
      [framework.pillars[3]!.id]: framework.pillars[3]!.components[0]!.id,
    },
  },
};

/** Every component listed. */
export const All: Story = { args: { limit: 0 } };

/** Nothing answered, nothing to rank. */
export const Empty: Story = { args: { response: undefined } };

/** French. */
export const French: Story = { args: { locale: 'fr', selected: top.slice(0, 1) } };

/** Right to left. */
export const RightToLeft: Story = { render: (args, ctx) => rtl(meta.render!(args, ctx)) };

/** On a dark page. */
export const Dark: Story = {
  args: { selected: top.slice(0, 2) },
  render: (args, ctx) => dark(meta.render!(args, ctx)),
};
