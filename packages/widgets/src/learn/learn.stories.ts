import type { CourseModule, CourseSource, Result } from '@dtc/schema';
import { scoreResponse } from '@dtc/scoring';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { learnModule, learnSources } from '../../test/fixtures-learn.js';
import { dark, framework, rtl, storyResponse } from '../../test/story-data.js';
import './define.js';

interface Args {
  module: CourseModule | undefined;
  sources: CourseSource[];
  result: Result | undefined;
  section: string;
  noRescore: boolean;
  print: boolean;
  locale: string | undefined;
}

/** A response whose data-evidence components are at levels 1 and 3. */
const result = scoreResponse(framework, storyResponse([1, 3]));

const meta: Meta<Args> = {
  title: 'Learn/dtc-learn',
  component: 'dtc-learn',
  args: {
    module: learnModule,
    sources: learnSources,
    result,
    section: '',
    noRescore: false,
    print: false,
    locale: undefined,
  },
  argTypes: {
    module: { control: false },
    sources: { control: false },
    result: { control: false },
  },
  render: (args) =>
    html`<dtc-learn
      .style=${'max-inline-size: 48rem'}
      .framework=${framework}
      .module=${args.module}
      .sources=${args.sources}
      .result=${args.result}
      section=${args.section}
      ?no-rescore=${args.noRescore}
      ?print=${args.print}
      locale=${ifDefined(args.locale)}
    ></dtc-learn>`,
};
export default meta;
type Story = StoryObj<Args>;

/**
 * A sample module (fixture text, not course content) with the current levels of a scored
 * response: the component at a low level is marked.
 */
export const WithResult: Story = {};

/** The module on its own, before any assessment. */
export const WithoutResult: Story = { args: { result: undefined } };

/** No module given. */
export const Empty: Story = { args: { module: undefined, result: undefined } };

/** As it prints: no contents, no button, the links of the sources written out. */
export const PrintPreview: Story = { args: { print: true } };

/** On a page without a questionnaire: no "Re-score this pillar". */
export const NoRescore: Story = { args: { noRescore: true } };

/** French. */
export const French: Story = { args: { locale: 'fr' } };

/** Right to left. */
export const RightToLeft: Story = { render: (args, ctx) => rtl(meta.render!(args, ctx)) };

/** On a dark page. */
export const Dark: Story = { render: (args, ctx) => dark(meta.render!(args, ctx)) };
