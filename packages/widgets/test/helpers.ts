import axe from 'axe-core';
import { expect } from 'vitest';

/** Runs axe-core with the WCAG 2.2 A/AA rules on an element (shadow DOM included) and expects no violation. */
export async function expectNoAxeViolations(el: Element): Promise<void> {
  const results = await axe.run(el, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    resultTypes: ['violations'],
  });
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' > ') + ' ' + n.failureSummary).join('\n  ')}`,
  );
  expect(summary).toEqual([]);
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
