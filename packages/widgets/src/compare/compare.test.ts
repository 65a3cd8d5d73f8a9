import type { Response } from '@dtc/schema';
import { compareResults, scoreResponse } from '@dtc/scoring';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test/helpers.js';
import {
  $,
  $$,
  darkMode,
  emulateMedia,
  mount,
  pointLabels,
  settled,
  textOf,
  until,
} from '../../test/chart-helpers.js';
import { fixtureFramework, fullResponse } from '../../test/fixtures-results.js';
import './define.js';
import type { DtcCompare } from './compare.js';

function compare(props: Partial<DtcCompare> = {}): DtcCompare {
  const el = document.createElement('dtc-compare');
  Object.assign(el, {
    framework: fixtureFramework,
    beforeResponse: fullResponse([1, 2, 3, 4]),
    afterResponse: fullResponse([2, 2, 4, 4, 1, 2]),
    ...props,
  });
  return el;
}

/** A response revised after a deep dive: two answers raised, the earlier ones kept in the history. */
function revised(): Response {
  const r = fullResponse([2]);
  for (const a of Object.values(r.answers)) a.answeredAt = '2026-03-25T08:00:00.000Z';
  const history: Response['history'] = [];
  for (const id of ['electricity-and-internet-access-q1', 'electricity-and-internet-access-q2']) {
    history.push({
      questionId: id,
      answer: r.answers[id]!,
      replacedAt: '2026-03-25T11:00:00.000Z',
      round: 'before deep dive',
    });
    r.answers[id] = { value: 4, answeredAt: '2026-03-25T11:00:00.000Z' };
  }
  return { ...r, history };
}

afterEach(async () => {
  await darkMode(false);
});

describe('dtc-compare', () => {
  it('asks for two results', async () => {
    const el = await mount(compare({ beforeResponse: undefined }));
    expect(textOf($(el, '.notice'))).toBe('Two results are needed to compare.');
    await expectNoAxeViolations(el);
  });

  it('calls a change that rounds to 0 points no change, in the sentence as in the table', async () => {
    const a = scoreResponse(fixtureFramework, fullResponse([2, 3]));
    const b = structuredClone(a);
    const [first, second] = b.pillars[0]!.components;
    first!.score = first!.score! + 0.3;
    second!.score = second!.score! - 2;
    const el = await mount(compare({ beforeResult: a, afterResult: b }));
    await settled(el);
    const name = (id: string): string =>
      fixtureFramework.pillars[0]!.components.find((c) => c.id === id)!.title.en!;
    expect(textOf($(el, '.summary'))).toContain(`Declined: ${name(second!.id)}.`);
    expect(textOf($(el, '.summary'))).not.toContain('Improved');
    const row = (id: string): string[] =>
      [
        ...$$(el, 'table tr').find((tr) => textOf(tr.querySelector('th')) === name(id))!.children,
      ].map(textOf);
    expect(row(first!.id)[3]).toContain('no change');
    expect(row(second!.id)[3]).toContain('down 2 points');

    // Nothing that shows: the sentence says so.
    const c = structuredClone(a);
    c.pillars[0]!.components[0]!.score! += 0.3;
    el.afterResult = c;
    await settled(el);
    expect(textOf($(el, '.summary'))).toContain('No component score changed.');
  });

  it('shows the engine comparison: the same numbers in the table, the radar and the sentence', async () => {
    const el = await mount(compare({ beforeLabel: '2025', afterLabel: '2026' }));
    await settled(el);
    const a = scoreResponse(fixtureFramework, fullResponse([1, 2, 3, 4]));
    const b = scoreResponse(fixtureFramework, fullResponse([2, 2, 4, 4, 1, 2]));
    const c = compareResults(a, b);
    const names = new Map(
      fixtureFramework.pillars.flatMap((p) => p.components.map((x) => [x.id, x.title.en!])),
    );
    const list = (ids: string[]): string =>
      new Intl.ListFormat('en').format(ids.map((id) => names.get(id)!));
    expect(c.improved.length).toBeGreaterThan(0);
    expect(c.declined.length).toBeGreaterThan(0);
    const rows = $$(el, 'table tr').map((tr) => [...tr.children].map(textOf));
    expect(rows[0]).toEqual(['Pillar or component', '2025', '2026', 'Change']);
    const body = rows.slice(1);
    const entries = fixtureFramework.pillars.flatMap((p) => [
      c.pillars.find((x) => x.id === p.id)!,
      ...c.components.filter((x) => x.pillarId === p.id),
    ]);
    expect(body).toHaveLength(entries.length);
    body.forEach((row, i) => {
      const e = entries[i]!;
      expect(row[1]).toMatch(new RegExp(`^${Math.round(e.before!)} \\(`));
      expect(row[2]).toMatch(new RegExp(`^${Math.round(e.after!)} \\(`));
      const d = Math.round(e.delta!);
      expect(row[3]).toContain(d > 0 ? `▲ +${d}` : d < 0 ? `▼ -${-d}` : '= 0');
      expect(row[3]).toContain(
        d > 0 ? `up ${d} points` : d < 0 ? `down ${-d} points` : 'no change',
      );
    });
    expect(textOf($(el, '.summary'))).toBe(
      `Overall: ${Math.round(c.overall.before!)} → ${Math.round(c.overall.after!)} (${Math.round(c.overall.delta!)}). ` +
        `Improved: ${list(c.improved)}. Declined: ${list(c.declined)}.`,
    );
    const radar = $(el, 'dtc-radar-chart');
    expect(pointLabels(radar)[0]).toBe(
      `2025, Coordination and leadership: ${Math.round(a.pillars[0]!.score!)} (Latent)`,
    );
    expect($$(radar, '.legend li').map(textOf)).toEqual(['2025', '2026']);
    await expectNoAxeViolations(el);
  });

  it('compares a response with a history round (before and after a deep dive)', async () => {
    const el = await mount(
      compare({
        beforeResponse: undefined,
        afterResponse: undefined,
        response: revised(),
        round: 'before deep dive',
      }),
    );
    await settled(el);
    expect(textOf($(el, '.summary'))).toContain('Improved: Electricity and internet access.');
    const row = $$(el, 'tr.component').find((tr) => textOf(tr).startsWith('Electricity'))!;
    expect([...row.children].map(textOf)).toEqual([
      'Electricity and internet access',
      '33 (Emerging)',
      '100 (Advanced)',
      '▲ +67up 67 pointslevel 2 → 4',
    ]);
  });

  it('compares two rounds of one response', async () => {
    // Before the deep dive (level 2), after it (levels 4), and a third round after that.
    let r = revised();
    const at = '2026-03-26T09:00:00.000Z';
    for (const id of ['electricity-and-internet-access-q1', 'electricity-and-internet-access-q2']) {
      r.history.push({
        questionId: id,
        answer: r.answers[id]!,
        replacedAt: at,
        round: 'after deep dive',
      });
      r.answers[id] = { value: 1, answeredAt: at };
    }
    r = { ...r };
    const el = await mount(
      compare({
        beforeResponse: undefined,
        afterResponse: undefined,
        response: r,
        round: 'before deep dive',
        afterRound: 'after deep dive',
      }),
    );
    await settled(el);
    const row = $$(el, 'tr.component').find((tr) => textOf(tr).startsWith('Electricity'))!;
    expect([...row.children].map(textOf).slice(1, 3)).toEqual(['33 (Emerging)', '100 (Advanced)']);
    // Without `afterRound`, the current answers (level 1) are the after side.
    el.afterRound = undefined;
    await settled(el);
    const now = $$(el, 'tr.component').find((tr) => textOf(tr).startsWith('Electricity'))!;
    expect([...now.children].map(textOf).slice(1, 3)).toEqual(['33 (Emerging)', '0 (Latent)']);
    await expectNoAxeViolations(el);
  });

  it('speaks French', async () => {
    const el = await mount(compare({ locale: 'fr' }));
    await until(() => textOf($(el, 'h2')) === 'Ce qui a changé');
    expect(textOf($(el, '.summary'))).toMatch(/^Global : \d+ → \d+ \([+-]?\d+\)\. En progrès : /);
    await expectNoAxeViolations(el);
  });

  it('mirrors right to left, prints, and stays accessible in dark mode', async () => {
    const el = await mount(compare(), { dir: 'rtl' });
    await settled(el);
    expect($(el, 'section').dir).toBe('rtl');
    expect($(el, 'dtc-radar-chart').getAttribute('dir')).toBe('rtl');
    await expectNoAxeViolations(el);
    await emulateMedia('print');
    expect(getComputedStyle($(el, 'dtc-radar-chart')).breakInside).toBe('avoid');
    await emulateMedia('');
    await darkMode(true);
    await expectNoAxeViolations(el);
  });
});
