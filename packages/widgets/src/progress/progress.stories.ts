import { sixPillars } from '@dtc/framework';
import type { Response } from '@dtc/schema';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { emptyResponse, setAnswer } from '../shared/model/response-model.js';
import './define.js';

interface Args {
  response: Response | undefined;
  current: string | undefined;
  navigable: boolean;
  locale: string | undefined;
}

function someAnswers(): Response {
  let r = emptyResponse(sixPillars);
  sixPillars.pillars.forEach((pillar, p) => {
    pillar.components
      .flatMap((c) => c.questions)
      .slice(0, p * 2)
      .forEach(
        (q, i) =>
          (r = setAnswer(r, q.id, { value: i === 0 && q.allowNotApplicable ? 'na' : 'dont-know' })),
      );
  });
  return r;
}

const meta: Meta<Args> = {
  title: 'Questionnaire/dtc-progress',
  component: 'dtc-progress',
  args: {
    response: someAnswers(),
    current: 'cost-sustainability',
    navigable: false,
    locale: undefined,
  },
  argTypes: { response: { control: false } },
  render: (args) =>
    html`<dtc-progress
      .style=${'max-inline-size: 22rem'}
      .framework=${sixPillars}
      .response=${args.response}
      current=${ifDefined(args.current)}
      ?navigable=${args.navigable}
      locale=${ifDefined(args.locale)}
    ></dtc-progress>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Counts per pillar, the current one marked. */
export const Default: Story = {};

/** Nothing answered yet. */
export const Empty: Story = { args: { response: undefined, current: undefined } };

/** Pillars as buttons, as in the assessment's navigation. */
export const Navigable: Story = { args: { navigable: true } };

/** In French. */
export const French: Story = { args: { locale: 'fr' } };

/** Right-to-left. */
export const RightToLeft: Story = { globals: { locale: 'ar' } };

/** Dark colours through the `--dtc-*` custom properties. */
export const Dark: Story = { globals: { theme: 'dark' } };
