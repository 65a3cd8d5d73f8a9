import { sixPillars } from '@dtc/framework';
import { mapping1to2 } from '@dtc/framework/migrations';
import { sixPillarsV1 } from '@dtc/framework/v1';
import {
  parseFrameworkMapping,
  RESPONSE_FORMAT,
  RESPONSE_VERSION,
  type Answer,
  type Framework,
  type Question,
  type Response,
} from '@dtc/schema';
import { migrateResponse } from '@dtc/scoring';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations, fixture, until } from '../../test/helpers.js';
import type { DtcRubricQuestion } from '../rubric-question/rubric-question.js';
import './define.js';
import type {
  DtcAssessment,
  MigrationDismissDetail,
  Predecessor,
  ResponseChangeDetail,
} from './assessment.js';

const KEY = 'dtc-assessment:six-pillars';
const AT = '2026-03-25T09:30:00.000Z';
const parsed = parseFrameworkMapping(mapping1to2, sixPillarsV1, sixPillars);
if (!parsed.ok) throw new Error('the bundled mapping is invalid');
const mapping = parsed.value;
const predecessors: Predecessor[] = [{ framework: sixPillarsV1, mapping }];
const NNBSP = '\u202f';

const questionsOf = (f: Framework): Question[] =>
  f.pillars.flatMap((p) => p.components.flatMap((c) => c.questions));
const titleOf = (f: Framework, id: string, locale: 'en' | 'fr' = 'en') =>
  questionsOf(f).find((q) => q.id === id)!.title[locale]!;

/** The best answer a question takes (text for text questions). */
function best(q: Question): Answer['value'] {
  switch (q.kind) {
    case 'rubric':
      return Math.max(...q.descriptors.map((d) => d.level));
    case 'choice':
      return [...q.options].sort((a, b) => b.level - a.level)[0]!.id;
    case 'boolean':
      return q.yesLevel >= q.noLevel ? 'yes' : 'no';
    case 'text':
      return 'DHIS2, run by the ministry';
  }
}

/** A complete response to version 1.0.0, every question answered with its best answer. */
function completeV1(): Response {
  return {
    format: RESPONSE_FORMAT,
    version: RESPONSE_VERSION,
    id: 'made-with-v1',
    framework: { id: 'six-pillars', version: '1.0.0' },
    respondent: { role: 'ministry-education', country: 'SEN' },
    answers: Object.fromEntries(
      questionsOf(sixPillarsV1).map((q) => [
        q.id,
        { value: best(q), answeredAt: AT, comment: `on ${q.id}` },
      ]),
    ),
    history: [],
    createdAt: AT,
    updatedAt: AT,
  };
}

/** What `migrateResponse` says of the same response (the notice must list exactly this). */
function expectedReport() {
  const out = migrateResponse(completeV1(), mapping, sixPillarsV1, sixPillars, AT);
  if (!out.ok) throw new Error('not migrated');
  return out;
}

async function make(props: Partial<DtcAssessment> = {}): Promise<DtcAssessment> {
  const el = document.createElement('dtc-assessment');
  Object.assign(el, { framework: sixPillars, locale: 'en' }, props);
  await fixture(el);
  await settle(el);
  return el;
}

async function settle(el: DtcAssessment): Promise<void> {
  await el.updateComplete;
  await el.updateComplete;
  await Promise.all(
    [...root(el).querySelectorAll<DtcRubricQuestion>('dtc-rubric-question')].map(
      (q) => q.updateComplete,
    ),
  );
}

const root = (el: DtcAssessment) => el.shadowRoot!;
const notice = (el: DtcAssessment) =>
  root(el).querySelector<HTMLElement>('[part=migration-notice]');
const heading = (el: DtcAssessment) => root(el).querySelector<HTMLElement>('#step-heading')!;
const texts = (el: Element | null, selector: string) =>
  [...(el?.querySelectorAll(selector) ?? [])].map((n) =>
    n.textContent!.replace(/[ \t\n]+/g, ' ').trim(),
  );
const noticeButton = (el: DtcAssessment, label: string) =>
  [...notice(el)!.querySelectorAll<HTMLButtonElement>('button')].find(
    (b) => b.textContent!.trim() === label,
  );

/** Opens the questionnaire on a complete 1.0.0 response kept in localStorage. */
async function openStored(props: Partial<DtcAssessment> = {}): Promise<DtcAssessment> {
  localStorage.setItem(KEY, JSON.stringify(completeV1()));
  const el = await make({ predecessors, ...props });
  await until(() => !!notice(el), 5000);
  await settle(el);
  return el;
}

describe('a response made with an earlier version, with predecessors', () => {
  it('is carried to the current version, saved, and nothing the respondent said is lost', async () => {
    localStorage.setItem(KEY, JSON.stringify(completeV1()));
    const changes: ResponseChangeDetail[] = [];
    document.addEventListener(
      'dtc-response-change',
      (e) => changes.push((e as CustomEvent<ResponseChangeDetail>).detail),
      { once: true },
    );
    const el = await make({ predecessors });
    await until(() => !!el.response, 5000);
    const { response, report } = expectedReport();
    expect(el.response!.framework).toEqual({ id: 'six-pillars', version: '2.0.0' });
    expect(el.response!.answers).toEqual(response.answers);
    expect(el.migration).toEqual(report);
    // Saved through the store like any change, the earlier answers kept in `migrations`.
    const stored = JSON.parse(localStorage.getItem(KEY)!) as Response;
    expect(stored.framework.version).toBe('2.0.0');
    expect(stored.migrations).toHaveLength(1);
    expect(stored.migrations![0]!.answers).toEqual(completeV1().answers);
    expect(stored.migrations![0]!.from).toEqual({ id: 'six-pillars', version: '1.0.0' });
    expect(changes).toHaveLength(1);
    expect(changes[0]!.source).toBe('migration');
    expect(changes[0]!.migration).toEqual(report);
    // It resumes at the first step with a question that needs an answer.
    const first = sixPillars.pillars
      .flatMap((p) => p.components)
      .find((c) => c.questions.some((q) => !(q.id in response.answers)))!;
    await settle(el);
    expect(heading(el).textContent!.trim()).toBe(first.title.en);
  });

  it('carries a response the host sets, as it carries one from the store', async () => {
    const el = await make({ predecessors, noAutosave: true, response: completeV1() });
    await until(() => !!notice(el), 5000);
    expect(el.response!.framework.version).toBe('2.0.0');
    expect(el.response!.migrations![0]!.answers).toEqual(completeV1().answers);
  });

  it('lists what moved and what needs an answer, with the notes of the mapping', async () => {
    const el = await openStored();
    const { report } = expectedReport();
    const n = notice(el)!;
    expect(n.closest('[aria-live=polite]')).not.toBeNull();
    expect(n.querySelector('h2')!.textContent!.trim()).toBe(
      'Your answers were carried to a new version of the framework',
    );
    expect(n.querySelector('p')!.textContent).toContain(
      'made with version 1.0.0 of the framework and is now opened under version 2.0.0',
    );
    const headings = texts(n, 'h3');
    expect(headings).toEqual([
      `${report.review.length} answers to check`,
      `${report.unanswered.length} questions need a new answer`,
      `${report.left.length} earlier answers have no place in this version`,
    ]);
    const reasons = new Set(report.unanswered.map((u) => u.reason));
    expect(texts(n, 'h4')).toEqual(
      [
        reasons.has('added') && 'New questions',
        reasons.has('split') && 'Questions that come from ones that were split',
        reasons.has('merged') && 'Questions that combine earlier ones',
        reasons.has('value-not-carried') && 'Reworded questions your earlier answers no longer fit',
      ].filter(Boolean),
    );
    // Every current question listed is a button with its title.
    const buttons = texts(n, 'li > button');
    for (const r of report.review) expect(buttons).toContain(titleOf(sixPillars, r.to));
    for (const u of report.unanswered) expect(buttons).toContain(titleOf(sixPillars, u.question));
    // Earlier answers with no place: the earlier question's title, as text.
    const plain = texts(n, 'li > span');
    for (const l of report.left) expect(plain).toContain(titleOf(sixPillarsV1, l.question));
    expect(n.textContent).toContain('kept with your response as you gave them');
    // A rule's note, under the questions it concerns.
    const split = mapping1to2.rules.find((r) => r.to?.includes('electricity-internet-power'))!;
    const power = [...n.querySelectorAll('li')].find(
      (li) =>
        li.querySelector('button')?.textContent!.trim() ===
        titleOf(sixPillars, 'electricity-internet-power'),
    )!;
    expect(power.querySelector('.note')!.textContent!.trim()).toBe(`Why: ${split.note!.en}`);
    const removed = mapping1to2.rules.find((r) => r.from?.includes('policy-regulation-standards'))!;
    expect(n.textContent).toContain(`Why: ${removed.note!.en}`);
  });

  it('says the same in French', async () => {
    const el = await openStored({ locale: 'fr' });
    const { report } = expectedReport();
    const n = notice(el)!;
    expect(n.querySelector('h2')!.textContent!.trim()).toBe(
      'Vos réponses ont été reportées vers une nouvelle version du cadre',
    );
    expect(n.querySelector('p')!.textContent).toContain(
      'faite avec la version 1.0.0 du cadre et s’ouvre désormais avec la version 2.0.0',
    );
    expect(texts(n, 'h3')).toEqual([
      `${report.review.length} réponses à vérifier`,
      `${report.unanswered.length} questions demandent une nouvelle réponse`,
      `${report.left.length} réponses précédentes n’ont plus de place dans cette version`,
    ]);
    expect(texts(n, 'h4')).toContain('Nouvelles questions');
    expect(texts(n, 'li > button')).toContain(titleOf(sixPillars, 'inclusion-gender', 'fr'));
    expect(texts(n, 'li > span')).toContain(
      titleOf(sixPillarsV1, 'policy-regulation-standards', 'fr'),
    );
    const split = mapping1to2.rules.find((r) => r.to?.includes('electricity-internet-power'))!;
    expect(texts(n, '.note')).toContain(`Pourquoi${NNBSP}: ${split.note!.fr}`);
    expect(noticeButton(el, 'Masquer cet avis')).toBeDefined();
  });

  it('does not take focus on load; its buttons take the respondent to the question', async () => {
    const el = await openStored();
    expect(document.activeElement).toBe(document.body);
    const target = 'inclusion-gender';
    const component = sixPillars.pillars
      .flatMap((p) => p.components)
      .find((c) => c.questions.some((q) => q.id === target))!;
    noticeButton(el, titleOf(sixPillars, target))!.focus();
    await userEvent.keyboard('{Enter}');
    await settle(el);
    await until(() => root(el).activeElement?.id === `q-${target}`);
    expect(heading(el).textContent!.trim()).toBe(component.title.en);
    // A reworded question to check, elsewhere in the questionnaire.
    const { report } = expectedReport();
    const review = report.review.at(-1)!.to;
    await userEvent.click(noticeButton(el, titleOf(sixPillars, review))!);
    await settle(el);
    await until(() => root(el).activeElement?.id === `q-${review}`);
  });

  it('is dismissed with its button: the host hears of it, and focus goes to the step', async () => {
    const el = await openStored();
    const dismissed: MigrationDismissDetail[] = [];
    el.addEventListener('dtc-migration-dismiss', (e) => dismissed.push(e.detail));
    const report = el.migration;
    noticeButton(el, 'Hide this notice')!.focus();
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(notice(el)).toBeNull();
    expect(el.migration).toBeUndefined();
    expect(dismissed).toEqual([{ migration: report }]);
    expect(root(el).activeElement).toBe(heading(el));
    // The response stays carried, and the earlier answers stay in its record.
    expect(el.response!.migrations![0]!.answers).toEqual(completeV1().answers);
  });

  it('shows the notice for a response the host carried itself', async () => {
    const { response, report } = expectedReport();
    const el = await make({ noAutosave: true, predecessors, response, migration: report });
    await until(() => !!notice(el), 5000);
    expect(el.response).toBe(response);
    expect(texts(notice(el), 'h3')[0]).toBe(`${report.review.length} answers to check`);
  });

  it('has no violations with the notice open, in English and in French', async () => {
    const el = await openStored();
    await expectNoAxeViolations(el);
    el.locale = 'fr';
    await until(
      () => notice(el)?.querySelector('h2')?.textContent?.includes('Vos réponses') ?? false,
    );
    await expectNoAxeViolations(el);
  });
});

describe('a response made with an earlier version, without a usable mapping', () => {
  const blocked = (el: DtcAssessment) => root(el).querySelector<HTMLElement>('[part=load-error]');

  it('says it cannot open it, and leaves the stored response as it was', async () => {
    const raw = JSON.stringify(completeV1());
    localStorage.setItem(KEY, raw);
    const changes: ResponseChangeDetail[] = [];
    document.addEventListener('dtc-response-change', (e) =>
      changes.push((e as CustomEvent<ResponseChangeDetail>).detail),
    );
    const el = await make();
    await until(() => !!blocked(el), 5000);
    expect(blocked(el)!.getAttribute('role')).toBe('alert');
    expect(blocked(el)!.querySelector('h2')!.textContent!.trim()).toBe(
      'These answers cannot be opened here',
    );
    expect(blocked(el)!.textContent).toContain(
      'given with version 1.0.0 of the framework, and this page cannot carry them to version 2.0.0',
    );
    expect(root(el).querySelector('dtc-rubric-question')).toBeNull();
    expect(el.response).toBeUndefined();
    expect(localStorage.getItem(KEY)).toBe(raw);
    expect(Object.keys(localStorage).filter((k) => k.includes(':backup:'))).toEqual([]);
    expect(changes).toEqual([]);
    await expectNoAxeViolations(el);

    // Given the way later, it carries the response then.
    el.predecessors = predecessors;
    await until(() => !!notice(el), 5000);
    expect(JSON.parse(localStorage.getItem(KEY)!).framework.version).toBe('2.0.0');
  });

  it('does not save a response the host sets, and says why in French', async () => {
    const raw = JSON.stringify(completeV1());
    const el = await make({ locale: 'fr', response: JSON.parse(raw) as Response });
    await until(() => !!blocked(el), 5000);
    expect(blocked(el)!.querySelector('h2')!.textContent!.trim()).toBe(
      'Ces réponses ne peuvent pas être ouvertes ici',
    );
    expect(blocked(el)!.textContent).toContain(`telles quelles${NNBSP}: rien n’a été modifié`);
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('lists the problems of a mapping that does not lead to this version', async () => {
    const raw = JSON.stringify(completeV1());
    localStorage.setItem(KEY, raw);
    const wrong: Predecessor = {
      framework: sixPillarsV1,
      mapping: { ...mapping, to: { id: 'six-pillars', version: '3.0.0' } },
    };
    const el = await make({ predecessors: [wrong] });
    await until(() => !!blocked(el)?.querySelector('li'), 5000);
    expect(texts(blocked(el), 'li')[0]).toMatch(/six-pillars@3\.0\.0/);
    expect(localStorage.getItem(KEY)).toBe(raw);
  });
});
