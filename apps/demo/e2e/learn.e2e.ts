/**
 * The Learn section: the list of the course's modules, a module in <dtc-learn> with the
 * current assessment's levels, the links from Results (low components) and Plan (priorities)
 * to a component's section, a module opened from its address with a fragment, and the deep
 * dive: "Re-score this pillar" keeps the answers as a round, the questionnaire opens on the
 * pillar, and History compares before and after. axe in English and French.
 *
 * The expected titles and sections come from the course itself (`@dtc/framework/course`).
 */
import { course } from '@dtc/framework/course';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFile, file, framework, makeResponse } from './fixtures.js';
import {
  axe,
  describeViolations,
  focused,
  goto,
  launch,
  open,
  url,
  type Watched,
} from './helpers.js';

const PILLAR = 'data-evidence';
const pillar = framework.pillars.find((p) => p.id === PILLAR)!;
const module = course.modules.find((m) => m.pillar === PILLAR)!;
const sectionIds = module.sections.map((s) => s.component);
const titleOf = (id: string, lang: 'en' | 'fr' = 'en') =>
  framework.pillars.flatMap((p) => p.components).find((c) => c.id === id)?.title[lang] ?? id;

let browser: Browser;
let w: Watched;

/** One assessment: data and evidence at level 1 (low), the other pillars at 3, with a plan. */
const response = makeResponse({
  label: 'Learn 2026',
  role: 'ministry-education',
  country: 'SEN',
  level: (p) => (framework.pillars[p]!.id === PILLAR ? 1 : 3),
});

beforeAll(async () => {
  browser = await launch();
  w = await open(browser);
  await goto(w.page, 'history');
  const data = exportFile('learn', response, {
    plan: {
      format: 'dtc.action-plan',
      version: 1,
      framework: { id: framework.id, version: framework.version },
      priorities: [sectionIds[0], 'digital-strategy'],
      actions: [],
    },
  });
  await w.page.setInputFiles('#import-file', file('learn.dtc.json', data));
  await w.page.getByText('One assessment imported.').waitFor();
});
afterAll(async () => {
  await browser?.close();
});

async function toFrench(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Français' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'fr');
}
async function toEnglish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
}

/** The headings inside <dtc-learn>'s shadow root. */
const learnHeadings = (page: Page, selector = 'h2, h3') =>
  page.evaluate(
    (s) =>
      [...document.querySelector('dtc-learn')!.shadowRoot!.querySelectorAll(s)].map((h) =>
        h.textContent!.trim(),
      ),
    selector,
  );

describe('learn', () => {
  it('lists a module per pillar with a one-line overview, from the menu, in English and French', async () => {
    const { page } = w;
    await goto(page, '');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Learn' })
      .click();
    await page.waitForSelector('.learn-modules');
    expect(new URL(page.url()).pathname).toBe(new URL(url('learn')).pathname);
    expect(await page.locator('main h1').textContent()).toBe('Learn');
    const cards = page.locator('.learn-modules > li');
    expect(await cards.count()).toBe(framework.pillars.length);
    for (const [i, p] of framework.pillars.entries()) {
      const card = cards.nth(i);
      const m = course.modules.find((x) => x.pillar === p.id);
      expect(await card.locator('h2').textContent()).toContain(p.title.en);
      if (!m) continue;
      expect(await card.locator('h2 a').getAttribute('href')).toBe(
        new URL(url(`learn/${p.id}`)).pathname,
      );
      const line = (await card.locator('p').textContent())!.trim();
      expect(m.overview.en!.startsWith(line)).toBe(true);
      expect(line.length).toBeGreaterThan(10);
    }
    expect(describeViolations(await axe(page))).toBe('');
    await toFrench(page);
    expect(await page.locator('main h1').textContent()).toBe('Apprendre');
    expect(await cards.first().locator('h2').textContent()).toContain(
      framework.pillars[0]!.title.fr,
    );
    expect(describeViolations(await axe(page))).toBe('');
    await toEnglish(page);
  });

  it('shows a module with the levels of the current assessment, in English and French', async () => {
    const { page } = w;
    await page.getByRole('link', { name: pillar.title.en }).click();
    await page.waitForFunction(() =>
      document.querySelector('dtc-learn')?.shadowRoot?.querySelector('h2'),
    );
    expect(await page.locator('main h1').textContent()).toBe(`Learning module: ${pillar.title.en}`);
    expect(
      await page.getByRole('link', { name: 'Learn', exact: true }).getAttribute('aria-current'),
    ).toBe('page');
    expect(await learnHeadings(page, 'h2')).toEqual([pillar.title.en]);
    expect(await learnHeadings(page, 'section.component h3')).toEqual(
      sectionIds.map((id) => titleOf(id)),
    );
    const ids = await page.evaluate(() =>
      [
        ...document.querySelector('dtc-learn')!.shadowRoot!.querySelectorAll('section.component'),
      ].map((s) => s.id),
    );
    expect(ids).toEqual(sectionIds);
    // The levels of "Learn 2026": this pillar was answered at level 1, so each section is marked low.
    const low = page.locator('dtc-learn [part~=low]');
    expect(await low.count()).toBe(sectionIds.length);
    expect(await page.locator('main').textContent()).toContain('“Learn 2026”');
    const sources = page.locator('dtc-learn .references > li');
    expect(await sources.count()).toBeGreaterThan(0);
    expect(describeViolations(await axe(page))).toBe('');
    await toFrench(page);
    await page.waitForFunction(
      (t) =>
        document
          .querySelector('dtc-learn')
          ?.shadowRoot?.querySelector('h2')
          ?.textContent?.trim() === t,
      pillar.title.fr,
    );
    expect(await page.locator('main h1').textContent()).toBe(
      `Module d’apprentissage\u202f: ${pillar.title.fr}`,
    );
    expect(await page.locator('dtc-learn button[part~=rescore]').textContent()).toContain(
      'Réévaluer ce pilier',
    );
    expect(describeViolations(await axe(page))).toBe('');
    await toEnglish(page);
  });

  it('links each low component on the Results page to its section of the module', async () => {
    const { page } = w;
    await goto(page, 'results');
    const links = page.locator('#learn-title ~ ul.learn-links a');
    const lows = await links.allTextContents();
    for (const id of sectionIds) expect(lows).toContain(titleOf(id));
    // Nothing of the pillars answered at level 3 is low.
    expect(lows).not.toContain(titleOf('digital-strategy'));
    const target = sectionIds.at(-1)!;
    await links.filter({ hasText: titleOf(target) }).click();
    await page.waitForFunction(() =>
      document.querySelector('dtc-learn')?.shadowRoot?.querySelector('h2'),
    );
    expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe(
      `${new URL(url(`learn/${PILLAR}`)).pathname}#${target}`,
    );
    await expect
      .poll(() => focused(page))
      .toMatchObject({ tag: 'h3', host: 'dtc-learn', text: titleOf(target) });
    const top = await page
      .locator(`dtc-learn section[id="${target}"]`)
      .evaluate((s) => s.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(40);
  });

  it('links each priority of the plan to the module of its pillar', async () => {
    const { page } = w;
    await goto(page, 'plan');
    const links = page.locator('#learn-title ~ ul.learn-links a');
    expect(await links.allTextContents()).toEqual([
      titleOf(sectionIds[0]!),
      titleOf('digital-strategy'),
    ]);
    expect(await links.nth(1).getAttribute('href')).toBe(
      `${new URL(url('learn/coordination-leadership')).pathname}#digital-strategy`,
    );
  });

  it('opens a module from its address with a fragment, then other pages as usual', async () => {
    const fresh = await open(browser);
    const { page } = fresh;
    const target = sectionIds[0]!;
    await page.goto(url(`learn/${PILLAR}#${target}`));
    await page.waitForFunction(() =>
      document.querySelector('dtc-learn')?.shadowRoot?.querySelector('h2'),
    );
    await expect
      .poll(() => focused(page))
      .toMatchObject({ tag: 'h3', host: 'dtc-learn', text: titleOf(target) });
    // No assessment in this profile: no levels, and the page says how to get them.
    expect(await page.locator('dtc-learn [part~=low]').count()).toBe(0);
    expect(await page.locator('base').count()).toBe(0);
    // A trailing slash goes to the page itself.
    await page.goto(url(`learn/${PILLAR}/`));
    await page.waitForSelector('main h1');
    expect(new URL(page.url()).pathname).toBe(new URL(url(`learn/${PILLAR}`)).pathname);
    // An unknown module.
    await page.goto(url('learn/nonesuch'));
    await page.waitForSelector('main h1');
    expect(await page.locator('main h1').textContent()).toBe('No such learning module');
    // Then, in the same page, a link to a part of another page still stays on that page.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Resources' })
      .click();
    await page.waitForSelector('#toc-title');
    const toc = page.locator('nav[aria-labelledby="toc-title"] a').first();
    const id = (await toc.getAttribute('href'))!;
    await toc.click();
    expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe(
      `${new URL(url('resources')).pathname}${id}`,
    );
    expect(fresh.errors).toEqual([]);
    expect(fresh.outside).toEqual([]);
    await fresh.context.close();
  });

  it('re-scores the pillar as a deep dive and shows before and after', async () => {
    const { page } = w;
    await goto(page, `learn/${PILLAR}`);
    await page.locator('dtc-learn button[part~=rescore]').click();
    await page.waitForSelector('dtc-assessment');
    const at = new URL(page.url());
    expect(at.pathname).toBe(new URL(url('assess')).pathname);
    expect(at.searchParams.get('section')).toBe(PILLAR);
    const round = `Before the deep dive on ${pillar.title.en}`;
    const notice = page.locator('section[aria-labelledby="deep-dive-title"]');
    await notice.waitFor();
    expect(await notice.locator('h2').textContent()).toBe(`Deep dive on ${pillar.title.en}`);
    expect(await notice.textContent()).toContain(`“${round}”`);
    // The questionnaire is on this pillar alone, every answer given: it opens on its review;
    // the pillar's button leads to its questions. Raise the first one to the top level.
    const pillars = page.locator('dtc-assessment dtc-progress button[part~=name]');
    expect(await pillars.allTextContents()).toEqual([expect.stringContaining(pillar.title.en!)]);
    await pillars.click();
    const first = page.locator('dtc-assessment dtc-rubric-question').first();
    await first.waitFor();
    const questionId = await first.evaluate(
      (q) => (q as unknown as { question: { id: string } }).question.id,
    );
    expect(pillar.components.flatMap((c) => c.questions.map((q) => q.id))).toContain(questionId);
    // Levels 1 to 4 come first (then "don't know"): the fourth is the top level.
    await first.getByRole('radio').nth(3).click();
    await expect
      .poll(() =>
        page.evaluate((id) => {
          const a = document.querySelector('dtc-assessment') as unknown as {
            response: { answers: Record<string, { value: unknown }> };
          };
          return a.response.answers[id]?.value;
        }, questionId),
      )
      .toBe(4);
    // Results say so too, and lead to the same comparison.
    await goto(page, 'results');
    await page.locator('#deep-dive-title').waitFor();
    await page.getByRole('link', { name: 'Compare before and after the deep dive' }).click();
    await page.waitForSelector('dtc-compare');
    expect(new URL(page.url()).pathname).toBe(new URL(url('history')).pathname);
    await expect.poll(() => focused(page)).toMatchObject({ id: 'compare-title' });
    const sides = await page.evaluate(() => {
      const c = document.querySelector('dtc-compare') as unknown as {
        beforeLabel: string;
        afterLabel: string;
      };
      return [c.beforeLabel, c.afterLabel];
    });
    expect(sides[0]).toMatch(new RegExp(`^Learn 2026 – ${round} \\(`));
    expect(sides[1]).toBe('Learn 2026 (current answers)');
    // The component whose answer was raised is the one that moved.
    const component = pillar.components.find((c) => c.questions.some((q) => q.id === questionId))!;
    expect(
      await page
        .locator('dtc-compare')
        .first()
        .evaluate((c) => c.shadowRoot!.querySelector('[part~=summary]')!.textContent),
    ).toContain(component.title.en);
    expect(describeViolations(await axe(page))).toBe('');
    await toFrench(page);
    await page.waitForSelector('dtc-compare');
    expect(describeViolations(await axe(page))).toBe('');
    await toEnglish(page);
    expect(w.outside).toEqual([]);
    expect(w.errors).toEqual([]);
  });
});
