/**
 * History and sharing: revisions kept and compared, a share link opened in a clean
 * profile, the scores as CSV, feedback saved with the assessment and exported with it.
 */
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFile, file, makeResponse } from './fixtures.js';
import {
  axe,
  describeViolations,
  goto,
  launch,
  open,
  reload,
  stored,
  url,
  type Watched,
} from './helpers.js';

let browser: Browser;
let w: Watched;
let link = '';

const before = makeResponse({
  label: 'Senegal 2025',
  role: 'ministry-education',
  country: 'SEN',
  level: () => 2,
});
const after = {
  ...makeResponse({
    label: 'Senegal 2025',
    role: 'ministry-education',
    country: 'SEN',
    level: (p) => (p === 1 ? 4 : 2),
  }),
  updatedAt: '2025-03-25T16:00:00.000Z',
};

beforeAll(async () => {
  browser = await launch();
  w = await open(browser);
  await goto(w.page, 'history');
  const data = exportFile('senegal', after, {
    revisions: [
      { id: 'r1', savedAt: '2025-03-25T11:00:00.000Z', note: 'Before deep dive', response: before },
    ],
  });
  await w.page.setInputFiles('#import-file', file('senegal.dtc.json', data));
  await w.page.getByText('One assessment imported.').waitFor();
});
afterAll(async () => {
  await browser?.close();
});

describe('history', () => {
  it('lists the assessment with its revision and compares them', async () => {
    const { page } = w;
    await page.getByText('1 revision').click();
    expect(
      await page.locator('.revisions li', { hasText: /^\s*Before deep dive – / }).count(),
    ).toBe(1);
    // By default: the latest revision against the current answers.
    await page.waitForSelector('dtc-compare');
    const sides = () =>
      page.evaluate(() => {
        const c = document.querySelector('dtc-compare') as unknown as {
          beforeLabel: string;
          afterLabel: string;
        };
        return [c.beforeLabel, c.afterLabel];
      });
    expect((await sides())[0]).toMatch(/^Senegal 2025 – Before deep dive/);
    expect((await sides())[1]).toBe('Senegal 2025 (current answers)');
    // Swap the sides with the selects; the choice survives a reload.
    const options = await page.locator('#compare-before option').allTextContents();
    await page.selectOption('#compare-before', {
      label: options.find((o) => o.includes('current'))!,
    });
    await page.selectOption('#compare-after', {
      label: options.find((o) => o.includes('Before deep dive'))!,
    });
    await reload(page);
    await page.waitForSelector('dtc-compare');
    expect((await sides())[0]).toBe('Senegal 2025 (current answers)');
    expect(describeViolations(await axe(page))).toBe('');
  });

  it('saves a revision and restores one as a new assessment', async () => {
    const { page } = w;
    await page.getByRole('button', { name: /^Save a revision\b/ }).click();
    await expect.poll(() => page.getByText('2 revisions').count()).toBe(1);
    expect(await page.locator('.revisions li').count()).toBe(2);
    await page.getByText('2 revisions').click();
    await page
      .getByRole('button', { name: /^Restore as a new assessment\b.*Before deep dive/ })
      .last()
      .click(); // the oldest is listed last
    await page
      .getByText(/Revision restored as a new assessment/)
      .first()
      .waitFor();
    await reload(page);
    expect(await page.locator('#list-title + p').textContent()).toBe('2 assessments');
  });

  it('deletes an assessment only after confirmation', async () => {
    const { page } = w;
    await page.getByRole('button', { name: /^Delete\b.*Before deep dive/ }).click();
    expect(
      await page.locator('#confirm-delete').evaluate((el) => el === document.activeElement),
    ).toBe(true);
    await page.locator('#confirm-delete').click();
    await reload(page);
    expect(await page.locator('#list-title + p').textContent()).toBe('1 assessment');
  });
});

describe('sharing and exports', () => {
  it('downloads the scores as CSV', async () => {
    const { page } = w;
    await page.getByRole('link', { name: /^Results\b.*Senegal 2025/ }).click();
    await page.waitForSelector('dtc-results');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download scores (CSV)' }).click();
    const csv = await readFile((await (await download).path())!, 'utf8');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'scope,pillar_id,component_id,title,score,level,level_label,coverage_percent,answered,total',
    );
    expect(lines[1]).toMatch(/^overall,,,/);
    expect(lines.filter((l) => l.startsWith('pillar,'))).toHaveLength(6);
    expect(lines.find((l) => l.startsWith('pillar,connectivity-infrastructure,'))).toContain(
      ',100,4,Advanced,100,',
    );
  });

  it('opens a share link in a clean profile', async () => {
    const { page } = w;
    await page.getByRole('button', { name: 'Create a share link' }).click();
    link = await page.locator('#share-link').inputValue();
    expect(link.startsWith(url('share#1.'))).toBe(true);
    const clean = await open(browser);
    await clean.page.goto(link);
    await clean.page.getByRole('heading', { name: 'Senegal 2025' }).waitFor();
    await clean.page.getByRole('button', { name: 'Save to my assessments' }).click();
    await clean.page.getByText('Saved as “Senegal 2025”.').first().waitFor();
    await clean.page.getByRole('link', { name: 'Open its results' }).click();
    await clean.page.waitForSelector('dtc-results');
    const score = (p: typeof page) =>
      p.evaluate(
        () =>
          (
            document.querySelector('dtc-results') as unknown as {
              currentResult: { overall: { score: number } };
            }
          ).currentResult.overall.score,
      );
    expect(await score(clean.page)).toBe(await score(page));
    // A damaged link says so.
    await clean.page.goto(link.slice(0, -12));
    await clean.page.getByRole('alert').waitFor();
    expect(await clean.page.getByRole('alert').textContent()).toMatch(/damaged or incomplete/);
    expect(clean.outside).toEqual([]);
    await clean.context.close();
  });

  it('keeps feedback with the assessment and exports it', async () => {
    const { page } = w;
    await goto(page, 'feedback');
    await page.getByRole('radio', { name: '4 – Very good' }).first().check();
    await page.locator('input[name="feedback-methods"][value="5"]').check();
    await page.locator('input[name="feedback-usefulness"][value="3"]').check();
    await page.getByLabel(/Comments and suggestions/).fill('More time for the deep dives.');
    // Saved as typed: a reload loses nothing, even before pressing Save.
    await reload(page);
    expect(await page.locator('input[name="feedback-questions"][value="4"]').isChecked()).toBe(
      true,
    );
    expect(await page.getByLabel(/Comments and suggestions/).inputValue()).toBe(
      'More time for the deep dives.',
    );
    await page.getByRole('button', { name: 'Save feedback' }).click();
    await page.locator('#feedback-saved').waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export the assessment with its feedback' }).click();
    const data = JSON.parse(await readFile((await (await download).path())!, 'utf8'));
    expect(data.assessments[0].feedback).toMatchObject({
      questions: 4,
      methods: 5,
      usefulness: 3,
      comment: 'More time for the deep dives.',
    });
    const all = await stored(page);
    expect(Object.keys(all).filter((k) => k.startsWith('dtc-demo:assessment:'))).toHaveLength(1);
    expect(w.outside).toEqual([]);
    expect(w.errors).toEqual([]);
  });
});
