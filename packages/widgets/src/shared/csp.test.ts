/**
 * Under a strict Content-Security-Policy (`style-src 'self'`, as government sites set it),
 * a style attribute is blocked, even one that Lit writes. The charts size and place their
 * tooltip without one, and keep their normal size. Every story of every element is also
 * rendered under this policy by stories.test.ts.
 */
import { html, render } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { afterEach, describe, expect, it } from 'vitest';
import { drawings, enforceStrictStyles } from '../../test/csp.js';
import { $, $$, mount, until } from '../../test/chart-helpers.js';
import {
  AXES,
  LEVELS,
  SERIES,
  fixtureFramework,
  fullResponse,
} from '../../test/fixtures-results.js';
import { framework as sixPillars, timelinePlan } from '../../test/fixtures-timeline.js';
import '../plan-timeline/define.js';
import '../radar-chart/define.js';
import '../results/define.js';
import type { DtcRadarChart } from '../radar-chart/radar-chart.js';

const policy = enforceStrictStyles();

afterEach(async () => {
  await policy.take();
});

function host(): HTMLElement {
  const div = document.createElement('div');
  document.body.append(div);
  return div;
}

describe('the policy in these tests', () => {
  it('blocks a style attribute, and reports it', async () => {
    const div = host();
    div.setAttribute('style', 'color: rgb(255, 0, 0)');
    expect(await policy.take()).toEqual([expect.stringMatching(/^style-src-attr blocked inline/)]);
    expect(div.style.color).toBe('');
  });

  it("blocks Lit's styleMap on its first render (it writes the attribute), so the elements do not use it", async () => {
    const div = host();
    // eslint-disable-next-line lit/ban-attributes -- what the rule bans, shown blocked
    render(html`<p style=${styleMap({ color: 'red' })}></p>`, div);
    expect(await policy.take()).toHaveLength(1);
    expect(div.querySelector('p')!.style.color).toBe('');
  });

  it('lets styles set through the DOM (CSSOM, or a `.style` property binding) apply', async () => {
    const div = host();
    render(html`<p .style=${'color: red'}></p>`, div);
    const p = div.querySelector('p')!;
    p.style.setProperty('left', '3px');
    expect(await policy.take()).toEqual([]);
    expect([p.style.color, p.style.left]).toEqual(['red', '3px']);
  });
});

describe('charts under the policy', () => {
  const radar = (): DtcRadarChart =>
    Object.assign(document.createElement('dtc-radar-chart'), {
      axes: AXES,
      levels: LEVELS,
      series: [SERIES[1]!],
    });

  it('keep their natural size in a wide container', async () => {
    const el = await mount(radar(), { width: 1200 });
    const svg = $(el, 'svg');
    const natural = Number(svg.getAttribute('viewBox')!.split(' ')[2]);
    // The radar stops growing at its largest drawing, well inside the 1200 px box.
    expect(natural).toBeLessThan(1000);
    const box = svg.getBoundingClientRect();
    expect(box.width).toBeCloseTo(natural, 0);
    expect(box.height).toBeLessThan(900);
    expect(await policy.take()).toEqual([]);
  });

  it('shrink to a narrow container, keeping their proportions', async () => {
    const el = await mount(radar(), { width: 600 });
    const svg = $(el, 'svg');
    const [, , w, h] = svg.getAttribute('viewBox')!.split(' ').map(Number);
    (el.parentElement as HTMLElement).style.width = '300px';
    // Until the chart lays itself out again, the drawing scales down to the box.
    const box = svg.getBoundingClientRect();
    expect(box.width).toBeLessThanOrEqual(300.5);
    expect(box.height / box.width).toBeCloseTo(h! / w!, 2);
    expect(await policy.take()).toEqual([]);
  });

  it('put the tooltip beside its point', async () => {
    const el = await mount(radar(), { width: 1000 });
    for (const i of [0, 2]) {
      const point = $$(el, '.pt .mark')[i]!;
      point.parentElement!.focus();
      await until(() => el.shadowRoot!.querySelector('.tip') !== null);
      await el.updateComplete;
      const tip = $(el, '.tip').getBoundingClientRect();
      const mark = point.getBoundingClientRect();
      expect(Math.abs(tip.x + tip.width / 2 - (mark.x + mark.width / 2))).toBeLessThan(4);
      // Above its point, 12 px away.
      expect(Math.abs(tip.bottom + 12 - (mark.y + mark.height / 2))).toBeLessThan(4);
    }
    expect(await policy.take()).toEqual([]);
  });

  it('results: gauge, radar and bars fit the element, with no violation', async () => {
    const el = document.createElement('dtc-results');
    Object.assign(el, { framework: fixtureFramework, response: fullResponse() });
    await mount(el, { width: 900 });
    await until(() => drawings(el).length >= 3);
    for (const { host: chart, svg } of drawings(el)) {
      const box = svg.getBoundingClientRect();
      expect(box.width, chart.localName).toBeGreaterThan(100);
      expect(box.width, chart.localName).toBeLessThanOrEqual(
        chart.getBoundingClientRect().width + 0.5,
      );
      expect(box.height, chart.localName).toBeLessThan(900);
    }
    expect(await policy.take()).toEqual([]);
  });

  it('the plan timeline keeps its natural size at 320 px and scrolls inside its box, with no violation', async () => {
    const el = await mount(
      Object.assign(document.createElement('dtc-plan-timeline'), {
        plan: timelinePlan(),
        framework: sixPillars,
        showTable: true,
      }),
      { width: 320 },
    );
    const plot = $(el, '.plot');
    const svg = $(el, 'svg');
    expect(svg.getBoundingClientRect().width).toBeCloseTo(Number(svg.getAttribute('width')), 0);
    expect(plot.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    expect(plot.scrollWidth).toBeGreaterThan(plot.clientWidth);
    expect(await policy.take()).toEqual([]);
  });
});
