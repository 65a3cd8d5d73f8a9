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
  SCHEMES,
  tableRows,
  textOf,
  until,
} from '../../test/chart-helpers.js';
import { HOSTILE } from '../../test/fixtures-results.js';
import { framework, timelinePlan } from '../../test/fixtures-timeline.js';
import './define.js';
import type { DtcPlanTimeline, PlanTimelineSelectDetail } from './define.js';

function timeline(props: Partial<DtcPlanTimeline> = {}): DtcPlanTimeline {
  return Object.assign(document.createElement('dtc-plan-timeline'), {
    plan: timelinePlan(),
    framework,
    ...props,
  });
}

/** The x of the line where a year starts (the left edge of its column in LTR). */
function yearEdges(el: Element): Map<number, number> {
  const heads = $$<SVGTextElement>(el, 'text.year');
  const lines = $$<SVGLineElement>(el, 'line.grid');
  return new Map(
    heads.map((t, i) => [Number(textOf(t)), lines[i]!.x1.baseVal.value] as [number, number]),
  );
}

function bar(el: Element, id: string): SVGRectElement {
  return $<SVGRectElement>(el, `.act[data-id="${id}"] rect.bar`);
}

const LABELS = [
  'Map the connectivity of every school: 2026 (from its horizon, no cost years); Connectivity and infrastructure. 1 milestone, 1 done: Map published (Q2 2026, done).',
  'Connect 400 schools: 2027–2029; Connectivity and infrastructure. 2 milestones, 1 done: Tender awarded (Q1 2027, done) and First 100 schools connected (Q4 2027, not done). Depends on: Map the connectivity of every school.',
  'Publish a yearly EMIS dashboard: 2026–2028; Data and evidence. 1 milestone, 0 done: Second edition (Q1 2031, not done). Depends on: Map the connectivity of every school.',
  'Train teachers to use the connection in class: 2029–2030 (from its horizon, no cost years); Capacity and culture. Depends on: Connect 400 schools.',
];

afterEach(async () => {
  await darkMode(false);
  document.body.replaceChildren();
});

describe('dtc-plan-timeline', () => {
  describe('defaults', () => {
    it('renders without a plan: a caption, a summary and no drawing', async () => {
      const el = await mount(document.createElement('dtc-plan-timeline'));
      expect(textOf($(el, 'figcaption'))).toBe('Plan timeline');
      expect(textOf($(el, '.summary'))).toBe('No actions yet.');
      expect($$(el, 'svg[part=svg]')).toHaveLength(0);
      await expectNoAxeViolations(el);
    });
  });

  describe('data shown equals data given', () => {
    it('summarises the plan for screen readers', async () => {
      const el = await mount(timeline());
      expect(textOf($(el, '.summary'))).toBe(
        '4 actions from 2026 to 2030; 3 dependencies; 4 milestones, 2 done.',
      );
    });

    it('draws each action over its years: its cost years, else its horizon in the period', async () => {
      const el = await mount(timeline(), { width: 700 });
      const edges = yearEdges(el);
      expect([...edges.keys()]).toEqual([2026, 2027, 2028, 2029, 2030, 2031]);
      const column = edges.get(2027)! - edges.get(2026)!;
      const spans = {
        map: [2026, 2026],
        connect: [2027, 2029],
        emis: [2026, 2028],
        train: [2029, 2030],
      };
      for (const [id, [from, to]] of Object.entries(spans)) {
        const rect = bar(el, id);
        const x = rect.x.baseVal.value;
        const w = rect.width.baseVal.value;
        expect(x, id).toBeCloseTo(edges.get(from!)! + 1, 0);
        expect(x + w, id).toBeCloseTo(edges.get(from!)! + (to! - from! + 1) * column - 1, 0);
      }
      // Bars from a cost are solid; bars from a horizon are told apart (dashed outline).
      expect(bar(el, 'connect').classList.contains('cost')).toBe(true);
      expect(bar(el, 'map').classList.contains('horizon')).toBe(true);
      // The year after the period's end (a milestone falls there) is shaded.
      expect($$(el, 'rect.band')).toHaveLength(1);
    });

    it('names each action with its years, group, milestones and dependencies, in group order', async () => {
      const el = await mount(timeline());
      expect($$(el, '.act').map((g) => g.getAttribute('aria-label'))).toEqual(LABELS);
      expect($$(el, 'text.group').map(textOf)).toEqual(['Short term', 'Medium term', 'Long term']);
    });

    it('marks milestones on their year and quarter, done filled and not done hollow', async () => {
      const el = await mount(timeline(), { width: 700 });
      const edges = yearEdges(el);
      const column = edges.get(2027)! - edges.get(2026)!;
      const marks = (id: string): string[] =>
        $$(el, `.act[data-id="${id}"] path.milestone`).map((p) => p.classList[1]!);
      // In date order on each bar: filled when done, hollow when not.
      expect([marks('map'), marks('connect'), marks('emis'), marks('train')]).toEqual([
        ['done'],
        ['done', 'todo'],
        ['todo'],
        [],
      ]);
      const done = $$<SVGPathElement>(el, 'path.milestone.done');
      const todo = $$<SVGPathElement>(el, 'path.milestone.todo');
      // The centre of a marker is in the middle of its quarter.
      const centre = (p: SVGPathElement): number => {
        const box = p.getBBox();
        return box.x + box.width / 2;
      };
      expect(centre(done[0]!)).toBeCloseTo(edges.get(2026)! + 1.5 * (column / 4), 0);
      expect(centre(todo[0]!)).toBeCloseTo(edges.get(2027)! + 3.5 * (column / 4), 0);
      // Not by colour alone: a filled and a hollow shape.
      const fill = (p: Element): string => getComputedStyle(p).fill;
      expect(fill(done[0]!)).not.toBe(fill(todo[0]!));
      expect(fill(todo[0]!)).toBe(getComputedStyle(el).backgroundColor);
      expect($$(el, '.legend li').map(textOf)).toEqual([
        'Connectivity and infrastructure',
        'Capacity and culture',
        'Data and evidence',
        'Years of its cost',
        'Years of its horizon (no cost years given)',
        'Milestone done',
        'Milestone not done',
        'Dependency: the arrow points to the action that needs the other',
      ]);
    });

    it('draws one arrow per dependency, from the action needed first to the one that needs it', async () => {
      const el = await mount(timeline(), { width: 700 });
      const arrows = $$(el, 'g.dep');
      expect(arrows.map((a) => [a.dataset['from'], a.dataset['to']])).toEqual([
        ['map', 'connect'],
        ['map', 'emis'],
        ['connect', 'train'],
      ]);
      // The arrow ends at the start of the dependent's bar, at its height.
      const head = arrows[0]!.querySelector<SVGPathElement>('.dep-head')!.getBBox();
      const target = bar(el, 'connect').getBBox();
      expect(head.x + head.width).toBeCloseTo(target.x, 0);
      expect(head.y + head.height / 2).toBeCloseTo(target.y + target.height / 2, 0);
    });

    it('groups by pillar, in framework order, with the pillar names', async () => {
      const el = await mount(timeline());
      el.setAttribute('group-by', 'pillar');
      await el.updateComplete;
      expect($$(el, 'text.group').map(textOf)).toEqual([
        'Connectivity and infrastructure',
        'Capacity and culture',
        'Data and evidence',
      ]);
      expect($$(el, '.act').map((g) => g.dataset['id'])).toEqual([
        'map',
        'connect',
        'train',
        'emis',
      ]);
      expect($$(el, '.act')[0]!.getAttribute('aria-label')).toBe(
        'Map the connectivity of every school: 2026 (from its horizon, no cost years); Short term. 1 milestone, 1 done: Map published (Q2 2026, done).',
      );
      await expectNoAxeViolations(el);
    });

    it('renders plan text as text', async () => {
      const plan = timelinePlan();
      plan.actions[0]!.title = HOSTILE;
      plan.actions[0]!.milestones[0]!.what = HOSTILE;
      const el = await mount(timeline({ plan }));
      expect($$(el, 'img')).toHaveLength(0);
      expect($$(el, '.act')[0]!.getAttribute('aria-label')).toContain(HOSTILE);
      expect(tableRows(el)[2]![7]).toBe(`${HOSTILE} (Q2 2026, done)`);
    });
  });

  describe('table alternative', () => {
    it('lists actions × years, milestones and dependencies, shown with the button', async () => {
      const el = await mount(timeline());
      const table = $(el, '.table');
      expect(table.hidden).toBe(true);
      await expectNoAxeViolations(el);
      const toggle = $(el, '.toggle');
      expect(textOf(toggle)).toBe('Show data table');
      expect(toggle.getAttribute('aria-expanded')).toBe('false');
      toggle.click();
      await el.updateComplete;
      expect(el.showTable).toBe(true);
      expect(el.hasAttribute('show-table')).toBe(true);
      expect(table.hidden).toBe(false);
      expect(toggle.getAttribute('aria-expanded')).toBe('true');
      const P = '■Planned';
      expect(tableRows(el)).toEqual([
        ['Action', '2026', '2027', '2028', '2029', '2030', '2031', 'Milestones', 'Depends on'],
        ['Short term'],
        [
          'Map the connectivity of every school',
          P,
          '',
          '',
          '',
          '',
          '',
          'Map published (Q2 2026, done)',
          'None',
        ],
        ['Medium term'],
        [
          'Connect 400 schools',
          '',
          P,
          P,
          P,
          '',
          '',
          'Tender awarded (Q1 2027, done)First 100 schools connected (Q4 2027, not done)',
          'Map the connectivity of every school',
        ],
        [
          'Publish a yearly EMIS dashboard',
          P,
          P,
          P,
          '',
          '',
          '',
          'Second edition (Q1 2031, not done)',
          'Map the connectivity of every school',
        ],
        ['Long term'],
        [
          'Train teachers to use the connection in class',
          '',
          '',
          '',
          P,
          P,
          '',
          'None',
          'Connect 400 schools',
        ],
      ]);
      await expectNoAxeViolations(el);
    });

    it('is hidden from everyone until shown, as the charts do, and always shown in print', async () => {
      const el = await mount(timeline());
      expect(getComputedStyle($(el, '.table')).display).toBe('none');
      el.print = true;
      await el.updateComplete;
      expect(getComputedStyle($(el, '.table')).display).toBe('block');
      expect(getComputedStyle($(el, '.toggle')).display).toBe('none');
      el.print = false;
      await el.updateComplete;
      await emulateMedia('print');
      expect(getComputedStyle($(el, '.table')).display).toBe('block');
      await emulateMedia('');
    });
  });

  describe('keyboard and events', () => {
    it('holds one tab stop; arrows, Home and End move; Enter and Space select', async () => {
      const el = await mount(timeline());
      const acts = $$(el, '.act');
      expect(acts.map((a) => a.getAttribute('tabindex'))).toEqual(['0', '-1', '-1', '-1']);
      const chosen: string[] = [];
      el.addEventListener('dtc-plan-timeline-select', (e: CustomEvent<PlanTimelineSelectDetail>) =>
        chosen.push(e.detail.actionId),
      );
      acts[0]!.focus();
      await userEvent.keyboard('{ArrowDown}');
      await until(() => deepActive() === acts[1]);
      expect(acts.map((a) => a.getAttribute('tabindex'))).toEqual(['-1', '0', '-1', '-1']);
      await userEvent.keyboard('{ArrowRight}');
      await until(() => deepActive() === acts[2]);
      await userEvent.keyboard('{Enter}');
      await userEvent.keyboard('{End}');
      await until(() => deepActive() === acts[3]);
      await userEvent.keyboard('{ArrowDown}');
      expect(deepActive()).toBe(acts[3]);
      await userEvent.keyboard('{Home}');
      await until(() => deepActive() === acts[0]);
      await userEvent.keyboard('{ArrowLeft}');
      expect(deepActive()).toBe(acts[0]);
      await userEvent.keyboard(' ');
      expect(chosen).toEqual(['emis', 'map']);
    });

    it('keeps the tab stop on an action that is still there when the plan changes', async () => {
      const el = await mount(timeline());
      const acts = $$(el, '.act');
      acts[3]!.focus();
      await until(() => $$(el, '.act')[3]!.getAttribute('tabindex') === '0');
      const plan = timelinePlan();
      plan.actions = plan.actions.slice(0, 2);
      el.plan = plan;
      await el.updateComplete;
      expect($$(el, '.act').map((a) => a.getAttribute('tabindex'))).toEqual(['-1', '0']);
      expect(textOf($(el, '.summary'))).toBe(
        '2 actions from 2026 to 2030; 1 dependency; 3 milestones, 2 done.',
      );
    });

    it('reaches the actions with Tab, and shows a focus ring', async () => {
      const before = document.createElement('button');
      before.textContent = 'before';
      document.body.append(before);
      const el = await mount(timeline());
      before.focus();
      await userEvent.keyboard('{Tab}');
      const first = $$(el, '.act')[0]!;
      await until(() => deepActive() === first).catch(() => {
        throw new Error(`focus on ${deepActive()?.outerHTML.slice(0, 80)}`);
      });
      const ring = getComputedStyle(first.querySelector('.hit')!);
      expect(ring.strokeWidth).toBe('3px');
      expect(ring.stroke).not.toBe('none');
    });

    it('selects an action on click, bubbling out of the shadow root', async () => {
      const el = await mount(timeline());
      const got = new Promise<string>((resolve) =>
        document.body.addEventListener(
          'dtc-plan-timeline-select',
          (e) => resolve((e as CustomEvent<PlanTimelineSelectDetail>).detail.actionId),
          { once: true },
        ),
      );
      await userEvent.click($$(el, '.act rect.bar')[1]!);
      expect(await got).toBe('connect');
    });
  });

  describe('right to left', () => {
    it('runs the year axis right to left; arrows mirror', async () => {
      const el = await mount(timeline(), { width: 700, dir: 'rtl' });
      const edges = yearEdges(el);
      expect(edges.get(2026)!).toBeGreaterThan(edges.get(2027)!);
      const connect = bar(el, 'connect');
      const map = bar(el, 'map');
      expect(connect.x.baseVal.value).toBeLessThan(map.x.baseVal.value);
      // In RTL the arrow's head is at the right end of the dependent's bar.
      const head = $$(el, 'g.dep')[0]!.querySelector<SVGPathElement>('.dep-head')!.getBBox();
      const target = connect.getBBox();
      expect(head.x).toBeCloseTo(target.x + target.width, 0);
      await expectNoAxeViolations(el);
    });

    it('mirrors Left and Right', async () => {
      const el = await mount(timeline(), { dir: 'rtl' });
      const acts = $$(el, '.act');
      acts[0]!.focus();
      await userEvent.keyboard('{ArrowLeft}');
      await until(() => deepActive() === acts[1]);
      await userEvent.keyboard('{ArrowRight}');
      await until(() => deepActive() === acts[0]);
    });

    it('follows its dir property', async () => {
      const el = await mount(timeline(), { width: 700 });
      el.dir = 'rtl';
      await el.updateComplete;
      const edges = yearEdges(el);
      expect(edges.get(2026)!).toBeGreaterThan(edges.get(2027)!);
      el.showTable = true;
      await el.updateComplete;
      await expectNoAxeViolations(el);
    });
  });

  describe('French', () => {
    it('speaks French, with narrow no-break spaces before colons', async () => {
      const el = await mount(timeline({ locale: 'fr' }));
      await until(() => textOf($(el, 'figcaption')) === 'Calendrier du plan');
      // (textOf would collapse U+202F, a white-space character to a regular expression.)
      expect($(el, '.summary').textContent!.trim()).toBe(
        '4 actions de 2026 à 2030\u202f; 3 dépendances\u202f; 4 jalons, 2 atteints.',
      );
      expect($$(el, '.act')[1]!.getAttribute('aria-label')).toBe(
        'Connect 400 schools\u202f: 2027–2029\u202f; Connectivité et infrastructure. 2 jalons, 1 atteint\u202f: Tender awarded (T1 2027, atteint) et First 100 schools connected (T4 2027, non atteint). Dépend de\u202f: Map the connectivity of every school.',
      );
      expect($$(el, 'text.group').map(textOf)).toEqual([
        'Court terme',
        'Moyen terme',
        'Long terme',
      ]);
      await expectNoAxeViolations(el);
      el.showTable = true;
      await el.updateComplete;
      expect(tableRows(el)[0]).toEqual([
        'Action',
        '2026',
        '2027',
        '2028',
        '2029',
        '2030',
        '2031',
        'Jalons',
        'Dépend de',
      ]);
      expect(tableRows(el)[2]![7]).toBe('Map published (T2 2026, atteint)');
      await expectNoAxeViolations(el);
    });
  });

  describe('narrow and dark', () => {
    it('meets WCAG 2.2 AA contrast in every text, bar and milestone: light, dark, forced colours', async () => {
      const el = await mount(timeline(), { width: 900 });
      const marks = '.bar, .milestone, .dep-line';
      const measured = await expectContrastInEveryScheme(el, marks);
      // Every bar and milestone of the drawing and of its legend.
      const drawn = $$(el, marks).length;
      expect(drawn).toBeGreaterThanOrEqual(el.plan!.actions.length);
      for (const scheme of SCHEMES)
        expect(measured[scheme], scheme).toEqual({ texts: measured.light.texts, marks: drawn });
      expect(measured.light.texts).toBeGreaterThanOrEqual(el.plan!.actions.length);
    });

    it('scrolls sideways at 320 px inside a focusable labelled region', async () => {
      const el = await mount(timeline(), { width: 320 });
      const plot = $(el, '.plot');
      expect(plot.scrollWidth).toBeGreaterThan(plot.clientWidth);
      expect(el.getBoundingClientRect().width).toBeLessThanOrEqual(320);
      expect(plot.getAttribute('role')).toBe('region');
      expect(plot.getAttribute('tabindex')).toBe('0');
      expect(plot.getAttribute('aria-label')).toBe('Timeline of the actions (scrolls sideways)');
      await expectNoAxeViolations(el);
      el.showTable = true;
      await el.updateComplete;
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(
        document.documentElement.clientWidth,
      );
      await expectNoAxeViolations(el);
    });

    it('is no scrolling region when it fits', async () => {
      const el = await mount(timeline(), { width: 800 });
      const plot = $(el, '.plot');
      expect(plot.hasAttribute('role')).toBe(false);
      expect(plot.hasAttribute('tabindex')).toBe(false);
    });

    it('has no axe violations in dark mode, table shown', async () => {
      const el = await mount(timeline({ showTable: true }));
      await darkMode(true);
      await expectNoAxeViolations(el);
    });
  });
});
