import { scoreResponse } from '@dtc/scoring';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test/helpers.js';
import {
  $,
  $$,
  darkMode,
  emulateMedia,
  expectContrastInEveryScheme,
  mount,
  pointLabels,
  SCHEMES,
  settled,
  textOf,
  until,
} from '../../test/chart-helpers.js';
import {
  emptyResponse,
  fixtureFramework,
  fullResponse,
  HOSTILE,
  hostileFramework,
  partialResponse,
} from '../../test/fixtures-results.js';
import { framework as sixPillars, storyResponse } from '../../test/story-data.js';
import './define.js';
import type { DtcResults } from './results.js';

function results(props: Partial<DtcResults> = {}): DtcResults {
  const el = document.createElement('dtc-results');
  Object.assign(el, { framework: fixtureFramework, response: fullResponse(), ...props });
  return el;
}

afterEach(async () => {
  await darkMode(false);
});

describe('dtc-results', () => {
  describe('states', () => {
    it('says there is nothing yet without answers, and shows no charts', async () => {
      const el = await mount(results({ response: emptyResponse() }));
      expect(textOf($(el, '.notice'))).toBe(
        'No answers yet. Your results appear here as you answer the questions.',
      );
      expect($$(el, 'dtc-radar-chart')).toHaveLength(0);
      await expectNoAxeViolations(el);
    });

    it('shows the engine result: level, score, coverage, balance, charts and priorities', async () => {
      const response = fullResponse();
      const expected = scoreResponse(fixtureFramework, response);
      const el = await mount(results({ response }));
      await settled(el);
      const facts = $$(el, '.facts > div').map(textOf);
      expect(facts[0]).toBe(
        `Overall level Level ${expected.overall.level}: ${fixtureFramework.levels[expected.overall.level! - 1]!.label.en} Score ${Math.round(expected.overall.score!)} out of 100`,
      );
      expect(facts[1]).toBe('Coverage 24 of 24 questions answered (100%)');
      expect(facts[2]).toContain(`${Math.round(expected.balance.index!)} out of 100`);
      expect($$(el, '.notice')).toHaveLength(0);
      // Radar values equal the pillar scores.
      const radar = $(el, 'dtc-radar-chart');
      expect(pointLabels(radar).map((l) => Number(/: (\d+)/.exec(l)![1]))).toEqual(
        expected.pillars.map((p) => Math.round(p.score!)),
      );
      // Bars equal the component scores.
      const bars = $(el, 'dtc-bar-chart');
      expect(pointLabels(bars).map((l) => Number(/: (\d+)/.exec(l)![1]))).toEqual(
        expected.pillars.flatMap((p) => p.components.map((c) => Math.round(c.score!))),
      );
      // The top five priorities, in the engine's order, with reasons in words.
      const items = $$(el, '.priorities > ol > li');
      expect(items).toHaveLength(5);
      const top = expected.priorities[0]!;
      expect(textOf(items[0]!.querySelector('strong'))).toBe(
        fixtureFramework.pillars.flatMap((p) => p.components).find((c) => c.id === top.componentId)!
          .title.en,
      );
      expect([...items[0]!.querySelectorAll('.reasons li')].map(textOf)).toEqual(
        top.reasons.map(
          (r) =>
            ({
              'low-level': 'Its maturity level is low.',
              'below-pillar': 'It lags behind the rest of its pillar.',
              'weakest-pillar': 'It belongs to the weakest pillar.',
              foundational: 'Its pillar is foundational: the other pillars rest on it.',
              'low-coverage': 'Few of its questions were answered.',
              'not-assessed': 'It has not been assessed yet.',
              'low-confidence': 'Its answers were given with low confidence.',
            })[r],
        ),
      );
      await expectNoAxeViolations(el);
    });

    it('says partial results may change', async () => {
      const el = await mount(results({ response: partialResponse() }));
      await settled(el);
      expect(textOf($(el, '.notice'))).toBe(
        'These results are based on 13% of the questions: they may change as more are answered.',
      );
      expect(textOf($$(el, '.facts > div')[1])).toContain('3 of 24 questions answered (13%)');
      await expectNoAxeViolations(el);
    });

    it('takes a ready result instead of a response', async () => {
      const result = scoreResponse(fixtureFramework, fullResponse([4]));
      const el = await mount(results({ response: undefined, result }));
      expect(textOf($$(el, '.facts > div')[0])).toContain('Level 4: Advanced');
    });

    it('scores only the given sections', async () => {
      const el = await mount(results({ sections: ['coordination-leadership'] }));
      await settled(el);
      expect(pointLabels($(el, 'dtc-bar-chart'))).toHaveLength(2);
    });
  });

  describe('the bundled framework', () => {
    it('shows the six pillars and every component, without axe violations', async () => {
      const response = storyResponse();
      const el = await mount(results({ framework: sixPillars, response }));
      await settled(el);
      const expected = scoreResponse(sixPillars, response);
      expect(pointLabels($(el, 'dtc-radar-chart'))).toHaveLength(6);
      expect(pointLabels($(el, 'dtc-bar-chart'))).toHaveLength(
        expected.pillars.reduce((n, p) => n + p.components.length, 0),
      );
      await expectNoAxeViolations(el);
    });
  });

  describe('words', () => {
    it('speaks French, with framework texts in French', async () => {
      const el = await mount(results({ locale: 'fr' }));
      await until(() => textOf($(el, 'h2')) === 'Vos résultats');
      await settled(el);
      expect(textOf($$(el, '.facts dt')[1])).toBe('Taux de réponse');
      const radar = $(el, 'dtc-radar-chart');
      await until(() => textOf(radar.shadowRoot!.querySelector('.summary')).startsWith('Point'));
      expect(pointLabels(radar)[0]).toMatch(/^Coordination et leadership\u202f: \d+ \(/);
      await expectNoAxeViolations(el);
    });

    it('renders hostile framework text as text', async () => {
      const el = await mount(results({ framework: hostileFramework }));
      await settled(el);
      expect(el.shadowRoot!.querySelectorAll('img')).toHaveLength(0);
      expect(pointLabels($(el, 'dtc-radar-chart'))[0]).toContain(HOSTILE);
    });
  });

  describe('right to left, print, dark', () => {
    it('meets WCAG 2.2 AA contrast in every text and mark, gauge and charts: light, dark, forced colours', async () => {
      const el = await mount(results());
      await settled(el);
      const measured = await expectContrastInEveryScheme(
        el,
        '.bar, .line, .mark, .band-arc, .value-arc, .needle',
      );
      for (const scheme of SCHEMES) expect(measured[scheme], scheme).toEqual(measured.light);
      // The gauge (a band from each level to the next, the arc and the needle), the radar (a
      // line and a point per pillar), a bar per component above 0 (a bar of 0 has no width).
      const result = el.currentResult!;
      const bars = result.pillars.flatMap((p) => p.components).filter((c) => c.score! > 0).length;
      expect(measured.light.marks).toBe(
        fixtureFramework.levels.length - 1 + 2 + 1 + result.pillars.length + bars,
      );
    });

    it('hands its direction to the charts', async () => {
      const el = await mount(results(), { dir: 'rtl' });
      await settled(el);
      expect($(el, 'dtc-radar-chart').getAttribute('dir')).toBe('rtl');
      expect($($(el, 'dtc-radar-chart'), 'figure').dir).toBe('rtl');
      await expectNoAxeViolations(el);
    });

    it('keeps sections whole in print and shows chart tables', async () => {
      const el = await mount(results());
      await settled(el);
      await emulateMedia('print');
      expect(getComputedStyle($(el, 'dtc-radar-chart')).breakInside).toBe('avoid');
      expect(getComputedStyle($($(el, 'dtc-bar-chart'), '.table')).display).toBe('block');
      await emulateMedia('');
    });

    it('has no axe violations in dark mode', async () => {
      const el = await mount(results({ response: partialResponse() }));
      await settled(el);
      await darkMode(true);
      await expectNoAxeViolations(el);
    });
  });
});
