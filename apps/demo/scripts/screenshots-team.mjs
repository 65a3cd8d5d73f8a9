#!/usr/bin/env node
// Screenshots of the country team page (with a merge waiting for a decision) and the gallery
// walk (posters, plans side by side, the slideshow), desktop and phone, English and French,
// into docs/screenshots/. Data is entered through the site: members' files, the plan through
// the editor's public event, a second laptop's plan.
//
//   npm run build -w @dtc/demo && node apps/demo/scripts/screenshots-team.mjs
import {
  OUT,
  SIZES,
  chooseLanguage,
  fixtures,
  json,
  newPage,
  settle,
  withBrowser,
} from './screenshot-kit.mjs';

const { exportFile, framework, makeResponse } = fixtures;
const members = [
  ['Senegal – Education', 'ministry-education', (p) => 1 + (p % 4)],
  ['Senegal – ICT', 'ministry-ict', (p) => 4 - (p % 3)],
  ['Senegal – Finance', 'ministry-finance', (p) => 2 + (p % 2)],
].map(([label, role, level], i) =>
  json(`m${i}.dtc.json`, exportFile(`m${i}`, makeResponse({ label, role, country: 'SEN', level }))),
);

const action = (id, pillar, title, amount, gap) => ({
  id,
  priority: framework.pillars[pillar].components[0].id,
  pillar: framework.pillars[pillar].id,
  title,
  horizon: ['short', 'medium', 'long'][pillar % 3],
  owner: '',
  targetLevel: 3,
  outcome: framework.outcomes[0].id,
  status: 'planned',
  partners: [],
  cost: {
    amount,
    currency: 'XOF',
    kind: 'capital',
    years: { from: 2026, to: 2028 },
    budgeted: false,
  },
  funding: [{ source: { text: 'National budget' }, amount: amount - gap, status: 'secured' }],
  indicators: [{ name: 'Schools connected', unit: '%' }],
  milestones: [],
  dependsOn: [],
});
const plan = (titles) => ({
  format: 'dtc.action-plan',
  version: 2,
  framework: { id: framework.id, version: framework.version },
  country: 'SEN',
  currency: 'XOF',
  priorities: [0, 1, 5].map((p) => framework.pillars[p].components[0].id),
  actions: [
    action('connect', 1, titles[0], 1_200_000_000, 800_000_000),
    action('train', 3, 'Train 5,000 teachers in digital pedagogy', 450_000_000, 150_000_000),
    action('emis', 5, 'Connect the EMIS to school records', 300_000_000, 300_000_000),
  ],
  team: [],
  pillarPriorities: {},
  history: [],
});

const count = await withBrowser(async ({ browser, url }) => {
  let count = 0;
  for (const [size, options] of Object.entries({
    ...SIZES,
    desktop: { viewport: { width: 1280, height: 900 } },
  })) {
    const { context, page } = await newPage(browser, options);
    await page.goto(new URL('team', url).href);
    await page.fill('#team-name', 'Senegal');
    await page.selectOption('#team-country', 'SEN');
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL(/team\?id=/);
    const teamUrl = page.url();
    await page.setInputFiles('#team-answers', members);
    await page.locator('dtc-priorities input[type="checkbox"]').first().waitFor();
    await page.evaluate(
      (p) => {
        document
          .querySelector('dtc-action-plan')
          .dispatchEvent(
            new CustomEvent('dtc-plan-change', { detail: { plan: p }, bubbles: true }),
          );
      },
      plan(['Connect every secondary school']),
    );
    for (const lang of ['en', 'fr']) {
      await chooseLanguage(page, url, lang);
      await page.goto(teamUrl);
      await page.locator('main h1').waitFor();
      await page.setInputFiles(
        '#team-merge-file',
        json('laptop-2.json', plan(['Connect all schools'])),
      );
      await page.locator('.merge-conflict').waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${OUT}team-${lang}-${size}.png` });
      await page.locator('#team-merge-title').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${OUT}team-merge-${lang}-${size}.png` });
      await page.goto(new URL('gallery', url).href);
      await page.locator('.poster dtc-radar-chart').first().waitFor();
      await settle(page);
      await page.screenshot({ path: `${OUT}gallery-${lang}-${size}.png` });
      await page.locator('.gallery-table').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${OUT}gallery-table-${lang}-${size}.png` });
      if (size === 'desktop') {
        await page.locator('main .actions button').first().click();
        await page.locator('dialog#slideshow[open]').waitFor();
        await page.waitForTimeout(300);
        await page.screenshot({ path: `${OUT}gallery-slideshow-${lang}-${size}.png` });
        await page.keyboard.press('Escape');
        count++;
      }
      count += 4;
    }
    await context.close();
  }
  return count;
});
console.log(`${count} screenshots in ${OUT}`);
