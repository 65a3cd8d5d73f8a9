import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { miniFramework } from '../../test/fixtures.js';
import { expectNoAxeViolations, fixture, until } from '../../test/helpers.js';
import { emptyResponse, setAnswer } from '../shared/model/response-model.js';
import './define.js';
import type { DtcProgress } from './progress.js';

let response = emptyResponse(miniFramework);
response = setAnswer(response, 'strategy-status', { value: 2 });
response = setAnswer(response, 'strategy-budget', { value: 'na' });
response = setAnswer(response, 'emis-coverage', { value: 4 });

async function make(props: Partial<DtcProgress> = {}): Promise<DtcProgress> {
  const el = document.createElement('dtc-progress');
  Object.assign(el, { framework: miniFramework, response, locale: 'en' }, props);
  return fixture(el);
}
const items = (el: DtcProgress) => [...el.shadowRoot!.querySelectorAll('li')];

describe('defaults', () => {
  it('lists each pillar with a text count of answered / applicable questions', async () => {
    const el = await make();
    expect(items(el).map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).toEqual([
      'Coordination and leadership 1 of 3 questions answered',
      'Connectivity and infrastructure 0 of 2 questions answered',
      'Data and evidence 1 of 1 question answered',
    ]);
    expect(el.shadowRoot!.querySelector('[part~=bar]')!.getAttribute('aria-hidden')).toBe('true');
    expect(el.shadowRoot!.querySelector('button')).toBeNull();
  });

  it('fills each bar to the share answered', async () => {
    const el = await make();
    const fills = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=bar-fill]')];
    expect(fills.map((f) => f.style.inlineSize)).toEqual(['33%', '0%', '100%']);
    expect(fills.map((f) => f.classList.contains('done'))).toEqual([false, false, true]);
  });

  it('renders nothing without a framework', async () => {
    const el = await make({ framework: undefined });
    expect(items(el)).toHaveLength(0);
  });
});

describe('properties', () => {
  it('marks the current pillar and limits to sections', async () => {
    const el = await make({ current: 'data-evidence' });
    expect(items(el)[2]!.getAttribute('aria-current')).toBe('step');
    el.setAttribute('sections', 'data-evidence,coordination-leadership');
    await el.updateComplete;
    expect(items(el)).toHaveLength(2);
  });

  it('speaks French', async () => {
    const el = await make({ locale: 'fr' });
    await until(() => items(el)[0]!.textContent!.includes('traitée'));
    expect(items(el)[0]!.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      'Coordination et leadership 1 question traitée sur 3',
    );
    await expectNoAxeViolations(el);
  });
});

describe('events', () => {
  it('fires dtc-progress-select from a navigable pillar', async () => {
    const el = await make({ navigable: true, current: 'coordination-leadership' });
    const select = vi.fn();
    el.addEventListener('dtc-progress-select', select);
    const buttons = el.shadowRoot!.querySelectorAll('button');
    expect(buttons[0]!.getAttribute('aria-current')).toBe('step');
    expect(buttons[0]!.getAttribute('aria-describedby')).toBe('c-coordination-leadership');
    await userEvent.click(buttons[1]!);
    expect(select.mock.calls[0]![0].detail).toEqual({ pillarId: 'connectivity-infrastructure' });
  });
});

describe('keyboard', () => {
  it('reaches each pillar with Tab and picks it with Enter', async () => {
    const el = await make({ navigable: true });
    const select = vi.fn();
    el.addEventListener('dtc-progress-select', select);
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(select.mock.calls[0]![0].detail.pillarId).toBe('connectivity-infrastructure');
  });
});

describe('a11y', () => {
  it('has no axe violations, plain and navigable, right-to-left', async () => {
    const el = await make({ current: 'data-evidence' });
    await expectNoAxeViolations(el);
    el.navigable = true;
    el.dir = 'rtl';
    await el.updateComplete;
    await expectNoAxeViolations(el);
  });
});
