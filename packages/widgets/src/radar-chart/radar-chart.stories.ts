import { scoreResponse } from '@dtc/scoring';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ChartItem, ChartLevel } from '../shared/charts/chart-base.js';
import { afterDeepDive, dark, framework, rtl, storyResponse } from '../../test/story-data.js';
import type { RadarSeries } from './radar-chart.js';
import './define.js';

interface Args {
  axes: ChartItem[];
  series: RadarSeries[];
  levels: ChartLevel[];
  label: string;
  locale: string | undefined;
  showTable: boolean;
}

const axes = (lang: 'en' | 'fr'): ChartItem[] =>
  framework.pillars.map((p) => ({ id: p.id, label: p.title[lang]! }));
const levels = (lang: 'en' | 'fr'): ChartLevel[] =>
  framework.levels.map((l, i) => ({
    value: (i * 100) / (framework.levels.length - 1),
    label: l.label[lang]!,
  }));
const scores = (r: ReturnType<typeof storyResponse>): (number | null)[] =>
  scoreResponse(framework, r).pillars.map((p) => p.score);
const before = storyResponse();
const after = afterDeepDive(before);

const meta: Meta<Args> = {
  title: 'Charts/Radar chart',
  component: 'dtc-radar-chart',
  args: {
    axes: axes('en'),
    levels: levels('en'),
    series: [{ id: 'you', label: 'Your answers', values: scores(before) }],
    label: '',
    locale: undefined,
    showTable: false,
  },
  argTypes: { axes: { control: false }, series: { control: 'object' }, levels: { control: false } },
  render: (args) =>
    html`<dtc-radar-chart
      .style=${'max-inline-size: 40rem'}
      .axes=${args.axes}
      .series=${args.series}
      .levels=${args.levels}
      label=${args.label}
      locale=${ifDefined(args.locale)}
      ?show-table=${args.showTable}
    ></dtc-radar-chart>`,
};
export default meta;
type Story = StoryObj<Args>;

/** One series: the six pillars of one response, each point labelled with its score. */
export const OneSeries: Story = {};

/** Before and after a deep dive: colour, dash pattern, marker shape and legend tell them apart. */
export const BeforeAndAfter: Story = {
  args: {
    label: 'Before and after the deep dive',
    series: [
      { id: 'before', label: 'Before deep dive', values: scores(before) },
      { id: 'after', label: 'After deep dive', values: scores(after) },
    ],
  },
};

/** Roles compared: up to four series. */
export const Roles: Story = {
  args: {
    label: 'Scores by role',
    series: ['Ministry of education', 'Ministry of ICT', 'Schools', 'Partners'].map((label, i) => ({
      id: `r${i}`,
      label,
      values: scores(storyResponse([1 + (i % 4), 2, 3 - (i % 2), 2 + (i % 3)])),
    })),
  },
};

/** Nothing scored yet. */
export const Empty: Story = { args: { series: [] } };

/** Some pillars not scored: their points are missing and the summary says so. */
export const Partial: Story = {
  args: { series: [{ id: 'p', label: 'Partial', values: scores(storyResponse([2, 3], 0.4)) }] },
};

/** The data table shown. */
export const WithTable: Story = { args: { showTable: true } };

/** French words and framework texts. */
export const French: Story = { args: { locale: 'fr', axes: axes('fr'), levels: levels('fr') } };

/** Right to left: the axes run counter-clockwise, arrow keys are mirrored. */
export const RightToLeft: Story = { render: (args, ctx) => rtl(meta.render!(args, ctx)) };

/** On a dark page. */
export const Dark: Story = { render: (args, ctx) => dark(meta.render!(args, ctx)) };

/** Markup in labels shows as text. */
export const HostileLabels: Story = {
  args: { axes: [{ id: 'x', label: '<img src=x onerror=alert(1)>' }, ...axes('en').slice(1)] },
};
