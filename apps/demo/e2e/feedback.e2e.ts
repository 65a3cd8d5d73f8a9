/**
 * Feedback on the questions, from the questionnaire itself: given on two questions, kept over
 * a reload, and downloaded from the feedback page as a `dtc.feedback` file and as CSV, made in
 * the browser with no request to anywhere.
 */
import { parseFeedback } from '@dtc/schema';
import { readFile } from 'node:fs/promises';
import type { Browser, Download, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { framework } from './fixtures.js';
import {
  axe,
  describeViolations,
  goto,
  launch,
  open,
  reload,
  stored,
  type Watched,
} from './helpers.js';

let browser: Browser;
let w: Watched;

beforeAll(async () => {
  browser = await launch();
  w = await open(browser);
});

afterAll(async () => {
  await browser?.close();
});

const [first, second] = framework.pillars[0]!.components[0]!.questions.map((q) => q);
const panel = (page: Page, index: number) => page.locator('dtc-question-feedback').nth(index);
const summary = (page: Page, index: number) => panel(page, index).locator('summary');

async function storedFeedback(page: Page): Promise<{ items: { question: string }[] } | null> {
  const all = await stored(page);
  const record = Object.entries(all).find(([k]) => k.startsWith('dtc-demo:assessment:'))?.[1] as
    { questionFeedback?: { items: { question: string }[] } } | undefined;
  return record?.questionFeedback ?? null;
}

async function text(download: Promise<Download>): Promise<string> {
  return readFile((await (await download).path())!, 'utf8');
}

describe('feedback on the questions', () => {
  it('is given under two questions of the questionnaire, without an axe violation', async () => {
    const { page } = w;
    await goto(page, 'assess');
    await page.fill('#d-label', 'Feedback team');
    await page.selectOption('#d-role', 'school');
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    await summary(page, 1).waitFor();
    expect(await summary(page, 0).textContent()).toContain('Feedback on this question');
    expect(await axe(page).then(describeViolations)).toBe('');

    await summary(page, 0).click();
    await panel(page, 0).getByRole('checkbox', { name: 'It is unclear' }).check();
    await panel(page, 0)
      .getByLabel('Comment (optional)')
      .fill('=SUM(1,2) Which national plan is meant?');
    // The second by keyboard: Enter opens it, Space ticks the box.
    await summary(page, 1).focus();
    await page.keyboard.press('Enter');
    await panel(page, 1).getByRole('checkbox', { name: 'Something is missing' }).focus();
    await page.keyboard.press('Space');
    expect(await axe(page).then(describeViolations)).toBe('');
    await expect
      .poll(async () => (await storedFeedback(page))?.items.map((i) => i.question))
      .toEqual([first!.id, second!.id]);
  });

  it('is kept over a reload', async () => {
    const { page } = w;
    await reload(page);
    await summary(page, 1).waitFor();
    expect(await summary(page, 0).textContent()).toContain('(given)');
    await summary(page, 0).click();
    expect(await panel(page, 0).getByRole('checkbox', { name: 'It is unclear' }).isChecked()).toBe(
      true,
    );
    expect(await panel(page, 0).getByLabel('Comment (optional)').inputValue()).toBe(
      '=SUM(1,2) Which national plan is meant?',
    );
    await summary(page, 1).click();
    expect(
      await panel(page, 1).getByRole('checkbox', { name: 'Something is missing' }).isChecked(),
    ).toBe(true);
  });

  it('is downloaded with the form’s answers as JSON and as CSV, for the organisers', async () => {
    const { page } = w;
    await goto(page, 'feedback');
    expect(await page.locator('#feedback-questions li').allTextContents()).toEqual([
      first!.title.en,
      second!.title.en,
    ]);
    await page.locator('input[name="feedback-usefulness"][value="5"]').check();
    await page.getByLabel(/Comments and suggestions/).fill('Good workshop.');
    await page.getByRole('heading', { name: 'For the organisers' }).waitFor();
    expect(await axe(page).then(describeViolations)).toBe('');

    let download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download feedback (JSON)' }).click();
    expect((await download).suggestedFilename()).toMatch(/^feedback-team-.*-feedback\.json$/);
    const json = JSON.parse(await text(download)) as unknown;
    const read = parseFeedback(json, framework);
    expect(read.ok).toBe(true);
    expect(json).toMatchObject({
      format: 'dtc.feedback',
      version: 1,
      items: [
        {
          question: first!.id,
          kinds: ['unclear'],
          comment: '=SUM(1,2) Which national plan is meant?',
        },
        { question: second!.id, kinds: ['missing'] },
      ],
      form: { usefulness: 5, comment: 'Good workshop.' },
    });

    download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download feedback (CSV)' }).click();
    expect((await download).suggestedFilename()).toMatch(/-feedback\.csv$/);
    const lines = (await text(download))
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'row,participant,role,country,question_id,question,unclear,not_relevant,missing,' +
        'rating_questions,rating_methods,rating_usefulness,comment,at',
    );
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(
      new RegExp(`^question,Feedback team,school,,${first!.id},.*,yes,,,,,,"'=SUM\\(1,2\\) `),
    );
    expect(lines[2]).toMatch(new RegExp(`^question,Feedback team,school,,${second!.id},.*,,,yes,`));
    expect(lines[3]).toMatch(/^form,Feedback team,school,,,,,,,,,5,Good workshop\.,/);

    // The assessment's own export carries it too, so a facilitator's import keeps it.
    download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export the assessment with its feedback' }).click();
    const exported = JSON.parse(await text(download)) as {
      assessments: { questionFeedback: { items: { question: string }[] } }[];
    };
    expect(exported.assessments[0]!.questionFeedback.items.map((i) => i.question)).toEqual([
      first!.id,
      second!.id,
    ]);
    expect(w.outside).toEqual([]);
    expect(w.errors).toEqual([]);
  });
  it('reaches the workshop’s organisers: every participant’s feedback in one download', async () => {
    const { page } = w;
    await goto(page, 'workshop');
    await page.getByRole('button', { name: 'Add my current assessment' }).click();
    await page.getByRole('button', { name: 'Download all feedback (JSON)' }).waitFor();
    expect(await page.getByText('One participant gave feedback on single questions.').count()).toBe(
      1,
    );
    expect(await axe(page).then(describeViolations)).toBe('');
    let download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download all feedback (JSON)' }).click();
    const files = JSON.parse(await text(download)) as unknown[];
    expect(files).toHaveLength(1);
    expect(parseFeedback(files[0], framework).ok).toBe(true);
    download = page.waitForEvent('download');
    await page
      .getByRole('button', { name: 'Download all feedback, question by question (CSV)' })
      .click();
    const lines = (await text(download))
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['question', 'question', 'form']);
    expect(w.outside).toEqual([]);
    expect(w.errors).toEqual([]);
  });
});
