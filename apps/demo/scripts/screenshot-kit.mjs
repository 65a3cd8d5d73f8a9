// What the screenshot scripts (screenshots.mjs, screenshots-team.mjs) share: where the
// pictures go, the site's languages, the two screen sizes, the end-to-end fixtures, and a
// browser with the built demo served beside it.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BUILT_IN_LOCALES, LOCALE_INFO } from '@dtc/i18n';
import { chromium } from 'playwright';
import { tsImport } from 'tsx/esm/api';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/chromium.mjs';
import { serve } from './serve.mjs';

export const OUT = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));

/** The site's languages, in the order of its switcher (`ar`, `zh-Hans`, `en`, `fr`, `ru`, `es`). */
export const LOCALES = BUILT_IN_LOCALES;

/** A desktop (1280 px) and a phone (375 px). */
export const SIZES = {
  desktop: { viewport: { width: 1280, height: 800 } },
  mobile: {
    viewport: { width: 375, height: 812 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
  },
};

/** Responses, export files and the framework, as the end-to-end tests make them. */
export const fixtures = await tsImport('../e2e/fixtures.ts', import.meta.url);

/** A JSON file for Playwright's setInputFiles. */
export const json = (name, value) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(value)),
});

/**
 * Serves the built demo, starts Chromium, and runs `shoot({ browser, url })`; both are closed
 * afterwards, whatever happens.
 */
export async function withBrowser(shoot) {
  const executablePath = findChromium();
  if (!executablePath) {
    console.error(
      'No Chromium found: set CHROME_PATH or install chromium (see scripts/chromium.mjs).',
    );
    process.exit(1);
  }
  mkdirSync(OUT, { recursive: true });
  const server = await serve();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    return await shoot({ browser, url: server.url });
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The time the pages see ("Updated …"), so that the same site gives the same pictures. */
export const NOW = '2026-03-16T10:00:00Z';

/**
 * A fresh browser profile (empty storage) with a page in it, its clock fixed at {@link NOW}
 * (timers still run); page errors are printed.
 */
export async function newPage(browser, options) {
  const context = await browser.newContext({ ...options, locale: 'en-US', timezoneId: 'UTC' });
  await context.clock.setFixedTime(NOW);
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  return { context, page };
}

/** Switches the site's language with its own buttons (each named in its language), from the home page. */
export async function chooseLanguage(page, base, lang) {
  await page.goto(base);
  await page.getByRole('button', { name: LOCALE_INFO[lang].name, exact: true }).click();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

/** Waits until the page has loaded what it needs and its charts have drawn. */
export async function settle(page) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300); // charts measure their width, then draw
}
