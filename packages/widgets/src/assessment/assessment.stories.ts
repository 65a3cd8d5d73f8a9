import { sixPillars } from '@dtc/framework';
import { mapping1to2 } from '@dtc/framework/migrations';
import { sixPillarsV1 } from '@dtc/framework/v1';
import { parseFrameworkMapping, type Framework, type Response } from '@dtc/schema';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { emptyResponse, setAnswer } from '../shared/model/response-model.js';
import type { DtcAssessment, Predecessor } from './assessment.js';
import './define.js';

interface Args {
  framework: Framework | undefined;
  src: string | undefined;
  locale: string | undefined;
  sections: string | undefined;
  response: Response | undefined;
  feedback: boolean;
  predecessors: Predecessor[] | undefined;
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

/** Version 1.0.0 of the framework, with the mapping of its questions onto the current one. */
function predecessors(): Predecessor[] {
  const mapping = parseFrameworkMapping(mapping1to2, sixPillarsV1, sixPillars);
  return mapping.ok ? [{ framework: sixPillarsV1, mapping: mapping.value }] : [];
}

/** The first pillar of version 1.0.0 answered (level 3 where it can be). */
function answeredWithV1(): Response {
  let r = emptyResponse(sixPillarsV1);
  for (const q of sixPillarsV1.pillars[0]!.components.flatMap((c) => c.questions))
    r = setAnswer(r, q.id, { value: q.kind === 'rubric' ? 3 : 'dont-know' });
  return r;
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
    predecessors: undefined,
  },
  argTypes: {
    framework: { control: false },
    response: { control: false },
    predecessors: { control: false },
    sections: { control: 'text' },
  },
  render: (args) =>
    html`<dtc-assessment
      no-autosave
      .framework=${args.framework}
      .response=${args.response}
      .predecessors=${args.predecessors}
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

/**
 * A response made with version 1.0.0, carried to the current version (`predecessors`): the
 * notice lists the answers to check, the questions that need a new answer and the answers
 * with no place any more.
 */
export const CarriedFromAnEarlierVersion: Story = {
  args: { response: answeredWithV1(), predecessors: predecessors() },
  play: async ({ canvasElement }) => {
    const el = await element(canvasElement);
    for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('[part=migration-notice]'); i++)
      await new Promise((r) => setTimeout(r, 20));
  },
};

/** A response made with version 1.0.0 and no way to carry it: an error, and nothing saved. */
export const EarlierVersionWithoutMapping: Story = {
  args: { response: answeredWithV1() },
  play: async ({ canvasElement }) => {
    const el = await element(canvasElement);
    for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('[part=load-error]'); i++)
      await new Promise((r) => setTimeout(r, 20));
  },
};
