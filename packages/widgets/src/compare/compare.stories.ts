import type { Response } from '@dtc/schema';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { afterDeepDive, dark, framework, rtl, storyResponse } from '../../test/story-data.js';
import './define.js';

interface Args {
  beforeResponse: Response | undefined;
  afterResponse: Response | undefined;
  response: Response | undefined;
  round: string | null | undefined;
  beforeLabel: string;
  afterLabel: string;
  locale: string | undefined;
}

const revised = afterDeepDive(storyResponse());

const meta: Meta<Args> = {
  title: 'Results/Compare',
  component: 'dtc-compare',
  args: {
    beforeResponse: undefined,
    afterResponse: undefined,
    response: revised,
    round: 'before deep dive',
    beforeLabel: 'Before deep dive',
    afterLabel: 'After deep dive',
    locale: undefined,
  },
  argTypes: {
    beforeResponse: { control: false },
    afterResponse: { control: false },
    response: { control: false },
  },
  render: (args) =>
    html`<dtc-compare
      .style=${'max-inline-size: 52rem'}
      .framework=${framework}
      .beforeResponse=${args.beforeResponse}
      .afterResponse=${args.afterResponse}
      .response=${args.response}
      .round=${args.round}
      before-label=${args.beforeLabel}
      after-label=${args.afterLabel}
      locale=${ifDefined(args.locale)}
    ></dtc-compare>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Re-scoring after a deep dive: the earlier answers come from the response's history. */
export const DeepDive: Story = {};

/** This year and last year: two responses. */
export const Years: Story = {
  args: {
    response: undefined,
    round: undefined,
    beforeResponse: storyResponse([1, 2, 2, 1]),
    afterResponse: storyResponse([2, 2, 3, 1, 3]),
    beforeLabel: '2025',
    afterLabel: '2026',
  },
};

/** Only one side: nothing to compare. */
export const Empty: Story = { args: { response: undefined, round: undefined } };

/** French. */
export const French: Story = {
  args: {
    locale: 'fr',
    beforeLabel: 'Avant l’approfondissement',
    afterLabel: 'Après l’approfondissement',
  },
};

/** Right to left. */
export const RightToLeft: Story = { render: (args, ctx) => rtl(meta.render!(args, ctx)) };

/** On a dark page. */
export const Dark: Story = { render: (args, ctx) => dark(meta.render!(args, ctx)) };
