/**
 * What a review of the demo found, kept fixed: the country chosen survives a language
 * switch, focus stays where the user is after Cancel and after deleting, a second share
 * link in the same tab is read, a page's address with a trailing slash works, and full
 * pages do not scroll sideways on a 320 px screen.
 */
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFile, file, framework, makeResponse, participants } from './fixtures.js';
import { focused, goto, launch, open, stored, url, type Watched } from './helpers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function importOne(page: Page, id: string, extra: Record<string, unknown> = {}) {
  await goto(page, 'history');
  const response = makeResponse({
    label: `Review ${id}`,
    role: 'ministry-education',
    country: 'SEN',
    level: (p, i) => 1 + ((p + i) % 4),
  });
  await page.setInputFiles('#import-file', file(`${id}.dtc.json`, exportFile(id, response, extra)));
  await page.getByText('One assessment imported.').waitFor();
  return response;
}

/** The element that reaches furthest right, for the failure message. */
const widest = (page: Page) =>
  page.evaluate(() => {
    let best = { right: 0, what: '' };
    const walk = (root: Document | ShadowRoot, path: string) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.closest('.scroll, .table-wrap, .table')) continue;
        const r = el.getBoundingClientRect().right;
        const what = `${path}${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`;
        if (r > best.right) best = { right: r, what };
        if (el.shadowRoot) walk(el.shadowRoot, `${what} >> `);
      }
    };
    walk(document, '');
    return `${best.what} reaches ${Math.round(best.right)} px`;
  });

/** A saved earlier version of an assessment, every answer at `level`. */
const revision = (note: string, label: string, level: number) => ({
  id: 'rev-1',
  savedAt: '2026-03-20T09:00:00Z',
  note,
  response: makeResponse({ label, role: 'ministry-education', level: () => level }),
});

const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('the demo after review', () => {
  let w: Watched;
  afterAll(async () => {
    await w?.context.close();
  });

  it('keeps the chosen country when the language changes', async () => {
    w = await open(browser);
    const { page } = w;
    await goto(page, 'assess');
    await page.fill('#d-label', 'Country check');
    for (const code of ['DEU', 'SEN', 'USA', 'GBR']) {
      await page.selectOption('#d-country', code);
      await page.getByRole('button', { name: 'Français' }).click();
      await page.waitForFunction(() => document.documentElement.lang === 'fr');
      expect(await page.inputValue('#d-country'), code).toBe(code);
      await page.getByRole('button', { name: 'English' }).click();
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      expect(await page.inputValue('#d-country'), code).toBe(code);
    }
  });

  it('gives focus back to the button after Cancel, and to the title after deleting a revision', async () => {
    const { page } = w;
    await importOne(page, 'focus', {
      revisions: [revision('Before the deep dive', 'Review focus', 2)],
    });
    await page.locator('[id^="rename-button-"]').first().click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect((await focused(page)).id).toMatch(/^rename-button-/);
    await page.locator('[id^="delete-button-"]').first().click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect((await focused(page)).id).toMatch(/^delete-button-/);
    await page.locator('details summary').first().click();
    await page.getByRole('button', { name: /^Delete revision/ }).click();
    await expect.poll(async () => (await focused(page)).id).toMatch(/^title-/);

    await goto(page, 'workshop');
    await page.setInputFiles('#workshop-files', [
      file('p1.dtc.json', exportFile('p1', participants()[0]!)),
    ]);
    await page.locator('#add-outcome').getByText('One participant added.').waitFor();
    await page.locator('#clear-workshop').click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect((await focused(page)).id).toBe('clear-workshop');

    await goto(page, 'assess');
    await page.locator('#edit-details').click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect((await focused(page)).id).toBe('edit-details');
    expect(w.errors).toEqual([]);
  });

  it('reads a second share link opened in the same tab, and says when it is already in the workshop', async () => {
    const maker = await open(browser);
    const links: string[] = [];
    for (const [id, label] of [
      ['one', 'First shared'],
      ['two', 'Second shared'],
    ] as const) {
      await goto(maker.page, 'history');
      const response = makeResponse({ label, role: 'partner', level: () => 3 });
      await maker.page.setInputFiles('#import-file', file(`${id}.json`, exportFile(id, response)));
      await maker.page.getByText('One assessment imported.').waitFor();
      await maker.page
        .getByRole('button', { name: new RegExp(`^Share link\\b.*${label}`) })
        .click();
      links.push(await maker.page.locator('input[id^="share-"]').inputValue());
    }
    await maker.context.close();

    const viewer = await open(browser);
    const { page } = viewer;
    await page.goto(links[0]!);
    await page.getByRole('heading', { name: 'First shared' }).waitFor();
    await page.evaluate((href) => (location.href = href), links[1]!);
    await page.getByRole('heading', { name: 'Second shared' }).waitFor();
    await page.getByRole('button', { name: 'Add to the workshop' }).click();
    await page.getByText('Added to the workshop.').first().waitFor();
    expect((await focused(page)).id).toBe('share-outcome');
    await page.reload();
    await page.getByRole('heading', { name: 'Second shared' }).waitFor();
    await page.getByRole('button', { name: 'Add to the workshop' }).click();
    await page
      .getByText('These answers are already in the workshop: nothing was added.')
      .first()
      .waitFor();
    expect(viewer.errors).toEqual([]);
    await viewer.context.close();
  });

  it('keeps its language and says why when another cannot be loaded offline', async () => {
    // Without a service worker (a browser that has none, or a first visit cut off before the
    // site was stored): otherwise the worker serves French from the browser (offline.e2e.ts).
    const offline = await open(browser, { serviceWorkers: 'block' });
    const { page } = offline;
    await goto(page, 'resources');
    await offline.context.setOffline(true);
    await page.getByRole('button', { name: 'Français' }).click();
    await page
      .getByRole('alert')
      .getByText(/Français could not be loaded/)
      .waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    // The browser logs the failed fetches; nothing else may go wrong (no uncaught error).
    expect(offline.errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
    await offline.context.setOffline(false);
    // The browser remembers a failed module load until the page is loaded again.
    await page.reload();
    await page.waitForSelector('main h1');
    await page.getByRole('button', { name: 'Français' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    expect(await page.getByRole('alert').count()).toBe(0);
    await offline.context.close();
  });

  it('says when an imported assessment was made with another version of the framework', async () => {
    const other = await open(browser);
    const { page } = other;
    await goto(page, 'history');
    const response = makeResponse({ label: 'Older version', role: 'school', level: () => 2 });
    const old = { ...response, framework: { ...response.framework, version: '0.9.0' } };
    await page.setInputFiles('#import-file', file('old.dtc.json', exportFile('old', old)));
    await page.getByText('One assessment imported.').waitFor();
    await page
      .getByText(
        `One of them was made with version 0.9.0 of the framework; this site scores it with version ${framework.version}`,
        { exact: false },
      )
      .waitFor();
    await other.context.close();
  });

  it('keeps an evidence line that is not a link yet across a reload', async () => {
    const fresh = await open(browser);
    const { page } = fresh;
    await goto(page, 'assess');
    await page.fill('#d-label', 'Drafts');
    // The role is required where it is asked: Start without it says so and stays.
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    await expect.poll(() => page.locator('#d-role-error').textContent()).toBe('Choose your role.');
    expect(await page.locator('#d-role').getAttribute('aria-invalid')).toBe('true');
    await page.selectOption('#d-role', 'school');
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    await page.waitForSelector('dtc-assessment');
    const question = page.locator('dtc-rubric-question').first();
    await question.locator('[role=radio]').first().click();
    const evidence = question.locator('#evidence');
    await evidence.fill('Annual sector review 2024, annex 3');
    await expect
      .poll(async () =>
        Object.keys(await stored(page)).some((k) => /^dtc-demo:response:.*:drafts$/.test(k)),
      )
      .toBe(true);
    await page.reload();
    await page.waitForSelector('dtc-assessment');
    await expect
      .poll(() => page.locator('dtc-rubric-question').first().locator('#evidence').inputValue())
      .toBe('Annual sector review 2024, annex 3');
    expect(fresh.errors).toEqual([]);
    await fresh.context.close();
  });

  it('opens a page whose address ends with a slash', async () => {
    const { page } = w;
    await page.goto(url('history/'));
    await page.waitForSelector('main h1');
    expect(new URL(page.url()).pathname.endsWith('/history')).toBe(true);
    expect(await page.locator('main h1').textContent()).toBe('History');
  });

  it('does not scroll sideways at 320 px with a workshop, two versions and a plan', async () => {
    const narrow = await open(browser, { viewport: { width: 320, height: 800 } });
    const { page } = narrow;
    await importOne(page, 'narrow', {
      revisions: [revision('Before', 'Review narrow', 1)],
      plan: {
        format: 'dtc.action-plan',
        version: 1,
        framework: { id: framework.id, version: framework.version },
        priorities: ['digital-strategy'],
        actions: [
          {
            id: 'action-1',
            priority: 'digital-strategy',
            pillar: 'coordination-leadership',
            title: 'Write a costed national strategy for digital learning with every ministry',
            horizon: 'medium',
            owner: 'Directorate of planning and statistics',
            targetLevel: 3,
            outcome: 'quality-learning',
          },
        ],
      },
    });
    expect(await sideways(page), `history: ${await widest(page)}`).toBeLessThanOrEqual(0);
    await goto(page, 'report');
    expect(await sideways(page), 'report').toBeLessThanOrEqual(0);
    await goto(page, 'workshop');
    await page.setInputFiles(
      '#workshop-files',
      participants().map((r, i) => file(`p${i}.dtc.json`, exportFile(`p${i}`, r))),
    );
    await page.locator('#add-outcome').getByText('3 participants added.').waitFor();
    expect(await sideways(page), 'workshop').toBeLessThanOrEqual(0);
    // The first participant sends an updated file: they still count once.
    const first = participants()[0]!;
    const [someId, some] = Object.entries(first.answers).find(
      ([, a]) => typeof a.value === 'number',
    )!;
    const again = {
      ...first,
      answers: { ...first.answers, [someId]: { ...some, value: some.value === 1 ? 2 : 1 } },
      updatedAt: '2026-04-01T10:00:00.000Z',
    };
    await page.setInputFiles('#workshop-files', [file('p0-v2.dtc.json', exportFile('p0', again))]);
    await page
      .locator('#add-outcome')
      .getByText('One participant updated with newer answers.')
      .waitFor();
    await expect.poll(() => page.locator('#participants-table tbody tr').count()).toBe(3);
    expect(narrow.errors).toEqual([]);
    await narrow.context.close();
  });
});
