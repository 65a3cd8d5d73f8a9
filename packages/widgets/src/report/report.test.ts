import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test/helpers.js';
import {
  $,
  $$,
  darkMode,
  emulateMedia,
  mount,
  settled,
  textOf,
  until,
} from '../../test/chart-helpers.js';
import {
  emptyResponse,
  fixtureFramework,
  fixturePlan,
  fullResponse,
  partialResponse,
} from '../../test/fixtures-results.js';
import { planRows } from '../shared/model/plan-export.js';
import './define.js';
import type { DtcReport } from './report.js';

/**
 * When the fixture was completed: 16:00 UTC on 25 March 2026. The report shows the reader's
 * calendar day of that moment: the 25th in UTC and in the Americas, the 26th from UTC+8 eastwards.
 */
const COMPLETED = '2026-03-25T16:00:00.000Z';
const completedDay = (): number => new Date(COMPLETED).getDate();

function report(props: Partial<DtcReport> = {}): DtcReport {
  const el = document.createElement('dtc-report');
  const response = { ...partialResponse(), completedAt: COMPLETED };
  response.respondent = { role: 'ministry-ict', organisation: 'Digital agency', country: 'SEN' };
  response.answers['governance-q2'] = {
    value: 2,
    answeredAt: '2026-03-25T10:00:00.000Z',
    evidence: ['https://example.org/decree.pdf'],
  };
  Object.assign(el, { framework: fixtureFramework, response, plan: fixturePlan(), ...props });
  return el;
}

afterEach(async () => {
  await darkMode(false);
});

describe('dtc-report', () => {
  it('says there is nothing to report without answers', async () => {
    const el = await mount(report({ response: emptyResponse() }));
    expect(textOf($(el, '.notice'))).toBe('Nothing to report yet: answer some questions first.');
    await expectNoAxeViolations(el);
  });

  it('has the details, results, plan and comments', async () => {
    const el = await mount(report());
    await settled(el);
    expect(textOf($(el, 'h1'))).toBe('Self-assessment report');
    expect($$(el, '.about > div').map(textOf)).toEqual([
      'Framework Six pillars (test) (1.0.0)',
      'Respondent Ministry of ICT or digital affairs, Digital agency',
      'Country SEN',
      `Date March ${completedDay()}, 2026`,
    ]);
    const results = $(el, 'dtc-results');
    await settled(results);
    expect($$(results, 'dtc-radar-chart')).toHaveLength(1);
    // The plan's rows are the export's rows (without the priority column, which is the heading).
    const rows = $$(el, '.plan-section tbody tr').map((tr) => [...tr.children].map(textOf));
    const norm = (c: string): string => c.replace(/\s+/g, ' ').trim();
    expect(rows).toEqual(
      planRows(fixturePlan(), { framework: fixtureFramework, locale: 'en' })
        .slice(1)
        .map((r) => r.slice(1).map(norm)),
    );
    expect($$(el, '.plan-section h3').map(textOf)).toEqual([
      'Priority 1: Electricity and internet access',
      'Priority 2: Actionable insights',
    ]);
    // Comments as text (markup in a comment stays text), and evidence as links.
    expect(textOf($(el, '.comment .text'))).toBe('A steering committee meets <b>twice</b> a year.');
    expect(el.shadowRoot!.querySelector('.comment b')).toBeNull();
    expect($(el, '.comment a').getAttribute('href')).toBe('https://example.org/decree.pdf');
    await expectNoAxeViolations(el);
  });

  it('does not link evidence that is not http(s)', async () => {
    const el = report();
    await mount(el);
    el.response = {
      ...el.response!,
      answers: {
        'governance-q1': {
          value: 2,
          answeredAt: '2026-03-25T10:00:00.000Z',
          evidence: ['javascript:alert(1)'],
        },
      },
    };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.comment a')).toBeNull();
    expect(textOf($(el, '.comment li'))).toBe('javascript:alert(1)');
  });

  it('prints cleanly: page breaks before sections, whole tables, chart tables shown, no buttons', async () => {
    const el = await mount(report({ response: fullResponse() }));
    await settled(el);
    await settled($(el, 'dtc-results'));
    const sheet = [...el.shadowRoot!.adoptedStyleSheets]
      .flatMap((s) => [...s.cssRules].map((r) => r.cssText))
      .join('\n');
    expect(sheet).toMatch(/@media print/);
    await emulateMedia('print');
    expect(matchMedia('print').matches).toBe(true);
    const sections = $$(el, '.section');
    expect(getComputedStyle(sections[0]!).breakBefore).toBe('auto');
    expect(getComputedStyle(sections[1]!).breakBefore).toBe('page');
    expect(getComputedStyle($(el, 'table')).breakInside).toBe('avoid');
    expect(getComputedStyle($(el, 'button')).display).toBe('none');
    expect(getComputedStyle($(el, 'article')).color).toBe('rgb(0, 0, 0)');
    const bars = $($(el, 'dtc-results'), 'dtc-bar-chart');
    expect(getComputedStyle($(bars, '.table')).display).toBe('block');
    expect(getComputedStyle($(bars, '.toggle')).display).toBe('none');
    await emulateMedia('');
    // The print attribute gives the same layout on screen, down to the charts.
    el.print = true;
    await settled(el);
    await settled($(el, 'dtc-results'));
    await until(() => getComputedStyle($(bars, '.table')).display === 'block');
    expect(getComputedStyle(sections[1]!).breakBefore).toBe('page');
  });

  it('speaks French, right to left and dark without axe violations', async () => {
    const el = await mount(report({ locale: 'fr' }));
    await until(() => textOf($(el, 'h1')) === 'Rapport d’autoévaluation');
    expect($$(el, '.about dt').map(textOf)).toEqual(['Cadre', 'Répondant', 'Pays', 'Date']);
    expect(textOf($$(el, '.about dd')[0])).toMatch(/, version 1\.0\.0$/);
    expect(textOf($$(el, '.about dd')[3])).toBe(`${completedDay()} mars 2026`);
    await expectNoAxeViolations(el);
    const rtl = await mount(report(), { dir: 'rtl' });
    await settled(rtl);
    expect($(rtl, 'article').dir).toBe('rtl');
    await expectNoAxeViolations(rtl);
    await darkMode(true);
    await expectNoAxeViolations(rtl);
  });
});
