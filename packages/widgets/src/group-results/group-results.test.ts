import type { Response } from '@dtc/schema';
import { aggregateResponses, AGGREGATE_DEFAULTS } from '@dtc/scoring';
import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test/helpers.js';
import { firstRenders, layoutReads } from '../../test/layout.js';
import {
  $,
  $$,
  deepActive,
  expectContrastInEveryScheme,
  mount,
  pointLabels,
  SCHEMES,
  settled,
  tableRows,
  textOf,
  until,
} from '../../test/chart-helpers.js';
import { framework, storyResponse } from '../../test/story-data.js';
import './define.js';
import {
  GROUP_RESULTS_DEFAULTS,
  type DtcGroupResults,
  type GroupParticipant,
  type GroupResultsChangeDetail,
} from './define.js';

const ministry = (levels: number[], country = 'SEN') =>
  storyResponse(levels, 1, { role: 'ministry-education', country });
const school = (levels: number[], country = 'SEN') =>
  storyResponse(levels, 1, { role: 'school', country });

/** Four people, two roles and two countries; the roles see the framework very differently. */
const diverging = (): GroupParticipant[] => [
  { id: 'a', label: 'Ministry A', response: ministry([4, 4, 3, 4]) },
  { id: 'b', label: 'Ministry B', response: ministry([4, 3, 4, 4], 'CIV') },
  { id: 'c', label: 'School C', response: school([1, 1, 2, 1]) },
  { id: 'd', label: 'School D', response: school([1, 2, 1, 1], 'CIV') },
];

function groupResults(props: Partial<DtcGroupResults> = {}): DtcGroupResults {
  const el = document.createElement('dtc-group-results');
  Object.assign(el, { framework, participants: diverging(), ...props });
  return el;
}

async function shown(props: Partial<DtcGroupResults> = {}, options = {}) {
  const el = await mount(groupResults(props), { width: 900, ...options });
  await settled(el);
  return el;
}

const listItems = (el: Element, heading: string): string[] => {
  const h3 = $$(el, 'h3').find((h) => textOf(h) === heading);
  return [...(h3?.parentElement?.querySelectorAll('li, p') ?? [])].map((n) => textOf(n));
};

afterEach(() => {
  document.body.replaceChildren();
});

describe('dtc-group-results', () => {
  describe('defaults', () => {
    it('groups by role, shows all pillars, with the engine’s thresholds', () => {
      const el = document.createElement('dtc-group-results');
      expect(el.grouping).toBe('role');
      expect(el.pillar).toBe('');
      expect(el.divergenceThreshold).toBe(AGGREGATE_DEFAULTS.divergenceThreshold);
      expect(el.consensusThreshold).toBe(AGGREGATE_DEFAULTS.consensusThreshold);
      expect(el.strengthThreshold).toBe(50);
      expect(el.listSize).toBe(6);
      expect(el.overlayMax).toBe(6);
      expect(GROUP_RESULTS_DEFAULTS).toMatchObject({
        divergenceThreshold: 25,
        consensusThreshold: 10,
        strengthThreshold: 50,
        listSize: 6,
        overlayMax: 6,
      });
    });

    it('says how to start without participants, and shows no chart', async () => {
      const el = await shown({ participants: [] });
      expect(textOf($(el, '.notice'))).toBe('Add at least one participant to see the group.');
      expect($$(el, 'dtc-radar-chart, dtc-heatmap')).toHaveLength(0);
      expect(el.currentGroup).toBeNull();
    });

    it('shows what aggregateResponses returns: radars, heatmap and divergence', async () => {
      const people = diverging();
      const el = await shown({ participants: people });
      const expected = aggregateResponses(
        framework,
        people.map((p) => p.response),
        { groupBy: 'role' },
      );
      expect(el.currentGroup).toEqual(expected);
      // One radar with everyone, then one each, with the engine's pillar scores.
      const overlay = $(el, '#radar-all') as unknown as { series: { values: unknown[] }[] };
      expect(overlay.series.map((s) => s.values)).toEqual(
        people.map((_, i) => expected.pillars.map((p) => p.scores[i])),
      );
      expect($$(el, '.chart-grid dtc-radar-chart')).toHaveLength(4);
      // The heatmap: every component × every participant, the divergent rows flagged.
      const heatmap = $(el, 'dtc-heatmap') as unknown as {
        rows: { id: string }[];
        columns: { label: string }[];
        values: (number | null)[][];
        divergent: string[];
      };
      const components = expected.pillars.flatMap((p) => p.components);
      expect(heatmap.rows.map((r) => r.id)).toEqual(components.map((c) => c.id));
      expect(heatmap.columns.map((c) => c.label)).toEqual(people.map((p) => p.label));
      expect(heatmap.values).toEqual(components.map((c) => c.scores));
      expect(heatmap.divergent).toEqual(expected.divergence.map((d) => d.componentId));
      expect(expected.divergence.length).toBeGreaterThan(0);
      // Views by role: one series per group, named with its size.
      const byRole = $$(el, 'dtc-radar-chart').at(-1) as unknown as {
        series: { label: string; values: unknown[] }[];
      };
      expect(byRole.series.map((s) => s.label)).toEqual([
        'Ministry of education (2)',
        'School (2)',
      ]);
      expect(byRole.series[0]!.values).toEqual(
        expected.groups[0]!.result.pillars.map((p) => p.mean),
      );
      // Where views diverge: the engine's list, widest first, with both groups' means.
      const items = $$(el, '[part="divergence"] li').map(textOf);
      expect(items).toHaveLength(expected.divergence.length);
      const first = expected.divergence[0]!;
      expect(items[0]).toContain(
        `Ministry of education ${Math.round(first.highMean)} vs School ${Math.round(first.lowMean)}`,
      );
    });

    it('names participants given as bare responses', async () => {
      const responses: Response[] = diverging().map((p) => p.response);
      const el = await shown({ participants: [], responses });
      const heatmap = $(el, 'dtc-heatmap') as unknown as { columns: { label: string }[] };
      expect(heatmap.columns.map((c) => c.label)).toEqual([
        'Participant 1',
        'Participant 2',
        'Participant 3',
        'Participant 4',
      ]);
    });
  });

  describe('properties', () => {
    it('splits the engine’s shared views at strength-threshold and lists at most list-size', async () => {
      // Everyone alike: every component is a shared view.
      const same = [1, 2, 3].map((i) => ({
        id: `p${i}`,
        label: `P${i}`,
        response: ministry([1, 2, 3, 4]),
      }));
      const el = await shown({ participants: same });
      const group = el.currentGroup!;
      const above = group.consensus.filter((c) => c.mean >= 50);
      const below = group.consensus.filter((c) => c.mean < 50);
      expect(above.length).toBeGreaterThan(0);
      expect(below.length).toBeGreaterThan(0);
      expect(listItems(el, 'Common strengths')).toHaveLength(Math.min(6, above.length));
      expect(listItems(el, 'Common challenges')).toHaveLength(Math.min(6, below.length));
      // Strongest first; weakest first.
      const top = [...above].sort((a, b) => b.mean - a.mean)[0]!;
      expect(listItems(el, 'Common strengths')[0]).toContain(`mean ${Math.round(top.mean)}/100`);

      el.strengthThreshold = 101;
      el.listSize = 2;
      await settled(el);
      expect(listItems(el, 'Common strengths')).toEqual(['None stands out yet.']);
      expect(listItems(el, 'Common challenges')).toHaveLength(2);
    });

    it('passes divergence-threshold to the engine and says it', async () => {
      const el = await shown();
      const before = el.currentGroup!.divergence.length;
      el.setAttribute('divergence-threshold', '101');
      await settled(el);
      expect(el.divergenceThreshold).toBe(101);
      expect(el.currentGroup!.divergence).toEqual([]);
      expect(before).toBeGreaterThan(0);
      expect(textOf($(el, '#divergence-title + p'))).toBe(
        'Components where the groups’ mean scores differ by 101 points or more.',
      );
      expect(textOf($(el, '#divergence-title ~ p.muted'))).toBe(
        'No strong divergence between groups.',
      );
    });

    it('passes consensus-threshold to the engine', async () => {
      const el = await shown({ consensusThreshold: 0 });
      const loose = await shown({ consensusThreshold: 100 });
      expect(loose.currentGroup!.consensus.length).toBeGreaterThan(
        el.currentGroup!.consensus.length,
      );
    });

    it('shows one pillar: its components as axes and heatmap rows', async () => {
      const pillar = framework.pillars[1]!;
      const el = await shown({ pillar: pillar.id });
      const heatmap = $(el, 'dtc-heatmap') as unknown as { rows: { id: string }[] };
      expect(heatmap.rows.map((r) => r.id)).toEqual(pillar.components.map((c) => c.id));
      expect(pointLabels($(el, '#radar-all')).length).toBe(
        pillar.components.length * el.participants.length,
      );
      const chosen = $$(el, 'nav [aria-pressed="true"]').map(textOf);
      expect(chosen).toEqual([pillar.title.en, 'Group by: Role']);
    });

    it('ignores a pillar the framework does not have', async () => {
      const el = await shown({ pillar: 'no-such-pillar' });
      expect(el.currentGroup!.pillars).toHaveLength(framework.pillars.length);
      expect(textOf($(el, 'nav [aria-pressed="true"]'))).toBe('All pillars');
    });

    it('groups by country, named by groupLabel', async () => {
      const el = await shown({
        grouping: 'country',
        groupLabel: (key) => ({ SEN: 'Senegal', CIV: 'Côte d’Ivoire' })[key],
      });
      const byCountry = $$(el, 'dtc-radar-chart').at(-1) as unknown as {
        series: { label: string }[];
      };
      expect(byCountry.series.map((s) => s.label)).toEqual(['Côte d’Ivoire (2)', 'Senegal (2)']);
    });

    it('leaves out the shared radar past overlay-max', async () => {
      const el = await shown({ overlayMax: 3 });
      expect($$(el, '#radar-all')).toHaveLength(0);
      expect($$(el, '.chart-grid dtc-radar-chart')).toHaveLength(4);
    });

    it('renders links to the host’s URLs when given filterHref', async () => {
      const el = await shown({
        filterHref: (v) => `?by=${v.grouping}&scope=${v.pillar ?? 'all'}`,
      });
      const links = $$<HTMLAnchorElement>(el, 'nav a');
      expect(links).toHaveLength(framework.pillars.length + 1 + 2);
      expect(links[0]!.getAttribute('href')).toBe('?by=role&scope=all');
      expect(links[0]!.getAttribute('aria-current')).toBe('true');
      expect(links.at(-1)!.getAttribute('href')).toBe('?by=country&scope=all');
      expect($$(el, 'nav button')).toHaveLength(0);
    });
  });

  describe('events', () => {
    it('fires dtc-group-results-change with the chosen view, and shows it', async () => {
      const el = await shown();
      const seen: GroupResultsChangeDetail[] = [];
      el.addEventListener('dtc-group-results-change', (e) => seen.push(e.detail));
      const country = $$(el, 'nav button').find((b) => textOf(b) === 'Group by: Country')!;
      country.click();
      await settled(el);
      expect(seen).toEqual([{ grouping: 'country', pillar: null }]);
      expect(el.grouping).toBe('country');
      expect(el.getAttribute('grouping')).toBe('country');
      const pillar = framework.pillars[2]!;
      $$(el, 'nav button')
        .find((b) => textOf(b) === pillar.title.en)!
        .click();
      await settled(el);
      expect(seen[1]).toEqual({ grouping: 'country', pillar: pillar.id });
      expect(el.currentGroup!.pillars.map((p) => p.id)).toEqual([pillar.id]);
    });

    it('keeps the view when the event is cancelled, and fires nothing for the current view', async () => {
      const el = await shown();
      let fired = 0;
      el.addEventListener('dtc-group-results-change', (e) => {
        fired++;
        e.preventDefault();
      });
      $$(el, 'nav button')
        .find((b) => textOf(b) === 'Group by: Role')!
        .click();
      expect(fired).toBe(0);
      $$(el, 'nav button')
        .find((b) => textOf(b) === 'Group by: Country')!
        .click();
      await settled(el);
      expect(fired).toBe(1);
      expect(el.grouping).toBe('role');
    });

    it('follows a link only with a modifier key; a plain click changes the view in place', async () => {
      const el = await shown({ filterHref: (v) => `#by-${v.grouping}` });
      const link = $$<HTMLAnchorElement>(el, 'nav a').find(
        (a) => textOf(a) === 'Group by: Country',
      )!;
      const plain = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
      link.dispatchEvent(plain);
      expect(plain.defaultPrevented).toBe(true);
      await settled(el);
      expect(el.grouping).toBe('country');
      const roleLink = $$<HTMLAnchorElement>(el, 'nav a').find(
        (a) => textOf(a) === 'Group by: Role',
      )!;
      const newTab = new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true });
      roleLink.addEventListener('click', (e) => e.preventDefault()); // no navigation in the test
      roleLink.dispatchEvent(newTab);
      expect(el.grouping).toBe('country');
    });
  });

  describe('keyboard', () => {
    it('reaches the toggles with Tab, changes the view with Enter, keeps focus', async () => {
      const el = await shown();
      const first = $$(el, 'nav button')[0]!;
      first.focus();
      expect(deepActive()).toBe(first);
      await userEvent.keyboard('{Tab}');
      const second = deepActive() as HTMLElement;
      expect(textOf(second)).toBe(framework.pillars[0]!.title.en);
      await userEvent.keyboard('{Enter}');
      await settled(el);
      expect(el.pillar).toBe(framework.pillars[0]!.id);
      expect(deepActive()).toBe(second);
      expect(second.getAttribute('aria-pressed')).toBe('true');
    });

    it('gives each chart one tab stop', async () => {
      const el = await shown({ participants: diverging().slice(0, 1) });
      const charts = $$(el, 'dtc-radar-chart, dtc-heatmap');
      for (const chart of charts) {
        expect($$(chart, '.pt[tabindex="0"]')).toHaveLength(1);
      }
    });
  });

  describe('a11y', () => {
    it('meets WCAG 2.2 AA contrast in every text and mark of its charts: light, dark, forced colours', async () => {
      const el = await shown();
      const measured = await expectContrastInEveryScheme(el, '.bar, .line, .mark, .cell');
      for (const scheme of SCHEMES) expect(measured[scheme], scheme).toEqual(measured.light);
      // The radar (a line and a point per pillar), a bar per component, a heatmap cell each.
      expect(measured.light.marks).toBeGreaterThan(framework.pillars.length * 2);
    });

    it('has no axe violations: empty', async () => {
      await expectNoAxeViolations(await shown({ participants: [] }));
    });
    it('has no axe violations: one participant', async () => {
      await expectNoAxeViolations(await shown({ participants: diverging().slice(0, 1) }));
    });
    it('has no axe violations: many, diverging', async () => {
      const el = await shown();
      expect(el.currentGroup!.divergence.length).toBeGreaterThan(0);
      await expectNoAxeViolations(el);
    });
    it('has no axe violations: filtered (one pillar, by country, as links)', async () => {
      await expectNoAxeViolations(
        await shown({
          pillar: framework.pillars[5]!.id,
          grouping: 'country',
          filterHref: (v) => `?by=${v.grouping}`,
        }),
      );
    });
    it('gives every chart a data table', async () => {
      const el = await shown();
      const heatmap = $(el, 'dtc-heatmap');
      const rows = tableRows(heatmap);
      expect(rows[0]).toEqual(['Component', 'Ministry A', 'Ministry B', 'School C', 'School D']);
    });
  });

  describe('many participants', () => {
    /** Participant k: component levels spread by k, so that no two neighbours score alike. */
    const crowd = (n: number): GroupParticipant[] =>
      Array.from({ length: n }, (_, k) => ({
        id: `p${k}`,
        label: `Person ${k + 1}`,
        response: storyResponse([1 + (k % 4), 1 + ((k >> 2) % 4), 1 + ((k >> 4) % 4), 2], 1, {
          role: k % 3 ? 'school' : 'ministry-education',
          country: k % 2 ? 'SEN' : 'CIV',
        }),
      }));
    /** The number in a table cell ("67 (Established)" → 67), or null for "Not scored". */
    const number = (cell: string): number | null => {
      const m = /\d+/.exec(cell);
      return m ? Number(m[0]) : null;
    };
    const rounded = (v: number | null | undefined): number | null =>
      v === null || v === undefined ? null : Math.round(v);

    it('shows 1,000 participants a page at a time, and every one’s scores in a chart and its table', async () => {
      const people = crowd(1000);
      const el = await shown({ participants: people }, { width: 1200 });
      const expected = aggregateResponses(
        framework,
        people.map((p) => p.response),
        { groupBy: 'role' },
      );
      const components = expected.pillars.flatMap((p) => p.components);
      const size = GROUP_RESULTS_DEFAULTS.pageSize;
      const pages = Math.ceil(people.length / size);
      const select = $<HTMLSelectElement>(el, '[part="pager"] select');
      expect(select.options).toHaveLength(pages);
      expect(select.options[0]!.textContent!.trim()).toBe('1–24');
      expect(select.options[pages - 1]!.textContent!.trim()).toBe('985–1,000');
      const next = $$(el, '[part="pager"] button')[1]!;
      const seen = new Set<string>();
      for (let page = 0; page < pages; page++) {
        const from = page * size;
        const to = Math.min(people.length, from + size);
        expect(textOf($(el, '.pager-status'))).toBe(
          `Participants ${(from + 1).toLocaleString('en')}–${to.toLocaleString('en')} of 1,000 are shown side by side and in the gallery walk.`,
        );
        // The radars side by side: this page's participants, each with their pillar scores.
        const radars = $$(el, '.chart-grid dtc-radar-chart');
        expect(radars).toHaveLength(to - from);
        radars.forEach((radar, k) => {
          const i = from + k;
          const rows = tableRows(radar);
          expect(rows[0]).toEqual(['Pillar', people[i]!.label]);
          expect(rows.slice(1).map((r) => number(r[1]!))).toEqual(
            expected.pillars.map((p) => rounded(p.scores[i])),
          );
          seen.add(people[i]!.label);
        });
        // The heatmap: the same participants as columns, every component's score.
        const heatmap = $(el, 'dtc-heatmap');
        const table = tableRows(heatmap);
        expect(table[0]).toEqual(['Component', ...people.slice(from, to).map((p) => p.label)]);
        const body = table.slice(1).filter((r) => r.length === to - from + 1);
        expect(body.map((r) => r.slice(1).map(number))).toEqual(
          components.map((c) => c.scores.slice(from, to).map(rounded)),
        );
        if (page < pages - 1) {
          next.click();
          await settled(el);
        }
      }
      expect(seen.size).toBe(1000);
      expect(next.getAttribute('aria-disabled')).toBe('true');
      // The numbers of the group are always the whole group's.
      expect(el.currentGroup).toEqual(expected);
    });

    it('turns pages with the keyboard, and says which participants it shows', async () => {
      const people = crowd(60);
      const el = await shown({ participants: people });
      const [previous, next] = $$(el, '[part="pager"] button');
      expect(previous!.getAttribute('aria-disabled')).toBe('true');
      next!.focus();
      await userEvent.keyboard('{Enter}');
      await settled(el);
      expect(deepActive()).toBe(next);
      expect(textOf($(el, '[role="status"]'))).toContain('Participants 25–48 of 60');
      expect(tableRows($$(el, '.chart-grid dtc-radar-chart')[0]!)[0]).toEqual([
        'Pillar',
        'Person 25',
      ]);
      // Jump to the last page from the list of ranges.
      const select = $<HTMLSelectElement>(el, '[part="pager"] select');
      select.focus();
      await userEvent.selectOptions(select, '2');
      await settled(el);
      expect($$(el, '.chart-grid dtc-radar-chart')).toHaveLength(12);
      expect(tableRows($(el, 'dtc-heatmap'))[0]!.slice(1)).toEqual(
        people.slice(48).map((p) => p.label),
      );
      expect(next!.getAttribute('aria-disabled')).toBe('true');
      // A disabled step does nothing; the previous one goes back.
      next!.click();
      await settled(el);
      expect(select.value).toBe('2');
      previous!.click();
      await settled(el);
      expect(select.value).toBe('1');
      await expectNoAxeViolations(el);
    });

    it('keeps a page in range when participants leave, and follows page-size', async () => {
      const el = await shown({ participants: crowd(60) });
      $<HTMLSelectElement>(el, '[part="pager"] select').value = '2';
      $(el, '[part="pager"] select').dispatchEvent(new Event('change'));
      await settled(el);
      el.participants = crowd(30);
      await settled(el);
      expect(textOf($(el, '.pager-status'))).toContain('Participants 25–30 of 30');
      el.setAttribute('page-size', '50');
      await settled(el);
      expect($$(el, '[part="pager"]')).toHaveLength(0);
      expect($$(el, '.chart-grid dtc-radar-chart')).toHaveLength(30);
    });

    it('draws every chart at its width without laying the page out once per chart', async () => {
      // Reading a box's size before a chart's first render, after the previous chart's writes,
      // made the browser lay the page out again for each chart.
      const { drawn, stop } = firstRenders(['dtc-radar-chart']);
      let el!: DtcGroupResults;
      let reads: string[];
      try {
        reads = await layoutReads(async () => {
          el = await shown({ participants: crowd(1000) }, { width: 1200 });
        });
      } finally {
        stop();
      }
      expect(reads).toEqual([]);
      const radars = $$(el, 'dtc-radar-chart');
      expect(radars).toHaveLength(GROUP_RESULTS_DEFAULTS.pageSize + 1);
      // Each drew first at the width it has on the page: the 17rem-and-up cards, the full width.
      for (const radar of radars) {
        expect(drawn.get(radar)).toBe(Math.round(radar.getBoundingClientRect().width));
      }
      expect(new Set(radars.map((r) => drawn.get(r)))).toEqual(
        new Set([Math.round(radars[0]!.getBoundingClientRect().width), 1200]),
      );
    });
  });

  describe('languages', () => {
    it('speaks French, with framework texts in French', async () => {
      const el = await shown({ locale: 'fr' });
      await until(() => textOf($(el, '#groups-title')) === 'Points de vue par groupe');
      await settled(el);
      expect(textOf($(el, '#divergence-title'))).toBe('Là où les points de vue divergent');
      const byRole = $$(el, 'dtc-radar-chart').at(-1) as unknown as {
        series: { label: string }[];
        axes: { label: string }[];
      };
      expect(byRole.series[0]!.label).toBe('Ministère de l’Éducation (2)');
      expect(byRole.axes[0]!.label).toBe(framework.pillars[0]!.title.fr);
      expect($$(el, '[part="divergence"] li')[0]!.textContent).toContain(' contre ');
      // The colon and its narrow no-break space come from the catalog, not the template.
      expect($$(el, 'nav li').map((li) => li.textContent!.trim())).toContain(
        'Regrouper par\u202f: Fonction',
      );
      await expectNoAxeViolations(el);
    });

    it('speaks English by default', async () => {
      const el = await shown();
      expect(textOf($(el, '#groups-title'))).toBe('Views by group');
    });
  });

  describe('right to left', () => {
    it('hands its direction to the charts', async () => {
      const el = await shown({}, { dir: 'rtl' });
      expect($(el, '.group').getAttribute('dir')).toBe('rtl');
      for (const chart of $$(el, 'dtc-radar-chart, dtc-heatmap')) {
        expect(chart.getAttribute('dir')).toBe('rtl');
      }
      await expectNoAxeViolations(el);
    });
  });
});
