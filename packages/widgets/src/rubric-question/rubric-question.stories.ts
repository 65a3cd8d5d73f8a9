import { sixPillars } from '@dtc/framework';
import type { AnswerValue, Question } from '@dtc/schema';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { miniFramework } from '../../test/fixtures.js';
import './define.js';

interface Args {
  question: Question;
  value: AnswerValue | undefined;
  locale: string | undefined;
  required: boolean;
  extras: boolean;
  comment: string | undefined;
  evidence: string[] | undefined;
}

const questions = sixPillars.pillars.flatMap((p) => p.components.flatMap((c) => c.questions));
const rubric = questions.find((q) => q.kind === 'rubric' && q.allowDontKnow) ?? questions[0]!;

const meta: Meta<Args> = {
  title: 'Questionnaire/dtc-rubric-question',
  component: 'dtc-rubric-question',
  args: {
    question: rubric,
    value: undefined,
    locale: undefined,
    required: false,
    extras: false,
    comment: undefined,
    evidence: undefined,
  },
  argTypes: { question: { control: false }, value: { control: 'text' } },
  render: (args) =>
    html`<dtc-rubric-question
      name="answer"
      .question=${args.question}
      .levels=${sixPillars.levels}
      .value=${args.value}
      .comment=${args.comment}
      .evidence=${args.evidence}
      ?required=${args.required}
      ?extras=${args.extras}
      locale=${ifDefined(args.locale)}
    ></dtc-rubric-question>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Nothing chosen yet. */
export const Empty: Story = {};

/** Level 3 chosen, with comment, evidence and confidence fields. */
export const Answered: Story = {
  args: {
    value: 3,
    extras: true,
    comment: 'Adopted by decree in 2023.',
    evidence: ['https://example.org/decree.pdf'],
  },
};

/** An evidence link that is not a web address, after validation. */
export const Errors: Story = {
  args: { value: 2, extras: true },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('dtc-rubric-question')!;
    await el.updateComplete;
    const field = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#evidence')!;
    field.value = 'www.example';
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    el.checkValidity();
  },
};

/** Inside a host page's form: it submits `answer=<level>` and must be answered. */
export const InAForm: Story = {
  args: { required: true },
  render: (args) =>
    html`<form
      @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        const out = (e.target as HTMLFormElement).querySelector('output')!;
        out.value = JSON.stringify(Object.fromEntries(new FormData(e.target as HTMLFormElement)));
      }}
    >
      <dtc-rubric-question
        name="answer"
        .question=${args.question}
        .levels=${sixPillars.levels}
        ?required=${args.required}
      ></dtc-rubric-question>
      <p><button>Send</button> <button type="reset">Reset</button></p>
      <p>Form data: <output></output></p>
    </form>`,
};

/** In French. */
export const French: Story = { args: { locale: 'fr', value: 2 } };

/** Right-to-left: arrow keys are mirrored. */
export const RightToLeft: Story = { args: { value: 2 }, globals: { locale: 'ar' } };

/** Dark colours through the `--dtc-*` custom properties. */
export const Dark: Story = { args: { value: 4, extras: true }, globals: { theme: 'dark' } };

/**
 * A choice question and a yes/no question use the same cards. The bundled framework has no
 * yes/no question since 2.0.0; this one comes from a small test framework, as a framework
 * of a partner's own may hold one.
 */
export const OtherKinds: Story = {
  render: () => {
    const choice = questions.find((q) => q.kind === 'choice');
    const yesNo = miniFramework.pillars
      .flatMap((p) => p.components.flatMap((c) => c.questions))
      .find((q) => q.kind === 'boolean');
    const text = questions.find((q) => q.kind === 'text');
    return html`${[choice, yesNo, text].map((q) =>
      q
        ? html`<dtc-rubric-question
            .question=${q}
            .style=${'margin-block-end: 2rem'}
          ></dtc-rubric-question>`
        : '',
    )}`;
  },
};
