import { scoreResponse } from '@dtc/scoring';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ChartLevel } from '../shared/charts/chart-base.js';
import { componentGroups, levelMarks } from '../shared/charts/result-view.js';
import { dark, framework, rtl, storyResponse } from '../../test/story-data.js';
import type { BarGroup } from './bar-chart.js';
import './define.js';

interface Args {
  groups: BarGroup[];
  levels: ChartLevel[];
  target: number | null;
  label: string;
  locale: string | undefined;
  showTable: boolean;
}

const words =
  (lang: 'en' | 'fr') =>
  (t: Readonly<Record<string, string>> | undefined): string =>
    t?.[lang] ?? '';
const groups = (levels: number[], share = 1, lang: 'en' | 'fr' = 'en'): BarGroup[] =>
  componentGroups(framework, scoreResponse(framework, storyResponse(levels, share)), words(lang));

const meta: Meta<Args> = {
  title: 'Charts/Bar chart',
  component: 'dtc-bar-chart',
  args: {
    groups: groups([1, 2, 3, 2, 4, 1, 3]),
    levels: levelMarks(framework, words('en')),
    target: null,
    label: '',
    locale: undefined,
    showTable: false,
  },
  argTypes: { groups: { control: 'object' }, levels: { control: false } },
  render: (args) =>
    html`<dtc-bar-chart
      .style=${'max-inline-size: 48rem'}
      .groups=${args.groups}
      .levels=${args.levels}
      .target=${args.target}
      label=${args.label}
      locale=${ifDefined(args.locale)}
      ?show-table=${args.showTable}
    ></dtc-bar-chart>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Every component, grouped by pillar, against the level bands. */
export const Full: Story = {};

/** A target level (established) marked on every bar. */
export const WithTarget: Story = { args: { target: (2 * 100) / 3 } };

/** Part of the assessment done: the rest says "Not scored". */
export const Partial: Story = { args: { groups: groups([2, 3], 0.3) } };

/** Nothing scored yet. */
export const Empty: Story = { args: { groups: [] } };

/** The data table shown. */
export const WithTable: Story = { args: { showTable: true } };

/** French. */
export const French: Story = {
  args: {
    locale: 'fr',
    groups: groups([1, 2, 3, 2, 4, 1, 3], 1, 'fr'),
    levels: levelMarks(framework, words('fr')),
  },
};

/** Right to left: bars grow from the right. */
export const RightToLeft: Story = { render: (args, ctx) => rtl(meta.render!(args, ctx)) };

/** On a dark page. */
export const Dark: Story = { render: (args, ctx) => dark(meta.render!(args, ctx)) };

/** In a narrow column (a phone). */
export const Narrow: Story = {
  render: (args, ctx) => html`<div .style=${'inline-size: 20rem'}>${meta.render!(args, ctx)}</div>`,
};
