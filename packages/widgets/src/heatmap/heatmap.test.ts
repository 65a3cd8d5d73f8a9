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
import { HEAT_ROWS, HEAT_VALUES, HOSTILE, LEVELS, ROLES } from '../../test/fixtures-results.js';
import './define.js';
import type { DtcHeatmap } from './heatmap.js';

function heatmap(props: Partial<DtcHeatmap> = {}): DtcHeatmap {
  const el = document.createElement('dtc-heatmap');
  Object.assign(el, {
    rows: HEAT_ROWS,
    columns: ROLES,
    values: HEAT_VALUES,
    levels: LEVELS,
    ...props,
  });
  return el;
}

const words = (v: number | null): string =>
  v === null ? 'Not scored' : `${v} (${LEVELS.filter((l) => v >= l.value - 1e-9).pop()!.label})`;

afterEach(async () => {
  await darkMode(false);
});

describe('dtc-heatmap', () => {
  describe('defaults', () => {
    it('renders empty', async () => {
      const el = await mount(document.createElement('dtc-heatmap'));
      expect(textOf($(el, 'figcaption'))).toBe('Scores by component and group');
      expect(textOf($(el, '.summary'))).toBe('No scores yet.');
      await expectNoAxeViolations(el);
    });
  });

  describe('data shown equals data given', () => {
    it('labels each cell and writes its value, the same as the table', async () => {
      const el = await mount(heatmap());
      const expected = HEAT_ROWS.flatMap((row, r) =>
        ROLES.map((col, c) => `${row.label} – ${col.label}: ${words(HEAT_VALUES[r]![c]!)}`),
      );
      expect(pointLabels(el)).toEqual(expected);
      // Each cell writes its number: not colour alone.
      expect($$(el, '.pt text').map(textOf)).toEqual(
        HEAT_VALUES.flat().map((v) => (v === null ? '–' : String(v))),
      );
      const rows = tableRows(el).filter((r) => r.length === ROLES.length + 1);
      expect(rows[0]).toEqual(['Component', ...ROLES.map((r) => r.label)]);
      rows.slice(1).forEach((row, r) => {
        expect(row).toEqual([HEAT_ROWS[r]!.label, ...HEAT_VALUES[r]!.map(words)]);
      });
      // Group headings (pillars) over their rows.
      expect($$(el, 'text.strong').map(textOf).slice(ROLES.length)).toEqual([
        'Coordination and leadership',
        'Connectivity and infrastructure',
      ]);
    });

    it('flags divergent rows with a marker, in words and in the summary', async () => {
      const el = await mount(heatmap({ divergent: ['electricity-and-internet-access'] }));
      expect($$(el, 'path.flag')).toHaveLength(1);
      expect($$(el, 'rect.divergent')).toHaveLength(1);
      expect(pointLabels(el)[6]).toBe(
        'Electricity and internet access – Ministry of education: 10 (Latent); views differ',
      );
      expect(textOf($(el, '.summary'))).toContain(
        'Views differ on: Electricity and internet access.',
      );
      expect($$(el, '.legend li').map(textOf)).toEqual([
        'Latent',
        'Emerging',
        'Established',
        'Advanced',
        'Views differ',
      ]);
      expect(tableRows(el)[5]![0]).toBe('Electricity and internet access (Views differ)');
      await expectNoAxeViolations(el);
    });

    it('renders hostile labels as text', async () => {
      const el = await mount(
        heatmap({
          rows: [{ id: 'x', label: HOSTILE }],
          columns: [{ id: 'y', label: HOSTILE }],
          values: [[50]],
        }),
      );
      expect($$(el, 'img')).toHaveLength(0);
      expect(pointLabels(el)).toEqual([`${HOSTILE} – ${HOSTILE}: 50 (Emerging)`]);
    });
  });

  describe('summary', () => {
    it('names the highest and lowest cells, in English and French', async () => {
      const el = await mount(heatmap());
      expect(textOf($(el, '.summary'))).toBe(
        'Strongest: Electricity and internet access – Ministry of ICT (80); weakest: Electricity and internet access – Ministry of education (10).',
      );
      el.locale = 'fr';
      await until(() => textOf($(el, '.summary')).startsWith('Point'));
      expect(textOf($(el, '.summary'))).toBe(
        'Point le plus fort : Electricity and internet access – Ministry of ICT (80) ; point le plus faible : Electricity and internet access – Ministry of education (10).',
      );
    });
  });

  describe('keyboard', () => {
    it('moves in two dimensions', async () => {
      const el = await mount(heatmap());
      const points = $$(el, '.pt');
      points[0]!.focus();
      await userEvent.keyboard('{ArrowRight}');
      await until(() => deepActive() === points[1]);
      await userEvent.keyboard('{ArrowDown}');
      await until(() => deepActive() === points[4]);
      await userEvent.keyboard('{End}');
      await until(() => deepActive() === points[5]);
      await userEvent.keyboard('{Control>}{End}{/Control}');
      await until(() => deepActive() === points[11]);
      await userEvent.keyboard('{Home}');
      await until(() => deepActive() === points[9]);
      expect(textOf(el.shadowRoot!.querySelector('.tip'))).toBe(
        points[9]!.getAttribute('aria-label'),
      );
    });
  });

  describe('right to left', () => {
    it('puts the first column on the right', async () => {
      const ltr = await mount(heatmap(), { width: 500 });
      const rtl = await mount(heatmap(), { width: 500, dir: 'rtl' });
      const x = (el: Element, i: number): number =>
        $$<SVGRectElement>(el, 'rect.cell')[i]!.x.baseVal.value;
      expect(x(ltr, 0)).toBeLessThan(x(ltr, 1));
      expect(x(rtl, 0)).toBeGreaterThan(x(rtl, 1));
      const w = $$<SVGRectElement>(ltr, 'rect.cell')[0]!.width.baseVal.value;
      expect(x(rtl, 0) + w).toBeCloseTo(500 - x(ltr, 0), 0);
      await expectNoAxeViolations(rtl);
    });
  });

  describe('print and a11y', () => {
    it('meets WCAG 2.2 AA contrast in every text and cell: light, dark, forced colours', async () => {
      const el = await mount(heatmap());
      const measured = await expectContrastInEveryScheme(el, '.cell');
      const cells = HEAT_VALUES.flat().length;
      for (const scheme of SCHEMES)
        expect(measured[scheme], scheme).toEqual({ texts: measured.light.texts, marks: cells });
      // At least a value (or "no answer") in every cell.
      expect(measured.light.texts).toBeGreaterThanOrEqual(cells);
    });

    it('shows the table in print; no axe violations in dark mode', async () => {
      const el = await mount(heatmap({ divergent: ['governance'] }));
      await emulateMedia('print');
      expect(getComputedStyle($(el, '.table')).display).toBe('block');
      await emulateMedia('');
      await darkMode(true);
      await expectNoAxeViolations(el);
    });
  });
});
