// <dtc-assessment> with a framework in the split form: `src` is the base, `texts-src` the
// texts files per locale. Files are served by a stand-in `fetch` that records every request.
import { splitFramework } from '@dtc/schema';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { miniFramework } from '../../test/fixtures.js';
import { expectNoAxeViolations, fixture, until } from '../../test/helpers.js';
import type { DtcRubricQuestion } from '../rubric-question/rubric-question.js';
import './define.js';
import type { DtcAssessment } from './assessment.js';

const { base, texts } = splitFramework(miniFramework);
const fr = texts[0]!;

let files: Record<string, unknown>;
let requested: string[];

beforeEach(() => {
  files = { '/fw/mini.base.json': base, '/fw/mini.fr.json': fr };
  requested = [];
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const url = new URL(String(input), location.href).pathname;
    requested.push(url);
    await new Promise((r) => setTimeout(r, 5));
    const body = files[url];
    if (body === undefined) return new Response('not found', { status: 404 });
    return new Response(typeof body === 'string' ? body : JSON.stringify(body));
  });
});
afterEach(() => vi.restoreAllMocks());

const root = (el: DtcAssessment) => el.shadowRoot!;
const heading = (el: DtcAssessment) => root(el).querySelector('#step-heading')?.textContent?.trim();
const notice = (el: DtcAssessment) =>
  root(el).querySelector('[part=texts-error]')?.textContent?.replace(/\s+/g, ' ').trim();
const firstQuestion = (el: DtcAssessment) =>
  root(el).querySelector<DtcRubricQuestion>('dtc-rubric-question')!;

/** The assessment on the split files, and every heading it showed until `until` held. */
async function make(locale: string, ready: (el: DtcAssessment) => boolean) {
  const el = document.createElement('dtc-assessment');
  el.noAutosave = true;
  el.locale = locale;
  el.src = '/fw/mini.base.json';
  el.textsSrc = '/fw/mini.{locale}.json';
  const headings: string[] = [];
  /** How many files had been requested when the first step appeared. */
  let filesAtFirstStep = -1;
  const watch = new MutationObserver(() => {
    const h = heading(el);
    if (h && filesAtFirstStep < 0) filesAtFirstStep = requested.length;
    if (h && headings.at(-1) !== h) headings.push(h);
  });
  await fixture(el);
  watch.observe(root(el), { subtree: true, childList: true, characterData: true });
  await until(() => ready(el));
  watch.disconnect();
  return { el, headings, filesAtFirstStep };
}

describe('loading the split form', () => {
  it('an English page fetches the base only', async () => {
    const { el, headings } = await make('en', (el) => heading(el) === 'Strategy');
    await new Promise((r) => setTimeout(r, 30));
    expect(requested).toEqual(['/fw/mini.base.json']);
    expect(headings).toEqual(['Strategy']);
    expect(notice(el)).toBeUndefined();
  });

  it('a French page fetches the base and the French texts before it shows the first step', async () => {
    const { el, filesAtFirstStep } = await make('fr', (el) => heading(el) === 'Stratégie');
    expect(requested).toEqual(['/fw/mini.base.json', '/fw/mini.fr.json']);
    // The first step waits for the texts (the UI words may still be arriving; see LocaleController).
    expect(filesAtFirstStep).toBe(2);
    await until(() => firstQuestion(el).shadowRoot!.textContent!.includes('Aide pour'));
    expect(el.currentFramework!.locales).toEqual(['en', 'fr']);
  });

  it('a page in a language the base does not offer fetches nothing more and shows the base', async () => {
    const { el } = await make('es', (el) => heading(el) === 'Strategy');
    await new Promise((r) => setTimeout(r, 30));
    expect(requested).toEqual(['/fw/mini.base.json']);
    expect(notice(el)).toBeUndefined();
  });
});

describe('switching language', () => {
  it('loads the new locale’s texts once and keeps the answers', async () => {
    const { el } = await make('en', (el) => heading(el) === 'Strategy');
    const card = firstQuestion(el).shadowRoot!.querySelectorAll<HTMLElement>('[role=radio]')[2]!;
    await userEvent.click(card);
    expect(el.response!.answers['strategy-status']?.value).toBe(3);

    el.locale = 'fr';
    await until(() => heading(el) === 'Stratégie');
    expect(requested).toEqual(['/fw/mini.base.json', '/fw/mini.fr.json']);
    expect(el.response!.answers['strategy-status']?.value).toBe(3);
    await until(() => firstQuestion(el).value === 3);

    el.locale = 'en';
    await until(() => heading(el) === 'Strategy');
    el.locale = 'fr';
    await until(() => heading(el) === 'Stratégie');
    expect(requested).toHaveLength(2);
    expect(el.response!.answers['strategy-status']?.value).toBe(3);
  });
});

describe('texts that cannot be used', () => {
  it('a missing texts file: English with a notice, and no answer lost', async () => {
    delete files['/fw/mini.fr.json'];
    const { el } = await make('en', (el) => heading(el) === 'Strategy');
    await userEvent.click(
      firstQuestion(el).shadowRoot!.querySelectorAll<HTMLElement>('[role=radio]')[1]!,
    );
    el.locale = 'fr';
    await until(() => !!notice(el) && notice(el)!.includes('anglais'));
    expect(notice(el)).toBe(
      'Les questions n’ont pas pu être chargées dans cette langue depuis /fw/mini.fr.json (HTTP 404) : elles s’affichent en anglais. Vos réponses sont conservées.',
    );
    expect(heading(el)).toBe('Strategy');
    expect(el.response!.answers['strategy-status']?.value).toBe(2);
    await expectNoAxeViolations(el);
    el.locale = 'en';
    await until(() => notice(el) === undefined);
    // Back to French once the file is there: it is fetched again, and the answer is still kept.
    files['/fw/mini.fr.json'] = fr;
    el.locale = 'fr';
    await until(() => heading(el) === 'Stratégie');
    expect(requested.filter((u) => u === '/fw/mini.fr.json')).toHaveLength(2);
    expect(el.response!.answers['strategy-status']?.value).toBe(2);
  });

  it('a texts file that is not valid: the notice names the problem and where', async () => {
    files['/fw/mini.fr.json'] = { ...fr, texts: { ...fr.texts, 'pillar.Bad.title': 'x' } };
    const { el } = await make('en', (el) => heading(el) === 'Strategy');
    el.locale = 'fr';
    // The words of the issue arrive with the error (French issue words are not loaded before).
    await until(() => !!notice(el)?.includes('« pillar.Bad.title » n’est pas un nom valide ici'));
    expect(notice(el)).toContain('anglais');
    expect(heading(el)).toBe('Strategy');
  });

  it('a base that is not valid: the problem in the page’s language', async () => {
    files['/fw/mini.base.json'] = { ...base, pillars: 'none' };
    const el = document.createElement('dtc-assessment');
    Object.assign(el, {
      locale: 'fr',
      src: '/fw/mini.base.json',
      textsSrc: '/fw/mini.{locale}.json',
    });
    await fixture(el);
    await until(
      () => !!root(el).querySelector('[role=alert] li')?.textContent?.includes('une liste'),
    );
    expect(root(el).querySelector('[role=alert] li')!.textContent!.trim()).toBe(
      'pillars\u202f: Attendu\u202f: une liste\u202f; trouvé\u202f: un texte.',
    );
    expect(requested).toEqual(['/fw/mini.base.json']);
  });

  it('texts made for another framework are refused', async () => {
    files['/fw/mini.fr.json'] = { ...fr, framework: { id: 'other', version: '1.0.0' } };
    const { el } = await make('fr', (el) => !!notice(el));
    expect(notice(el)).toContain('Fait pour un autre cadre (« other », et non « mini »)');
    expect(heading(el)).toBe('Strategy');
  });

  it('texts that miss a string still show, with English for that string', async () => {
    const { 'component.strategy.title': _gone, ...rest } = fr.texts;
    files['/fw/mini.fr.json'] = { ...fr, texts: rest };
    const { el } = await make('fr', (el) => !!heading(el));
    expect(heading(el)).toBe('Strategy');
    expect(root(el).querySelector('.eyebrow')!.textContent).toContain('Coordination et leadership');
    expect(notice(el)).toBeUndefined();
  });
});
