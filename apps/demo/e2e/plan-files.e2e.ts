/**
 * The plan's files from the built demo: "Download Word" and "Download Excel" on the plan page
 * make the files in the browser (the exporters load only then, and nothing leaves the
 * machine), and the downloads read back with mammoth and ExcelJS, in English and in French.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseActionPlan, planBudget, type ActionPlan } from '@dtc/schema';
import { exportFile, file, framework, makeResponse } from './fixtures.js';
import { axe, describeViolations, goto, launch, open, type Watched } from './helpers.js';

const root = new URL('../../../', import.meta.url);
const plan: ActionPlan = (() => {
  const parsed = parseActionPlan(
    JSON.parse(
      // docs/examples/action-plan.json: a complete format 2 plan of six actions.
      readFileSync(new URL('docs/examples/action-plan.json', root), 'utf8'),
    ),
    framework,
  );
  if (!parsed.ok) throw new Error('the example plan does not parse');
  return parsed.value;
})();
const budget = planBudget(plan).currencies[0]!;

let browser: Browser;
let w: Watched;

beforeAll(async () => {
  browser = await launch();
  w = await open(browser);
  await goto(w.page, 'history');
  const response = makeResponse({
    label: 'Senegal plan',
    role: 'ministry-education',
    country: 'SEN',
    level: (p) => 1 + (p % 4),
  });
  await w.page.setInputFiles(
    '#import-file',
    file('senegal.dtc.json', exportFile('senegal-plan', response, { plan })),
  );
  await w.page.getByText('One assessment imported.').waitFor();
});
afterAll(async () => {
  await browser?.close();
});

/** Presses a button and returns the bytes of the file it downloads. */
async function downloaded(
  page: Page,
  name: string | RegExp,
): Promise<{ name: string; bytes: Buffer }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name }).click();
  const file = await download;
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

/** The scripts the page has loaded (resource timing: the page's own requests only). */
const loaded = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => n.endsWith('.js')),
  );

const headings = (html: string, level: number): string[] =>
  [...html.matchAll(new RegExp(`<h${level}>(.*?)</h${level}>`, 'g'))].map((m) => m[1]!);

async function costsTotal(bytes: Buffer, sheet: string): Promise<ExcelJS.Cell[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const costs = book.getWorksheet(sheet)!;
  const totals: ExcelJS.Cell[] = [];
  costs.eachRow((row) => {
    const last = row.getCell(row.cellCount);
    if (last.formula && row.getCell(2).value === null) totals.push(last);
  });
  return totals;
}

describe('the plan files', () => {
  it('loads no exporter until a file is asked for', async () => {
    const { page } = w;
    await goto(page, 'plan');
    await page.getByRole('heading', { name: '3. Files for the ministry' }).waitFor();
    // What the page itself loaded (the service worker precaches every file in the background,
    // so that the files can be made offline too: those requests are not the page's).
    expect((await loaded(page)).filter((r) => /plan-files|exceljs/.test(r))).toEqual([]);
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('downloads the Word document: headings, the radar, the actions and the totals', async () => {
    const { page } = w;
    const { name, bytes } = await downloaded(page, 'Download Word');
    expect(name).toMatch(/^senegal-plan-\d{4}-\d{2}-\d{2}-plan\.docx$/);
    const { value: html } = await mammoth.convertToHtml({ buffer: bytes });
    expect(headings(html, 1)).toEqual([
      'Scores summary',
      'Country team',
      'Priorities',
      'The plan by pillar',
      'The plan by horizon',
      'Costs and funding',
      'Indicators',
      'Milestones',
    ]);
    expect(html).toContain('<p>Country: Senegal</p>');
    // The radar, drawn by the page and copied in as a PNG.
    const png =
      /<img alt="Radar chart of the scores of the six pillars" src="data:image\/png;base64,([^"]+)"/.exec(
        html,
      );
    expect(png).not.toBeNull();
    expect(Buffer.from(png![1]!, 'base64').length).toBeGreaterThan(5000);
    for (const action of plan.actions) expect(html).toContain(`<h3>${action.title}</h3>`);
    const total = new Intl.NumberFormat('en', { maximumFractionDigits: 0 }).format(budget.total);
    expect(html).toContain(`<td><p>Total cost</p></td><td><p>${total}</p></td>`);
    await page.locator('main').getByText('The Word file was downloaded.').waitFor();
    // Word brought the exporters' module, not ExcelJS.
    const scripts = await loaded(page);
    expect(scripts.some((r) => /plan-files/.test(r))).toBe(true);
    expect(scripts.filter((r) => /exceljs/.test(r))).toEqual([]);
  });

  it('downloads the Excel workbook: four sheets, totals as SUM formulas worth planBudget', async () => {
    const { page } = w;
    const { name, bytes } = await downloaded(page, 'Download Excel');
    expect(name).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Actions',
      'Costs by year',
      'Indicators',
      'Milestones',
    ]);
    const [grand] = (await costsTotal(bytes, 'Costs by year')).slice(-1);
    expect(grand!.formula).toMatch(/^SUM\([A-Z]+\d+:[A-Z]+\d+\)$/);
    expect(grand!.result).toBe(budget.total);
    expect(w.outside).toEqual([]);
    expect(w.errors).toEqual([]);
  });

  it('prints the plan read-only, without the editors', async () => {
    const { page } = w;
    // The browser's print dialog is not part of the test: note that it was asked for.
    await page.evaluate(() => {
      window.print = () => {
        (window as unknown as { printed: boolean }).printed = true;
      };
    });
    await page.getByRole('button', { name: 'Print' }).click();
    await page.waitForFunction(() => (window as unknown as { printed?: boolean }).printed);
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.locator('dtc-priorities').isVisible()).toBe(false);
      expect(await page.locator('dtc-action-plan').isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'Download Word' }).isVisible()).toBe(false);
      const report = page.locator('dtc-report');
      expect(await report.isVisible()).toBe(true);
      expect(await report.locator('h1').textContent()).toBe(plan.title);
      const text = await report.locator('#plan-title').locator('..').innerText();
      for (const action of plan.actions) expect(text).toContain(action.title);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
    expect(await page.locator('dtc-report').isVisible()).toBe(false);
  });

  it('makes both files in French after switching the page to French', async () => {
    const { page } = w;
    await page
      .getByRole('button', { name: 'Français' })
      .or(page.getByRole('link', { name: 'Français' }))
      .click();
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    await page.getByRole('heading', { name: '3. Fichiers pour le ministère' }).waitFor();

    const word = await downloaded(page, 'Télécharger le Word');
    const { value: html } = await mammoth.convertToHtml({ buffer: word.bytes });
    expect(headings(html, 1)).toEqual([
      'Synthèse des scores',
      'Équipe pays',
      'Priorités',
      'Le plan par pilier',
      'Le plan par horizon',
      'Coûts et financement',
      'Indicateurs',
      'Jalons',
    ]);
    expect(html).toContain('<p>Pays\u202f: Sénégal</p>');
    expect(html).toContain('<h2>Connectivité et infrastructure</h2>');
    const total = new Intl.NumberFormat('fr', { maximumFractionDigits: 0 }).format(budget.total);
    expect(html).toContain(`<td><p>Coût total</p></td><td><p>${total}</p></td>`);

    const excel = await downloaded(page, 'Télécharger l’Excel');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(excel.bytes as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Actions',
      'Coûts par année',
      'Indicateurs',
      'Jalons',
    ]);
    expect(book.getWorksheet('Actions')!.getRow(1).getCell(6).value).toBe('État');
    const [grand] = (await costsTotal(excel.bytes, 'Coûts par année')).slice(-1);
    expect(grand!.result).toBe(budget.total);
    expect(w.outside).toEqual([]);
    expect(w.errors).toEqual([]);
  });
});
