import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { dark, framework, rtl, storyResponse } from '../../test/story-data.js';
import type { GroupParticipant, GroupResultsGrouping } from './group-results.js';
import './define.js';

interface Args {
  participants: GroupParticipant[];
  grouping: GroupResultsGrouping;
  pillar: string;
  divergenceThreshold: number;
  strengthThreshold: number;
  locale: string | undefined;
}

const COUNTRIES: Record<string, string> = { SEN: 'Senegal', CIV: 'Côte d’Ivoire', MAR: 'Morocco' };

/** A workshop table: two ministries, a school and a partner from three countries. */
const team: GroupParticipant[] = [
  {
    id: 'p1',
    label: 'Ministry of education – Senegal',
    response: storyResponse([2, 2, 3, 2], 1, { role: 'ministry-education', country: 'SEN' }),
  },
  {
    id: 'p2',
    label: 'Ministry of ICT – Senegal',
    response: storyResponse([2, 3, 3, 2], 1, { role: 'ministry-ict', country: 'SEN' }),
  },
  {
    id: 'p3',
    label: 'School – Côte d’Ivoire',
    response: storyResponse([2, 2, 3, 1], 1, { role: 'school', country: 'CIV' }),
  },
  {
    id: 'p4',
    label: 'Partner – Morocco',
    response: storyResponse([2, 2, 4, 2], 1, { role: 'partner', country: 'MAR' }),
  },
];

/** Two roles that see the same pillars very differently. */
const split: GroupParticipant[] = [
  {
    id: 'ministry',
    label: 'Ministry of education',
    response: storyResponse([4, 4, 3, 4], 1, { role: 'ministry-education', country: 'SEN' }),
  },
  {
    id: 'school-1',
    label: 'School A',
    response: storyResponse([1, 1, 2, 1], 1, { role: 'school', country: 'SEN' }),
  },
  {
    id: 'school-2',
    label: 'School B',
    response: storyResponse([1, 2, 1, 1], 1, { role: 'school', country: 'SEN' }),
  },
];

const meta: Meta<Args> = {
  title: 'Results/Group results',
  component: 'dtc-group-results',
  args: {
    participants: team,
    grouping: 'role',
    pillar: '',
    divergenceThreshold: 25,
    strengthThreshold: 50,
    locale: undefined,
  },
  argTypes: {
    participants: { control: false },
    grouping: { control: 'inline-radio', options: ['role', 'country'] },
    pillar: { control: 'select', options: ['', ...framework.pillars.map((p) => p.id)] },
  },
  render: (args) =>
    html`<dtc-group-results
      .style=${'max-inline-size: 60rem'}
      .framework=${framework}
      .participants=${args.participants}
      .groupLabel=${(key: string, by: GroupResultsGrouping) =>
        by === 'country' ? COUNTRIES[key] : undefined}
      grouping=${args.grouping}
      pillar=${args.pillar}
      divergence-threshold=${args.divergenceThreshold}
      strength-threshold=${args.strengthThreshold}
      locale=${ifDefined(args.locale)}
    ></dtc-group-results>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Four participants, grouped by role: radars, heatmap, shared strengths and challenges. */
export const Many: Story = {};

/** One participant: a group of one has no shared views and no divergence yet. */
export const OneParticipant: Story = { args: { participants: team.slice(0, 1) } };

/** A ministry and two schools far apart: the components where they diverge are listed. */
export const Diverging: Story = { args: { participants: split } };

/** One pillar at a time (the gallery walk after a section), grouped by country. */
export const Filtered: Story = {
  args: { pillar: framework.pillars[0]!.id, grouping: 'country' },
};

/** Seven participants: past `overlay-max` (6) there is no shared radar, one radar each. */
export const ManyParticipants: Story = {
  args: {
    participants: [...team, ...split].map((p, i) => ({ ...p, id: `p${i + 1}` })),
  },
};

/** Nobody yet. */
export const Empty: Story = { args: { participants: [] } };

/** French. */
export const French: Story = { args: { locale: 'fr' } };

/** Right to left. */
export const RightToLeft: Story = { render: (args, ctx) => rtl(meta.render!(args, ctx)) };

/** On a dark page. */
export const Dark: Story = { render: (args, ctx) => dark(meta.render!(args, ctx)) };
