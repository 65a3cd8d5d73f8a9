/**
 * Words whose direction is their own, in an Arabic (right-to-left) page: a user's Latin title
 * with trailing punctuation and an evidence URL keep their order, and do not reorder what is
 * around them.
 */
import { render } from 'lit';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../../test/helpers.js';
import { $, $$, mount, textOf, until } from '../../../test/chart-helpers.js';
import { fixtureFramework, fixturePlan, fullResponse } from '../../../test/fixtures-results.js';
import { framework, timelinePlan } from '../../../test/fixtures-timeline.js';
import '../../action-plan/define.js';
import '../../plan-timeline/define.js';
import '../../report/define.js';
import { isolate } from '@dtc/i18n';
import { isolatedList } from './bidi.js';

const TITLE = 'EMIS upgrade (phase 2)!';
const LINK = 'https://example.org/a?b=1';
const ARABIC = /[\u0600-\u06ff]/;

/** A plan whose first action has a Latin title ending in punctuation. */
function plan() {
  const p = fixturePlan();
  p.title = TITLE;
  p.actions[0]!.title = TITLE;
  p.actions[0]!.lead = 'وزارة التربية';
  return p;
}

/** Where the first and the last character of an element's own text are drawn (their left edges). */
function drawn(el: Element): { first: number; last: number } {
  const node = [...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.nodeValue!.trim());
  if (!node) throw new Error(`No text in ${el.localName}`);
  const text = node.nodeValue!;
  const left = (i: number): number => {
    const range = document.createRange();
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    return range.getBoundingClientRect().left;
  };
  return { first: left(text.search(/\S/)), last: left(text.trimEnd().length - 1) };
}

describe('isolation of text in its own direction', () => {
  it('isolate() and isolatedList() mark the text, not the words around it', async () => {
    expect(isolate(TITLE)).toBe(`\u2068${TITLE}\u2069`);
    expect(isolate('')).toBe('');
    const box = await mount(document.createElement('p'));
    render(isolatedList('en', ['A (1)!', 'B']), box);
    expect([...box.querySelectorAll('bdi')].map(textOf)).toEqual(['A (1)!', 'B']);
    expect(textOf(box)).toBe('A (1)! and B');
  });

  it('dtc-report in Arabic: title, cells, comment, respondent isolated; the URL ltr', async () => {
    const response = fullResponse();
    response.respondent = { role: 'other', roleDetail: 'EMIS lead (acting)', organisation: 'MoE' };
    const q = Object.keys(response.answers)[0]!;
    response.answers[q] = { ...response.answers[q]!, comment: 'Draft (v2)!', evidence: [LINK] };
    const el = await mount(
      Object.assign(document.createElement('dtc-report'), {
        framework: fixtureFramework,
        response,
        plan: plan(),
        heading: 'Senegal 2026 (draft)',
        locale: 'ar',
      }),
      { dir: 'rtl', width: 900 },
    );
    await until(() => ARABIC.test(textOf($(el, '.about dt'))));
    expect($(el, 'article').dir).toBe('rtl');

    expect($(el, 'h1').getAttribute('dir')).toBe('auto');
    const title = $(el, '.plan-title');
    expect(title.getAttribute('dir')).toBe('auto');
    expect(getComputedStyle(title).direction).toBe('ltr');
    // As drawn: the "!" after the title's first letter, not before it at the left.
    const { first, last } = drawn(title);
    expect(last).toBeGreaterThan(first);

    const cell = $$(el, 'td').find((td) => textOf(td) === TITLE)!;
    expect(cell.getAttribute('dir')).toBe('auto');
    expect(getComputedStyle(cell).direction).toBe('ltr');

    const comment = $(el, 'dd.text');
    expect(textOf(comment)).toBe('Draft (v2)!');
    expect(getComputedStyle(comment).direction).toBe('ltr');

    const link = $<HTMLAnchorElement>(el, `a[href="${LINK}"]`);
    expect(link.dir).toBe('ltr');
    expect(textOf(link)).toBe(LINK);

    expect($$(el, '.about bdi').map(textOf)).toEqual(['EMIS lead (acting)', 'MoE']);
    await expectNoAxeViolations(el);
  });

  it('dtc-plan-timeline in Arabic: titles isolated in the drawing and the table', async () => {
    const p = timelinePlan();
    p.actions[0]!.title = TITLE;
    const el = await mount(
      Object.assign(document.createElement('dtc-plan-timeline'), {
        plan: p,
        framework,
        locale: 'ar',
      }),
      { dir: 'rtl', width: 700 },
    );
    await until(() => ARABIC.test(textOf($(el, 'figcaption'))));
    expect($(el, 'figure').dir).toBe('rtl');

    const lines = $$(el, 'text tspan').map((t) => t.textContent!);
    expect(lines).toContain(isolate(TITLE));
    for (const line of lines) expect(line).toMatch(/^\u2068[^\u2068\u2069]+\u2069$/);
    // As drawn: the "!" after the title's first letter, not before it at the left.
    const tspan = $$<SVGTSpanElement>(el, 'text tspan').find((t) =>
      t.textContent!.includes(TITLE),
    )!;
    const line = tspan.textContent!;
    const left = (i: number): number => tspan.getExtentOfChar(i).x;
    expect(left(line.lastIndexOf('!'))).toBeGreaterThan(left(line.indexOf('E')));

    el.showTable = true;
    await el.updateComplete;
    const head = $$(el, 'tbody th[scope=row]').find((th) => textOf(th) === TITLE)!;
    expect(head.getAttribute('dir')).toBe('auto');
    expect(getComputedStyle(head).direction).toBe('ltr');
    // "Depends on": each title in its own <bdi>, the list's words in Arabic around them.
    expect($$(el, 'td bdi').map(textOf)).toContain(TITLE);
    await expectNoAxeViolations(el);
  });

  it('dtc-action-plan in Arabic: what the user types takes its own direction', async () => {
    const el = await mount(
      Object.assign(document.createElement('dtc-action-plan'), {
        framework: fixtureFramework,
        plan: plan(),
        locale: 'ar',
      }),
      { dir: 'rtl', width: 900 },
    );
    await until(() => ARABIC.test(textOf($(el, '#plan-heading'))));
    expect($(el, '.plan').dir).toBe('rtl');
    for (const id of ['plan-title', 'a0-title', 'a0-lead']) {
      expect($(el, `#${id}`).getAttribute('dir'), id).toBe('auto');
    }
    expect(getComputedStyle($(el, '#a0-title')).direction).toBe('ltr');
    // Arabic typed in a field stays right to left.
    expect(getComputedStyle($(el, '#a0-lead')).direction).toBe('rtl');
    await expectNoAxeViolations(el);
  });
});
