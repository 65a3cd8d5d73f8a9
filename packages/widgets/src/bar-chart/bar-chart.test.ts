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
import { GROUPS, HOSTILE, LEVELS } from '../../test/fixtures-results.js';
import './define.js';
import type { DtcBarChart } from './bar-chart.js';

function bars(props: Partial<DtcBarChart> = {}): DtcBarChart {
  const el = document.createElement('dtc-bar-chart');
  Object.assign(el, { groups: GROUPS, levels: LEVELS, ...props });
  return el;
}

const levelName = (v: number): string => LEVELS.filter((l) => v >= l.value - 1e-9).pop()!.label;

afterEach(async () => {
  await darkMode(false);
});

describe('dtc-bar-chart', () => {
  describe('defaults', () => {
    it('renders empty, with a summary and no points', async () => {
      const el = await mount(document.createElement('dtc-bar-chart'));
      expect(textOf($(el, 'figcaption'))).toBe('Scores by component');
      expect(textOf($(el, '.summary'))).toBe('No scores yet.');
      expect(pointLabels(el)).toEqual([]);
      await expectNoAxeViolations(el);
    });
  });

  describe('data shown equals data given', () => {
    it('has one labelled bar per component and the same values in the table', async () => {
      const el = await mount(bars());
      const expected = GROUPS.flatMap((g) =>
        g.bars.map(
          (b) =>
            `${b.label}: ${b.value === null ? 'Not scored' : `${b.value} (${levelName(b.value)})`}`,
        ),
      );
      expect(pointLabels(el)).toEqual(expected);
      const rows = tableRows(el);
      expect(rows[0]).toEqual(['Component', 'Score']);
      const body = rows.slice(1).filter((r) => r.length === 2);
      expect(body.map((r) => `${r[0]}: ${r[1]}`)).toEqual(expected);
      // Group headings in the table and in the SVG.
      expect(rows.filter((r) => r.length === 1).map((r) => r[0])).toEqual(
        GROUPS.map((g) => g.label),
      );
      expect($$(el, 'text.strong').map(textOf)).toEqual(GROUPS.map((g) => g.label));
    });

    it('draws each bar as long as its value', async () => {
      const el = await mount(bars(), { width: 600 });
      const rects = $$<SVGRectElement>(el, 'rect.bar');
      const values = GROUPS.flatMap((g) => g.bars.map((b) => b.value)).filter(
        (v): v is number => v !== null,
      );
      const full = rects[values.indexOf(100)]!.width.baseVal.value;
      rects.forEach((r, i) =>
        expect(r.width.baseVal.value).toBeCloseTo((full * values[i]!) / 100, 0),
      );
      // Colour follows the level, and the level is also written: not colour alone.
      expect(rects[0]!.getAttribute('class')).toBe('bar lv1');
      expect($$(el, 'text.value').map(textOf)[0]).toBe('10 (Latent)');
    });

    it('marks targets and says them', async () => {
      const el = await mount(bars({ target: 70 }));
      expect($$(el, 'path.target')).toHaveLength(12);
      expect(pointLabels(el)[0]).toBe('Strategy and vision: 10 (Latent); target 70');
      expect($$(el, '.legend li').map(textOf)).toEqual(['Target']);
      expect(tableRows(el)[0]).toEqual(['Component', 'Score', 'Target']);
      await expectNoAxeViolations(el);
    });

    it('renders hostile labels as text', async () => {
      const groups = [{ id: 'g', label: HOSTILE, bars: [{ id: 'b', label: HOSTILE, value: 50 }] }];
      const el = await mount(bars({ groups }));
      expect($$(el, 'img')).toHaveLength(0);
      expect(pointLabels(el)).toEqual([`${HOSTILE}: 50 (Emerging)`]);
    });
  });

  describe('summary', () => {
    it('names the strongest and weakest components, and what is not scored', async () => {
      const el = await mount(bars());
      expect(textOf($(el, '.summary'))).toBe(
        'Strongest: Total cost of ownership and Teacher skills (100); weakest: Strategy and vision (10). Not scored: Security and privacy.',
      );
    });

    it('speaks French', async () => {
      const el = await mount(bars({ locale: 'fr' }));
      await until(() => textOf($(el, '.summary')).startsWith('Point'));
      expect(textOf($(el, '.summary'))).toContain('Non noté : Security and privacy.');
      expect(pointLabels(el)[0]).toBe('Strategy and vision\u202f: 10 (Latent)');
      await expectNoAxeViolations(el);
    });
  });

  describe('keyboard', () => {
    it('moves through the bars with either arrow pair, Home and End', async () => {
      const el = await mount(bars());
      const points = $$(el, '.pt');
      points[0]!.focus();
      await userEvent.keyboard('{ArrowDown}');
      await until(() => deepActive() === points[1]);
      await userEvent.keyboard('{ArrowRight}');
      await until(() => deepActive() === points[2]);
      await userEvent.keyboard('{ArrowUp}');
      await until(() => deepActive() === points[1]);
      await userEvent.keyboard('{End}');
      await until(() => deepActive() === points[11]);
      await userEvent.keyboard('{Home}');
      await until(() => deepActive() === points[0]);
      const tip = textOf(el.shadowRoot!.querySelector('.tip'));
      expect(tip).toBe(points[0]!.getAttribute('aria-label'));
    });
  });

  describe('right to left', () => {
    it('grows the bars from the right', async () => {
      const ltr = await mount(bars(), { width: 500 });
      const rtl = await mount(bars(), { width: 500, dir: 'rtl' });
      const box = (el: Element): DOMRect => $$<SVGRectElement>(el, 'rect.bar')[1]!.getBBox();
      expect(box(ltr).x).toBeCloseTo(2, 0);
      expect(box(rtl).x + box(rtl).width).toBeCloseTo(498, 0);
      expect(box(rtl).width).toBeCloseTo(box(ltr).width, 1);
      const label = (el: Element): DOMRect => $$<SVGTextElement>(el, 'text.value')[0]!.getBBox();
      expect(label(ltr).x).toBeGreaterThan(250);
      expect(label(rtl).x + label(rtl).width).toBeLessThan(250);
      await expectNoAxeViolations(rtl);
    });
  });

  describe('print', () => {
    it('shows the table in print media', async () => {
      const el = await mount(bars());
      await emulateMedia('print');
      expect(getComputedStyle($(el, '.table')).display).toBe('block');
      expect(getComputedStyle($(el, '.toggle')).display).toBe('none');
      await emulateMedia('');
    });
  });

  describe('a11y', () => {
    it('meets WCAG 2.2 AA contrast in every text and bar: light, dark, forced colours', async () => {
      const el = await mount(bars());
      const marks = '.bar';
      const measured = await expectContrastInEveryScheme(el, marks);
      // Every mark drawn was measured, and as many texts in every scheme.
      expect($$(el, marks)).toHaveLength(
        GROUPS.flatMap((g) => g.bars).filter((b) => b.value !== null).length,
      );
      for (const scheme of SCHEMES)
        expect(measured[scheme], scheme).toEqual({
          texts: measured.light.texts,
          marks: GROUPS.flatMap((g) => g.bars).filter((b) => b.value !== null).length,
        });
      expect(measured.light.texts).toBeGreaterThanOrEqual(GROUPS.flatMap((g) => g.bars).length);
    });

    it('has no axe violations: partial, table shown, narrow, dark', async () => {
      const partial = [
        { ...GROUPS[0]!, bars: [GROUPS[0]!.bars[0]!, { id: 'x', label: 'X', value: null }] },
      ];
      const el = await mount(bars({ groups: partial, showTable: true }), { width: 280 });
      await expectNoAxeViolations(el);
      await darkMode(true);
      el.groups = GROUPS;
      await el.updateComplete;
      await expectNoAxeViolations(el);
    });
  });
});
