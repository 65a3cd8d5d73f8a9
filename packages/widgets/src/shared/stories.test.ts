/// <reference types="vite/client" />
/**
 * Renders every story of the results, chart and plan elements (each element in each state:
 * empty, partial, full, French, right to left, dark…) in Chromium and checks it with axe.
 */
import { html, render, type TemplateResult } from 'lit';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test/helpers.js';
import { settled, until } from '../../test/chart-helpers.js';

interface StoryModule {
  default: {
    title: string;
    component: string;
    args?: Record<string, unknown>;
    render: (args: Record<string, unknown>, ctx: unknown) => unknown;
  };
  [name: string]: unknown;
}

interface Story {
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>, ctx: unknown) => unknown;
  play?: (ctx: { canvasElement: HTMLElement }) => Promise<void>;
}

const modules = import.meta.glob<StoryModule>(
  '../{radar-chart,bar-chart,heatmap,level-gauge,results,priorities,action-plan,compare,report}/*.stories.ts',
  { eager: true },
);

describe('stories', () => {
  for (const [path, mod] of Object.entries(modules)) {
    const meta = mod.default;
    const stories = Object.entries(mod).filter(([name]) => name !== 'default') as [string, Story][];
    describe(meta.title, () => {
      it('has stories for the empty, French, right-to-left and dark states', () => {
        expect(stories.map(([n]) => n)).toEqual(
          expect.arrayContaining(['Empty', 'French', 'RightToLeft', 'Dark']),
        );
      });
      for (const [name, story] of stories) {
        it(`${name} renders without axe violations`, async () => {
          const args = { ...meta.args, ...story.args };
          const canvas = document.createElement('div');
          canvas.style.width = '800px';
          document.body.append(canvas);
          const template = (story.render ?? meta.render)(args, { args }) as TemplateResult;
          render(html`${template}`, canvas);
          const el = canvas.querySelector(meta.component) as HTMLElement | null;
          expect(el, `${path} ${name}`).not.toBeNull();
          await settled(el!);
          if (story.play) await story.play({ canvasElement: canvas });
          if (name.includes('French')) await until(() => el!.shadowRoot!.textContent!.length > 0);
          await settled(el!);
          await expectNoAxeViolations(canvas);
        });
      }
    });
  }
});
