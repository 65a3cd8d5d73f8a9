/**
 * A visitor's whole journey, by keyboard alone where a person would type: start an
 * assessment, answer every question, reload at every step and find nothing lost, see the
 * results, build a plan, switch to French and back, export a file and import it into a
 * clean profile, and print the report.
 *
 * Each step runs in a fresh profile of its own, seeded with the assessment the step before
 * would have left (imported through the History page, as a visitor would), so that any one
 * runs alone: `npx vitest run --project e2e apps/demo/e2e/journey.e2e.ts -t '<name>'`.
 */
import { readFile } from 'node:fs/promises';
import type { Response } from '@dtc/schema';
import { scoreResponse } from '@dtc/scoring';
import type { Browser, Page } from 'playwright';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { exportFile, file, framework, makeResponse, questions } from './fixtures.js';
import {
  focused,
  goto,
  launch,
  open,
  overallExpected,
  overallShown,
  pdfText,
  ready,
  reload,
  stored,
  type Watched,
} from './helpers.js';

let browser: Browser;
/** The profiles a test opened, closed after it. */
const profiles: Watched[] = [];

beforeAll(async () => {
  browser = await launch();
});
afterEach(async () => {
  for (const w of profiles.splice(0)) await w.context.close();
});
afterAll(async () => {
  await browser?.close();
});

/** A fresh profile (empty storage), closed after the test. */
async function fresh(): Promise<Watched> {
  const w = await open(browser);
  profiles.push(w);
  return w;
}

/** When the seeded assessment was submitted (the profiles' clock and dates are in UTC). */
const COMPLETED_AT = '2026-03-25T16:00:00.000Z';

/**
 * The assessment as the keyboard steps leave it: "Keyboard ministry" of Senegal's ministry of
 * education, every question answered at varied levels, submitted at COMPLETED_AT; or only
 * started (no answers) with `started`.
 */
function keyboardMinistry(state: 'started' | 'completed' = 'completed') {
  const response = makeResponse({
    label: 'Keyboard ministry',
    role: 'ministry-education',
    country: 'SEN',
    level: (p, i) => 1 + ((p + i) % 4),
    ...(state === 'started' ? { pillars: [] } : {}),
  });
  return state === 'started'
    ? response
    : { ...response, completedAt: COMPLETED_AT, updatedAt: COMPLETED_AT };
}

/** A fresh profile holding one assessment, imported through the History page. */
async function seeded(response: ReturnType<typeof keyboardMinistry>): Promise<Watched> {
  const w = await fresh();
  await goto(w.page, 'history');
  await w.page.setInputFiles('#import-file', file('seed.dtc.json', exportFile('seed', response)));
  await w.page.getByText('One assessment imported.').waitFor();
  return w;
}

/** The current assessment's response as stored, the one every page of the demo reads. */
async function storedResponse(page: Page): Promise<Response> {
  const all = await stored(page);
  const prefs = all['dtc-demo:prefs'] as { currentId?: string } | undefined;
  const key = prefs?.currentId
    ? `dtc-demo:response:${prefs.currentId}`
    : Object.keys(all).find((k) => /^dtc-demo:response:[^:]+$/.test(k));
  const response = key ? all[key] : undefined;
  if (!response) throw new Error(`No stored response; keys: ${Object.keys(all).join(', ')}`);
  return response as Response;
}

type Focus = Awaited<ReturnType<typeof focused>>;

/** Presses Tab until `want` holds for the focused element (at most `max` times). */
async function tabTo(page: Page, want: (f: Focus) => boolean, max = 150): Promise<Focus> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (want(f)) return f;
  }
  throw new Error(
    `Tab never reached the wanted element; last: ${JSON.stringify(await focused(page))}`,
  );
}

/** How many answers the current assessment holds in storage. */
async function answeredInStore(page: Page): Promise<number> {
  const all = await stored(page);
  const prefs = all['dtc-demo:prefs'] as { currentId?: string } | undefined;
  const response = all[`dtc-demo:response:${prefs?.currentId}`] as { answers: object } | undefined;
  return response ? Object.keys(response.answers).length : 0;
}

const isOpenRadio = (f: Focus) =>
  f.role === 'radio' && f.checked === 'false' && f.host === 'dtc-rubric-question';

describe('a visitor’s journey', () => {
  it('starts an assessment from the home page by keyboard', async () => {
    const { page } = await fresh();
    await goto(page, '');
    // The skip link is the first stop and moves focus to <main>.
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('main');
    await tabTo(page, (f) => f.text === 'Start the self-assessment');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => document.querySelector('h1')?.textContent === 'Self-assessment',
    );
    // Focus moved to the new page's h1.
    expect((await focused(page)).tag).toBe('h1');
    expect(await page.title()).toBe('Self-assessment – Six pillars toolkit');

    await tabTo(page, (f) => f.id === 'd-label');
    await page.keyboard.type('Keyboard ministry');
    await tabTo(page, (f) => f.id === 'd-role');
    await page.keyboard.press('ArrowDown'); // the first role: ministry of education
    await tabTo(page, (f) => f.id === 'd-country');
    await page.keyboard.type('Sene'); // type-ahead picks Senegal
    await tabTo(page, (f) => f.text === 'Start the assessment');
    await page.keyboard.press('Enter');
    await page.waitForSelector('dtc-assessment');
    await reload(page);
    await expect.poll(() => page.locator('#current-title').textContent()).toBe('Keyboard ministry');
    const response = await storedResponse(page);
    expect(response.label).toBe('Keyboard ministry');
    expect(response.respondent).toMatchObject({
      role: 'ministry-education',
      country: 'SEN',
    });
    expect(response.answers).toEqual({});
  });

  // Some 60 questions and 24 reloads: slower than the project's 60 s on a busy machine.
  it('answers every question by keyboard, reloading after every step without losing anything', async () => {
    const { page } = await seeded(keyboardMinistry('started'));
    await goto(page, 'assess');
    await page.waitForSelector('dtc-assessment');
    let answered = 0;
    let steps = 0;
    // Enter the questionnaire: the first open question of the first step.
    await tabTo(page, isOpenRadio, 200);
    for (let guard = 0; guard < 2000; guard++) {
      const f = await focused(page);
      if (isOpenRadio(f)) {
        // Vary the levels: Space keeps the first card, arrows move and choose.
        const moves = answered % 3;
        if (moves === 0) await page.keyboard.press('Space');
        for (let m = 0; m < moves; m++) await page.keyboard.press('ArrowRight');
        answered++;
        await page.keyboard.press('Tab');
        continue;
      }
      if (f.tag === 'button' && (f.text === 'Next' || f.text === 'Check your answers')) {
        await page.keyboard.press('Enter');
        steps++;
        await expect.poll(() => answeredInStore(page)).toBe(answered);
        // Reload: the answers are kept and the questionnaire resumes at the next open step.
        await reload(page);
        await page.waitForSelector('dtc-assessment');
        expect(await answeredInStore(page)).toBe(answered);
        if (f.text === 'Check your answers') break;
        await tabTo(page, isOpenRadio, 200);
        continue;
      }
      await page.keyboard.press('Tab');
    }
    // Every question offers cards (a text question offers "don't know"), so all are answered.
    expect(answered).toBe(questions.length);
    expect(steps).toBeGreaterThanOrEqual(24);

    // Rubric questions took the level of their position: Space the first card, one or two
    // arrows the second or third.
    const saved = await storedResponse(page);
    expect(Object.keys(saved.answers)).toHaveLength(questions.length);
    const rubric = questions.filter(({ q }) => q.kind === 'rubric').map(({ q }) => q.id);
    const order = questions.map(({ q }) => q.id);
    for (const id of rubric) expect(saved.answers[id]?.value, id).toBe((order.indexOf(id) % 3) + 1);

    // The review step: submit.
    await tabTo(page, (f) => f.text === 'Submit the assessment', 250);
    const submitted = Date.now();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Assessment complete' }).waitFor();
    await reload(page);
    const response = (await storedResponse(page)) as Response & {
      history: { round?: string; answers?: object }[];
    };
    // Submitted now: an ISO timestamp between the key press and this check.
    expect(response.completedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?Z$/);
    const at = Date.parse(response.completedAt!);
    expect(at).toBeGreaterThanOrEqual(submitted - 1000);
    expect(at).toBeLessThanOrEqual(Date.now());
    // The answers as submitted are kept as one round.
    expect(new Set(response.history.map((h) => h.round))).toEqual(new Set(['Completed']));
  }, 180_000);

  it('shows the results the engine computes, and keeps them on reload', async () => {
    const { page, errors } = await seeded(keyboardMinistry());
    await goto(page, '');
    await tabTo(page, (f) => f.tag === 'a' && f.text === 'Results');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Results');
    await page.waitForSelector('dtc-results');
    // What the visitor reads equals the engine's result for the response the page stored.
    const expected = overallExpected(
      scoreResponse(framework, await storedResponse(page)),
      framework.levels,
    );
    await expect.poll(() => overallShown(page)).toEqual(expected);
    // The seeded answers, scored in the test itself, give the same words.
    expect(
      overallExpected(scoreResponse(framework, keyboardMinistry() as Response), framework.levels),
    ).toEqual(expected);
    await reload(page);
    await page.waitForSelector('dtc-results');
    await expect.poll(() => overallShown(page)).toEqual(expected);
    expect(errors).toEqual([]);
  });

  it('builds a plan by keyboard: three priorities, short-, medium- and long-term actions', async () => {
    const w = await seeded(keyboardMinistry());
    const { page } = w;
    await goto(page, '');
    await tabTo(page, (f) => f.tag === 'a' && f.text === 'Plan');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Action plan');
    await page.waitForSelector('dtc-priorities');
    // Tick the three most urgent components.
    for (let i = 0; i < 3; i++) {
      await tabTo(page, (f) => f.type === 'checkbox');
      await page.keyboard.press('Space');
    }
    await reload(page);
    const plan = async () => {
      const all = await stored(page);
      const prefs = all['dtc-demo:prefs'] as { currentId: string };
      return (
        all[`dtc-demo:assessment:${prefs.currentId}`] as {
          plan?: {
            priorities: string[];
            actions: { horizon: string; outcome: string; title: string; lead?: string }[];
          };
        }
      ).plan;
    };
    // The first three offered are the engine's three most urgent components.
    const urgent = scoreResponse(framework, await storedResponse(page))
      .priorities.slice(0, 3)
      .map((p) => p.componentId);
    expect((await plan())?.priorities).toEqual(urgent);
    const horizons = ['short', 'medium', 'long'];
    for (let k = 0; k < 3; k++) {
      // The k-th "Add an action" button belongs to the k-th priority.
      for (let seen = 0; seen <= k;) {
        const f = await tabTo(page, (x) => x.tag === 'button' && x.text === 'Add an action', 300);
        if (f) seen++;
      }
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await focused(page)).tag).toBe('input');
      await page.keyboard.type(`Action ${k + 1}`);
      await page.keyboard.press('Tab'); // pillar
      await page.keyboard.press('Tab'); // horizon
      for (let m = 0; m < k; m++) await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Tab'); // lead institution
      await page.keyboard.type('Ministry');
      await page.keyboard.press('Tab'); // target level
      await page.keyboard.press('Tab'); // outcome
      for (let m = 0; m <= k; m++) await page.keyboard.press('ArrowDown');
      await expect.poll(async () => (await plan())?.actions.length).toBe(k + 1);
      await reload(page);
    }
    const saved = (await plan())!;
    expect(saved.actions.map((a) => a.horizon)).toEqual(horizons);
    expect(saved.actions.map((a) => a.title)).toEqual(['Action 1', 'Action 2', 'Action 3']);
    expect(saved.actions.every((a) => a.outcome && a.lead === 'Ministry')).toBe(true);
    expect(w.errors).toEqual([]);
  });

  it('switches to French and back, and remembers the choice', async () => {
    const { page } = await seeded(keyboardMinistry());
    await goto(page, 'plan');
    await tabTo(page, (f) => f.text === 'Français');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    expect(await page.locator('h1').textContent()).toBe('Plan d’action');
    expect(await page.title()).toBe('Plan d’action – Boîte à outils des six piliers');
    // The widgets follow: the plan's own heading is French too.
    await expect
      .poll(() => page.locator('dtc-action-plan h2').first().textContent())
      .toBe('Plan d’action');
    await reload(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await page.locator('nav#site-nav a[aria-current="page"]').textContent()).toBe('Plan');
    await tabTo(page, (f) => f.text === 'English');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await reload(page);
    expect(await page.locator('h1').textContent()).toBe('Action plan');
  });

  it('exports a file and imports it into a clean profile', async () => {
    const seed = keyboardMinistry();
    const { page } = await seeded(seed);
    await goto(page, 'history');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /^Export\b.*Keyboard ministry/ }).click();
    const downloaded = await download;
    expect(downloaded.suggestedFilename()).toMatch(
      /^keyboard-ministry-\d{4}-\d{2}-\d{2}\.dtc\.json$/,
    );
    const exported = await readFile((await downloaded.path())!, 'utf8');
    const data = JSON.parse(exported);
    expect(data.format).toBe('dtc.export');
    // The file holds the assessment as it was: its answers and when it was submitted.
    expect(data.assessments[0].response.completedAt).toBe(COMPLETED_AT);
    expect(data.assessments[0].response.answers).toEqual(seed.answers);

    const clean = await fresh();
    await goto(clean.page, 'history');
    expect(await clean.page.getByText('No assessment is stored in this browser yet.').count()).toBe(
      1,
    );
    await clean.page.setInputFiles('#import-file', {
      name: downloaded.suggestedFilename(),
      mimeType: 'application/json',
      buffer: Buffer.from(exported),
    });
    await clean.page.getByText('One assessment imported.').waitFor();
    await reload(clean.page);
    await expect
      .poll(() => clean.page.locator('#list-title + p').textContent())
      .toBe('1 assessment');
    // Importing the same file again changes nothing; a changed copy is kept as another entry.
    await clean.page.setInputFiles('#import-file', {
      name: 'again.dtc.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exported),
    });
    await clean.page.getByText('One assessment was already here, unchanged.').waitFor();
    const changed = JSON.parse(exported);
    const firstQuestion = Object.keys(changed.assessments[0].response.answers)[0]!;
    changed.assessments[0].response.answers[firstQuestion].comment = 'Changed elsewhere';
    await clean.page.setInputFiles('#import-file', {
      name: 'changed.dtc.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(changed)),
    });
    await clean.page.getByText(/already existed in another version/).waitFor();
    await reload(clean.page);
    expect(await clean.page.locator('#list-title + p').textContent()).toBe('2 assessments');
    await goto(clean.page, 'results');
    await clean.page.waitForSelector('dtc-results');
    await expect
      .poll(() => overallShown(clean.page))
      .toEqual(overallExpected(scoreResponse(framework, seed as Response), framework.levels));
    expect(clean.outside).toEqual([]);
    expect(clean.errors).toEqual([]);
  });

  it('explains a wrong or damaged file clearly', async () => {
    const exported = JSON.stringify(
      exportFile('sample', makeResponse({ label: 'Sample', role: 'school', level: () => 2 })),
    );
    const { page } = await fresh();
    await goto(page, 'history');
    const cases: [string, string, RegExp][] = [
      ['damaged.dtc.json', exported.slice(0, exported.length / 2), /not readable JSON/],
      ['other.json', JSON.stringify({ hello: 'world' }), /not an assessment file of this toolkit/],
      ['empty.dtc.json', '', /empty/],
    ];
    for (const [name, content, message] of cases) {
      await page.setInputFiles('#import-file', {
        name,
        mimeType: 'application/json',
        buffer: Buffer.from(content),
      });
      await page.getByRole('alert').filter({ hasText: message }).waitFor();
    }
    const wrong = JSON.parse(exported);
    wrong.assessments[0].response.answers['no-such-question'] = {
      value: 9,
      answeredAt: 'yesterday',
    };
    await page.setInputFiles('#import-file', {
      name: 'wrong.dtc.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(wrong)),
    });
    const alert = page.getByRole('alert').filter({ hasText: 'The file has' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('assessments[0].response.answers');
    expect(await page.getByText('No assessment is stored in this browser yet.').count()).toBe(1);
  });

  it('prints the report, and the PDF says what the page shows', async () => {
    const w = await seeded(keyboardMinistry());
    const { page } = w;
    await goto(page, 'results');
    await page.getByRole('link', { name: 'Printable report' }).click();
    await page.waitForSelector('dtc-report');
    await page.waitForFunction(() => document.title === 'Report – Six pillars toolkit');
    // The report brings the page's only h1 (the assessment's name), which has the focus.
    expect(await page.locator('h1').allTextContents()).toEqual(['Keyboard ministry']);
    expect((await focused(page)).tag).toBe('h1');
    const expected = overallExpected(
      scoreResponse(framework, await storedResponse(page)),
      framework.levels,
    );
    await expect.poll(() => overallShown(page, 'dtc-report dtc-results')).toEqual(expected);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('dtc-report').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    // Read back by poppler's pdftotext: the title, the date, the overall result and every pillar.
    const text = pdfText(pdf);
    expect(text.startsWith('Keyboard ministry'), text.slice(0, 200)).toBe(true);
    expect(text).toContain('Date March 25, 2026');
    expect(text).toContain(`Overall level ${expected.level} ${expected.score}`);
    for (const pillar of framework.pillars) expect(text).toContain(pillar.title.en);
    expect(w.outside).toEqual([]);
    expect(w.errors).toEqual([]);
    await ready(page);
  });
});
