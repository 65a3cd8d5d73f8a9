import axe from 'axe-core';
import { expect } from 'vitest';
import { checkUndecided } from './contrast.js';

/**
 * Runs axe-core with the WCAG 2.2 A/AA rules on an element (shadow DOM included) and expects no
 * violation. Colour contrast that axe leaves undecided (text in SVG, text near drawn shapes) is
 * measured here instead (test/contrast.ts): it must pass, and what cannot be measured fails.
 */
export async function expectNoAxeViolations(el: Element): Promise<void> {
  const results = await axe.run(el, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    resultTypes: ['violations', 'incomplete'],
    elementRef: true,
  });
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' > ') + ' ' + n.failureSummary).join('\n  ')}`,
  );
  expect(summary).toEqual([]);
  const undecided = results.incomplete
    .filter((r) => r.id === 'color-contrast')
    .flatMap((r) => r.nodes.map((n) => n.element))
    .filter((e): e is HTMLElement => e instanceof Element);
  const failing = checkUndecided(undecided);
  if (failing.length)
    throw new Error(`Colour contrast axe left undecided, measured:\n${failing.join('\n')}`);
}

/** Mounts an element into the document and waits for its first render. */
export async function fixture<T extends HTMLElement>(el: T): Promise<T> {
  document.body.append(el);
  await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return el;
}

/** Waits until a condition holds (polling each animation frame), or fails after `timeout` ms. */
export async function until(condition: () => boolean, timeout = 2000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error('Timed out waiting for a condition');
    await new Promise((r) => requestAnimationFrame(r));
  }
}
