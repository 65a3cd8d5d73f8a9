import type { Question } from '@dtc/schema';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { miniFramework } from '../../test/fixtures.js';
import { expectNoAxeViolations, fixture, until } from '../../test/helpers.js';
import './define.js';
import type { AnswerChangeDetail, DtcRubricQuestion } from './rubric-question.js';

const [strategy, budget] = miniFramework.pillars[0]!.components[0]!.questions as [
  Question,
  Question,
];
const [choice, yesNo] = miniFramework.pillars[0]!.components[1]!.questions as [Question, Question];
const textQuestion = miniFramework.pillars[1]!.components[0]!.questions[1]!;

async function make(props: Partial<DtcRubricQuestion> = {}, parent: HTMLElement = document.body) {
  const el = document.createElement('dtc-rubric-question');
  Object.assign(el, { question: strategy, levels: miniFramework.levels, locale: 'en' }, props);
  parent.append(el);
  if (!parent.isConnected) await fixture(parent);
  await el.updateComplete;
  return el;
}

const root = (el: DtcRubricQuestion) => el.shadowRoot!;
const cards = (el: DtcRubricQuestion) => [
  ...root(el).querySelectorAll<HTMLElement>('[role=radio]'),
];
const checked = (el: DtcRubricQuestion) =>
  cards(el).findIndex((c) => c.getAttribute('aria-checked') === 'true');

function deepActive(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

describe('defaults', () => {
  it('shows the title as legend, one card per level with label and descriptor, and "don\'t know"', async () => {
    const el = await make();
    expect(root(el).querySelector('legend')!.textContent).toBe('Is there a strategy?');
    const group = root(el).querySelector('[role=radiogroup]')!;
    expect(group.getAttribute('aria-labelledby')).toBe('title');
    expect(group.getAttribute('aria-describedby')).toBe('help');
    expect(cards(el).map((c) => c.querySelector('.label')!.textContent)).toEqual([
      'Latent',
      'Emerging',
      'Established',
      'Advanced',
      'Don’t know',
    ]);
    expect(cards(el)[1]!.textContent).toContain('Is there a strategy?: descriptor 2');
    expect(cards(el).map((c) => c.tabIndex)).toEqual([0, -1, -1, -1, -1]);
    expect(el.value).toBeUndefined();
    expect(root(el).querySelector('.extras')).toBeNull();
  });

  it('renders hostile framework text as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const el = await make({ question: { ...strategy, title: { en: hostile } } });
    expect(root(el).querySelector('legend')!.textContent).toBe(hostile);
    expect(root(el).querySelector('img')).toBeNull();
  });
});

describe('properties', () => {
  it('checks the card of `value`, from the property or the attribute', async () => {
    const el = await make({ value: 3 });
    expect(checked(el)).toBe(2);
    expect(cards(el)[2]!.tabIndex).toBe(0);
    el.setAttribute('value', '2');
    await el.updateComplete;
    expect(el.value).toBe(2);
    expect(checked(el)).toBe(1);
    el.value = 'dont-know';
    await el.updateComplete;
    expect(checked(el)).toBe(4);
  });

  it('offers "not applicable" where allowed, choice options and yes/no', async () => {
    const el = await make({ question: budget });
    expect(cards(el).at(-1)!.textContent).toContain('Not applicable');
    el.question = choice;
    await el.updateComplete;
    expect(cards(el).map((c) => c.textContent!.trim())).toEqual(['None', 'A committee']);
    el.question = yesNo;
    el.value = 'no';
    await el.updateComplete;
    expect(cards(el).map((c) => c.textContent!.trim())).toEqual(['Yes', 'No']);
    expect(checked(el)).toBe(1);
  });

  it('renders a text question as a labelled text area', async () => {
    const el = await make({ question: textQuestion, value: 'Some notes' });
    const area = root(el).querySelector<HTMLTextAreaElement>('#answer')!;
    expect(area.value).toBe('Some notes');
    expect(area.getAttribute('aria-labelledby')).toBe('title');
    expect(area.maxLength).toBe(500);
  });

  it('shows comment, evidence and confidence once answered, with `extras`', async () => {
    const el = await make({
      extras: true,
      value: 2,
      comment: 'Draft only',
      evidence: ['https://example.org/plan'],
      confidence: 'high',
    });
    expect(root(el).querySelector<HTMLTextAreaElement>('#comment')!.value).toBe('Draft only');
    expect(root(el).querySelector<HTMLTextAreaElement>('#evidence')!.value).toBe(
      'https://example.org/plan',
    );
    expect(root(el).querySelector<HTMLSelectElement>('#confidence')!.value).toBe('high');
  });

  it('follows the locale for its words and the framework text', async () => {
    const el = await make({ question: budget, locale: 'fr' });
    await until(() => root(el).textContent!.includes('Sans objet'));
    expect(root(el).querySelector('legend')!.textContent).toBe('Is it funded? (fr)');
    expect(cards(el)[1]!.textContent).toContain('Émergent');
  });

  it('without locale or lang, takes the first browser language it can show', async () => {
    const html = document.documentElement;
    const lang = html.getAttribute('lang');
    html.removeAttribute('lang');
    const languages = vi
      .spyOn(navigator, 'languages', 'get')
      .mockReturnValue(['de-CH', 'fr-CA', 'en']);
    try {
      const el = await make({ question: budget, locale: undefined });
      await until(() => root(el).textContent!.includes('Sans objet'));
      expect(root(el).querySelector('legend')!.textContent).toBe('Is it funded? (fr)');
    } finally {
      languages.mockRestore();
      if (lang !== null) html.setAttribute('lang', lang);
    }
  });
});

describe('events', () => {
  it('fires input, change and dtc-answer-change when a card is clicked', async () => {
    const el = await make();
    const seen: string[] = [];
    el.addEventListener('input', () => seen.push('input'));
    el.addEventListener('change', () => seen.push('change'));
    const answer = vi.fn();
    el.addEventListener('dtc-answer-change', answer);
    await userEvent.click(cards(el)[2]!);
    expect(el.value).toBe(3);
    expect(seen).toEqual(['input', 'change']);
    expect(answer.mock.calls[0]![0].detail).toEqual({
      questionId: 'strategy-status',
      value: 3,
      comment: undefined,
      evidence: undefined,
      confidence: undefined,
    });
  });

  it('reports extras in dtc-answer-change without a change event', async () => {
    const el = await make({ extras: true, value: 1 });
    const change = vi.fn();
    const answer = vi.fn();
    el.addEventListener('change', change);
    el.addEventListener('dtc-answer-change', answer);
    await userEvent.type(root(el).querySelector('#comment')!, 'ok');
    await userEvent.fill(
      root(el).querySelector('#evidence')!,
      'https://example.org/a\nhttps://example.org/b',
    );
    await userEvent.selectOptions(root(el).querySelector<HTMLSelectElement>('#confidence')!, 'low');
    expect(change).not.toHaveBeenCalled();
    expect(answer.mock.lastCall![0].detail).toMatchObject({
      value: 1,
      comment: 'ok',
      evidence: ['https://example.org/a', 'https://example.org/b'],
      confidence: 'low',
    });
  });

  it('does not fire when the value is set by script', async () => {
    const el = await make();
    const change = vi.fn();
    el.addEventListener('change', change);
    el.value = 2;
    await el.updateComplete;
    expect(change).not.toHaveBeenCalled();
  });
});

describe('keyboard', () => {
  it('enters with Tab; arrows move and select; Home/End; Space', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.append(before);
    const el = await make();
    before.focus();
    await userEvent.tab();
    expect(deepActive()).toBe(cards(el)[0]);
    await userEvent.keyboard('{ArrowRight}');
    expect(el.value).toBe(2);
    expect(deepActive()).toBe(cards(el)[1]);
    await userEvent.keyboard('{ArrowDown}');
    expect(el.value).toBe(3);
    await userEvent.keyboard('{ArrowUp}{ArrowLeft}');
    expect(el.value).toBe(1);
    await userEvent.keyboard('{ArrowLeft}');
    expect(el.value).toBe('dont-know');
    await userEvent.keyboard('{Home}');
    expect(el.value).toBe(1);
    await userEvent.keyboard('{End}');
    expect(el.value).toBe('dont-know');
    el.value = undefined;
    await el.updateComplete;
    cards(el)[2]!.focus();
    await userEvent.keyboard(' ');
    expect(el.value).toBe(3);
    expect(cards(el).map((c) => c.tabIndex)).toEqual([-1, -1, 0, -1, -1]);
    // Tab leaves the group: one tab stop for all cards.
    await userEvent.tab();
    expect(deepActive()).not.toBe(cards(el)[3]);
  });

  it('mirrors left and right arrows in right-to-left', async () => {
    const box = document.createElement('div');
    box.dir = 'rtl';
    const el = await make({ value: 2 }, box);
    cards(el)[1]!.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(el.value).toBe(1);
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(el.value).toBe(3);
    await expectNoAxeViolations(box);
  });

  it('focus() lands on the checked card', async () => {
    const el = await make({ value: 4 });
    el.focus();
    expect(deepActive()).toBe(cards(el)[3]);
  });
});

describe('form', () => {
  async function inForm() {
    const form = document.createElement('form');
    form.addEventListener('submit', (e) => e.preventDefault());
    const el = await make({ name: 'strategy', required: true }, form);
    return { form, el };
  }

  it('submits its value under its name', async () => {
    const { form, el } = await inForm();
    expect(new FormData(form).get('strategy')).toBeNull();
    await userEvent.click(cards(el)[3]!);
    expect(new FormData(form).get('strategy')).toBe('4');
    await userEvent.click(cards(el)[4]!);
    expect(new FormData(form).get('strategy')).toBe('dont-know');
  });

  it('is invalid while required and empty', async () => {
    const { form, el } = await inForm();
    expect(form.checkValidity()).toBe(false);
    expect(el.validity.valueMissing).toBe(true);
    expect(el.validationMessage).toBe('Answer this question');
    await el.updateComplete;
    const group = root(el).querySelector('[role=radiogroup]')!;
    expect(group.getAttribute('aria-invalid')).toBe('true');
    expect(group.getAttribute('aria-describedby')).toBe('answer-error help');
    expect(root(el).querySelector('#answer-error')!.textContent).toContain('Answer this question');
    await expectNoAxeViolations(form);
    el.value = 1;
    await el.updateComplete;
    expect(form.checkValidity()).toBe(true);
    expect(group.hasAttribute('aria-invalid')).toBe(false);
  });

  it('clears on form reset', async () => {
    const { form, el } = await inForm();
    await userEvent.click(cards(el)[1]!);
    form.reset();
    await el.updateComplete;
    expect(el.value).toBeUndefined();
    expect(checked(el)).toBe(-1);
    expect(new FormData(form).get('strategy')).toBeNull();
  });

  it('restores state and submits with Enter', async () => {
    const { form, el } = await inForm();
    el.formStateRestoreCallback('3');
    await el.updateComplete;
    expect(el.value).toBe(3);
    const submit = vi.fn((e: Event) => e.preventDefault());
    form.addEventListener('submit', submit);
    cards(el)[2]!.focus();
    await userEvent.keyboard('{Enter}');
    expect(submit).toHaveBeenCalledOnce();
  });

  it('follows a disabled fieldset', async () => {
    const fieldset = document.createElement('fieldset');
    const form = document.createElement('form');
    form.append(fieldset);
    await fixture(form);
    const el = await make({ name: 'x' }, fieldset);
    expect(el.form).toBe(form);
    fieldset.disabled = true;
    await until(
      () =>
        el.matches(':disabled') &&
        root(el).querySelector('[role=radiogroup]')!.getAttribute('aria-disabled') === 'true',
    );
    cards(el)[1]!.click();
    expect(el.value).toBeUndefined();
    // Its own `disabled` stays as the page set it, so the fieldset can give control back.
    expect(el.disabled).toBe(false);
    fieldset.disabled = false;
    await until(
      () =>
        !el.matches(':disabled') &&
        !root(el).querySelector('[role=radiogroup]')!.hasAttribute('aria-disabled'),
    );
    cards(el)[1]!.click();
    await el.updateComplete;
    expect(el.value).toBe(2);
    expect(new FormData(form).get('x')).toBe('2');
  });

  it('stays disabled by its own attribute when the fieldset is enabled again', async () => {
    const fieldset = document.createElement('fieldset');
    const form = document.createElement('form');
    form.append(fieldset);
    await fixture(form);
    const el = await make({ name: 'x', disabled: true }, fieldset);
    fieldset.disabled = true;
    fieldset.disabled = false;
    await el.updateComplete;
    expect(el.matches(':disabled')).toBe(true);
    cards(el)[1]!.click();
    expect(el.value).toBeUndefined();
  });

  it('gives the evidence text as typed while it is not all links, and takes it back', async () => {
    const el = await make({ extras: true, value: 2 });
    const details: AnswerChangeDetail[] = [];
    el.addEventListener('dtc-answer-change', (e) => details.push(e.detail));
    const evidence = root(el).querySelector<HTMLTextAreaElement>('#evidence')!;
    await userEvent.fill(evidence, 'https://example.org/ok\nnot yet');
    expect(details.at(-1)).toMatchObject({
      evidence: ['https://example.org/ok'],
      evidenceText: 'https://example.org/ok\nnot yet',
    });
    await userEvent.fill(evidence, 'https://example.org/ok');
    expect(details.at(-1)!.evidenceText).toBeUndefined();

    const other = await make({ extras: true, value: 2, evidenceText: 'draft line' });
    expect(root(other).querySelector<HTMLTextAreaElement>('#evidence')!.value).toBe('draft line');
    expect(other.evidenceError).toMatch(/is not a web address/);
  });

  it('flags evidence that is not a web link', async () => {
    const el = await make({ extras: true, value: 2 });
    const evidence = root(el).querySelector<HTMLTextAreaElement>('#evidence')!;
    await userEvent.fill(evidence, 'https://example.org/ok\nnot a link');
    await el.updateComplete;
    expect(root(el).querySelector('#evidence-error')).toBeNull();
    expect(el.checkValidity()).toBe(false);
    await el.updateComplete;
    expect(evidence.getAttribute('aria-invalid')).toBe('true');
    expect(root(el).querySelector('#evidence-error')!.textContent).toContain(
      '1 link is not a web address',
    );
    expect(el.evidence).toEqual(['https://example.org/ok']);
    await expectNoAxeViolations(el);
  });
});

describe('a11y', () => {
  it('has no axe violations: empty, answered with extras, French', async () => {
    const el = await make({ question: budget });
    await expectNoAxeViolations(el);
    el.extras = true;
    el.value = 'na';
    await el.updateComplete;
    await expectNoAxeViolations(el);
    el.locale = 'fr';
    await until(() => root(el).textContent!.includes('Commentaire'));
    await expectNoAxeViolations(el);
    el.question = textQuestion;
    await el.updateComplete;
    await expectNoAxeViolations(el);
  });
});
