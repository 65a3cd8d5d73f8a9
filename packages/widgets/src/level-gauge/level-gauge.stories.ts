import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ChartLevel } from '../shared/charts/chart-base.js';
import { levelMarks } from '../shared/charts/result-view.js';
import { dark, framework, rtl } from '../../test/story-data.js';
import './define.js';

interface Args {
  value: number | null;
  levels: ChartLevel[];
  label: string;
  locale: string | undefined;
}

const words =
  (lang: 'en' | 'fr') =>
  (t: Readonly<Record<string, string>> | undefined): string =>
    t?.[lang] ?? '';

const meta: Meta<Args> = {
  title: 'Charts/Level gauge',
  component: 'dtc-level-gauge',
  args: { value: 58, levels: levelMarks(framework, words('en')), label: '', locale: undefined },
  argTypes: { value: { control: { type: 'range', min: 0, max: 100 } }, levels: { control: false } },
  render: (args) =>
    html`<dtc-level-gauge
      .style=${'max-inline-size: 18rem'}
      .value=${args.value}
      .levels=${args.levels}
      label=${args.label}
      locale=${ifDefined(args.locale)}
    ></dtc-level-gauge>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A score at the emerging level. */
export const Emerging: Story = {};

/** Latent. */
export const Latent: Story = { args: { value: 12 } };

/** Established. */
export const Established: Story = { args: { value: 80 } };

/** Advanced (only a full score reaches it). */
export const Advanced: Story = { args: { value: 100 } };

/** Not scored yet. */
export const Empty: Story = { args: { value: null } };

/** French. */
export const French: Story = { args: { locale: 'fr', levels: levelMarks(framework, words('fr')) } };

/** Right to left: filled from the right. */
export const RightToLeft: Story = { render: (args, ctx) => rtl(meta.render!(args, ctx)) };

/** On a dark page. */
export const Dark: Story = { render: (args, ctx) => dark(meta.render!(args, ctx)) };
