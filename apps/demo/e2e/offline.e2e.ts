/**
 * Offline and updates: the service worker (vite-plugin-pwa, Workbox) keeps the site after one
 * visit, so a visitor with no network completes an assessment, sees the results and the plan,
 * switches to French and opens pages never loaded before. A changed build served on the next
 * visit brings a "new version available" prompt (English and French, keyboard, axe-clean)
 * whose "Reload to update" brings the new version, and whose "Not now" keeps it for later.
 */
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Response } from '@dtc/schema';
import { scoreResponse } from '@dtc/scoring';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, serve } from '../scripts/serve.mjs';
import { framework } from './fixtures.js';
import {
  axe,
  describeViolations,
  focused,
  launch,
  open,
  overallExpected,
  overallShown,
  ready,
  stored,
  url,
} from './helpers.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Waits until the site's service worker is active and controls `page`. */
async function controlled(page: Page): Promise<string> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', {
    timeout: 30_000,
  });
  return page.evaluate(() => navigator.serviceWorker.controller!.scriptURL);
}

/**
 * Answers every open question at level 2 (its second card; "Don't know", the only card of
 * the text question, there), step by step, then submits: the result is above zero.
 */
async function completeAssessment(page: Page): Promise<number> {
  let answered = 0;
  for (let step = 0; step < 80; step++) {
    const questions = page.locator('dtc-rubric-question');
    await questions.first().waitFor();
    const count = await questions.count();
    for (let i = 0; i < count; i++) {
      const question = questions.nth(i);
      if ((await question.locator('[role="radio"][aria-checked="true"]').count()) > 0) continue;
      const cards = question.locator('[role="radio"]');
      await cards.nth((await cards.count()) > 2 ? 1 : 0).click();
      answered++;
    }
    // The step's main button: "Next", or "Check your answers" on the last step.
    const next = page.locator('dtc-assessment button.primary');
    const label = (await next.textContent())?.trim();
    expect(label).toMatch(/^(Next|Check your answers)$/);
    await next.click();
    if (label === 'Check your answers') break;
  }
  await page.getByRole('button', { name: 'Submit the assessment' }).click();
  await page.getByRole('heading', { name: 'Assessment complete' }).waitFor();
  return answered;
}

describe('offline after one visit', () => {
  it('completes an assessment, shows results and plan, and works in French, all offline', async () => {
    const w = await open(browser);
    const { page, context } = w;
    await page.goto(url(''));
    await ready(page);
    expect(await controlled(page)).toBe(url('sw.js'));

    await context.setOffline(true);
    // A full page load of a page never visited: the worker answers with the stored site.
    await page.goto(url('assess'));
    await ready(page);
    await page.fill('#d-label', 'Offline ministry');
    await page.selectOption('#d-role', 'ministry-education');
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    const answered = await completeAssessment(page);
    expect(answered).toBeGreaterThan(50);

    // Results and plan, by the site's links (their modules were never loaded online).
    await page.getByRole('link', { name: 'Results', exact: true }).click();
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Results');
    await page.waitForSelector('dtc-results');
    // What the page shows equals the engine's result for the response it stored.
    const all = await stored(page);
    const prefs = all['dtc-demo:prefs'] as { currentId: string };
    const response = all[`dtc-demo:response:${prefs.currentId}`] as Response;
    expect(Object.keys(response.answers)).toHaveLength(answered);
    await expect
      .poll(() => overallShown(page))
      .toEqual(overallExpected(scoreResponse(framework, response), framework.levels));
    await page.getByRole('link', { name: 'Plan', exact: true }).click();
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Action plan');
    await page.locator('dtc-priorities input[type="checkbox"]').first().check();

    // French, whose words were never loaded, then full loads of pages not visited yet.
    await page.getByRole('button', { name: 'Français' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    expect(await page.locator('h1').textContent()).toBe('Plan d’action');
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.goto(url('resources'));
    await ready(page);
    expect(await page.locator('h1').textContent()).toBe('Financer le numérique éducatif');
    await page.goto(url('workshop?scope=data-evidence'));
    await ready(page);
    expect(await page.locator('h1').textContent()).toBe('Atelier');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    // The framework's own text, in French, on the home page (loaded with a trailing query).
    await page.goto(url('?from=offline'));
    await ready(page);
    expect(await page.locator('main').textContent()).toContain('Données et preuves');

    // Nothing failed: no request had to reach the network.
    expect(w.errors).toEqual([]);
    expect(w.outside).toEqual([]);
    await context.close();
  });
});

describe('a new version of the site', () => {
  let work: string;
  let close: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'dtc-demo-update-'));
  });
  afterAll(async () => {
    await close?.();
    await rm(work, { recursive: true, force: true });
  });

  /**
   * A second build of the site: the same files with a changed index.html, and the worker's
   * precache list giving that file its new revision (as the build does: an MD5 of its bytes).
   */
  async function secondBuild(dir: string): Promise<void> {
    await cp(DIST, dir, { recursive: true });
    const indexPath = join(dir, 'index.html');
    const before = await readFile(indexPath, 'utf8');
    const after = before.replace(
      '<meta charset="utf-8" />',
      '<meta charset="utf-8" />\n    <meta name="dtc-build" content="second" />',
    );
    expect(after).not.toBe(before);
    await writeFile(indexPath, after);
    const swPath = join(dir, 'sw.js');
    const sw = await readFile(swPath, 'utf8');
    const md5 = (s: string) => createHash('md5').update(s).digest('hex');
    const entry = `{url:"index.html",revision:"${md5(before)}"}`;
    expect(sw).toContain(entry);
    await writeFile(swPath, sw.replace(entry, `{url:"index.html",revision:"${md5(after)}"}`));
  }

  const marker = (page: Page) =>
    page.evaluate(() => document.querySelector('meta[name="dtc-build"]')?.getAttribute('content'));

  it('prompts on the next visit, in English and French, and reloads into it', async () => {
    const first = join(work, 'first');
    const second = join(work, 'second');
    await cp(DIST, first, { recursive: true });
    await secondBuild(second);

    let server = await serve({ dir: first });
    close = server.close;
    const site = server.url;
    const w = await open(browser);
    const { page } = w;
    await page.goto(site);
    await ready(page);
    await controlled(page);
    expect(await marker(page)).toBeUndefined();
    await page.goto(new URL('history', site).href);
    await ready(page);
    // No prompt while the version is the same.
    expect(await page.getByRole('button', { name: 'Reload to update' }).count()).toBe(0);

    // The site is deployed again (same address), and the visitor comes back.
    await server.close();
    server = await serve({ dir: second, port: server.port });
    close = server.close;
    await page.goto(new URL('resources', site).href);
    await ready(page);
    const status = page.getByRole('status').filter({ hasText: 'A new version of this site' });
    await status.waitFor({ timeout: 30_000 });
    expect(await status.textContent()).toBe('A new version of this site is available.');
    // The page is still the version the worker had stored until the visitor chooses.
    expect(await marker(page)).toBeUndefined();
    expect(describeViolations(await axe(page)), 'axe with the update prompt').toBe('');

    // Its words follow the language.
    await page.getByRole('button', { name: 'Français' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Une nouvelle version de ce site est disponible.' })
      .waitFor();
    await page.getByRole('button', { name: 'Plus tard' }).waitFor();
    expect(describeViolations(await axe(page)), 'axe with the French prompt').toBe('');
    await page.getByRole('button', { name: 'Recharger pour mettre à jour' }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');

    // "Not now" hides it and leaves focus in the page; the new version keeps waiting.
    await page.getByRole('button', { name: 'Not now' }).click();
    expect(await page.getByRole('button', { name: 'Reload to update' }).count()).toBe(0);
    expect((await focused(page)).id).toBe('main');
    await page.reload();
    await ready(page);
    expect(await marker(page)).toBeUndefined();

    // By keyboard: Tab to "Reload to update", Enter, and the page reloads into the new build.
    await page.getByRole('button', { name: 'Reload to update' }).waitFor({ timeout: 30_000 });
    await page.locator('body').focus();
    for (let i = 0; i < 40 && (await focused(page)).text !== 'Reload to update'; i++) {
      await page.keyboard.press('Tab');
    }
    expect((await focused(page)).text).toBe('Reload to update');
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    await ready(page);
    await expect.poll(() => marker(page)).toBe('second');
    expect(await page.getByRole('button', { name: 'Reload to update' }).count()).toBe(0);
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
    expect(w.errors).toEqual([]);
    await w.context.close();
  });
});
