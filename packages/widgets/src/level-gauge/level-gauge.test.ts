import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test/helpers.js';
import {
  $,
  $$,
  darkMode,
  emulateMedia,
  expectContrastInEveryScheme,
  mount,
  SCHEMES,
  tableRows,
  textOf,
  until,
} from '../../test/chart-helpers.js';
import { LEVELS } from '../../test/fixtures-results.js';
import './define.js';
import type { DtcLevelGauge } from './level-gauge.js';

function gauge(props: Partial<DtcLevelGauge> = {}): DtcLevelGauge {
  const el = document.createElement('dtc-level-gauge');
  Object.assign(el, { levels: LEVELS, value: 58, ...props });
  return el;
}

afterEach(async () => {
  await darkMode(false);
});

describe('dtc-level-gauge', () => {
  describe('defaults', () => {
    it('shows "not scored" without a value', async () => {
      const el = await mount(document.createElement('dtc-level-gauge'));
      expect(textOf($(el, '.summary'))).toBe('No scores yet.');
      expect(textOf($(el, 'text.big'))).toBe('–');
      expect(textOf($(el, 'text.level'))).toBe('Not scored');
      expect($(el, 'svg').getAttribute('role')).toBe('img');
      await expectNoAxeViolations(el);
    });
  });

  describe('data shown equals data given', () => {
    it('writes the score and level, in the SVG, the summary and the table', async () => {
      const el = await mount(gauge());
      expect(textOf($(el, 'text.big'))).toBe('58');
      expect(textOf($(el, 'text.level'))).toBe('Emerging');
      expect(textOf($(el, '.summary'))).toBe('58 out of 100: Emerging.');
      expect(tableRows(el)).toEqual([['Score', '58 (Emerging)']]);
      expect($(el, '.value-arc').getAttribute('class')).toContain('lv2');
      el.value = 100;
      await el.updateComplete;
      expect(textOf($(el, '.summary'))).toBe('100 out of 100: Advanced.');
    });

    it('says the scale it is given', async () => {
      const levels = [1, 2, 3, 4].map((v) => ({ value: v - 1, label: `Level ${v}` }));
      const el = await mount(gauge({ max: 4, value: 3, levels }));
      expect(textOf($(el, '.summary'))).toBe('3 out of 4: Level 4.');
    });

    it('speaks French', async () => {
      const el = await mount(
        gauge({ locale: 'fr', levels: LEVELS.map((l) => ({ ...l, label: l.label + ' (fr)' })) }),
      );
      await until(() => textOf($(el, '.summary')).includes('sur'));
      expect(textOf($(el, '.summary'))).toBe('58 sur 100 : Emerging (fr).');
      await expectNoAxeViolations(el);
    });
  });

  describe('right to left', () => {
    it('fills from the right', async () => {
      const ltr = await mount(gauge({ value: 10 }));
      const rtl = await mount(gauge({ value: 10 }), { dir: 'rtl' });
      const needle = (el: Element): number => Number($(el, '.needle').getAttribute('cx'));
      const width = (el: Element): number =>
        Number($(el, 'svg').getAttribute('viewBox')!.split(' ')[2]);
      expect(needle(ltr)).toBeLessThan(width(ltr) / 2);
      expect(needle(rtl)).toBeGreaterThan(width(rtl) / 2);
      expect(needle(rtl)).toBeCloseTo(width(rtl) - needle(ltr), 0);
    });
  });

  describe('print and a11y', () => {
    it('meets WCAG 2.2 AA contrast in its texts, level bands, value arc and needle: light, dark, forced colours', async () => {
      const el = await mount(gauge());
      const measured = await expectContrastInEveryScheme(el, '.band-arc, .value-arc, .needle');
      // A band from each level to the next (the last level is the top of the scale), the value's
      // arc and the needle.
      for (const scheme of SCHEMES)
        expect(measured[scheme], scheme).toEqual({
          texts: measured.light.texts,
          marks: LEVELS.length - 1 + 2,
        });
      // The score, the level's name and the summary at least.
      expect(measured.light.texts).toBeGreaterThanOrEqual(3);
    });

    it('shows the table in print and has no axe violations, dark too', async () => {
      const el = await mount(gauge());
      await emulateMedia('print');
      expect(getComputedStyle($(el, '.table')).display).toBe('block');
      await emulateMedia('');
      await expectNoAxeViolations(el);
      await darkMode(true);
      await expectNoAxeViolations(el);
      expect($$(el, '.pt')).toHaveLength(0);
    });
  });
});
