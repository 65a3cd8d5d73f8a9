/**
 * Every page, empty and with data, in English and French, on a desktop and a 320 px screen:
 * one h1, a page title, `<html lang dir>`, no axe violations (WCAG 2.2 AA tags), no request
 * outside this machine, no console error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright';
import { exportFile, file, makeResponse } from './fixtures.js';
import { axe, describeViolations, goto, launch, open, type Watched } from './helpers.js';

const PAGES = [
  '',
  'assess',
  'results',
  'report',
  'plan',
  'history',
  'workshop',
  'learn',
  'learn/data-evidence',
  'resources',
  'feedback',
  'share',
  'no-such-page',
];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function checkPage(w: Watched, path: string, lang: 'en' | 'fr'): Promise<void> {
  const { page } = w;
  await goto(page, path);
  const info = await page.evaluate(() => {
    const count = (root: Document | ShadowRoot): number => {
      let n = root.querySelectorAll('h1').length;
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) n += count(el.shadowRoot);
      return n;
    };
    return {
      h1: count(document),
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
      title: document.title,
      landmarks: ['header', 'nav', 'main', 'footer'].map(
        (s) => document.querySelectorAll(s).length > 0,
      ),
    };
  });
  expect(info.h1, `one h1 on /${path}`).toBe(1);
  expect(info.lang).toBe(lang);
  expect(info.dir).toBe('ltr');
  expect(info.title.length).toBeGreaterThan(5);
  expect(info.landmarks).toEqual([true, true, true, true]);
  const violations = await axe(page);
  expect(describeViolations(violations), `axe on /${path} (${lang})`).toBe('');
  // Nothing may overflow sideways, on any page (on a narrow screen above all).
  expect(await overflow(w), `sideways overflow on /${path} (${lang})`).toBeLessThanOrEqual(0);
}

/** How far the page scrolls sideways, in px (0 or less: not at all). */
async function overflow(w: Watched): Promise<number> {
  return w.page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

async function toFrench(w: Watched): Promise<void> {
  await w.page.getByRole('button', { name: 'Français' }).click();
  await w.page.waitForFunction(() => document.documentElement.lang === 'fr');
}

describe('every page, empty', () => {
  for (const lang of ['en', 'fr'] as const) {
    it(`passes in ${lang === 'en' ? 'English' : 'French'}`, async () => {
      const w = await open(browser);
      await goto(w.page, '');
      if (lang === 'fr') await toFrench(w);
      for (const path of PAGES) await checkPage(w, path, lang);
      expect(w.outside).toEqual([]);
      expect(w.errors).toEqual([]);
      await w.context.close();
    });
  }
});

describe('every page, with an assessment', () => {
  for (const [lang, width, colorScheme] of [
    ['en', 1280, 'light'],
    ['fr', 320, 'dark'],
  ] as const) {
    it(`passes in ${lang === 'en' ? 'English at 1280 px' : 'French at 320 px in dark mode'}`, async () => {
      const w = await open(browser, { viewport: { width, height: 800 }, colorScheme });
      await goto(w.page, 'history');
      const response = makeResponse({
        label: 'Axe check',
        role: 'ministry-education',
        country: 'SEN',
        level: (p, i) => 1 + ((p + i) % 4),
      });
      await w.page.setInputFiles(
        '#import-file',
        file('axe.dtc.json', exportFile('axe-check', response)),
      );
      await w.page.getByText('One assessment imported.').waitFor();
      if (lang === 'fr') await toFrench(w);
      for (const path of PAGES) await checkPage(w, path, lang);
      expect(w.outside).toEqual([]);
      expect(w.errors).toEqual([]);
      await w.context.close();
    });
  }
});

describe('the menu on a narrow screen', () => {
  it('opens and closes by keyboard, and closes after following a link', async () => {
    const w = await open(browser, { viewport: { width: 320, height: 640 } });
    const { page } = w;
    await goto(page, '');
    const toggle = page.getByRole('button', { name: 'Menu' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#site-nav').isVisible()).toBe(false);
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Assess');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.title.startsWith('Self-assessment'));
    expect(await page.locator('#site-nav').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await w.context.close();
  });
});
