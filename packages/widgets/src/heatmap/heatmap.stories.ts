import { aggregateResponses } from '@dtc/scoring';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ChartItem, ChartLevel } from '../shared/charts/chart-base.js';
import { groupHeatmap, levelMarks } from '../shared/charts/result-view.js';
import { dark, framework, rtl, storyResponse } from '../../test/story-data.js';
import type { HeatmapRow } from './heatmap.js';
import './define.js';

interface Args {
  rows: HeatmapRow[];
  columns: ChartItem[];
  values: (number | null)[][];
  divergent: string[];
  levels: ChartLevel[];
  label: string;
  locale: string | undefined;
}

const words =
  (lang: 'en' | 'fr') =>
  (t: Readonly<Record<string, string>> | undefined): string =>
    t?.[lang] ?? '';
const ROLES: Record<string, string> = {
  'ministry-education': 'Ministry of education',
  'ministry-ict': 'Ministry of ICT',
  school: 'Schools',
  partner: 'Partners',
};
const byRole = aggregateResponses(
  framework,
  [
    storyResponse([1, 2, 3, 2], 1, { role: 'ministry-education' }),
    storyResponse([3, 3, 4, 2], 1, { role: 'ministry-ict' }),
    storyResponse([1, 1, 2, 2], 1, { role: 'school' }),
    storyResponse([2, 2, 3, 1], 1, { role: 'partner' }),
  ],
  { groupBy: 'role' },
);
const byCountry = aggregateResponses(
  framework,
  ['SEN', 'CIV', 'MAR', 'KEN'].map((country, i) =>
    storyResponse([1 + (i % 3), 2, 3 - (i % 2), 1 + i], 1, { role: 'ministry-education', country }),
  ),
  { groupBy: 'country' },
);
const roles = groupHeatmap(framework, byRole, words('en'), (k) => ROLES[k] ?? k);
const countries = groupHeatmap(framework, byCountry, words('en'), (k) => k);

const meta: Meta<Args> = {
  title: 'Charts/Heatmap',
  component: 'dtc-heatmap',
  args: {
    ...roles,
    levels: levelMarks(framework, words('en')),
    label: 'Scores by component and role',
    locale: undefined,
  },
  argTypes: {
    rows: { control: false },
    columns: { control: false },
    values: { control: 'object' },
  },
  render: (args) =>
    html`<dtc-heatmap
      .style=${'max-inline-size: 48rem'}
      .rows=${args.rows}
      .columns=${args.columns}
      .values=${args.values}
      .divergent=${args.divergent}
      .levels=${args.levels}
      label=${args.label}
      locale=${ifDefined(args.locale)}
    ></dtc-heatmap>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Components × roles (a gallery walk): divergent components flagged. */
export const ByRole: Story = {};

/** Components × countries (a workshop of several countries). */
export const ByCountry: Story = {
  args: { ...countries, label: 'Scores by component and country' },
};

/** Nothing yet. */
export const Empty: Story = { args: { rows: [], columns: [], values: [], divergent: [] } };

/** French. */
export const French: Story = {
  args: {
    ...groupHeatmap(framework, byRole, words('fr'), (k) => ROLES[k] ?? k),
    levels: levelMarks(framework, words('fr')),
    label: 'Scores par composante et par rôle',
    locale: 'fr',
  },
};

/** Right to left: the first column on the right. */
export const RightToLeft: Story = { render: (args, ctx) => rtl(meta.render!(args, ctx)) };

/** On a dark page. */
export const Dark: Story = { render: (args, ctx) => dark(meta.render!(args, ctx)) };
