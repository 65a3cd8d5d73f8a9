import { parseFeedback, type QuestionFeedback } from '@dtc/schema';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { miniFramework } from '../../test/fixtures.js';
import { expectNoAxeViolations, fixture, until } from '../../test/helpers.js';
import '../assessment/define.js';
import type { DtcAssessment, FeedbackChangeDetail } from '../assessment/assessment.js';
import type { DtcQuestionFeedback, QuestionFeedbackChangeDetail } from './question-feedback.js';
import './define.js';

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
});

const AT = '2026-03-25T10:00:00.000Z';

async function panel(props: Partial<DtcQuestionFeedback> = {}): Promise<DtcQuestionFeedback> {
  const el = document.createElement('dtc-question-feedback');
  Object.assign(el, { questionId: 'strategy-status', label: 'Is there a strategy?' }, props);
  return fixture(el);
}

const part = (el: DtcQuestionFeedback, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~=${name}]`)!;
const boxes = (el: DtcQuestionFeedback) => [
  ...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]'),
];
const comment = (el: DtcQuestionFeedback) => el.shadowRoot!.querySelector('textarea')!;

describe('<dtc-question-feedback>', () => {
  it('is a closed disclosure that names its question to screen readers', async () => {
    const el = await panel({ locale: 'en' });
    const details = part(el, 'disclosure') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(part(el, 'summary').textContent!.replace(/\s+/g, ' ').trim()).toBe(
      'Feedback on this question: Is there a strategy?',
    );
    expect(part(el, 'summary').querySelector('.visually-hidden')!.textContent).toBe(
      ': Is there a strategy?',
    );
    await expectNoAxeViolations(el);
  });

  it('opens from the keyboard, with three boxes and a comment, and reports each change', async () => {
    const el = await panel({ locale: 'en' });
    const events: QuestionFeedbackChangeDetail[] = [];
    el.addEventListener('dtc-question-feedback-change', (e) => events.push(e.detail));
    part(el, 'summary').focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(el.open).toBe(true);
    expect(boxes(el).map((b) => b.closest('label')!.textContent!.trim())).toEqual([
      'It is unclear',
      'It is not relevant here',
      'Something is missing',
    ]);
    expect(el.shadowRoot!.querySelector('legend')!.textContent).toBe(
      'What is the matter with this question?',
    );
    await expectNoAxeViolations(el);
    await userEvent.keyboard('{Tab}{Space}');
    await userEvent.keyboard('{Tab}{Tab}{Space}');
    await userEvent.keyboard('{Tab}Which strategy?');
    await el.updateComplete;
    expect(events[0]).toEqual({ questionId: 'strategy-status', kinds: ['unclear'], comment: '' });
    expect(events[1]).toEqual({
      questionId: 'strategy-status',
      kinds: ['unclear', 'missing'],
      comment: '',
    });
    expect(events.at(-1)).toEqual({
      questionId: 'strategy-status',
      kinds: ['unclear', 'missing'],
      comment: 'Which strategy?',
    });
    expect(part(el, 'summary').textContent).toContain('Feedback on this question (given)');
    await expectNoAxeViolations(el);
  });

  it('puts the label of the comment above its field, however wide the page', async () => {
    const el = await panel({ locale: 'en', open: true });
    el.style.inlineSize = '70rem';
    const label = el.shadowRoot!.querySelector('label[for=comment]')!.getBoundingClientRect();
    const field = comment(el).getBoundingClientRect();
    expect(label.bottom).toBeLessThanOrEqual(field.top);
    expect(label.left).toBe(field.left);
  });

  it('restores `value`, and never resets text being typed when its own change comes back', async () => {
    const el = await panel({
      locale: 'en',
      open: true,
      value: { kinds: ['not-relevant'], comment: 'Not for us' },
    });
    expect(boxes(el).map((b) => b.checked)).toEqual([false, true, false]);
    expect(comment(el).value).toBe('Not for us');
    el.addEventListener('dtc-question-feedback-change', () => {
      // What a host gives back: the item without the trailing spaces being typed.
      el.value = { kinds: ['not-relevant'], comment: comment(el).value.trim() };
    });
    comment(el).focus();
    await userEvent.keyboard(' here ');
    await el.updateComplete;
    expect(comment(el).value).toBe('Not for us here ');
    el.value = { kinds: ['unclear'], comment: 'Changed elsewhere' };
    await el.updateComplete;
    expect(boxes(el).map((b) => b.checked)).toEqual([true, false, false]);
    expect(comment(el).value).toBe('Changed elsewhere');
  });

  it('speaks French, with a narrow space before the question mark', async () => {
    const el = await panel({ locale: 'fr', open: true });
    await until(() => el.shadowRoot!.querySelector('legend')!.textContent!.includes('ne va pas'));
    expect(el.shadowRoot!.querySelector('legend')!.textContent).toBe(
      'Qu’est-ce qui ne va pas dans cette question\u202f?',
    );
    expect(part(el, 'summary').textContent).toContain('Avis sur cette question');
    await expectNoAxeViolations(el);
  });
});

async function assessment(props: Partial<DtcAssessment> = {}): Promise<DtcAssessment> {
  const el = document.createElement('dtc-assessment');
  Object.assign(el, { framework: miniFramework, locale: 'en', noAutosave: true }, props);
  await fixture(el);
  await el.updateComplete;
  return el;
}
const panels = (el: DtcAssessment) => [
  ...el.shadowRoot!.querySelectorAll<DtcQuestionFeedback>('dtc-question-feedback'),
];

describe('<dtc-assessment feedback>', () => {
  it('shows no feedback without the attribute', async () => {
    const el = await assessment();
    await el.updateComplete;
    expect(el.feedback).toBe(false);
    expect(panels(el)).toEqual([]);
  });

  it('puts a panel under each question and reports the whole feedback', async () => {
    const el = await assessment({ feedback: true });
    el.response = { ...el.response!, id: 'a1' };
    await until(() => panels(el).length === 2 && !!panels(el)[0]!.shadowRoot);
    await Promise.all(panels(el).map((p) => p.updateComplete));
    expect(panels(el).map((p) => p.questionId)).toEqual(['strategy-status', 'strategy-budget']);
    expect(panels(el)[1]!.label).toBe('Is it funded?');
    const events: FeedbackChangeDetail[] = [];
    el.addEventListener('dtc-feedback-change', (e) => events.push(e.detail));
    const [first, second] = panels(el) as [DtcQuestionFeedback, DtcQuestionFeedback];
    await userEvent.click(part(first, 'summary'));
    await userEvent.click(boxes(first)[0]!);
    await userEvent.click(part(second, 'summary'));
    await userEvent.click(boxes(second)[1]!);
    await userEvent.click(comment(second));
    await userEvent.keyboard('We have no budget line');
    await el.updateComplete;
    const feedback = events.at(-1)!.feedback;
    expect(el.questionFeedback).toBe(feedback);
    expect(feedback).toMatchObject({
      format: 'dtc.feedback',
      version: 1,
      framework: { id: 'mini', version: miniFramework.version },
      assessment: 'a1',
      items: [
        { question: 'strategy-status', kinds: ['unclear'] },
        { question: 'strategy-budget', kinds: ['not-relevant'], comment: 'We have no budget line' },
      ],
    });
    expect(parseFeedback(feedback, miniFramework).ok).toBe(true);
    await expectNoAxeViolations(el);
    // Unticked and no comment: the item goes.
    await userEvent.click(boxes(first)[0]!);
    expect(el.questionFeedback!.items.map((i) => i.question)).toEqual(['strategy-budget']);
  });

  it('restores `questionFeedback` into the panels, and fits 320 px with a panel open', async () => {
    const restored: QuestionFeedback = {
      format: 'dtc.feedback',
      version: 1,
      framework: { id: 'mini', version: miniFramework.version },
      items: [{ question: 'strategy-budget', kinds: ['missing'], comment: 'Donors too', at: AT }],
    };
    const el = await assessment({ feedback: true, questionFeedback: restored });
    el.style.display = 'block';
    el.style.inlineSize = '320px';
    await until(() => panels(el).length === 2 && !!panels(el)[1]!.shadowRoot);
    const second = panels(el)[1]!;
    await second.updateComplete;
    expect(part(second, 'summary').textContent).toContain('(given)');
    await userEvent.click(part(second, 'summary'));
    expect(boxes(second).map((b) => b.checked)).toEqual([false, false, true]);
    expect(comment(second).value).toBe('Donors too');
    expect(el.scrollWidth).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(el);
  });
});
