import { sixPillars } from '@dtc/framework';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../test/helpers.js';
import {
  $,
  $$,
  darkMode,
  deepActive,
  emulateMedia,
  expectContrastInEveryScheme,
  mount,
  pointLabels,
  SCHEMES,
  tableRows,
  textOf,
  until,
} from '../../test/chart-helpers.js';
import { AXES, HOSTILE, LEVELS, SERIES } from '../../test/fixtures-results.js';
import './define.js';
import type { DtcRadarChart } from './radar-chart.js';

function radar(props: Partial<DtcRadarChart> = {}): DtcRadarChart {
  const el = document.createElement('dtc-radar-chart');
  Object.assign(el, { axes: AXES, levels: LEVELS, series: [SERIES[1]], ...props });
  return el;
}

afterEach(async () => {
  await darkMode(false);
});

describe('dtc-radar-chart', () => {
  describe('defaults', () => {
    it('renders an empty chart with rings, axes and a summary', async () => {
      const el = await mount(document.createElement('dtc-radar-chart'));
      expect(textOf($(el, 'figcaption'))).toBe('Scores by pillar');
      expect(textOf($(el, '.summary'))).toBe('No scores yet.');
      expect($(el, 'svg').getAttribute('role')).toBe('img');
      expect($(el, '.table').hidden).toBe(true);
      await expectNoAxeViolations(el);
    });

    it('sizes itself by its container, in a viewBox of CSS pixels', async () => {
      const el = await mount(radar(), { width: 400 });
      expect($(el, 'svg').getAttribute('viewBox')).toMatch(/^0 0 400 /);
      expect($(el, 'svg').getBoundingClientRect().width).toBeCloseTo(400, 0);
      (el.parentElement as HTMLElement).style.width = '500px';
      await until(() => $(el, 'svg').getAttribute('viewBox')!.startsWith('0 0 500 '));
    });
  });

  describe('data shown equals data given', () => {
    it('labels every point and table cell with the input values', async () => {
      const el = await mount(radar({ series: SERIES, label: 'Before and after' }));
      const labels = pointLabels(el);
      // The `before` series has no value on the last axis: 5 + 6 points.
      expect(labels).toHaveLength(11);
      const expected: string[] = [];
      SERIES.forEach((s) =>
        s.values.forEach((v, i) => {
          if (v === null) return;
          const level = LEVELS.filter((l) => v >= l.value - 1e-9).pop()!.label;
          expected.push(`${s.label}, ${AXES[i]!.label}: ${v} (${level})`);
        }),
      );
      expect(labels).toEqual(expected);
      const rows = tableRows(el);
      expect(rows[0]).toEqual(['Pillar', 'Before deep dive', 'After deep dive']);
      rows.slice(1).forEach((row, i) => {
        expect(row[0]).toBe(AXES[i]!.label);
        SERIES.forEach((s, k) => {
          const label = labels.find((l) => l.startsWith(`${s.label}, ${AXES[i]!.label}: `));
          expect(row[k + 1]).toBe(label ? label.split(': ')[1] : 'Not scored');
        });
      });
    });

    it('places each point at its value on its axis', async () => {
      const el = await mount(
        radar({ series: [{ id: 'a', label: 'A', values: [100, 100, 100, 100, 100, 0] }] }),
      );
      const marks = $$<SVGPathElement>(el, '.pt .mark');
      const rings = $$<SVGPathElement>(el, 'path.grid');
      const outer = rings[rings.length - 1]!.getBBox();
      // The first axis points up: its point at 100 sits on the top of the outer ring.
      expect(marks[0]!.getBBox().y + marks[0]!.getBBox().height / 2).toBeCloseTo(outer.y, 0);
      // A value of 0 sits at the centre.
      const centre = marks[5]!.getBBox();
      expect(centre.x + centre.width / 2).toBeCloseTo(outer.x + outer.width / 2, 0);
    });

    it('distinguishes series by dash pattern, marker shape and legend, not colour alone', async () => {
      const el = await mount(radar({ series: SERIES }));
      const lines = $$(el, 'path.line');
      expect(lines[0]!.getAttribute('stroke-dasharray')).toBeNull();
      expect(lines[1]!.getAttribute('stroke-dasharray')).toBe('6 3');
      const marks = $$(el, '.pt .mark').map((m) => m.getAttribute('d')!);
      expect(marks[0]!.includes('a')).toBe(true); // circle (arcs)
      expect(marks[6]!.includes('h')).toBe(true); // square
      expect($$(el, '.legend li').map(textOf)).toEqual(['Before deep dive', 'After deep dive']);
    });

    it('renders hostile labels as text', async () => {
      const el = await mount(radar({ axes: [{ id: 'x', label: HOSTILE }, ...AXES.slice(1)] }));
      expect($$(el, 'img')).toHaveLength(0);
      expect(textOf($(el, 'text.axis'))).toContain('<img');
      expect(pointLabels(el)[0]).toContain(HOSTILE);
    });
  });

  describe('summary', () => {
    it('names the strongest and weakest axes in English', async () => {
      const el = await mount(radar());
      expect(textOf($(el, '.summary'))).toBe(
        'Strongest: Capacity and culture (85); weakest: Data and evidence (30).',
      );
    });

    it('lists ties, what is not scored, and each series', async () => {
      const el = await mount(radar({ series: SERIES }));
      expect(textOf($(el, '.summary'))).toBe(
        'Before deep dive: Strongest: Capacity and culture (80); weakest: Connectivity and infrastructure (20). Not scored: Data and evidence. ' +
          'After deep dive: Strongest: Capacity and culture (85); weakest: Data and evidence (30).',
      );
      el.series = [{ id: 'x', label: 'X', values: [50, 50, 10, 10, 50, 30] }];
      await el.updateComplete;
      expect(textOf($(el, '.summary'))).toBe(
        'Strongest: Coordination and leadership, Connectivity and infrastructure, and Content and solutions (50); weakest: Cost and sustainability and Capacity and culture (10).',
      );
    });

    it('speaks French', async () => {
      const el = await mount(
        radar({ locale: 'fr', axes: AXES.map((a) => ({ ...a, label: a.label + ' (fr)' })) }),
      );
      await until(() => textOf($(el, '.summary')).startsWith('Point'));
      expect(textOf($(el, '.summary'))).toBe(
        'Point le plus fort : Capacity and culture (fr) (85) ; point le plus faible : Data and evidence (fr) (30).',
      );
      expect(textOf($(el, '.toggle'))).toBe('Afficher le tableau de données');
      await expectNoAxeViolations(el);
    });
  });

  describe('keyboard', () => {
    it('has one tab stop and moves with arrows, Home and End; focus shows the hover text', async () => {
      const el = await mount(radar({ series: SERIES }));
      const before = document.createElement('button');
      before.textContent = 'before';
      document.body.prepend(before);
      before.focus();
      await userEvent.tab();
      const points = $$(el, '.pt');
      expect(deepActive()).toBe(points[0]);
      expect(points.filter((p) => p.getAttribute('tabindex') === '0')).toHaveLength(1);
      const tip = (): string => textOf(el.shadowRoot!.querySelector('.tip'));
      await until(() => tip() !== '');
      expect(tip()).toBe(points[0]!.getAttribute('aria-label'));

      await userEvent.keyboard('{ArrowRight}');
      await until(() => deepActive() === points[1]);
      expect(tip()).toBe(points[1]!.getAttribute('aria-label'));
      expect(points[1]!.getAttribute('tabindex')).toBe('0');
      expect(points[0]!.getAttribute('tabindex')).toBe('-1');

      await userEvent.keyboard('{End}');
      await until(() => deepActive() === points[4]);
      await userEvent.keyboard('{ArrowDown}');
      // The second series: the nearest axis to the 5th is the 5th.
      await until(() => deepActive() === points[9]);
      await userEvent.keyboard('{End}');
      await until(() => deepActive() === points[10]);
      await userEvent.keyboard('{Home}');
      await until(() => deepActive() === points[5]);
      await userEvent.keyboard('{ArrowUp}');
      await until(() => deepActive() === points[0]);
      await userEvent.keyboard('{ArrowLeft}');
      expect(deepActive()).toBe(points[0]);
      await userEvent.keyboard('{Control>}{End}{/Control}');
      await until(() => deepActive() === points[10]);

      // Hover shows the same words as focus.
      await userEvent.hover(points[7]!);
      await until(() => tip() === points[7]!.getAttribute('aria-label'));
      before.remove();
    });

    it('hides the tooltip with Escape, focus staying on the point', async () => {
      const el = await mount(radar());
      const points = $$(el, '.pt');
      points[2]!.focus();
      await until(() => el.shadowRoot!.querySelector('.tip') !== null);
      await userEvent.keyboard('{Escape}');
      await until(() => el.shadowRoot!.querySelector('.tip') === null);
      expect(deepActive()).toBe(points[2]);
    });

    it('puts the tooltip beside its point when the container is wider than the drawing', async () => {
      const el = await mount(radar(), { width: 1000 });
      for (const i of [0, 1, 3]) {
        const point = $$(el, '.pt .mark')[i]!;
        point.parentElement!.focus();
        await until(() => el.shadowRoot!.querySelector('.tip') !== null);
        await el.updateComplete;
        const tip = el.shadowRoot!.querySelector('.tip')!.getBoundingClientRect();
        const mark = point.getBoundingClientRect();
        const centre = mark.x + mark.width / 2;
        // The tooltip is centred on its point's x (within a few pixels).
        expect(Math.abs(tip.x + tip.width / 2 - centre)).toBeLessThan(4);
      }
    });

    it('reverses the arrows right to left', async () => {
      const el = await mount(radar(), { dir: 'rtl' });
      const points = $$(el, '.pt');
      points[0]!.focus();
      await userEvent.keyboard('{ArrowLeft}');
      await until(() => deepActive() === points[1]);
      await userEvent.keyboard('{ArrowRight}');
      await until(() => deepActive() === points[0]);
    });
  });

  describe('right to left', () => {
    it('mirrors the axes: the second axis goes to the left of the centre', async () => {
      const ltr = await mount(radar());
      const rtl = await mount(radar(), { dir: 'rtl' });
      const x = (el: Element, i: number): number => {
        const b = $$<SVGGraphicsElement>(el, '.pt .mark')[i]!.getBBox();
        return b.x + b.width / 2;
      };
      const centre = x(ltr, 0);
      expect(x(ltr, 1)).toBeGreaterThan(centre);
      expect(x(rtl, 1)).toBeLessThan(centre);
      expect(x(rtl, 1)).toBeCloseTo(2 * centre - x(ltr, 1), 0);
      expect($(rtl, 'figure').dir).toBe('rtl');
      await expectNoAxeViolations(rtl);
    });

    it('keeps every axis name inside the drawing on a phone, in English and French, both ways', async () => {
      for (const lang of ['en', 'fr'] as const) {
        const axes = sixPillars.pillars.map((p) => ({ id: p.id, label: p.title[lang]! }));
        for (const dir of ['ltr', 'rtl'] as const) {
          for (const width of [260, 300, 360]) {
            const el = await mount(radar({ axes }), { width, dir });
            const svgEl = $<SVGSVGElement>(el, 'svg');
            const right = svgEl.viewBox.baseVal.width;
            for (const text of $$<SVGTextElement>(el, 'text.axis')) {
              const box = text.getBBox();
              expect(box.x, `${lang} ${dir} ${width}: ${textOf(text)}`).toBeGreaterThanOrEqual(0);
              expect(
                box.x + box.width,
                `${lang} ${dir} ${width}: ${textOf(text)}`,
              ).toBeLessThanOrEqual(right);
            }
            el.parentElement!.remove();
          }
        }
      }
    });

    it('mirrors the ring names too', async () => {
      const ltr = await mount(radar(), { width: 500 });
      const rtl = await mount(radar(), { width: 500, dir: 'rtl' });
      const box = (el: Element): DOMRect => $$<SVGGraphicsElement>(el, 'text.halo')[0]!.getBBox();
      const a = box(ltr);
      const b = box(rtl);
      // The same extent, reflected about the centre of the 500 px drawing.
      expect(b.x + b.width).toBeCloseTo(500 - a.x, 0);
      expect(b.x).toBeCloseTo(500 - (a.x + a.width), 0);
    });

    it('takes its direction from a right-to-left locale', async () => {
      const el = await mount(radar({ locale: 'ar' }));
      expect($(el, 'figure').dir).toBe('rtl');
    });
  });

  describe('table and print', () => {
    it('toggles the data table with the button', async () => {
      const el = await mount(radar());
      const button = $<HTMLButtonElement>(el, '.toggle');
      expect(button.getAttribute('aria-expanded')).toBe('false');
      await userEvent.click(button);
      expect(el.showTable).toBe(true);
      expect($(el, '.table').hidden).toBe(false);
      expect(button.getAttribute('aria-expanded')).toBe('true');
      expect(textOf(button)).toBe('Hide data table');
      await expectNoAxeViolations(el);
    });

    it('shows the table and summary and hides the controls in print media', async () => {
      const el = await mount(radar());
      const css = (sel: string): CSSStyleDeclaration => getComputedStyle($(el, sel));
      expect(css('.table').display).toBe('none');
      await emulateMedia('print');
      expect(matchMedia('print').matches).toBe(true);
      expect(css('.table').display).toBe('block');
      expect(css('.toggle').display).toBe('none');
      expect(css('.summary').display).toBe('block');
      expect(css('figure').color).toBe('rgb(0, 0, 0)');
      await emulateMedia('');
      expect(css('.table').display).toBe('none');
      // The `print` attribute gives the same layout on screen.
      el.print = true;
      await el.updateComplete;
      expect(css('.table').display).toBe('block');
      expect(css('.toggle').display).toBe('none');
    });
  });

  describe('a11y', () => {
    it('meets WCAG 2.2 AA contrast in every text, line and point: light, dark, forced colours', async () => {
      const el = await mount(radar({ series: SERIES }));
      const measured = await expectContrastInEveryScheme(el, '.line, .mark');
      // A line per series and a point per value, and a line sample per series in the legend.
      const drawn =
        2 * SERIES.length + SERIES.flatMap((s) => s.values).filter((v) => v !== null).length;
      for (const scheme of SCHEMES)
        expect(measured[scheme], scheme).toEqual({ texts: measured.light.texts, marks: drawn });
      // At least the six axis names, and a value per point.
      expect(measured.light.texts).toBeGreaterThanOrEqual(AXES.length + drawn - 2 * SERIES.length);
    });

    it('has no axe violations: full, partial, hostile, dark', async () => {
      const el = await mount(radar({ series: SERIES, showTable: true }));
      await expectNoAxeViolations(el);
      el.series = [{ id: 'p', label: 'P', values: [50, null, null, null, null, null] }];
      await el.updateComplete;
      await expectNoAxeViolations(el);
      await darkMode(true);
      await expectNoAxeViolations(el);
      await darkMode(false);
    });
  });
});
