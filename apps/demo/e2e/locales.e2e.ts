/**
 * The six languages of the demo, on a 320 px screen: the questionnaire (its start and its
 * first step), the results, the plan with its priorities and the report each render in the
 * chosen language (`<html lang dir>`, the h1 and the page title in the catalog's words), with
 * no axe violation (WCAG 2.2 AA tags), nothing that scrolls sideways and no clipped text. In
 * Arabic the charts are mirrored (checked with coordinates, and the other way round in the
 * five left-to-right languages); the heatmap is the workshop's (the results page has none).
 *
 * The first visit picks the language from the browser's (a Traditional Chinese reader gets
 * Simplified, and is told so); the switcher lists the six in their own names, and the one
 * chosen is remembered.
 *
 * The expected words come from the demo's catalogs (apps/demo/src/i18n/<locale>.ts).
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_LOCALES, LOCALE_INFO, type BuiltInLocale } from '@dtc/i18n';
import { ar } from '../src/i18n/ar.js';
import { en } from '../src/i18n/en.js';
import { es } from '../src/i18n/es.js';
import { fr } from '../src/i18n/fr.js';
import { ru } from '../src/i18n/ru.js';
import { zhHans } from '../src/i18n/zh-Hans.js';
import { exportFile, file, makeResponse, participants } from './fixtures.js';
import {
  axe,
  describeViolations,
  goto,
  launch,
  open,
  reload,
  url,
  type Watched,
} from './helpers.js';

const CATALOGS: Record<BuiltInLocale, Record<keyof typeof en, string>> = {
  ar,
  'zh-Hans': zhHans,
  en,
  fr,
  ru,
  es,
};

/** The switcher's buttons, in this order, each named in its own language. */
const OWN_NAMES: Record<BuiltInLocale, string> = {
  ar: 'العربية',
  'zh-Hans': '简体中文',
  en: 'English',
  fr: 'Français',
  ru: 'Русский',
  es: 'Español',
};

/** A complete assessment with docs/examples/action-plan.json (three priorities, six actions). */
const plan = JSON.parse(
  readFileSync(new URL('../../../docs/examples/action-plan.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;
const complete = exportFile(
  'locales',
  makeResponse({
    label: 'Senegal – Ministry of Education',
    role: 'ministry-education',
    country: 'SEN',
    level: (p, i) => 1 + ((p * 3 + i) % 4),
  }),
  { plan },
);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** How far the page scrolls sideways, in px (0 or less: not at all). */
const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/**
 * Elements (in open shadow roots too) that cut their text: their computed overflow is hidden
 * or clip, or they end it with an ellipsis, and their content is wider than their box; and
 * the words of a chart that reach past the edge of its SVG (which clips them). Boxes
 * of 1 px or less (visually hidden text, meant for screen readers) and form fields (a long value
 * scrolls in its field) do not count.
 */
const clippedText = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    // A one-line field scrolls its value under the caret: that is not text cut off.
    const field = (el: Element) => el.matches('input, select, textarea');
    const walk = (root: Document | ShadowRoot, path: string) => {
      for (const el of root.querySelectorAll('*')) {
        const name = `${path}${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[
          ...el.classList,
        ]
          .map((c) => `.${c}`)
          .join('')}`;
        if (el instanceof HTMLElement && el.clientWidth > 1 && !field(el)) {
          const s = getComputedStyle(el);
          const clips =
            s.overflowX === 'hidden' || s.overflowX === 'clip' || s.textOverflow === 'ellipsis';
          if (clips && el.scrollWidth > el.clientWidth + 1)
            found.push(
              `${name}: ${el.scrollWidth} > ${el.clientWidth} "${el.innerText.trim().slice(0, 60)}"`,
            );
        }
        // A chart's words are cut at the edge of its drawing.
        if (el instanceof SVGTextElement && el.ownerSVGElement && el.textContent?.trim()) {
          const svg = el.ownerSVGElement;
          const box = svg.getBoundingClientRect();
          const r = el.getBoundingClientRect();
          if (
            getComputedStyle(svg).overflowX !== 'visible' &&
            (r.left < box.left - 1 || r.right > box.right + 1)
          )
            found.push(
              `${name}: ${Math.round(r.left)}–${Math.round(r.right)} outside ${Math.round(box.left)}–${Math.round(box.right)} "${el.textContent.trim().slice(0, 60)}"`,
            );
        }
        if (el.shadowRoot) walk(el.shadowRoot, `${name} >> `);
      }
    };
    walk(document, '');
    return found;
  });

/**
 * The page is in `lang`: `<html lang dir>`, its title holds the page's word (and the h1 is
 * that word where the page has one of its own), axe finds nothing, nothing scrolls sideways
 * and no text is cut.
 */
async function checkPage(
  w: Watched,
  lang: BuiltInLocale,
  what: string,
  titleKey: keyof typeof en,
  h1: string | null,
): Promise<void> {
  const { page } = w;
  const words = CATALOGS[lang];
  const info = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
    title: document.title,
  }));
  expect(info.lang, what).toBe(lang);
  expect(info.dir, what).toBe(LOCALE_INFO[lang].dir);
  expect(info.title, `${what}: title`).toContain(words[titleKey]);
  // Playwright's CSS locators look inside open shadow roots (the report's h1 is in one).
  if (h1 !== null) expect((await page.locator('main h1').textContent())?.trim(), what).toBe(h1);
  expect(describeViolations(await axe(page)), `axe on ${what}`).toBe('');
  expect(await sideways(page), `sideways overflow on ${what}`).toBeLessThanOrEqual(0);
  expect(await clippedText(page), `clipped text on ${what}`).toEqual([]);
}

interface Box {
  left: number;
  right: number;
}

/** The boxes of the elements `selector` finds (through shadow roots), in document order. */
const boxes = (page: Page, selector: string): Promise<Box[]> =>
  page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right };
    }),
  );

const centre = (b: Box) => (b.left + b.right) / 2;

/**
 * Waits for a chart's first drawn shape (charts measure their width, then draw); a shape may
 * have no area (the radar's vertical first axis).
 */
const drawn = (page: Page, selector: string) =>
  page.locator(selector).first().waitFor({ state: 'attached' });

/** The results' charts, mirrored right to left (and not left to right). */
async function checkResultCharts(page: Page, what: string, rtl: boolean): Promise<void> {
  await drawn(page, 'dtc-bar-chart rect.bar');
  await drawn(page, 'dtc-radar-chart line.grid');
  // Bars start at the chart's start edge: the right one in Arabic.
  for (const chart of ['dtc-results dtc-bar-chart']) {
    const [plot] = await boxes(page, `${chart} svg[part="svg"]`);
    const bars = await boxes(page, `${chart} rect.bar`);
    expect(bars.length, `${what}: bars`).toBeGreaterThan(10);
    for (const bar of bars) {
      const gap = rtl ? plot!.right - bar.right : bar.left - plot!.left;
      expect(gap, `${what}: a bar starts at the ${rtl ? 'right' : 'left'} edge`).toBeLessThan(4);
      expect(gap).toBeGreaterThanOrEqual(0);
    }
  }
  // The radar's axes run clockwise from the top, counter-clockwise in Arabic: the second
  // axis points to the left of the centre.
  const axes = await boxes(page, 'dtc-results dtc-radar-chart line.grid');
  expect(axes.length, `${what}: radar axes`).toBe(6);
  const middle = centre(axes[0]!);
  const second = axes[1]!;
  if (rtl) expect(second.left, `${what}: second axis to the left`).toBeLessThan(middle - 20);
  else expect(second.right, `${what}: second axis to the right`).toBeGreaterThan(middle + 20);
  expect(rtl ? second.right : second.left).toBeCloseTo(middle, 0);
}

/** The heatmap's first column is on the start side: rightmost in Arabic. */
async function checkHeatmap(page: Page, what: string, rtl: boolean): Promise<void> {
  await drawn(page, 'dtc-heatmap rect.cell');
  const cells = await boxes(page, 'dtc-heatmap rect.cell');
  const [plot] = await boxes(page, 'dtc-heatmap svg[part="svg"]');
  // Cells are drawn row by row: the first row's cells are the first `participants` ones.
  const row = cells.slice(0, participants().length);
  const xs = row.map(centre);
  const sorted = [...xs].sort((a, b) => (rtl ? b - a : a - b));
  expect(xs, `${what}: columns from the ${rtl ? 'right' : 'left'}`).toEqual(sorted);
  // The row names come first: on the right in Arabic, then the first column.
  expect(rtl ? plot!.right - row[0]!.right : row[0]!.left - plot!.left).toBeGreaterThan(40);
}

/** The timeline's first year is on the start side: rightmost in Arabic. */
async function checkTimeline(page: Page, what: string, rtl: boolean): Promise<void> {
  await page.locator('dtc-action-plan #tab-timeline').click();
  await drawn(page, 'dtc-plan-timeline text.year');
  const years = (await boxes(page, 'dtc-plan-timeline text.year')).map(centre);
  expect(years.length, `${what}: years`).toBeGreaterThanOrEqual(4);
  const sorted = [...years].sort((a, b) => (rtl ? b - a : a - b));
  expect(years, `${what}: years from the ${rtl ? 'right' : 'left'}`).toEqual(sorted);
}

async function choose(page: Page, lang: BuiltInLocale): Promise<void> {
  await page.getByRole('button', { name: OWN_NAMES[lang], exact: true }).click();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

describe('every language at 320 px', () => {
  for (const lang of BUILT_IN_LOCALES) {
    it(`renders the questionnaire, results, plan and report in ${OWN_NAMES[lang]}`, async () => {
      const words = CATALOGS[lang];
      const rtl = LOCALE_INFO[lang].dir === 'rtl';
      const w = await open(browser, { viewport: { width: 320, height: 800 } });
      const { page } = w;
      await goto(page, 'history');
      await page.setInputFiles('#import-file', file('locales.dtc.json', complete));
      await page.getByText('One assessment imported.').waitFor();
      if (lang !== 'en') await choose(page, lang);

      // The questionnaire's start (`?new=1`: the form even though an assessment exists).
      await goto(page, 'assess?new=1');
      await checkPage(w, lang, `/assess (start, ${lang})`, 'assess.title', words['assess.title']);

      // All answered, the questionnaire opens on its review: its first step is one press away.
      await goto(page, 'assess');
      await page.locator('dtc-assessment dtc-progress [part="name"]').first().click();
      await page
        .locator('dtc-assessment dtc-rubric-question, dtc-assessment [part="step"]')
        .first()
        .waitFor();
      await checkPage(
        w,
        lang,
        `/assess (first step, ${lang})`,
        'assess.title',
        words['assess.title'],
      );

      await goto(page, 'results');
      await checkResultCharts(page, `/results (${lang})`, rtl);
      await checkPage(w, lang, `/results (${lang})`, 'results.title', words['results.title']);

      await goto(page, 'plan');
      expect(await page.locator('dtc-priorities input[type="checkbox"]:checked').count()).toBe(3);
      await checkPage(w, lang, `/plan (${lang})`, 'plan.title', words['plan.title']);
      await checkTimeline(page, `/plan (${lang})`, rtl);
      expect(await sideways(page), `/plan timeline (${lang})`).toBeLessThanOrEqual(0);
      expect(await clippedText(page), `/plan timeline (${lang})`).toEqual([]);

      // The report's h1 is the assessment's name; its title says Report.
      await goto(page, 'report');
      await drawn(page, 'dtc-report dtc-bar-chart rect.bar');
      await checkPage(w, lang, `/report (${lang})`, 'report.title', complete.assessments[0]!.label);

      await goto(page, 'workshop');
      await page.setInputFiles(
        '#workshop-files',
        participants().map((r, i) => file(`p${i}.dtc.json`, exportFile(`p${i}`, r))),
      );
      await checkHeatmap(page, `/workshop (${lang})`, rtl);

      expect(w.outside).toEqual([]);
      expect(w.errors).toEqual([]);
      await w.context.close();
    });
  }
});

describe('the first visit', () => {
  for (const [asked, expected, traditional] of [
    ['es-MX', 'es', false],
    ['ar-MA', 'ar', false],
    ['zh-TW', 'zh-Hans', true],
    ['zh-CN', 'zh-Hans', false],
    ['de-DE', 'en', false],
  ] as const) {
    it(`gives a browser in ${asked} the site in ${OWN_NAMES[expected]}`, async () => {
      const w = await open(browser, { locale: asked });
      const { page } = w;
      await goto(page, '');
      const words = CATALOGS[expected];
      expect(await page.evaluate(() => navigator.languages[0])).toBe(asked);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(expected);
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(
        LOCALE_INFO[expected].dir,
      );
      expect((await page.locator('.site-header .brand').textContent())?.trim()).toBe(
        words['app.name'],
      );
      const note = page.getByRole('alert').getByText(zhHans['app.script.traditional']);
      expect(await note.count(), 'the note on Traditional Chinese').toBe(traditional ? 1 : 0);
      expect(w.errors).toEqual([]);
      await w.context.close();
    });
  }
});

describe('the language switcher', () => {
  it('lists the six languages in their own names, and remembers the one chosen', async () => {
    const w = await open(browser);
    const { page } = w;
    await goto(page, 'results');
    const group = page.getByRole('group', { name: en['app.language'] });
    const buttons = await group
      .locator('button')
      .evaluateAll((els) =>
        els.map((b) => ({ lang: b.getAttribute('lang'), name: b.textContent!.trim() })),
      );
    expect(buttons).toEqual(BUILT_IN_LOCALES.map((tag) => ({ lang: tag, name: OWN_NAMES[tag] })));

    for (const lang of [...BUILT_IN_LOCALES.filter((l) => l !== 'en'), 'en'] as const) {
      const words = CATALOGS[lang];
      await choose(page, lang);
      const state = async () => ({
        lang: await page.evaluate(() => document.documentElement.lang),
        dir: await page.evaluate(() => document.documentElement.dir),
        h1: (await page.locator('main h1').textContent())?.trim(),
        pressed: await page
          .locator('.language button[aria-pressed="true"]')
          .evaluateAll((els) => els.map((b) => b.getAttribute('lang'))),
      });
      const expected = {
        lang,
        dir: LOCALE_INFO[lang].dir,
        h1: words['results.title'],
        pressed: [lang],
      };
      expect(await state(), lang).toEqual(expected);
      // Where the words come from, and a way to correct them (not for the source language).
      const correct = page.locator('.language-note a');
      if (lang === 'en') expect(await correct.count()).toBe(0);
      else {
        expect((await correct.textContent())?.trim()).toBe(words['app.translation.correct']);
        expect(await correct.getAttribute('href')).toBe(new URL(url('feedback')).pathname);
      }
      await reload(page);
      expect(await state(), `${lang} after a reload`).toEqual(expected);
    }
    expect(w.errors).toEqual([]);
    await w.context.close();
  });
});
