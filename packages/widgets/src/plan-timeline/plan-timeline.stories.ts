import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { ActionPlan, Framework } from '@dtc/schema';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { dark, rtl } from '../../test/story-data.js';
import { framework, timelinePlan } from '../../test/fixtures-timeline.js';
import type { TimelineGroupBy } from './layout.js';
import './define.js';

interface Args {
  plan: ActionPlan | undefined;
  framework: Framework;
  groupBy: TimelineGroupBy;
  label: string;
  locale: string | undefined;
  showTable: boolean;
}

const meta: Meta<Args> = {
  title: 'Plan/Plan timeline',
  component: 'dtc-plan-timeline',
  args: {
    plan: timelinePlan(),
    framework,
    groupBy: 'horizon',
    label: '',
    locale: undefined,
    showTable: false,
  },
  argTypes: {
    plan: { control: 'object' },
    framework: { control: false },
    groupBy: { control: 'inline-radio', options: ['horizon', 'pillar'] },
  },
  render: (args) =>
    html`<dtc-plan-timeline
      .style=${'max-inline-size: 48rem'}
      .plan=${args.plan}
      .framework=${args.framework}
      group-by=${args.groupBy}
      label=${args.label}
      locale=${ifDefined(args.locale)}
      ?show-table=${args.showTable}
    ></dtc-plan-timeline>`,
};
export default meta;
type Story = StoryObj<Args>;

/**
 * Four actions over 2026–2030 by horizon: bars over their cost years (solid) or their
 * horizon's years (dashed), milestones done (filled) and not done (hollow), dependencies.
 */
export const ByHorizon: Story = {};

/** The same plan grouped by pillar. */
export const ByPillar: Story = { args: { groupBy: 'pillar' } };

/** The table alternative shown: actions × years, milestones, depends on. */
export const WithTable: Story = { args: { showTable: true } };

/** No plan yet. */
export const Empty: Story = { args: { plan: undefined } };

/** French words and pillar names. */
export const French: Story = { args: { locale: 'fr', label: 'Calendrier du plan national' } };

/** Right to left: the year axis runs from the right, Left and Right arrows are mirrored. */
export const RightToLeft: Story = { render: (args, ctx) => rtl(meta.render!(args, ctx)) };

/** On a dark page (one that declares `color-scheme: dark`: the pillar colours follow it). */
export const Dark: Story = {
  render: (args, ctx) =>
    dark(html`<div .style=${'color-scheme: dark'}>${meta.render!(args, ctx)}</div>`),
};
