import { sixPillars } from '@dtc/framework';
import { translate } from '@dtc/i18n';
import { parseResponse, type Framework, type Response } from '@dtc/schema';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { miniFramework } from '../../test/fixtures.js';
import { expectNoAxeViolations, fixture, until } from '../../test/helpers.js';
import type { DtcRubricQuestion } from '../rubric-question/rubric-question.js';
import { emptyResponse, setAnswer } from '../shared/model/response-model.js';
import './define.js';
import type { DtcAssessment, ResponseChangeDetail } from './assessment.js';
import { IndexedDbStore } from '../shared/model/indexeddb-store.js';

const KEY = 'dtc-assessment:mini';

async function make(props: Partial<DtcAssessment> = {}): Promise<DtcAssessment> {
  const el = document.createElement('dtc-assessment');
  Object.assign(el, { framework: miniFramework, locale: 'en' }, props);
  await fixture(el);
  await settle(el);
  return el;
}

async function settle(el: DtcAssessment): Promise<void> {
  await el.updateComplete;
  await Promise.all(questions(el).map((q) => q.updateComplete));
  await el.shadowRoot!.querySelector('dtc-progress')?.updateComplete;
}

const root = (el: DtcAssessment) => el.shadowRoot!;
const questions = (el: DtcAssessment) => [
  ...root(el).querySelectorAll<DtcRubricQuestion>('dtc-rubric-question'),
];
const cards = (q: DtcRubricQuestion) => [
  ...q.shadowRoot!.querySelectorAll<HTMLElement>('[role=radio]'),
];
const heading = (el: DtcAssessment) => root(el).querySelector<HTMLElement>('#step-heading')!;
const button = (el: DtcAssessment, label: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('.step button')].find(
    (b) => b.textContent!.trim() === label,
  )!;
const status = (el: DtcAssessment) => root(el).querySelector('[part=status]')!.textContent!.trim();

function deepActive(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

async function answer(el: DtcAssessment, index: number, card: number): Promise<void> {
  await userEvent.click(cards(questions(el)[index]!)[card]!);
  await settle(el);
}

async function next(el: DtcAssessment, label = 'Next'): Promise<void> {
  await userEvent.click(button(el, label));
  await settle(el);
}

/** Answers strategy-status with level 2 and goes to the review step of the mini framework. */
async function toReview(el: DtcAssessment): Promise<void> {
  await answer(el, 0, 1);
  await userEvent.click(root(el).querySelector<HTMLButtonElement>('.review-link')!);
  await settle(el);
}

async function chooseRole(el: DtcAssessment, role: string): Promise<void> {
  await userEvent.selectOptions(root(el).querySelector<HTMLSelectElement>('#role')!, role);
  await settle(el);
}

afterEach(() => vi.restoreAllMocks());

describe('defaults', () => {
  it('shows the first component with its questions, navigation and progress', async () => {
    const el = await make();
    expect(heading(el).textContent!.trim()).toBe('Strategy');
    expect(root(el).querySelector('.eyebrow')!.textContent!.trim()).toBe(
      'Coordination and leadership: part 1 of 2',
    );
    expect(questions(el).map((q) => q.question!.id)).toEqual([
      'strategy-status',
      'strategy-budget',
    ]);
    expect(root(el).querySelector('nav')!.getAttribute('aria-label')).toBe('Assessment sections');
    const progress = root(el).querySelector('dtc-progress')!;
    expect(progress.shadowRoot!.querySelectorAll('li')).toHaveLength(3);
    expect(progress.shadowRoot!.querySelector('[aria-current=step]')!.textContent!.trim()).toBe(
      'Coordination and leadership',
    );
    expect(button(el, 'Previous')).toBeUndefined();
    expect(button(el, 'Next')).toBeDefined();
    expect(el.response).toMatchObject({
      format: 'dtc.response',
      framework: { id: 'mini' },
      answers: {},
    });
  });

  it('renders only the current step on the full six-pillar framework', async () => {
    // Speed is measured by `npm run bench` (packages/widgets/bench), not here.
    const el = document.createElement('dtc-assessment');
    el.framework = sixPillars;
    el.locale = 'en';
    await fixture(el);
    await settle(el);
    const first = sixPillars.pillars[0]!.components[0]!;
    expect(questions(el)).toHaveLength(first.questions.length);
    expect(heading(el).textContent!.trim()).toBe(first.title.en);
    await expectNoAxeViolations(el);
  });

  it('renders hostile framework text as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const fw = structuredClone(miniFramework) as Framework;
    const component = fw.pillars[0]!.components[0]!;
    component.title = { en: hostile, fr: hostile };
    component.questions[0]!.title = { en: hostile, fr: hostile };
    const alert = vi.spyOn(window, 'alert').mockImplementation(() => {});
    const el = await make({ framework: fw });
    expect(heading(el).textContent!.trim()).toBe(hostile);
    expect(questions(el)[0]!.shadowRoot!.querySelector('legend')!.textContent).toBe(hostile);
    expect(root(el).querySelector('img')).toBeNull();
    expect(questions(el)[0]!.shadowRoot!.querySelector('img')).toBeNull();
    await new Promise((r) => setTimeout(r, 50));
    expect(alert).not.toHaveBeenCalled();
  });
});

describe('properties', () => {
  it('limits the steps to `sections`', async () => {
    const el = await make();
    el.setAttribute('sections', 'data-evidence connectivity-infrastructure');
    await settle(el);
    expect(el.sections).toEqual(['data-evidence', 'connectivity-infrastructure']);
    const names = [
      ...root(el).querySelector('dtc-progress')!.shadowRoot!.querySelectorAll('[part=name]'),
    ];
    expect(names.map((n) => n.textContent!.trim())).toEqual([
      'Connectivity and infrastructure',
      'Data and evidence',
    ]);
    expect(heading(el).textContent!.trim()).toBe('Internet access');
  });

  it('resumes a given response at the first unanswered step', async () => {
    let response = emptyResponse(miniFramework);
    response = setAnswer(response, 'strategy-status', { value: 4 });
    response = setAnswer(response, 'strategy-budget', { value: 'na' });
    const el = await make({ response });
    expect(heading(el).textContent!.trim()).toBe('Governance');
    await userEvent.click(button(el, 'Previous'));
    await settle(el);
    expect(cards(questions(el)[0]!)[3]!.getAttribute('aria-checked')).toBe('true');
    expect(cards(questions(el)[1]!).at(-1)!.getAttribute('aria-checked')).toBe('true');
  });

  it('resumes a response set after the first render', async () => {
    const el = await make();
    let response = emptyResponse(miniFramework);
    for (const id of [
      'strategy-status',
      'strategy-budget',
      'governance-body',
      'governance-meets',
    ]) {
      response = setAnswer(response, id, { value: 'dont-know' });
    }
    response = { ...response, respondent: { role: 'school', country: 'SEN' } };
    el.response = response;
    await settle(el);
    expect(heading(el).textContent!.trim()).toBe('Internet access');
    await userEvent.click(root(el).querySelector<HTMLButtonElement>('.review-link')!);
    await settle(el);
    expect(root(el).querySelector<HTMLSelectElement>('#role')!.value).toBe('school');
    expect(root(el).querySelector<HTMLInputElement>('#country')!.value).toBe('SEN');
  });

  it('keeps the respondent on their step when the host sets back the response it was given', async () => {
    // A host that keeps what dtc-response-change gives and binds it back (`.response=${r}`):
    // the element's own response, not one to resume.
    const el = await make({ noAutosave: true });
    el.addEventListener('dtc-response-change', (e) => {
      el.response = e.detail.response;
    });
    await next(el);
    expect(heading(el).textContent!.trim()).toBe('Governance');
    await answer(el, 0, 1);
    await answer(el, 1, 0);
    expect(heading(el).textContent!.trim()).toBe('Governance');
    expect(Object.keys(el.response!.answers)).toEqual(['governance-body', 'governance-meets']);
    expect(cards(questions(el)[0]!)[1]!.getAttribute('aria-checked')).toBe('true');
  });

  it('switches locale without losing answers', async () => {
    const el = await make();
    await answer(el, 0, 2);
    el.locale = 'fr';
    await until(() => button(el, 'Suivant') !== undefined);
    await settle(el);
    expect(heading(el).textContent!.trim()).toBe('Stratégie');
    expect(root(el).querySelector('.layout')!.getAttribute('lang')).toBe('fr');
    const q = questions(el)[0]!;
    await until(() => cards(q)[2]!.textContent!.includes('Établi'));
    expect(cards(q)[2]!.getAttribute('aria-checked')).toBe('true');
    expect(el.response!.answers['strategy-status']!.value).toBe(3);
    await expectNoAxeViolations(el);
  });

  it('loads a framework from `src`', async () => {
    const url = URL.createObjectURL(
      new Blob([JSON.stringify(miniFramework)], { type: 'application/json' }),
    );
    const el = document.createElement('dtc-assessment');
    el.locale = 'en';
    el.src = url;
    await fixture(el);
    expect(root(el).querySelector('[role=status]')!.textContent).toBe('Loading…');
    await until(() => !!root(el).querySelector('#step-heading'));
    expect(heading(el).textContent!.trim()).toBe('Strategy');
    expect(el.currentFramework!.id).toBe('mini');
    URL.revokeObjectURL(url);
  });

  it('finishes loading `src` when removed and put back meanwhile', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(miniFramework)]));
    const el = document.createElement('dtc-assessment');
    el.src = url;
    await fixture(el);
    el.remove();
    await new Promise((r) => setTimeout(r, 20));
    await fixture(el);
    await until(() => !!root(el).querySelector('#step-heading'));
    URL.revokeObjectURL(url);
  });

  it('names the problem in a bad framework file', async () => {
    const bad = structuredClone(miniFramework) as Framework;
    delete (bad.pillars[1] as Partial<Framework['pillars'][number]>).title;
    const el = document.createElement('dtc-assessment');
    el.locale = 'en';
    el.src = `data:application/json,${encodeURIComponent(JSON.stringify(bad))}`;
    await fixture(el);
    await until(() => !!root(el).querySelector('[role=alert]'));
    const alert = root(el).querySelector('[role=alert]')!;
    expect(alert.textContent).toContain('is not a valid framework');
    expect(alert.querySelector('li')!.textContent!.trim()).toBe(
      'pillars[1].title: A required value is missing (a group of fields).',
    );
    await expectNoAxeViolations(el);
  });

  it('says when the file is not JSON or cannot be fetched', async () => {
    const el = await make({ framework: undefined, src: 'data:application/json,{oops' });
    await until(() => !!root(el).querySelector('[role=alert]'));
    expect(root(el).querySelector('[role=alert] li')!.textContent!.trim()).toMatch(
      /^\(root\): The text is not valid JSON\.$/,
    );
    const gone = URL.createObjectURL(new Blob(['{}']));
    URL.revokeObjectURL(gone);
    el.src = gone;
    await until(() =>
      root(el).querySelector('[role=alert]')!.textContent!.includes('could not be loaded'),
    );
    expect(root(el).querySelector('[role=alert]')!.textContent).toContain(gone);
  });

  it('does not save with `no-autosave`', async () => {
    const el = await make({ noAutosave: true });
    await answer(el, 0, 0);
    expect(localStorage.length).toBe(0);
  });
});

describe('events', () => {
  it('fires dtc-response-change on every change', async () => {
    const el = await make();
    const changes: Response[] = [];
    el.addEventListener('dtc-response-change', (e) => changes.push(e.detail.response));
    await answer(el, 0, 1);
    await userEvent.type(questions(el)[0]!.shadowRoot!.querySelector('#comment')!, 'ab');
    expect(changes).toHaveLength(3);
    expect(changes[2]!.answers['strategy-status']).toMatchObject({ value: 2, comment: 'ab' });
    expect(el.response).toBe(changes[2]);
    expect(parseResponse(changes[2], miniFramework).ok).toBe(true);
  });

  it('fires dtc-section-complete after the last part of a pillar', async () => {
    const el = await make();
    const done = vi.fn();
    el.addEventListener('dtc-section-complete', done);
    await next(el);
    expect(done).not.toHaveBeenCalled();
    await answer(el, 0, 1);
    await next(el);
    expect(done).toHaveBeenCalledOnce();
    expect(done.mock.calls[0]![0].detail).toMatchObject({
      pillarId: 'coordination-leadership',
      response: { answers: { 'governance-body': { value: 'committee' } } },
    });
    expect(heading(el).textContent!.trim()).toBe('Internet access');
  });

  it('fires dtc-assessment-complete with the scored result', async () => {
    const el = await make();
    await toReview(el);
    await chooseRole(el, 'ministry-education');
    const done = vi.fn();
    el.addEventListener('dtc-assessment-complete', done);
    await next(el, 'Submit the assessment');
    const { response, result } = done.mock.calls[0]![0].detail;
    expect(response.completedAt).toBeDefined();
    expect(response.respondent).toEqual({ role: 'ministry-education' });
    expect(result.pillars.map((p: { id: string }) => p.id)).toEqual([
      'coordination-leadership',
      'connectivity-infrastructure',
      'data-evidence',
    ]);
    expect(result.pillars[0].components[0].score).toBeCloseTo(100 / 3);
    expect(heading(el).textContent!.trim()).toBe('Thank you: the assessment is submitted');
    expect(root(el).textContent).toContain('You answered 1 of 7 questions');
    await expectNoAxeViolations(el);
  });

  it('scores only the chosen sections', async () => {
    const el = await make({ sections: ['data-evidence'] });
    await answer(el, 0, 3);
    await next(el, 'Check your answers');
    await chooseRole(el, 'partner');
    const done = vi.fn();
    el.addEventListener('dtc-assessment-complete', done);
    await next(el, 'Submit the assessment');
    const { result } = done.mock.calls[0]![0].detail;
    expect(result.pillars.map((p: { id: string }) => p.id)).toEqual(['data-evidence']);
    expect(result.overall.score).toBe(100);
  });

  it('keeps the earlier answer in history when revised after completion', async () => {
    const el = await make();
    await toReview(el);
    await chooseRole(el, 'school');
    await next(el, 'Submit the assessment');
    await next(el, 'Change answers');
    expect(heading(el).textContent!.trim()).toBe('Strategy');
    await answer(el, 0, 3);
    await answer(el, 0, 2);
    const r = el.response!;
    expect(r.answers['strategy-status']!.value).toBe(3);
    expect(r.history).toHaveLength(1);
    expect(r.history[0]).toMatchObject({ questionId: 'strategy-status', answer: { value: 2 } });
    expect(JSON.parse(localStorage.getItem(KEY)!).history).toHaveLength(1);
  });

  it('does not leak inner answer events', async () => {
    const el = await make();
    const inner = vi.fn();
    document.body.addEventListener('dtc-answer-change', inner);
    await answer(el, 0, 0);
    document.body.removeEventListener('dtc-answer-change', inner);
    expect(inner).not.toHaveBeenCalled();
  });
});

describe('errors', () => {
  it('lists a missing role in a summary that takes focus and links to the field', async () => {
    const el = await make();
    await toReview(el);
    const done = vi.fn();
    el.addEventListener('dtc-assessment-complete', done);
    await next(el, 'Submit the assessment');
    expect(done).not.toHaveBeenCalled();
    const summary = root(el).querySelector<HTMLElement>('#error-summary')!;
    await until(() => deepActive() === summary);
    expect(summary.querySelector('h2')!.textContent).toBe('There is a problem');
    const link = summary.querySelector('a')!;
    expect(link.textContent).toBe('Choose your role');
    expect(link.getAttribute('href')).toBe('#role');
    const select = root(el).querySelector('#role')!;
    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect(select.getAttribute('aria-describedby')).toBe('role-error');
    await expectNoAxeViolations(el);
    await userEvent.click(link);
    expect(deepActive()).toBe(select);
    await next(el, 'Previous');
    expect(root(el).querySelector('#error-summary')).toBeNull();
  });

  it('asks for a description of "other" and a valid country code', async () => {
    const el = await make();
    await toReview(el);
    await chooseRole(el, 'other');
    await userEvent.fill(root(el).querySelector('#country')!, 'sn');
    await next(el, 'Submit the assessment');
    const links = [...root(el).querySelectorAll('#error-summary a')].map((a) =>
      a.getAttribute('href'),
    );
    expect(links).toEqual(['#role-detail', '#country']);
    await userEvent.fill(root(el).querySelector('#role-detail')!, 'Teachers’ union');
    await userEvent.fill(root(el).querySelector('#country')!, 'sen');
    await next(el, 'Submit the assessment');
    expect(root(el).querySelector('#error-summary')).toBeNull();
    expect(el.response!.respondent).toEqual({
      role: 'other',
      roleDetail: 'Teachers’ union',
      country: 'SEN',
    });
  });

  it('blocks Next on an invalid evidence link, with a link to the field', async () => {
    const el = await make();
    await answer(el, 0, 0);
    const q = questions(el)[0]!;
    await userEvent.fill(q.shadowRoot!.querySelector('#evidence')!, 'www example');
    await next(el);
    expect(heading(el).textContent!.trim()).toBe('Strategy');
    const link = root(el).querySelector<HTMLAnchorElement>('#error-summary a')!;
    expect(link.textContent).toMatch(/^Is there a strategy\?: 1 link is not a web address/);
    expect(q.shadowRoot!.querySelector('#evidence')!.getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(el);
    await userEvent.click(link);
    expect(deepActive()).toBe(q.shadowRoot!.querySelector('#evidence'));
    await userEvent.fill(q.shadowRoot!.querySelector('#evidence')!, 'https://example.org/plan.pdf');
    await next(el);
    expect(heading(el).textContent!.trim()).toBe('Governance');
    expect(root(el).querySelector('#error-summary')).toBeNull();
  });

  it('shows the errors in the new language after a locale switch', async () => {
    const el = await make();
    await answer(el, 0, 0);
    const q = questions(el)[0]!;
    await userEvent.fill(q.shadowRoot!.querySelector('#evidence')!, 'www example');
    await next(el);
    el.locale = 'fr';
    const link = () => root(el).querySelector('#error-summary a')!.textContent!;
    await until(
      () => root(el).querySelector('#error-summary h2')?.textContent === 'Il y a un problème',
    );
    await until(() => link().startsWith('Is there a strategy? (fr)\u202f: 1 lien'));
    expect(link()).not.toMatch(/web address/);
  });

  it('shows the respondent errors in the new language after a locale switch', async () => {
    const el = await make();
    await toReview(el);
    await next(el, 'Submit the assessment');
    expect(root(el).querySelector('#role-error')!.textContent).toBe('Choose your role');
    el.locale = 'fr';
    await until(
      () => root(el).querySelector('#role-error')?.textContent === 'Choisissez votre fonction',
    );
    expect(root(el).querySelector('#error-summary a')!.textContent).toBe(
      'Choisissez votre fonction',
    );
  });

  it('does not treat unanswered questions as errors: the review lists them', async () => {
    const el = await make();
    await toReview(el);
    const text = root(el).querySelector('.step')!.textContent!;
    expect(text).toContain('3 questions are not answered yet');
    expect(text).toContain('2 questions are not answered yet');
    expect(text).toContain('1 question is not answered yet');
    const missing = [...root(el).querySelectorAll('.missing button')].map((b) =>
      b.textContent!.trim(),
    );
    expect(missing[0]).toBe('Is it funded?');
    await userEvent.click(root(el).querySelector<HTMLButtonElement>('.missing button')!);
    await settle(el);
    expect(heading(el).textContent!.trim()).toBe('Strategy');
  });
});

describe('keyboard', () => {
  async function tabTo(match: (el: Element | null) => boolean, max = 30): Promise<void> {
    for (let i = 0; i < max && !match(deepActive()); i++) await userEvent.tab();
    expect(match(deepActive())).toBe(true);
  }

  it('completes a section with the keyboard alone, focus landing on each heading', async () => {
    const el = await make({ sections: ['coordination-leadership'] });
    const sectionDone = vi.fn();
    const complete = vi.fn();
    el.addEventListener('dtc-section-complete', sectionDone);
    el.addEventListener('dtc-assessment-complete', complete);
    heading(el).focus();
    // Strategy: first question, Tab into the cards, arrows select.
    await userEvent.tab();
    expect(deepActive()).toBe(cards(questions(el)[0]!)[0]);
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await tabTo((a) => a === cards(questions(el)[1]!)[0]);
    await userEvent.keyboard('{End}');
    await tabTo((a) => a?.textContent?.trim() === 'Next');
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(heading(el).textContent!.trim()).toBe('Governance');
    await until(() => deepActive() === heading(el));
    // Governance: a choice and a yes/no question.
    await userEvent.tab();
    await userEvent.keyboard(' ');
    await tabTo((a) => a === cards(questions(el)[1]!)[0]);
    await userEvent.keyboard('{ArrowDown}');
    await tabTo(
      (a) => a?.textContent?.trim() === 'Check your answers' && a.closest('.step') !== null,
    );
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(sectionDone).toHaveBeenCalledOnce();
    await until(() => deepActive() === heading(el));
    expect(heading(el).textContent!.trim()).toBe('Check your answers');
    expect(root(el).querySelector('.step')!.textContent).toContain('All questions are answered.');
    // Review: role, then submit.
    await tabTo((a) => a?.id === 'role');
    (deepActive() as HTMLSelectElement).value = 'ministry-ict';
    deepActive()!.dispatchEvent(new Event('change'));
    await tabTo((a) => a?.textContent?.trim() === 'Submit the assessment');
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(complete).toHaveBeenCalledOnce();
    await until(() => deepActive() === heading(el));
    expect(el.response!.answers).toMatchObject({
      'strategy-status': { value: 3 },
      'strategy-budget': { value: 'na' },
      'governance-body': { value: 'none' },
      'governance-meets': { value: 'no' },
    });
  });

  it('moves focus to the new heading after Next and Previous, and announces the step', async () => {
    const el = await make();
    await next(el);
    await until(() => deepActive() === heading(el));
    expect(heading(el).textContent!.trim()).toBe('Governance');
    expect(heading(el).tabIndex).toBe(-1);
    expect(root(el).querySelector('.visually-hidden[role=status]')!.textContent).toBe(
      'Step 2 of 5: Governance',
    );
    await next(el, 'Previous');
    await until(() => deepActive() === heading(el));
    expect(heading(el).textContent!.trim()).toBe('Strategy');
  });

  it('navigates by pillar and by component', async () => {
    const el = await make();
    const pillars = root(el).querySelector('dtc-progress')!.shadowRoot!.querySelectorAll('button');
    await userEvent.click(pillars[2]!);
    await settle(el);
    expect(heading(el).textContent!.trim()).toBe('EMIS');
    await until(() => deepActive() === heading(el));
    await userEvent.click(pillars[0]!);
    await settle(el);
    const parts = [...root(el).querySelectorAll<HTMLButtonElement>('.parts button')];
    expect(parts.map((b) => b.textContent!.trim())).toEqual(['Strategy', 'Governance']);
    expect(parts[0]!.getAttribute('aria-current')).toBe('step');
    await userEvent.click(parts[1]!);
    await settle(el);
    expect(heading(el).textContent!.trim()).toBe('Governance');
  });
});

describe('storage', () => {
  it('autosaves every change and restores it in a new element', async () => {
    const el = await make();
    await answer(el, 0, 2);
    await userEvent.type(questions(el)[0]!.shadowRoot!.querySelector('#comment')!, 'x');
    expect(JSON.parse(localStorage.getItem(KEY)!).answers['strategy-status']).toMatchObject({
      value: 3,
      comment: 'x',
    });
    el.remove();
    const again = await make();
    expect(again.response!.answers['strategy-status']).toMatchObject({ value: 3, comment: 'x' });
    expect(heading(again).textContent!.trim()).toBe('Strategy');
    expect(cards(questions(again)[0]!)[2]!.getAttribute('aria-checked')).toBe('true');
    expect(status(again)).toBe('');
  });

  it('restores text that is not valid yet: an evidence line, half a country code, "other"', async () => {
    const el = await make();
    await answer(el, 0, 0);
    const evidence = () =>
      questions(el)[0]!.shadowRoot!.querySelector<HTMLTextAreaElement>('#evidence')!;
    await userEvent.fill(evidence(), 'https://example.org/plan.pdf\nministry intranet');
    el.remove();

    const again = await make();
    const q = questions(again)[0]!;
    await until(() => q.shadowRoot!.querySelector<HTMLTextAreaElement>('#evidence')?.value !== '');
    expect(q.shadowRoot!.querySelector<HTMLTextAreaElement>('#evidence')!.value).toBe(
      'https://example.org/plan.pdf\nministry intranet',
    );
    expect(again.response!.answers['strategy-status']!.evidence).toEqual([
      'https://example.org/plan.pdf',
    ]);
    // Once the text is valid, the draft goes.
    await userEvent.fill(
      q.shadowRoot!.querySelector('#evidence')!,
      'https://example.org/plan.pdf\nhttps://intranet.example.org',
    );
    expect(localStorage.getItem(`${KEY}:drafts`)).toBeNull();

    await userEvent.click(root(again).querySelector<HTMLButtonElement>('.review-link')!);
    await settle(again);
    await chooseRole(again, 'other');
    await userEvent.fill(root(again).querySelector('#country')!, 'SE');
    again.remove();

    const third = await make({ response: undefined });
    await userEvent.click(root(third).querySelector<HTMLButtonElement>('.review-link')!);
    await settle(third);
    expect(root(third).querySelector<HTMLSelectElement>('#role')!.value).toBe('other');
    expect(root(third).querySelector('#role-detail')).not.toBeNull();
    expect(root(third).querySelector<HTMLInputElement>('#country')!.value).toBe('SE');
    // A response given by the host has no drafts.
    third.response = emptyResponse(miniFramework);
    await settle(third);
    expect(localStorage.getItem(`${KEY}:drafts`)).toBeNull();
  });

  it('gives a host that stores the response itself the drafts, and takes them back', async () => {
    const el = await make({ noAutosave: true });
    const drafts: Record<string, string>[] = [];
    el.addEventListener('dtc-response-change', (e) => drafts.push({ ...e.detail.drafts }));
    await answer(el, 0, 0);
    await userEvent.fill(
      questions(el)[0]!.shadowRoot!.querySelector('#evidence')!,
      'ministry intranet',
    );
    expect(drafts.at(-1)).toEqual({ 'evidence:strategy-status': 'ministry intranet' });
    expect(localStorage.length).toBe(0);
    const response = el.response!;
    el.remove();

    // The host gives both back, as after a reload.
    const again = await make({ noAutosave: true, response, drafts: drafts.at(-1)! });
    expect(heading(again).textContent!.trim()).toBe('Strategy');
    const evidence = () =>
      questions(again)[0]!.shadowRoot!.querySelector<HTMLTextAreaElement>('#evidence')?.value;
    await until(() => evidence() === 'ministry intranet');
    expect(again.response!.answers['strategy-status']!.evidence).toBeUndefined();
  });

  it('forgets the saved copy on clearStorage()', async () => {
    const el = await make();
    await answer(el, 0, 0);
    expect(localStorage.getItem(KEY)).not.toBeNull();
    el.clearStorage();
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(el.response!.answers['strategy-status']!.value).toBe(1);
  });

  it('uses `storage-key` when given', async () => {
    const el = document.createElement('dtc-assessment');
    el.setAttribute('storage-key', 'workshop-dakar');
    el.framework = miniFramework;
    await fixture(el);
    await settle(el);
    await answer(el, 0, 0);
    expect(localStorage.getItem('workshop-dakar')).not.toBeNull();
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('resumes what is saved under a `storage-key` set after the first render', async () => {
    let saved = emptyResponse(miniFramework);
    saved = setAnswer(saved, 'strategy-status', { value: 2 });
    saved = setAnswer(saved, 'strategy-budget', { value: 3 });
    localStorage.setItem('respondent-42', JSON.stringify(saved));
    const el = await make();
    el.storageKey = 'respondent-42';
    await settle(el);
    expect(heading(el).textContent!.trim()).toBe('Governance');
    expect(Object.keys(el.response!.answers)).toEqual(['strategy-status', 'strategy-budget']);
    await answer(el, 0, 0);
    const stored = JSON.parse(localStorage.getItem('respondent-42')!) as Response;
    expect(Object.keys(stored.answers)).toEqual([
      'strategy-status',
      'strategy-budget',
      'governance-body',
    ]);
  });

  it('moves the answers so far to a new, empty `storage-key`', async () => {
    const el = await make();
    await answer(el, 0, 2);
    el.storageKey = 'respondent-43';
    await settle(el);
    expect(heading(el).textContent!.trim()).toBe('Strategy');
    const stored = JSON.parse(localStorage.getItem('respondent-43')!) as Response;
    expect(stored.answers['strategy-status']!.value).toBe(3);
    expect(localStorage.getItem(KEY)).not.toBeNull();
  });

  it('keeps corrupt data under a backup key and says so', async () => {
    localStorage.setItem(KEY, '{"format":"dtc.response","answers":');
    const el = await make();
    expect(status(el)).toMatch(
      /^Answers saved earlier in this browser could not be read, so they were kept aside/,
    );
    const backup = Object.keys(localStorage).find((k) => k.startsWith(`${KEY}:backup:`))!;
    expect(localStorage.getItem(backup)).toBe('{"format":"dtc.response","answers":');
    expect(status(el)).toContain(backup);
    expect(root(el).querySelector('[part=status]')!.getAttribute('role')).toBe('status');
    await expectNoAxeViolations(el);
    await answer(el, 0, 0);
    expect(JSON.parse(localStorage.getItem(KEY)!).answers['strategy-status'].value).toBe(1);
  });

  it('restores the valid answers, sets aside only the invalid one, and names it', async () => {
    let r = emptyResponse(miniFramework);
    for (const [id, value] of [
      ['strategy-status', 2],
      ['strategy-budget', 3],
      ['governance-body', 'committee'],
      ['governance-meets', 'yes'],
      ['internet-schools', 1],
      ['emis-coverage', 4],
    ] as const)
      r = setAnswer(r, id, { value });
    const raw = JSON.stringify({
      ...r,
      answers: { ...r.answers, 'governance-body': { value: 'board', answeredAt: r.updatedAt } },
    });
    localStorage.setItem(KEY, raw);
    const el = await make();
    expect(Object.keys(el.response!.answers).sort()).toEqual([
      'emis-coverage',
      'governance-meets',
      'internet-schools',
      'strategy-budget',
      'strategy-status',
    ]);
    const backup = Object.keys(localStorage).find((k) => k.startsWith(`${KEY}:backup:`))!;
    expect(localStorage.getItem(backup)).toBe(raw);
    expect(status(el)).toBe(
      'One answer saved earlier in this browser could not be restored and was left out: ' +
        `Which body coordinates?. The other answers are restored, and the saved copy as it was is kept (under “${backup}”).`,
    );
    // It resumes at the question left out, the other answer of that step shown as given.
    expect(heading(el).textContent!.trim()).toBe('Governance');
    const checked = (q: DtcRubricQuestion) =>
      cards(q).filter((c) => c.getAttribute('aria-checked') === 'true').length;
    expect(questions(el).map(checked)).toEqual([0, 1]);
    await expectNoAxeViolations(el);
    // In French too, with the question's French title.
    el.locale = 'fr';
    await until(() => status(el).startsWith('Une réponse'));
    expect(status(el)).toContain('Quelle instance coordonne ?');
  });

  it('keeps data of an unknown format version aside', async () => {
    localStorage.setItem(KEY, JSON.stringify({ ...emptyResponse(miniFramework), version: 2 }));
    const el = await make();
    expect(status(el)).toContain('come from another version of this tool');
  });

  it('lets the user finish in memory when storage refuses writes, and says so', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const el = await make({ sections: ['data-evidence'] });
    expect(status(el)).toBe('');
    await answer(el, 0, 1);
    expect(status(el)).toMatch(/^Your answers cannot be saved in this browser/);
    expect(el.response!.answers['emis-coverage']!.value).toBe(2);
    await expectNoAxeViolations(el);
    await next(el, 'Check your answers');
    await chooseRole(el, 'school');
    const done = vi.fn();
    el.addEventListener('dtc-assessment-complete', done);
    await next(el, 'Submit the assessment');
    expect(done).toHaveBeenCalledOnce();
  });
});

describe('store', () => {
  /** What another tab's write looks like to this page: a `storage` event on `window`. */
  function anotherTabWrites(key: string, response: Response): void {
    const newValue = JSON.stringify(response);
    localStorage.setItem(key, newValue);
    window.dispatchEvent(new StorageEvent('storage', { key, newValue, storageArea: localStorage }));
  }

  it("picks up another tab's answers, and keeps both sides of a conflict", async () => {
    const el = await make();
    const changes: ResponseChangeDetail[] = [];
    el.addEventListener('dtc-response-change', (e) => changes.push(e.detail));
    await answer(el, 0, 0); // strategy-status: 1, here
    const here = el.response!;
    // The other tab answered the same question later, and one more.
    const later = new Date(Date.now() + 60_000).toISOString();
    let theirs = setAnswer(
      emptyResponse(miniFramework),
      'strategy-status',
      { value: 3 },
      { now: later },
    );
    theirs = setAnswer(theirs, 'strategy-budget', { value: 2 }, { now: later });
    anotherTabWrites(KEY, theirs);
    await settle(el);
    expect(el.response!.answers['strategy-status']!.value).toBe(3);
    expect(el.response!.answers['strategy-budget']!.value).toBe(2);
    expect(el.response!.history).toEqual([
      { questionId: 'strategy-status', answer: here.answers['strategy-status'], replacedAt: later },
    ]);
    expect(changes.at(-1)!.source).toBe('store');
    expect(cards(questions(el)[0]!)[2]!.getAttribute('aria-checked')).toBe('true');
    // Nothing was lost in storage either: the merge was saved back.
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual(el.response);
    // The respondent stays on their step.
    expect(heading(el).textContent!.trim()).toBe('Strategy');
  });

  it('keeps the response in a store the host passes (IndexedDB), and resumes it', async () => {
    const database = `dtc-test-element-${Date.now()}`;
    const el = await make({ store: new IndexedDbStore('respondent-1', { database }) });
    await until(() => questions(el).length > 0);
    await settle(el);
    await answer(el, 0, 1);
    await answer(el, 1, 2);
    expect(localStorage.length).toBe(0);
    el.remove();
    await new Promise((r) => setTimeout(r, 50));
    const again = await make({ store: new IndexedDbStore('respondent-1', { database }) });
    await until(() => !!again.response?.answers['strategy-budget']);
    await settle(again);
    expect(again.response!.answers['strategy-status']!.value).toBe(2);
    expect(heading(again).textContent!.trim()).toBe('Governance');
    await expectNoAxeViolations(again);
  });

  it('closes a round on startRound(), keeping the answers so far once', async () => {
    const el = await make();
    const changes: ResponseChangeDetail[] = [];
    el.addEventListener('dtc-response-change', (e) => changes.push(e.detail));
    await answer(el, 0, 1);
    el.startRound('before deep dive');
    el.startRound('before deep dive');
    await settle(el);
    expect(changes).toHaveLength(2);
    expect(el.response!.history).toEqual([
      expect.objectContaining({ questionId: 'strategy-status', round: 'before deep dive' }),
    ]);
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual(el.response);
    expect(heading(el).textContent!.trim()).toBe('Strategy');
  });

  it('neither asks nor requires the role with `no-respondent` (the host asked it)', async () => {
    const el = await make({ noRespondent: true });
    await toReview(el);
    expect(root(el).querySelector('#role')).toBeNull();
    const done = vi.fn();
    el.addEventListener('dtc-assessment-complete', done);
    await next(el, 'Submit the assessment');
    expect(done).toHaveBeenCalledOnce();
    await expectNoAxeViolations(el);
  });
});

describe('two tabs on one storage key', () => {
  /**
   * A second tab: another document of this origin (a frame, with its own window, modules and
   * element registry) showing `<dtc-assessment>` on the same key. Storage events pass between
   * the two documents as they pass between two tabs.
   */
  async function secondTab(): Promise<{ frame: HTMLIFrameElement; el: DtcAssessment }> {
    const frame = document.createElement('iframe');
    const define = new URL('./define.ts', import.meta.url).href;
    const fixtures = new URL('../../test/fixtures.ts', import.meta.url).href;
    frame.srcdoc = `<!doctype html><body><script type="module">
      import '${define}';
      import { miniFramework } from '${fixtures}';
      const el = document.createElement('dtc-assessment');
      el.framework = miniFramework;
      el.locale = 'en';
      document.body.append(el);
      window.tab = el.updateComplete.then(() => el);
    </script></body>`;
    document.body.append(frame);
    const win = () => frame.contentWindow as (Window & { tab?: Promise<DtcAssessment> }) | null;
    await until(() => !!win()?.tab, 10_000);
    return { frame, el: await win()!.tab! };
  }

  /** Clicks a card in either tab (the other tab's elements are not this document's). */
  async function choose(el: DtcAssessment, question: number, card: number): Promise<void> {
    cards(questions(el)[question]!)[card]!.click();
    await settle(el);
  }

  it("keeps the answers of both tabs: none is lost to the other tab's save", async () => {
    const here = await make();
    const { frame, el: there } = await secondTab();
    await settle(there);
    // Strategy (2 questions) here; the same step there, then Governance and on there.
    await choose(here, 0, 1);
    await choose(there, 1, 2);
    await next(here);
    await choose(here, 0, 1);
    await choose(here, 1, 0);
    there.shadowRoot!.querySelector<HTMLButtonElement>('.step button.primary')!.click();
    await settle(there);
    await until(() => Object.keys(there.response!.answers).length === 4);
    // Both tabs hold the four answers, and so does storage: the last save lost nothing.
    await until(() => Object.keys(here.response!.answers).length === 4);
    const stored = JSON.parse(localStorage.getItem(KEY)!) as Response;
    expect(Object.keys(stored.answers).sort()).toEqual([
      'governance-body',
      'governance-meets',
      'strategy-budget',
      'strategy-status',
    ]);
    expect(stored.answers['strategy-budget']!.value).toBe(3);
    expect(here.response!.answers).toEqual(stored.answers);
    expect(there.response!.answers).toEqual(stored.answers);
    frame.remove();
  });

  it('keeps the newer answer to one question answered in both tabs, the other in history', async () => {
    const here = await make();
    const { frame, el: there } = await secondTab();
    await settle(there);
    await choose(here, 0, 0);
    await until(() => there.response!.answers['strategy-status']?.value === 1);
    await new Promise((r) => setTimeout(r, 5));
    await choose(there, 0, 3);
    await until(() => here.response!.answers['strategy-status']?.value === 4);
    const stored = JSON.parse(localStorage.getItem(KEY)!) as Response;
    expect(stored.answers['strategy-status']!.value).toBe(4);
    expect(stored.history.map((h) => [h.questionId, h.answer.value])).toEqual([
      ['strategy-status', 1],
    ]);
    frame.remove();
  });
});

describe('a11y', () => {
  it('has no violations: empty, partly answered, review, French, right-to-left', async () => {
    const el = await make();
    await expectNoAxeViolations(el);
    await answer(el, 0, 1);
    await expectNoAxeViolations(el);
    await userEvent.click(root(el).querySelector<HTMLButtonElement>('.review-link')!);
    await settle(el);
    await chooseRole(el, 'other');
    await expectNoAxeViolations(el);
    el.locale = 'fr';
    await until(() => heading(el).textContent!.trim() === 'Vérifier vos réponses');
    await expectNoAxeViolations(el);
    el.locale = 'ar';
    // The Arabic words load with the locale: wait until the button says "Previous" in Arabic.
    const previous = () => translate('ar', 'assessment.step.previous');
    await until(() => previous() !== 'Previous' && !!button(el, previous()));
    expect(root(el).querySelector('.layout')!.getAttribute('dir')).toBe('rtl');
    await next(el, previous());
    await expectNoAxeViolations(el);
  });

  it('has no violations on the real framework in French, answered, in a dark, narrow page', async () => {
    document.documentElement.style.colorScheme = 'dark';
    const el = await make({ framework: sixPillars, locale: 'fr' });
    el.style.inlineSize = '320px';
    el.style.display = 'block';
    await until(() => !!button(el, 'Suivant'));
    await answer(el, 0, 1);
    await settle(el);
    expect(el.scrollWidth).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(el);
    document.documentElement.style.colorScheme = '';
  });
});
