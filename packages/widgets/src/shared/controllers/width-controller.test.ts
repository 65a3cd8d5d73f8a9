import { afterEach, describe, expect, it } from 'vitest';
import { $, mount, settled } from '../../../test/chart-helpers.js';
import { framework, timelinePlan } from '../../../test/fixtures-timeline.js';
import { firstRenders, layoutReads } from '../../../test/layout.js';
import '../../radar-chart/define.js';
import '../../heatmap/define.js';
import '../../bar-chart/define.js';
import '../../plan-timeline/define.js';
import { FIRST_WIDTH_WAIT_MS } from './width-controller.js';

const axes = ['A', 'B', 'C', 'D', 'E', 'F'].map((l) => ({ id: l, label: `Pillar ${l}` }));

/** A chart of each kind that sizes itself, with data. */
function charts(): HTMLElement[] {
  return [
    Object.assign(document.createElement('dtc-radar-chart'), {
      axes,
      series: [{ id: 's', label: 'S', values: [10, 20, 30, 40, 50, 60] }],
    }),
    Object.assign(document.createElement('dtc-heatmap'), {
      rows: axes,
      columns: [{ id: 'x', label: 'X' }],
      values: axes.map((_, i) => [i * 10]),
    }),
    Object.assign(document.createElement('dtc-bar-chart'), {
      groups: [{ id: 'g', label: 'G', bars: axes.map((a, i) => ({ ...a, value: i * 15 })) }],
    }),
    Object.assign(document.createElement('dtc-plan-timeline'), {
      plan: timelinePlan(),
      framework,
    }),
  ];
}

const TAGS = ['dtc-radar-chart', 'dtc-heatmap', 'dtc-bar-chart', 'dtc-plan-timeline'];

afterEach(() => {
  document.body.replaceChildren();
});

describe('first width of a chart', () => {
  it('draws many charts first at their width, with no layout of their own', async () => {
    const widths = [320, 480, 640, 900];
    const boxes = widths.map((w) => {
      const box = document.createElement('div');
      box.style.width = `${w}px`;
      return box;
    });
    const all: HTMLElement[] = [];
    const { drawn, stop } = firstRenders(TAGS);
    let reads: string[];
    try {
      reads = await layoutReads(async () => {
        // Sixteen charts enter the page in one task, as a view of many charts adds them.
        boxes.forEach((box) => {
          for (const chart of charts()) {
            all.push(chart);
            box.append(chart);
          }
        });
        document.body.append(...boxes);
        for (const chart of all) await settled(chart);
      });
    } finally {
      stop();
    }
    expect(reads).toEqual([]);
    expect(all.map((c) => drawn.get(c))).toEqual(widths.flatMap((w) => [w, w, w, w]));
    // …and the drawings are that wide (a heatmap takes the whole width).
    expect(all.filter((_, i) => i % 4 === 1).map((h) => $(h, 'svg').getAttribute('width'))).toEqual(
      widths.map(String),
    );
  });

  it('renders a chart that is not laid out at its default width, and fits it once shown', async () => {
    const box = document.createElement('div');
    box.style.width = '700px';
    box.hidden = true;
    const heatmap = charts()[1]!;
    box.append(heatmap);
    document.body.append(box);
    const start = performance.now();
    await settled(heatmap);
    // Not laid out: it does not wait for the fallback read of its width.
    expect(performance.now() - start).toBeLessThan(FIRST_WIDTH_WAIT_MS);
    expect($(heatmap, 'svg').getAttribute('width')).toBe('480');
    box.hidden = false;
    await new Promise((r) => requestAnimationFrame(r));
    await settled(heatmap);
    expect($(heatmap, 'svg').getAttribute('width')).toBe('700');
  });

  it('still fits charts mounted one after another', async () => {
    const radar = await mount(charts()[0]!, { width: 420 });
    const timeline = await mount(charts()[3]!, { width: 530 });
    await settled(radar);
    await settled(timeline);
    expect($(radar, 'svg').getBoundingClientRect().width).toBeCloseTo(420, 0);
    expect($(timeline, 'svg').getAttribute('width')).toBe('530');
  });
});
