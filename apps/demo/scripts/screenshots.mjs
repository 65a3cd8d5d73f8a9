#!/usr/bin/env node
// Screenshots of every page of the built demo, with example data, on a desktop (1280 px)
// and a phone (375 px), in English and French, into docs/screenshots/ (PNG). The data is
// entered through the site itself: an imported assessment, a plan, three workshop
// participants and feedback.
//
//   npm run build -w @dtc/demo && npm run screenshots -w @dtc/demo
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { tsImport } from 'tsx/esm/api';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/chromium.mjs';
import { serve } from './serve.mjs';

const OUT = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));
const PAGES = [
  '',
  'assess',
  'results',
  'report',
  'plan',
  'history',
  'workshop',
  'resources',
  'feedback',
];
const SIZES = {
  desktop: { viewport: { width: 1280, height: 800 } },
  mobile: {
    viewport: { width: 375, height: 812 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
  },
};

const { exportFile, makeResponse, participants } = await tsImport(
  '../e2e/fixtures.ts',
  import.meta.url,
);

const sample = makeResponse({
  label: 'Senegal – Ministry of Education',
  role: 'ministry-education',
  country: 'SEN',
  level: (p, i) => 1 + ((p * 3 + i) % 4),
});
const earlier = makeResponse({
  ...{ label: sample.label, role: 'ministry-education', country: 'SEN' },
  level: (p, i) => 1 + ((p + i) % 3),
});
const sampleFile = exportFile('sample', sample, {
  revisions: [
    {
      id: 'before',
      savedAt: '2025-03-25T11:00:00.000Z',
      note: 'Before deep dive',
      response: earlier,
    },
  ],
});
const json = (name, value) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(value)),
});

async function seed(page, base) {
  const go = async (path) => {
    await page.goto(new URL(path, base).href);
    await page.locator('main h1').first().waitFor();
  };
  await go('history');
  await page.setInputFiles('#import-file', json('sample.dtc.json', sampleFile));
  await page.getByText('One assessment imported.').waitFor();
  await go('plan');
  const boxes = page.getByRole('checkbox');
  for (let i = 0; i < 3; i++) await boxes.nth(i).check();
  const titles = [
    'Publish an annual software and services catalogue for schools',
    'Build an EMIS dashboard used in the quarterly sector review',
    'Train 200 school leaders in leading digital change',
  ];
  for (let k = 0; k < 3; k++) {
    await page
      .getByRole('button', { name: /Add an action/ })
      .nth(k)
      .click();
    const action = page
      .locator('dtc-action-plan')
      .getByRole('group', { name: /Action/ })
      .nth(k);
    await action.getByRole('textbox').first().fill(titles[k]);
    await action.getByRole('radio').nth(k).check();
    await action
      .getByRole('combobox')
      .last()
      .selectOption({ index: k + 1 });
  }
  await go('workshop');
  await page.setInputFiles(
    '#workshop-files',
    participants().map((r, i) => json(`participant-${i + 1}.dtc.json`, exportFile(`p${i + 1}`, r))),
  );
  await page.locator('#participants-table').waitFor();
  await go('feedback');
  for (const [name, value] of [
    ['rate-questions', 4],
    ['rate-methods', 5],
    ['rate-usefulness', 4],
  ]) {
    await page.locator(`input[name="${name}"][value="${value}"]`).check();
  }
}

const chromePath = findChromium();
if (!chromePath) {
  console.error(
    'No Chromium found: set CHROME_PATH or install chromium (see scripts/chromium.mjs).',
  );
  process.exit(1);
}
mkdirSync(OUT, { recursive: true });
const server = await serve();
const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
let count = 0;
try {
  for (const [size, options] of Object.entries(SIZES)) {
    for (const scheme of size === 'desktop' ? ['light', 'dark'] : ['light']) {
      const context = await browser.newContext({
        ...options,
        colorScheme: scheme,
        locale: 'en-US',
        timezoneId: 'UTC',
      });
      const page = await context.newPage();
      page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
      await seed(page, server.url);
      for (const lang of ['en', 'fr']) {
        await page.goto(server.url);
        await page.getByRole('button', { name: lang === 'en' ? 'English' : 'Français' }).click();
        await page.waitForFunction((l) => document.documentElement.lang === l, lang);
        for (const path of scheme === 'dark' ? ['', 'results', 'workshop'] : PAGES) {
          await page.goto(new URL(path, server.url).href);
          await page.locator('main h1').first().waitFor();
          await page.waitForLoadState('networkidle');
          await page.waitForTimeout(300); // charts measure their width, then draw
          const name = `${path || 'home'}-${lang}-${size}${scheme === 'dark' ? '-dark' : ''}.png`;
          await page.screenshot({ path: `${OUT}${name}` });
          count++;
        }
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${count} screenshots in ${OUT}`);
