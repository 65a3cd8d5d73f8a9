/** Helpers for the chart, results and plan tests (real Chromium). */
import { cdp } from 'vitest/browser';
import { expectContrast } from './contrast.js';
import { fixture, until } from './helpers.js';

/** Mounts `el` in a box of the given width (and optional `dir` / `lang`) and waits for its render. */
export async function mount<T extends HTMLElement>(
  el: T,
  options: { width?: number; dir?: 'ltr' | 'rtl'; lang?: string } = {},
): Promise<T> {
  const box = document.createElement('div');
  box.style.width = `${options.width ?? 600}px`;
  if (options.dir) box.dir = options.dir;
  if (options.lang) box.lang = options.lang;
  document.body.append(box);
  box.append(el);
  await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return el;
}

export { fixture, until };

/** The shadow root of an element (fails when there is none). */
export function root(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`${el.localName} has no shadow root`);
  return el.shadowRoot;
}

/** All elements matching `selector` in an element's shadow root. */
export function $$<E extends Element = HTMLElement>(el: Element, selector: string): E[] {
  return [...root(el).querySelectorAll<E>(selector)];
}

/** The first element matching `selector` in an element's shadow root (fails when absent). */
export function $<E extends Element = HTMLElement>(el: Element, selector: string): E {
  const found = root(el).querySelector<E>(selector);
  if (!found) throw new Error(`No ${selector} in ${el.localName}`);
  return found;
}

/** Normalised text content (collapsed white space). */
export const textOf = (node: Node | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The aria-labels of a chart's focusable points, in order. */
export const pointLabels = (chart: Element): string[] =>
  $$(chart, '.pt').map((p) => p.getAttribute('aria-label') ?? '');

/** The data table of a chart as rows of cell texts (header row first). */
export const tableRows = (chart: Element): string[][] =>
  $$(chart, 'table tr').map((tr) => [...tr.children].map((c) => textOf(c)));

/** The element with focus, looking inside shadow roots. */
export function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** Emulates a CSS media type or feature in Chromium through the DevTools protocol. */
export async function emulateMedia(
  media: '' | 'print' | 'screen',
  features: { name: string; value: string }[] = [],
): Promise<void> {
  await (cdp() as unknown as { send(method: string, params?: object): Promise<unknown> }).send(
    'Emulation.setEmulatedMedia',
    { media, features },
  );
}

/**
 * Dark mode as a dark page shows it: `prefers-color-scheme: dark` emulated and the page's
 * background dark (elements are transparent and take the page's background).
 */
export async function darkMode(on: boolean): Promise<void> {
  await emulateMedia(
    on ? 'screen' : '',
    on ? [{ name: 'prefers-color-scheme', value: 'dark' }] : [],
  );
  document.documentElement.style.background = on ? '#14171b' : '';
  document.documentElement.style.colorScheme = on ? 'dark' : '';
}

/** Waits until an element (and the elements it renders) finished updating. */
export async function settled(el: Element): Promise<void> {
  await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  for (const child of root(el).querySelectorAll('*')) {
    if ('updateComplete' in child)
      await (child as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  }
  await new Promise((r) => requestAnimationFrame(r));
}

/** The colour schemes a chart's contrast is measured in (forced colours: Windows' contrast themes). */
export const SCHEMES = ['light', 'dark', 'forced light', 'forced dark'] as const;
export type Scheme = (typeof SCHEMES)[number];

/** Shows the page in one of the SCHEMES (Chromium's forced colours take the light or dark palette). */
export async function colourScheme(scheme: Scheme): Promise<void> {
  await darkMode(scheme === 'dark');
  if (scheme.startsWith('forced'))
    await emulateMedia('', [
      { name: 'forced-colors', value: 'active' },
      { name: 'prefers-color-scheme', value: scheme === 'forced dark' ? 'dark' : 'light' },
    ]);
}

/**
 * Measures the contrast of every text and every mark matching `marks` in `el` (test/contrast.ts)
 * in each of the SCHEMES, expecting WCAG 2.2 AA in each. Returns how many texts and marks were
 * measured in each scheme. Leaves the page light.
 */
export async function expectContrastInEveryScheme(
  el: Element,
  marks: string,
): Promise<Record<Scheme, { texts: number; marks: number }>> {
  const out = {} as Record<Scheme, { texts: number; marks: number }>;
  const failures: string[] = [];
  try {
    for (const scheme of SCHEMES) {
      await colourScheme(scheme);
      await settled(el);
      try {
        out[scheme] = expectContrast(el, marks);
      } catch (e) {
        failures.push(`${scheme}: ${(e as Error).message}`);
      }
    }
  } finally {
    await darkMode(false);
  }
  if (failures.length) throw new Error(failures.join('\n'));
  return out;
}
