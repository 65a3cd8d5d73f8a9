import { sixPillars } from '@dtc/framework';
import type { Framework, Response } from '@dtc/schema';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { emptyResponse, setAnswer } from '../shared/model/response-model.js';
import type { DtcAssessment } from './assessment.js';
import './define.js';

interface Args {
  framework: Framework | undefined;
  src: string | undefined;
  locale: string | undefined;
  sections: string | undefined;
  response: Response | undefined;
  feedback: boolean;
}

/** The first two components of the framework answered, one with a comment and evidence. */
function partlyAnswered(): Response {
  let r = emptyResponse(sixPillars);
  const [first, second] = sixPillars.pillars[0]!.components;
  for (const [i, q] of [...first!.questions, ...second!.questions].entries()) {
    r = setAnswer(r, q.id, { value: q.kind === 'rubric' ? (i % 4) + 1 : 'dont-know' });
  }
  return setAnswer(r, first!.questions[0]!.id, {
    comment: 'Adopted in 2023; the costed plan is still a draft.',
    evidence: ['https://example.org/strategy.pdf'],
    confidence: 'medium',
  });
}

async function element(canvas: HTMLElement): Promise<DtcAssessment> {
  const el = canvas.querySelector('dtc-assessment')!;
  await el.updateComplete;
  return el;
}

const meta: Meta<Args> = {
  title: 'Questionnaire/dtc-assessment',
  component: 'dtc-assessment',
  args: {
    framework: sixPillars,
    src: undefined,
    locale: undefined,
    sections: undefined,
    response: undefined,
    feedback: false,
  },
  argTypes: {
    framework: { control: false },
    response: { control: false },
    sections: { control: 'text' },
  },
  render: (args) =>
    html`<dtc-assessment
      no-autosave
      .framework=${args.framework}
      .response=${args.response}
      src=${ifDefined(args.src)}
      locale=${ifDefined(args.locale)}
      sections=${ifDefined(args.sections)}
      ?feedback=${args.feedback}
    ></dtc-assessment>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A new assessment: the first part of the first pillar. */
export const Empty: Story = {};

/** Resumed from a saved response: it opens at the first part with unanswered questions. */
export const PartlyAnswered: Story = { args: { response: partlyAnswered() } };

/** A workshop session on one pillar only. */
export const OneSection: Story = { args: { sections: 'coordination-leadership' } };

/** Submitting without a role: the error summary at the top takes focus and links to the field. */
export const Errors: Story = {
  args: { response: partlyAnswered() },
  play: async ({ canvasElement }) => {
    const el = await element(canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.review-link')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('.step .primary')!.click();
    await el.updateComplete;
  },
};

/** The whole interface and the framework in French. */
export const French: Story = { args: { locale: 'fr', response: partlyAnswered() } };

/** Arabic page direction (no Arabic catalog yet: English words, right-to-left layout). */
export const RightToLeft: Story = { args: { locale: 'ar', response: partlyAnswered() } };

/** Dark colours through the `--dtc-*` custom properties (also automatic with prefers-color-scheme). */
export const Dark: Story = { args: { response: partlyAnswered() }, globals: { theme: 'dark' } };

/** With `feedback`: "Feedback on this question" under each question (its code loads then). */
export const Feedback: Story = { args: { feedback: true } };

/** A `src` file that is not a valid framework: the error names the problem. */
export const LoadingError: Story = {
  args: {
    framework: undefined,
    src: `data:application/json,${encodeURIComponent(JSON.stringify({ id: 'broken', version: '1.0.0', pillars: [] }))}`,
  },
};
