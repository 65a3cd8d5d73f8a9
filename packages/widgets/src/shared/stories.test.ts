/// <reference types="vite/client" />
/**
 * Renders every story of every element (each element in each state: empty, partial, full,
 * errors, French, right to left, dark…) in Chromium and checks it with axe. Story
 * `globals` (the Storybook toolbar's locale and theme) are applied as the Storybook
 * decorator applies them. The page has a strict Content-Security-Policy for styles
 * (`style-src-attr 'none'`, as `style-src 'self'` gives): no story may raise a violation, and
 * every chart drawing fits its element.
 */
import { html, render, type TemplateResult } from 'lit';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test/helpers.js';
import { emulateMedia, settled, until } from '../../test/chart-helpers.js';
import { drawings, enforceStrictStyles } from '../../test/csp.js';

type Globals = { locale?: string; theme?: string };

interface StoryModule {
  default: {
    title: string;
    component: string;
    args?: Record<string, unknown>;
    globals?: Globals;
    render: (args: Record<string, unknown>, ctx: unknown) => unknown;
  };
  [name: string]: unknown;
}

interface Story {
  args?: Record<string, unknown>;
  globals?: Globals;
  render?: (args: Record<string, unknown>, ctx: unknown) => unknown;
  play?: (ctx: { canvasElement: HTMLElement }) => Promise<void>;
}

const policy = enforceStrictStyles();

const modules = import.meta.glob<StoryModule>('../*/*.stories.ts', { eager: true });

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
          const globals = { ...meta.globals, ...story.globals };
          const el = await renderStory(meta, story, globals);
          expect(el, `${path} ${name}`).not.toBeNull();
          if (name.includes('French') || globals.locale === 'fr') {
            await until(() => el!.shadowRoot!.textContent!.length > 0);
          }
          await settled(el!);
          await expectNoAxeViolations(el!.parentElement!);
          expect(await policy.take(), 'Content-Security-Policy violations').toEqual([]);
          for (const { host, svg } of drawings(el!)) {
            const width = host.getBoundingClientRect().width;
            expect(svg.getBoundingClientRect().width, host.localName).toBeLessThanOrEqual(
              width + 0.5,
            );
          }
        });
      }
      // A browser set to prefer dark colours, on a page that does or does not declare
      // that it supports them: the element stays readable either way.
      for (const page of ['light', 'dark'] as const) {
        it(`stays readable in a browser that prefers dark, on a ${page} page`, async () => {
          await emulateMedia('', [{ name: 'prefers-color-scheme', value: 'dark' }]);
          try {
            // The element with its default arguments, as in its Docs page.
            const el = await renderStory(meta, {}, {}, page === 'dark');
            await settled(el!);
            const { color, backgroundColor } = getComputedStyle(el!);
            // Light text on a dark background only where the page asked for dark colours.
            expect(luminance(color) > luminance(backgroundColor)).toBe(page === 'dark');
            await expectNoAxeViolations(el!.parentElement!);
          } finally {
            await emulateMedia('', []);
          }
        });
      }
    });
  }
});

/** Renders a story as Storybook would, in an 800 px frame; returns its element. */
async function renderStory(
  meta: StoryModule['default'],
  story: Story,
  globals: Globals,
  darkPage = false,
): Promise<HTMLElement | null> {
  const args = { ...meta.args, ...story.args };
  const canvas = document.createElement('div');
  canvas.style.width = '800px';
  canvas.style.padding = '1rem';
  const locale = globals.locale ?? 'en';
  canvas.lang = locale;
  canvas.dir = locale === 'ar' ? 'rtl' : 'ltr';
  if (globals.theme === 'dark' || darkPage) {
    // A dark page: it declares dark colours (the elements' own dark colours follow).
    canvas.style.colorScheme = globals.theme === 'dark' ? 'dark' : 'light dark';
    canvas.style.background = '#14171b';
    canvas.style.color = '#e8eaed';
  }
  document.body.append(canvas);
  const template = (story.render ?? meta.render)(args, { args, globals }) as TemplateResult;
  render(html`${template}`, canvas);
  const el = canvas.querySelector<HTMLElement>(meta.component);
  if (!el) return null;
  await settled(el);
  if (story.play) await story.play({ canvasElement: canvas });
  await settled(el);
  return el;
}

/** Relative luminance of an `rgb()`/`rgba()` colour (transparent counts as white). */
function luminance(colour: string): number {
  const [r = 255, g = 255, b = 255, a = 1] = (colour.match(/[\d.]+/g) ?? []).map(Number);
  if (a === 0) return 1;
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
