// Every UI locale (and every locale of the bundled framework), on a phone: the questionnaire,
// the results, the plan and the report in a 320 px column, with no axe violation, nothing
// wider than the column and no text cut off; and in Arabic the drawings mirror the English
// ones (radar counter-clockwise, bars from the right, heatmap and timeline from the right).
// Arabic and Russian framework texts fall back to English until they are bundled: the
// words change then, not the geometry these checks assert.
import { sixPillars } from '@dtc/framework';
import { BUILT_IN_LOCALES, loadLocale } from '@dtc/i18n';
import type { ActionPlan, Answer, Response } from '@dtc/schema';
import { scoreResponse } from '@dtc/scoring';
import { describe, expect, it } from 'vitest';
import { $, $$, mount, textOf, until } from '../../test/chart-helpers.js';
import { HEAT_ROWS, HEAT_VALUES, LEVELS, ROLES } from '../../test/fixtures-results.js';
import { timelinePlan } from '../../test/fixtures-timeline.js';
import { expectNoAxeViolations } from '../../test/helpers.js';
import '../action-plan/define.js';
import type { DtcActionPlan } from '../action-plan/action-plan.js';
import '../assessment/define.js';
import '../heatmap/define.js';
import '../report/define.js';
import '../results/define.js';

/** The narrowest phone the elements are made for. */
const WIDTH = 320;

/** English first: the Arabic checks compare with what it measured. */
const LOCALES = [...new Set(['en', ...BUILT_IN_LOCALES, ...sixPillars.locales])];

/** Every rubric question of the bundled framework answered, at levels 1–4 in turn. */
function answeredResponse(): Response {
  const answers: Record<string, Answer> = {};
  sixPillars.pillars
    .flatMap((p) => p.components.flatMap((c) => c.questions))
    .filter((q) => q.kind === 'rubric')
    .forEach((q, i) => {
      answers[q.id] = { value: (i % 4) + 1, answeredAt: '2026-03-25T09:30:00.000Z' };
    });
  return {
    format: 'dtc.response',
    version: 1,
    framework: { id: sixPillars.id, version: sixPillars.version },
    respondent: {
      role: 'ministry-education',
      organisation: 'Ministry of Education',
      country: 'SEN',
    },
    answers,
    history: [],
    completedAt: '2026-03-25T16:00:00.000Z',
  };
}

const response = answeredResponse();
const result = scoreResponse(sixPillars, response);
const plan: ActionPlan = timelinePlan();

/** Waits until an element and every element in its shadow tree (at any depth) has rendered. */
async function settledDeep(el: Element): Promise<void> {
  for (let pass = 0; pass < 2; pass++) {
    const pending: Promise<unknown>[] = [];
    const visit = (node: Element): void => {
      if ('updateComplete' in node)
        pending.push((node as { updateComplete: Promise<unknown> }).updateComplete);
      for (const child of [...node.children, ...(node.shadowRoot?.children ?? [])]) visit(child);
    };
    visit(el);
    await Promise.all(pending);
    // Charts size themselves through a ResizeObserver: let it call back and re-render.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  }
}

async function mountIn<T extends HTMLElement>(
  tag: string,
  locale: string,
  props: object,
): Promise<T> {
  const el = document.createElement(tag) as T;
  Object.assign(el, { locale, ...props });
  await mount(el, { width: WIDTH });
  await settledDeep(el);
  return el;
}

const name = (node: Element): string => {
  const host = (node.getRootNode() as ShadowRoot).host;
  const cls =
    typeof node.className === 'string' && node.className
      ? `.${node.className.trim().split(/\s+/).join('.')}`
      : '';
  return `${host ? `${host.localName} ` : ''}${node.localName}${cls} "${textOf(node).slice(0, 40)}"`;
};

/**
 * What does not fit a box: the box or an element scrolling sideways, an element (at any
 * depth, shadow trees included) reaching past the box's inline edges, and text cut off by
 * an element that hides its overflow or ends it with an ellipsis. What lies inside a
 * scrolling region (a wide table, the timeline) or a drawing is bounded by that region,
 * which is checked itself; visually hidden text (1 px, clipped on purpose) is not painted.
 * List markers are not elements: one past the edge shows as the box scrolling sideways.
 */
function layoutProblems(box: HTMLElement, el: HTMLElement): string[] {
  const problems: string[] = [];
  const edge = box.getBoundingClientRect();
  for (const who of [box, el]) {
    if (who.scrollWidth > who.clientWidth)
      problems.push(`${who.localName} scrolls sideways: ${who.scrollWidth} > ${who.clientWidth}`);
  }
  const visit = (node: Element, bounded: boolean): void => {
    const style = getComputedStyle(node);
    if (style.display === 'none') return;
    const r = node.getBoundingClientRect();
    const painted = r.width > 1 || r.height > 1;
    if (painted && !bounded) {
      if (r.left < edge.left - 0.5 || r.right > edge.right + 0.5)
        problems.push(
          `${name(node)} spans ${r.left.toFixed(1)}–${r.right.toFixed(1)}, past ${edge.left}–${edge.right}`,
        );
    }
    const hides = (v: string): boolean => v === 'hidden' || v === 'clip';
    if (
      painted &&
      // A text field scrolls its own value (the caret shows the rest); a drawing's text is
      // checked by its chart's own tests.
      !(node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement) &&
      !(node instanceof SVGElement) &&
      (hides(style.overflowX) || hides(style.overflowY) || style.textOverflow === 'ellipsis') &&
      (node.scrollWidth > node.clientWidth + 1 || node.scrollHeight > node.clientHeight + 1)
    ) {
      problems.push(
        `${name(node)} cuts its content: ${node.scrollWidth}×${node.scrollHeight} in ${node.clientWidth}×${node.clientHeight}`,
      );
    }
    const bounds = bounded || style.overflowX !== 'visible' || node instanceof SVGSVGElement;
    for (const child of [...node.children, ...(node.shadowRoot?.children ?? [])])
      visit(child, bounds);
  };
  visit(el, false);
  return problems;
}

/** Every element of a tree (shadow trees included) that holds text of its own. */
function textElements(el: Element, out: Element[] = []): Element[] {
  for (const child of [...el.children, ...(el.shadowRoot?.children ?? [])]) {
    if ([...child.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()))
      out.push(child);
    textElements(child, out);
  }
  return out;
}

/**
 * Text set as its language needs: marked with the locale (so that `:lang()` rules, fonts and
 * screen readers apply), Arabic lines at least 1.5 times the font size (vowel marks are not
 * cut), Chinese broken by the strict rules and never overflowing.
 */
function typographyProblems(el: Element, locale: string): string[] {
  const language = locale.split('-')[0]!;
  const problems: string[] = [];
  for (const node of textElements(el)) {
    const style = getComputedStyle(node);
    if (style.display === 'none' || node.localName === 'style') continue;
    if (!node.matches(`:lang(${language})`)) problems.push(`${name(node)} is not marked ${locale}`);
    if (node instanceof SVGElement) continue;
    const ratio = parseFloat(style.lineHeight) / parseFloat(style.fontSize);
    if (language === 'ar' && !(ratio >= 1.5 - 1e-3))
      problems.push(`${name(node)} has a line-height of ${style.lineHeight} (${ratio.toFixed(2)})`);
    if (language === 'zh' && (style.lineBreak !== 'strict' || style.overflowWrap !== 'anywhere'))
      problems.push(`${name(node)} breaks with ${style.lineBreak}, ${style.overflowWrap}`);
  }
  return problems.slice(0, 10);
}

/** Axe, the 320 px layout and the locale's typography, for a mounted element. */
async function expectFitsAndAccessible(el: HTMLElement, locale: string): Promise<void> {
  expect(layoutProblems(el.parentElement!, el)).toEqual([]);
  expect(typographyProblems(el, locale)).toEqual([]);
  await expectNoAxeViolations(el);
}

/** The element inside another's shadow root, at any depth: `inner(el, 'dtc-results', 'dtc-radar-chart')`. */
function inner(el: Element, ...path: string[]): Element {
  return path.reduce((at, selector) => $(at, selector), el);
}

const centreOf = (node: SVGGraphicsElement): { x: number; y: number } => {
  const b = node.getBBox();
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
};

/** The geometry the Arabic checks compare, in each drawing's own units. */
interface Geometry {
  /** The radar's second point: its direction from the centre (a unit vector). */
  radar: { dx: number; dy: number };
  /** The first bar's gaps to the drawing's left and right edges, and its width, as shares of the drawing. */
  bar: { left: number; right: number; width: number };
  /** The heatmap's first two columns (x of their cells) and the drawing's width. */
  heatmap: { first: number; second: number; cell: number; width: number };
  /** The timeline's first two year lines (x) and the drawing's width. */
  years: { first: number; second: number; width: number };
}
const measured = new Map<string, Partial<Geometry>>();
const geometry = (locale: string): Partial<Geometry> =>
  measured.get(locale) ?? (measured.set(locale, {}), measured.get(locale)!);

function measureRadar(chart: Element): Geometry['radar'] {
  const axis = $<SVGLineElement>(chart, 'line.grid.faint');
  const cx = axis.x1.baseVal.value;
  const cy = axis.y1.baseVal.value;
  const marks = $$<SVGGraphicsElement>(chart, '.pt .mark');
  // The first axis points straight up from the centre.
  expect(centreOf(marks[0]!).x).toBeCloseTo(cx, 0);
  expect(centreOf(marks[0]!).y).toBeLessThan(cy);
  const p = centreOf(marks[1]!);
  const d = Math.hypot(p.x - cx, p.y - cy);
  return { dx: (p.x - cx) / d, dy: (p.y - cy) / d };
}

function measureBar(chart: Element): Geometry['bar'] {
  const svg = $<SVGSVGElement>(chart, 'svg').getBoundingClientRect();
  const bar = $$<SVGRectElement>(chart, 'rect.bar')[0]!.getBoundingClientRect();
  return {
    left: (bar.left - svg.left) / svg.width,
    right: (svg.right - bar.right) / svg.width,
    width: bar.width / svg.width,
  };
}

function measureHeatmap(chart: Element): Geometry['heatmap'] {
  const cells = $$<SVGRectElement>(chart, 'rect.cell');
  return {
    first: cells[0]!.x.baseVal.value,
    second: cells[1]!.x.baseVal.value,
    cell: cells[0]!.width.baseVal.value,
    width: $<SVGSVGElement>(chart, 'svg').viewBox.baseVal.width,
  };
}

function measureYears(timeline: Element): Geometry['years'] {
  const years = $$<SVGTextElement>(timeline, 'text.year');
  const lines = $$<SVGLineElement>(timeline, 'line.grid');
  expect(years.slice(0, 2).map(textOf)).toEqual([
    String(plan.period!.from),
    String(plan.period!.from + 1),
  ]);
  return {
    first: lines[0]!.x1.baseVal.value,
    second: lines[1]!.x1.baseVal.value,
    width: $<SVGSVGElement>(timeline, 'svg').viewBox.baseVal.width,
  };
}

/** English, measured by its own tests above (or now, when those did not run). */
async function english<K extends keyof Geometry>(
  key: K,
  measure: () => Promise<Geometry[K]>,
): Promise<Geometry[K]> {
  return (geometry('en')[key] as Geometry[K] | undefined) ?? measure();
}

describe.each(LOCALES)('in %s, at 320 px', (locale) => {
  const rtl = locale === 'ar';
  /** The locale of the words shown: a framework locale without UI words shows English ones. */
  const ui = (BUILT_IN_LOCALES as readonly string[]).includes(locale) ? locale : 'en';

  it('loads the words', async () => {
    expect(await loadLocale(locale)).toBe(ui);
  });

  it('dtc-assessment, first step: framework texts in the locale, fits, no axe violation', async () => {
    const el = await mountIn<HTMLElement>('dtc-assessment', locale, {
      framework: sixPillars,
      noAutosave: true,
    });
    const first = sixPillars.pillars[0]!.components[0]!;
    const shown = sixPillars.locales.includes(ui) ? ui : 'en';
    expect(textOf($(el, '#step-heading'))).toBe(first.title[shown]);
    expect($(el, '.layout').getAttribute('lang')).toBe(ui);
    expect($(el, '.layout').dir).toBe(rtl ? 'rtl' : 'ltr');
    await expectFitsAndAccessible(el, ui);
  });

  it('dtc-results, every rubric question answered: fits, no axe violation', async () => {
    const el = await mountIn<HTMLElement>('dtc-results', locale, { framework: sixPillars, result });
    const radar = inner(el, 'dtc-radar-chart');
    const bars = inner(el, 'dtc-bar-chart');
    expect($$(radar, '.pt')).toHaveLength(sixPillars.pillars.length);
    await expectFitsAndAccessible(el, ui);
    const g = geometry(locale);
    g.radar = measureRadar(radar);
    g.bar = measureBar(bars);
    if (locale === 'en') {
      // Clockwise from the top: the second axis to the right of the centre.
      expect(g.radar.dx).toBeGreaterThan(0);
      expect(g.bar.left).toBeLessThan(0.02);
    }
    if (rtl) {
      const en = await english('radar', async () =>
        measureRadar(
          inner(
            await mountIn('dtc-results', 'en', { framework: sixPillars, result }),
            'dtc-radar-chart',
          ),
        ),
      );
      // Counter-clockwise: the second axis to the left of the centre, as far as in English.
      expect(g.radar.dx).toBeLessThan(0);
      expect(g.radar.dx).toBeCloseTo(-en.dx, 2);
      expect(g.radar.dy).toBeCloseTo(en.dy, 2);
      expect($(radar, 'figure').dir).toBe('rtl');
      // The bars grow from the right edge: the gaps of English, swapped.
      const enBar = await english('bar', async () =>
        measureBar(
          inner(
            await mountIn('dtc-results', 'en', { framework: sixPillars, result }),
            'dtc-bar-chart',
          ),
        ),
      );
      // (Only where the labels are as wide as the English ones do the gaps match exactly: the
      // pillar names are Arabic words here, so the bars start at the edge and grow inwards.)
      expect(g.bar.right).toBeCloseTo(enBar.left, 1);
      expect(g.bar.left).toBeGreaterThan(g.bar.right);
      expect(enBar.right).toBeGreaterThan(enBar.left);
    }
  });

  it('dtc-action-plan, plan and timeline tabs: fits, no axe violation', async () => {
    const el = await mountIn<DtcActionPlan>('dtc-action-plan', locale, {
      framework: sixPillars,
      plan: timelinePlan(),
    });
    await expectFitsAndAccessible(el, ui);
    el.tab = 'timeline';
    await settledDeep(el);
    const timeline = inner(el, 'dtc-plan-timeline');
    await until(() => $$(timeline, 'text.year').length > 0);
    await expectFitsAndAccessible(el, ui);
    const years = (geometry(locale).years = measureYears(timeline));
    const labels = $$<SVGTextElement>(timeline, 'text.year').map((t) => t.getBoundingClientRect());
    if (locale === 'en') expect(years.first).toBeLessThan(years.second);
    if (rtl) {
      // The first year on the right, where the drawing starts (a scrolling drawing shows
      // its start, the right end, first).
      expect(years.first).toBeGreaterThan(years.second);
      expect(labels[0]!.left).toBeGreaterThan(labels[1]!.left);
      const plot = $(timeline, '.plot').getBoundingClientRect();
      expect(labels[0]!.right).toBeLessThanOrEqual(plot.right + 0.5);
      expect(labels[0]!.left).toBeGreaterThanOrEqual(plot.left - 0.5);
      const en = await english('years', async () => {
        const planner = await mountIn<DtcActionPlan>('dtc-action-plan', 'en', {
          framework: sixPillars,
          plan: timelinePlan(),
          tab: 'timeline',
        });
        return measureYears(inner(planner, 'dtc-plan-timeline'));
      });
      expect(years.width).toBeCloseTo(en.width, 0);
      expect(years.first).toBeCloseTo(years.width - en.first, 0);
      expect(years.second).toBeCloseTo(years.width - en.second, 0);
    }
  });

  it('dtc-report, answered and planned: fits, no axe violation', async () => {
    const el = await mountIn<HTMLElement>('dtc-report', locale, {
      framework: sixPillars,
      response,
      plan,
    });
    expect($$(inner(el, 'dtc-results'), 'dtc-radar-chart')).toHaveLength(1);
    await expectFitsAndAccessible(el, ui);
  });

  it('dtc-heatmap: its first column on the inline-start side', async () => {
    const data = { rows: HEAT_ROWS, columns: ROLES, values: HEAT_VALUES, levels: LEVELS };
    const el = await mountIn<HTMLElement>('dtc-heatmap', locale, data);
    const g = (geometry(locale).heatmap = measureHeatmap(el));
    if (!rtl) expect(g.first).toBeLessThan(g.second);
    if (rtl) {
      const en = await english('heatmap', async () =>
        measureHeatmap(await mountIn('dtc-heatmap', 'en', data)),
      );
      // The first column at the right, as far from the right edge as English's is from the left.
      expect(g.first).toBeGreaterThan(g.second);
      expect(g.width).toBeCloseTo(en.width, 0);
      expect(g.first + g.cell).toBeCloseTo(g.width - en.first, 0);
      await expectNoAxeViolations(el);
    }
  });
});
