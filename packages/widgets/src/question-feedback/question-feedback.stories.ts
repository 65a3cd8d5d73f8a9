import type { FeedbackItem } from '@dtc/schema';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import './define.js';

interface Args {
  label: string;
  value: Pick<FeedbackItem, 'kinds' | 'comment'> | undefined;
  open: boolean;
  locale: string | undefined;
}

const meta: Meta<Args> = {
  title: 'Questionnaire/dtc-question-feedback',
  component: 'dtc-question-feedback',
  args: {
    label: 'Is there a national digital education strategy?',
    value: undefined,
    open: false,
    locale: undefined,
  },
  argTypes: { value: { control: 'object' } },
  render: (args) =>
    html`<dtc-question-feedback
      question-id="digital-strategy-status"
      label=${args.label}
      .value=${args.value}
      ?open=${args.open}
      locale=${ifDefined(args.locale)}
    ></dtc-question-feedback>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Empty and closed: one line under the question. */
export const Empty: Story = {};

/** Open, nothing said yet. */
export const Open: Story = { args: { open: true } };

/** Feedback given earlier, restored through `value`. */
export const Given: Story = {
  args: {
    open: true,
    value: { kinds: ['unclear', 'missing'], comment: 'Does a sector plan count as a strategy?' },
  },
};

/** In French. */
export const French: Story = { args: { open: true, locale: 'fr' } };

/** Right-to-left layout. */
export const RightToLeft: Story = { args: { open: true }, globals: { locale: 'ar' } };

/** Dark colours through the `--dtc-*` custom properties. */
export const Dark: Story = { args: { open: true }, globals: { theme: 'dark' } };
