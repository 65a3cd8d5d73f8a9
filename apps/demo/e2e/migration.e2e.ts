/**
 * A response made with version 1.0.0 of the framework, kept in this browser before the site
 * moved to 2.0.0: it is carried to 2.0.0 when the site starts, the questionnaire lists what
 * moved and what needs an answer, the results say so until dismissed, and nothing the
 * respondent said is lost. A visitor with only 2.0.0 responses never loads version 1.0.0.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sixPillars } from '@dtc/framework';
import { mapping1to2 } from '@dtc/framework/migrations';
import { sixPillarsV1 } from '@dtc/framework/v1';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../scripts/serve.mjs';
import { makeResponse } from './fixtures.js';
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

type Question = (typeof sixPillarsV1.pillars)[number]['components'][number]['questions'][number];

const AT = '2025-03-25T09:00:00.000Z';

/** The best answer a question takes. */
function best(q: Question): string | number {
  switch (q.kind) {
    case 'rubric':
      return Math.max(...q.descriptors.map((d) => d.level));
    case 'choice':
      return [...q.options].sort((a, b) => b.level - a.level)[0]!.id;
    case 'boolean':
      return q.yesLevel >= q.noLevel ? 'yes' : 'no';
    case 'text':
      return 'Notes from the e2e test';
  }
}

/** A complete response made with version 1.0.0, as the demo stored it then. */
const v1Response = {
  format: 'dtc.response',
  version: 1,
  label: 'Senegal before 2.0',
  framework: { id: 'six-pillars', version: '1.0.0' },
  respondent: { role: 'ministry-education', country: 'SEN' },
  answers: Object.fromEntries(
    sixPillarsV1.pillars.flatMap((p) =>
      p.components.flatMap((c) =>
        c.questions.map((q) => [q.id, { value: best(q), answeredAt: AT, comment: `on ${q.id}` }]),
      ),
    ),
  ),
  history: [],
  createdAt: AT,
  updatedAt: AT,
};

const titleOf = (id: string, f = sixPillars) =>
  f.pillars.flatMap((p) => p.components.flatMap((c) => c.questions)).find((q) => q.id === id)!.title
    .en!;

/**
 * The built files that hold version 1.0.0 or the mapping (a question only 1.0.0 has), but for
 * the import worker's own copies (they import from its script), which it loads only to read a
 * file made with 1.0.0.
 */
const earlierChunks = readdirSync(join(DIST, 'assets')).filter((f) => {
  const text = f.endsWith('.js') ? readFileSync(join(DIST, 'assets', f), 'utf8') : '';
  return text.includes('policy-regulation-standards') && !text.includes('import.worker-');
});

/** The scripts the page itself loaded (a service worker's precache is not the page's). */
const pageScripts = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name.split('/').pop()!)
      .filter((name) => name.endsWith('.js')),
  );

function seed(page: Page, id: string, response: unknown) {
  return page.evaluate(
    ([id, response, at]) => {
      localStorage.setItem(`dtc-demo:response:${id}`, JSON.stringify(response));
      localStorage.setItem(
        `dtc-demo:assessment:${id}`,
        JSON.stringify({ format: 'dtc.demo-store', version: 2, id, createdAt: at, updatedAt: at }),
      );
      localStorage.setItem('dtc-demo:prefs', JSON.stringify({ currentId: id }));
    },
    [id, response, AT] as const,
  );
}

let browser: Browser;
let w: Watched;

beforeAll(async () => {
  browser = await launch();
  w = await open(browser);
});
afterAll(async () => {
  await browser?.close();
});

describe('a response made with version 1.0.0', () => {
  it('is not loaded, nor is the mapping, while every response is of version 2.0.0', async () => {
    expect(earlierChunks.length).toBeGreaterThanOrEqual(2);
    const { page } = w;
    await goto(page, '');
    await seed(page, 'current', makeResponse({ label: 'Current', role: 'school', level: () => 2 }));
    for (const path of ['assess', 'results', 'history']) {
      await goto(page, path);
      const loaded = await pageScripts(page);
      expect(loaded.length, path).toBeGreaterThan(0);
      expect(
        loaded.filter((s) => earlierChunks.includes(s)),
        path,
      ).toEqual([]);
    }
    await page.evaluate(() => localStorage.clear());
  });

  it('opens under 2.0.0 with a notice of what moved and what needs an answer', async () => {
    const { page } = w;
    await seed(page, 'm1', v1Response);
    await goto(page, 'assess?section=all');
    const notice = page.locator('dtc-assessment [part=migration-notice]');
    await notice.waitFor();
    expect((await pageScripts(page)).filter((s) => earlierChunks.includes(s)).sort()).toEqual(
      [...earlierChunks].sort(),
    );
    await expect
      .poll(() => notice.locator('h2').textContent())
      .toBe('Your answers were carried to a new version of the framework');
    const text = (await notice.textContent())!.replace(/\s+/g, ' ');
    expect(text).toContain(
      'made with version 1.0.0 of the framework and is now opened under version 2.0.0',
    );
    const headings = (await notice.locator('h3').allTextContents()).map((h) => h.trim());
    expect(headings[0]).toMatch(/^\d+ answers to check$/);
    expect(headings[1]).toMatch(/^\d+ questions need a new answer$/);
    expect(headings[2]).toMatch(/^\d+ earlier answers have no place in this version$/);
    // A question split in two, a new one, and a removed one with the reason it changed.
    const buttons = (await notice.locator('li > button').allTextContents()).map((b) => b.trim());
    expect(buttons).toContain(titleOf('electricity-internet-power'));
    expect(buttons).toContain(titleOf('inclusion-gender'));
    expect(text).toContain(titleOf('policy-regulation-standards', sixPillarsV1));
    const removed = mapping1to2.rules.find((r) => r.from?.includes('policy-regulation-standards'))!;
    expect(text).toContain(`Why: ${removed.note!.en}`);
    // Focus stays where the page put it (the page's heading), not on the notice.
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('DTC-ASSESSMENT');
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(w.errors).toEqual([]);
  });

  it('takes the respondent to a question from the notice', async () => {
    const { page } = w;
    const notice = page.locator('dtc-assessment [part=migration-notice]');
    await notice.getByRole('button', { name: titleOf('inclusion-gender') }).click();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const el = document.querySelector('dtc-assessment');
          return el?.shadowRoot?.activeElement?.id ?? '';
        }),
      )
      .toBe('q-inclusion-gender');
  });

  it('loses nothing: the stored response records the answers as they were', async () => {
    const data = await stored(w.page);
    const response = data['dtc-demo:response:m1'] as {
      framework: { version: string };
      migrations: { from: { version: string }; answers: unknown }[];
    };
    expect(response.framework.version).toBe('2.0.0');
    expect(response.migrations).toHaveLength(1);
    expect(response.migrations[0]!.from.version).toBe('1.0.0');
    expect(response.migrations[0]!.answers).toEqual(v1Response.answers);
    const record = data['dtc-demo:assessment:m1'] as { migration: { report: unknown } };
    expect(record.migration.report).toMatchObject({
      from: { version: '1.0.0' },
      to: { version: '2.0.0' },
    });
    // Reloaded: carried once only, the record of the earlier answers still there.
    await reload(w.page);
    const again = (await stored(w.page))['dtc-demo:response:m1'] as typeof response;
    expect(again.migrations).toHaveLength(1);
    expect(again.migrations[0]!.answers).toEqual(v1Response.answers);
  });

  it('says so in French too', async () => {
    const { page } = w;
    await page.getByRole('button', { name: 'Français' }).click();
    const notice = page.locator('dtc-assessment [part=migration-notice]');
    await expect
      .poll(() => notice.locator('h2').textContent())
      .toBe('Vos réponses ont été reportées vers une nouvelle version du cadre');
    expect(await notice.getByRole('button', { name: 'Masquer cet avis' }).count()).toBe(1);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => notice.locator('h2').textContent()).toContain('Your answers');
  });

  it('shows a banner on the results until the respondent dismisses it', async () => {
    const { page } = w;
    await goto(page, 'results');
    const banner = page.locator('main section[aria-labelledby=migrated-title]');
    await expect
      .poll(() => banner.locator('h2').textContent())
      .toBe('Carried to version 2.0.0 of the framework');
    expect((await banner.textContent())!.replace(/\s+/g, ' ')).toMatch(
      /given with version 1\.0\.0: \d+ answers to check and \d+ questions that need a new answer/,
    );
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await banner.getByRole('link', { name: 'Open the questionnaire' }).click();
    await page.locator('dtc-assessment [part=migration-notice]').waitFor();
    await goto(page, 'results');
    await banner.getByRole('button', { name: 'Hide this message' }).click();
    await expect.poll(() => banner.count()).toBe(0);
    await reload(page);
    expect(await banner.count()).toBe(0);
  });

  it('hides the questionnaire’s notice for good once dismissed', async () => {
    const { page } = w;
    await goto(page, 'assess?section=all');
    const notice = page.locator('dtc-assessment [part=migration-notice]');
    await notice.getByRole('button', { name: 'Hide this notice' }).click();
    await expect.poll(() => notice.count()).toBe(0);
    await reload(page);
    await page.locator('dtc-assessment dtc-rubric-question').first().waitFor();
    expect(await notice.count()).toBe(0);
    expect(w.errors).toEqual([]);
  });
});
