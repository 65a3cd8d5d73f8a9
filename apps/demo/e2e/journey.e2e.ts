/**
 * A visitor's whole journey, by keyboard alone where a person would type: start an
 * assessment, answer every question, reload at every step and find nothing lost, see the
 * results, build a plan, switch to French and back, export a file and import it into a
 * clean profile, and print the report.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFile, makeResponse, questions } from './fixtures.js';
import { focused, goto, launch, open, ready, reload, stored, type Watched } from './helpers.js';

let browser: Browser;
let w: Watched;
let exported: string;

beforeAll(async () => {
  browser = await launch();
  w = await open(browser);
});
afterAll(async () => {
  await browser?.close();
});

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
    const { page } = w;
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
    const s = await stored(page);
    const response = Object.entries(s).find(([k]) => k.startsWith('dtc-demo:response:'))![1] as {
      respondent: { role: string; country: string };
    };
    expect(response.respondent).toMatchObject({
      role: 'ministry-education',
      country: 'SEN',
    });
  });

  it('answers every question by keyboard, reloading after every step without losing anything', async () => {
    const { page } = w;
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

    // The review step: submit.
    await tabTo(page, (f) => f.text === 'Submit the assessment', 250);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Assessment complete' }).waitFor();
    await reload(page);
    const all = await stored(page);
    const response = Object.entries(all).find(([k]) => k.startsWith('dtc-demo:response:'))![1] as {
      completedAt?: string;
      history: { round?: string }[];
    };
    expect(response.completedAt).toBeTruthy();
    // The answers as submitted are kept as one round.
    expect(new Set(response.history.map((h) => h.round))).toEqual(new Set(['Completed']));
  });

  it('shows the results, and keeps them on reload', async () => {
    const { page } = w;
    await tabTo(page, (f) => f.tag === 'a' && f.text === 'Results');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Results');
    await page.waitForSelector('dtc-results');
    const overall = () =>
      page.evaluate(
        () =>
          (
            document.querySelector('dtc-results') as unknown as {
              currentResult: { overall: { score: number } };
            }
          ).currentResult.overall.score,
      );
    const before = await overall();
    expect(before).toBeGreaterThan(0);
    await reload(page);
    await page.waitForSelector('dtc-results');
    expect(await overall()).toBe(before);
    expect(w.errors).toEqual([]);
  });

  it('builds a plan by keyboard: three priorities, short-, medium- and long-term actions', async () => {
    const { page } = w;
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
    expect((await plan())?.priorities).toHaveLength(3);
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
    const { page } = w;
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
    const { page } = w;
    await goto(page, 'history');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /^Export\b.*Keyboard ministry/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^keyboard-ministry-\d{4}-\d{2}-\d{2}\.dtc\.json$/);
    exported = await readFile((await file.path())!, 'utf8');
    const data = JSON.parse(exported);
    expect(data.format).toBe('dtc.export');
    expect(data.assessments[0].response.completedAt).toBeTruthy();

    const clean = await open(browser);
    await goto(clean.page, 'history');
    expect(await clean.page.getByText('No assessment is stored in this browser yet.').count()).toBe(
      1,
    );
    await clean.page.setInputFiles('#import-file', {
      name: file.suggestedFilename(),
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
    expect(clean.outside).toEqual([]);
    expect(clean.errors).toEqual([]);
    await clean.context.close();
  });

  it('explains a wrong or damaged file clearly', async () => {
    const exported = JSON.stringify(
      exportFile('sample', makeResponse({ label: 'Sample', role: 'school', level: () => 2 })),
    );
    const clean = await open(browser);
    const { page } = clean;
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
    await clean.context.close();
  });

  it('prints the report', async () => {
    const { page } = w;
    await goto(page, 'results');
    await page.getByRole('link', { name: 'Printable report' }).click();
    await page.waitForSelector('dtc-report');
    await page.waitForFunction(() => document.title === 'Report – Six pillars toolkit');
    // The report brings the page's only h1 (the assessment's name), which has the focus.
    expect(await page.locator('h1').allTextContents()).toEqual(['Keyboard ministry']);
    expect((await focused(page)).tag).toBe('h1');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('dtc-report').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    expect(pdf.length).toBeGreaterThan(20_000);
    await page.emulateMedia({ media: 'screen' });
    expect(w.outside).toEqual([]);
    expect(w.errors).toEqual([]);
    await ready(page);
  });
});
