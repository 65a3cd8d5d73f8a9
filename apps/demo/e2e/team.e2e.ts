/**
 * A country team in the workshop: three members imported from their answers files, priorities
 * chosen together (overall and a pillar's own), one plan written in French in the editor with a
 * cost, funding, an indicator and a milestone, the plan downloaded as Word and Excel and read
 * back, a second laptop's plan merged with a conflict a person decides, the plan exported as
 * JSON; then the gallery walk:
 * the poster, the slideshow by keyboard, the A3 page in print, and the plans side by side.
 * Every page passes axe in both languages and fits 320 px.
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planBudget, type ActionPlan } from '@dtc/schema';
import { exportFile, file, framework, makeResponse } from './fixtures.js';
import {
  axe,
  describeViolations,
  focused,
  goto,
  launch,
  open,
  reload,
  stored,
  type Watched,
} from './helpers.js';

let browser: Browser;
let w: Watched;
let teamUrl = '';

beforeAll(async () => {
  browser = await launch();
  w = await open(browser);
});
afterAll(async () => {
  await browser?.close();
});

const members = () =>
  [
    ['Sénégal – Éducation', 'ministry-education', (p: number) => 1 + (p % 4)],
    ['Sénégal – Numérique', 'ministry-ict', (p: number) => 4 - (p % 3)],
    ['Sénégal – Finances', 'ministry-finance', (p: number) => 2 + (p % 2)],
  ].map(([label, role, level]) =>
    makeResponse({
      label: label as string,
      role: role as string,
      country: 'SEN',
      level: level as (p: number) => number,
    }),
  );

async function toFrench(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Français' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'fr');
}

async function toEnglish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
}

async function checkAxe(page: Page, where: string): Promise<void> {
  expect(describeViolations(await axe(page)), `axe on ${where}`).toBe('');
}

interface StoredPlan {
  country?: string;
  priorities: string[];
  pillarPriorities: Record<string, string>;
  team: { name: string; role: string }[];
  actions: {
    id: string;
    title: string;
    cost?: { amount: number; currency: string };
    funding: unknown[];
    indicators: { name: string }[];
    milestones: { what: string; year?: number }[];
  }[];
  history: { change: string }[];
}

interface StoredTeam {
  id: string;
  name: string;
  country: string;
  members: string[];
  plan?: StoredPlan;
}

async function team(page: Page): Promise<StoredTeam> {
  const all = await stored(page);
  const key = Object.keys(all).find((k) => k.startsWith('dtc-demo:team:'))!;
  return all[key] as StoredTeam;
}

/** The members who write the plan, named in its details: name and role. */
const writers = [
  ['Awa Diop', 'ministry-education'],
  ['Moussa Ndiaye', 'ministry-ict'],
  ['Fatou Sarr', 'ministry-finance'],
] as const;

/** The pillar of the team's actions (the gallery lists them in its row). */
const pillarA = framework.pillars[1]!.id;
/** A pillar's own priority, chosen beside the three overall ones. */
const ownPillar = framework.pillars[0]!;
const ownComponent = ownPillar.components[1]!;

/** Presses a button and returns the name and bytes of the file it downloads. */
async function downloaded(page: Page, name: string): Promise<{ name: string; bytes: Buffer }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name, exact: true }).click();
  const saved = await download;
  return { name: saved.suggestedFilename(), bytes: await readFile((await saved.path())!) };
}

const headings = (html: string, level: number): string[] =>
  [...html.matchAll(new RegExp(`<h${level}>(.*?)</h${level}>`, 'g'))].map((m) => m[1]!);

/** The cells of the total row of the costs sheet, from the first year to the total. */
function costsTotals(sheet: ExcelJS.Worksheet): ExcelJS.Cell[] {
  const cells: ExcelJS.Cell[] = [];
  sheet.eachRow((row) => {
    const last = row.getCell(row.cellCount);
    if (!last.formula || row.getCell(2).value !== null) return;
    for (let c = 6; c <= row.cellCount; c++) cells.push(row.getCell(c));
  });
  return cells;
}

describe('a country team', () => {
  it('starts a team in French and builds it from three imported answers files', async () => {
    const { page } = w;
    await goto(page, 'team');
    await toFrench(page);
    expect(await page.locator('h1').textContent()).toBe('Équipes pays');
    await checkAxe(page, '/team (fr, empty)');
    // A team needs a name: the error says so and focus goes to the field.
    await page.getByRole('button', { name: 'Créer l’équipe' }).click();
    await page.getByText('Donnez un nom à l’équipe.').waitFor();
    expect((await focused(page)).id).toBe('team-name');
    await page.fill('#team-name', 'Sénégal');
    await page.selectOption('#team-country', 'SEN');
    await page.getByRole('button', { name: 'Créer l’équipe' }).click();
    await page.waitForURL(/team\?id=/);
    await page.locator('h1', { hasText: 'Équipe pays\u202f: Sénégal' }).waitFor();
    teamUrl = page.url();

    const files = members().map((r, i) =>
      file(`membre-${i + 1}.dtc.json`, exportFile(`m${i + 1}`, r)),
    );
    await page.setInputFiles('#team-answers', files);
    await expect
      .poll(() => page.locator('#team-count').textContent())
      .toBe('3 membres dans l’équipe.');
    expect(await page.locator('.team-members input:checked').count()).toBe(3);
    // The team's group result: every member on the radar.
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (
              document
                .querySelector('dtc-group-results')!
                .shadowRoot!.querySelector('#radar-all') as unknown as { series: unknown[] } | null
            )?.series.length,
        ),
      )
      .toBe(3);
    const saved = await team(page);
    expect(saved).toMatchObject({ name: 'Sénégal', country: 'SEN' });
    expect(saved.members).toHaveLength(3);
    await checkAxe(page, '/team?id (fr, members)');
  });

  it('chooses three priorities and a pillar’s own priority together', async () => {
    const { page } = w;
    const boxes = page.locator('dtc-priorities input[type="checkbox"]');
    await boxes.first().waitFor();
    for (let i = 0; i < 3; i++) await boxes.nth(i).check();
    await expect.poll(async () => (await team(page)).plan?.priorities.length).toBe(3);
    // The first pillar's own priority, chosen in its select, named in French.
    const select = page.locator(`dtc-priorities #p-${ownPillar.id}`);
    expect(
      (await page.locator(`dtc-priorities label[for="p-${ownPillar.id}"]`).textContent())!.trim(),
    ).toBe(ownPillar.title.fr);
    await select.selectOption(ownComponent.id);
    expect((await select.locator('option:checked').textContent())!.trim()).toBe(
      ownComponent.title.fr,
    );
    await expect
      .poll(async () => (await team(page)).plan?.pillarPriorities)
      .toEqual({ [ownPillar.id]: ownComponent.id });
    expect((await team(page)).plan!.priorities).toHaveLength(3);
  });

  it('writes one plan in the editor: an action with a cost, funding, an indicator and a milestone', async () => {
    const { page } = w;
    const priorities = (await team(page)).plan!.priorities;
    const editor = page.locator('dtc-action-plan');
    const field = (id: string) => editor.locator(`#a0-${id}`);
    // The plan's details: the three members who write it.
    await editor.locator('.settings summary').click();
    for (const [i, [name, role]] of writers.entries()) {
      await editor.locator('#plan-team-add').click();
      await editor.locator(`#plan-team-${i}-name`).fill(name);
      await editor.locator(`#plan-team-${i}-role`).selectOption(role);
    }
    await expect
      .poll(async () => (await team(page)).plan?.team)
      .toEqual(writers.map(([name, role]) => ({ name, role })));
    // Adding an action by keyboard: focus goes to its title, typed in French.
    await editor.locator(`#add-${priorities[0]}`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).id).toBe('a0-title');
    await page.keyboard.type('Connecter les écoles');
    await expect
      .poll(async () => (await team(page)).plan?.actions[0]?.title)
      .toBe('Connecter les écoles');
    await field('pillar').selectOption(pillarA);
    await field('outcome').selectOption(framework.outcomes![0]!.id);
    await field('lead').fill('Ministère de l’Éducation nationale');

    // The details open in a panel, by keyboard; focus goes to its heading.
    await field('details-toggle').focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).id).toBe('a0-details-title');
    expect(await field('details-title').textContent()).toContain('Connecter les écoles');

    await field('cost-add').click();
    await field('cost-amount').fill('1200000000');
    await field('cost-currency').fill('XOF');
    await field('cost-years').fill('2026');
    await field('cost-years-to').fill('2027');

    await field('funding-add').click();
    await field('funding-0-source').selectOption('');
    await field('funding-0-source-text').fill('Budget national');
    await field('funding-0-amount').fill('400000000');
    await field('funding-0-status').selectOption('secured');

    await field('indicators-add').click();
    await field('indicators-0-name').fill('Écoles connectées');
    await field('indicators-0-unit').fill('%');
    await field('indicators-0-baseline-value').fill('20');
    await field('indicators-0-baseline-year').fill('2025');
    await field('indicators-0-target-value').fill('60');
    await field('indicators-0-target-year').fill('2027');

    await field('milestones-add').click();
    await field('milestones-0-what').fill('Appel d’offres publié');
    await field('milestones-0-year').fill('2026');
    await checkAxe(page, '/team?id (fr, action details)');

    // What the page stored for the team: every value typed, in French.
    const expected = {
      title: 'Connecter les écoles',
      priority: priorities[0],
      pillar: pillarA,
      horizon: 'short',
      lead: 'Ministère de l’Éducation nationale',
      cost: {
        amount: 1_200_000_000,
        currency: 'XOF',
        kind: 'capital',
        years: { from: 2026, to: 2027 },
        budgeted: false,
      },
      funding: [{ source: { text: 'Budget national' }, amount: 400_000_000, status: 'secured' }],
      indicators: [
        {
          name: 'Écoles connectées',
          unit: '%',
          baseline: { value: 20, year: 2025 },
          target: { value: 60, year: 2027 },
        },
      ],
      milestones: [{ what: 'Appel d’offres publié', year: 2026 }],
    };
    await expect
      .poll(async () => (await team(page)).plan?.actions[0]?.milestones[0]?.year)
      .toBe(2026);
    const check = (plan: StoredPlan) => {
      expect(plan.country).toBe('SEN');
      expect(plan.priorities).toEqual(priorities);
      expect(plan.pillarPriorities).toEqual({ [ownPillar.id]: ownComponent.id });
      expect(plan.team.map((m) => m.name)).toEqual(writers.map(([name]) => name));
      expect(plan.actions).toHaveLength(1);
      expect(plan.actions[0]).toMatchObject(expected);
    };
    check((await team(page)).plan!);
    // After a reload: the same plan, shown by the editor and the priorities.
    await reload(page);
    check((await team(page)).plan!);
    expect(await editor.locator('#a0-title').inputValue()).toBe('Connecter les écoles');
    expect(await page.locator(`dtc-priorities #p-${ownPillar.id}`).inputValue()).toBe(
      ownComponent.id,
    );
  });

  it('downloads the team’s plan as Word and Excel, in French, with the totals of planBudget', async () => {
    const { page } = w;
    const plan = (await team(page)).plan! as unknown as ActionPlan;
    const budget = planBudget(plan).currencies.find((c) => c.currency === 'XOF')!;
    expect(budget).toMatchObject({ total: 1_200_000_000, secured: 400_000_000 });
    // Nothing of the exporters loaded with the page (the service worker's precache aside).
    const scripts = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((e) => e.name)
          .filter((n) => /plan-files|exceljs/.test(n)),
      );
    expect(await scripts()).toEqual([]);
    const amount = (n: number) =>
      new Intl.NumberFormat('fr', { maximumFractionDigits: 0 }).format(n);

    const word = await downloaded(page, 'Télécharger le plan de l’équipe (Word)');
    expect(word.name).toBe('senegal-plan.docx');
    await page.locator('main').getByText('Le fichier Word a été téléchargé.').waitFor();
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
    // The pillar's own priority, in French words.
    expect(html).toContain(
      `<td><p>${ownPillar.title.fr}</p></td><td><p>${ownComponent.title.fr}</p></td>`,
    );
    for (const [name] of writers) expect(html).toContain(`<td><p>${name}</p></td>`);
    expect(html).toContain('<h3>Connecter les écoles</h3>');
    for (const text of ['Budget national', 'Écoles connectées', 'Appel d’offres publié'])
      expect(html).toContain(text);
    expect(html).toContain(`<td><p>Coût total</p></td><td><p>${amount(budget.total)}</p></td>`);
    expect(html).toContain(`<td><p>${amount(budget.gap)}</p></td>`);

    expect((await scripts()).some((r) => /plan-files/.test(r))).toBe(true);
    const excel = await downloaded(page, 'Télécharger le plan de l’équipe (Excel)');
    expect(excel.name).toBe('senegal-plan.xlsx');
    await page.locator('main').getByText('Le fichier Excel a été téléchargé.').waitFor();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(excel.bytes as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Actions',
      'Coûts par année',
      'Indicateurs',
      'Jalons',
    ]);
    const actions = book.getWorksheet('Actions')!;
    expect(actions.getRow(1).getCell(6).value).toBe('État');
    const row = actions.getRow(2);
    expect(row.getCell(2).value).toBe('Connecter les écoles');
    expect(row.getCell(7).value).toBe('Ministère de l’Éducation nationale');
    expect(row.getCell(12).value).toBe(budget.total);
    expect(row.getCell(13).value).toBe('XOF');
    expect(row.getCell(18).value).toBe(budget.secured);
    expect(row.getCell(20).value).toBe(budget.gap);
    // The costs by year: 600 000 000 in 2026 and in 2027, totals as SUM formulas.
    const totals = costsTotals(book.getWorksheet('Coûts par année')!);
    expect(totals.map((c) => c.formula)).toEqual([
      expect.stringMatching(/^SUM\(/),
      expect.stringMatching(/^SUM\(/),
      expect.stringMatching(/^SUM\(/),
    ]);
    expect(totals.map((c) => c.result)).toEqual([
      budget.byYear.get(2026),
      budget.byYear.get(2027),
      budget.total,
    ]);
    expect(budget.byYear.get(2026)).toBe(600_000_000);
    const indicator = book.getWorksheet('Indicateurs')!.getRow(2);
    expect([3, 4, 5, 6, 7, 8].map((c) => indicator.getCell(c).value)).toEqual([
      'Écoles connectées',
      '%',
      20,
      2025,
      60,
      2027,
    ]);
    const milestones = book.getWorksheet('Jalons')!;
    const milestone: unknown[] = [];
    milestones.getRow(2).eachCell((c) => milestone.push(c.value));
    expect(milestone).toContain('Appel d’offres publié');
    expect(milestone).toContain(2026);
    expect(w.outside).toEqual([]);
    expect(w.errors).toEqual([]);
  });

  it('refuses a plan of another country, clearly', async () => {
    const { page } = w;
    const other = { ...(await team(page)).plan!, country: 'MAR' };
    await page.setInputFiles('#team-merge-file', file('maroc.json', other));
    await page.getByText('Ce plan ne peut pas être fusionné').waitFor();
    expect(await page.locator('#merge-outcome').textContent()).toContain('C’est un plan de Maroc');
    expect((await team(page)).plan!.actions).toHaveLength(1);
  });

  it('merges a second laptop’s plan: a visible conflict a person decides, nothing dropped', async () => {
    const { page } = w;
    // The other laptop started from this plan (shared in the morning): a new title, one more action.
    const mine = (await team(page)).plan!;
    const second = structuredClone(mine);
    second.actions[0]!.title = 'Connecter toutes les écoles';
    second.actions.push({
      ...second.actions[0]!,
      id: 'former',
      title: 'Former les enseignants',
      cost: { ...second.actions[0]!.cost!, amount: 300_000_000 },
      funding: [],
      indicators: [{ ...second.actions[0]!.indicators[0]!, name: 'Enseignants formés' }],
    });
    await page.setInputFiles('#team-merge-file', file('portable-2.json', second));
    await page.getByText('Fusion : une nouvelle action, un conflit à trancher.').waitFor();
    const conflict = page.locator('.merge-conflict');
    expect(await conflict.count()).toBe(1);
    expect(await conflict.locator('legend').textContent()).toBe(
      'Action «\u202fConnecter les écoles\u202f»\u202f: titre',
    );
    // Both versions side by side.
    expect(await conflict.locator('.merge-value').allTextContents()).toEqual([
      'Connecter les écoles',
      'Connecter toutes les écoles',
    ]);
    await checkAxe(page, '/team?id (fr, merge)');
    // Applying before deciding says what is missing, and the plan is unchanged.
    await page.getByRole('button', { name: 'Appliquer la fusion' }).click();
    await page.locator('#merge-missing').waitFor();
    expect((await focused(page)).id).toBe('merge-missing');
    expect((await team(page)).plan!.actions).toHaveLength(1);
    // A person decides by keyboard: the other laptop's title.
    await conflict.getByLabel(/Cet ordinateur/).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    expect(await conflict.getByLabel(/L’autre ordinateur/).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Appliquer la fusion');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await team(page)).plan!.actions.length).toBe(2);
    const merged = (await team(page)).plan!;
    expect(merged.actions.map((a) => a.title)).toEqual([
      'Connecter toutes les écoles',
      'Former les enseignants',
    ]);
    expect(merged.actions[0]!.funding).toHaveLength(1);
    expect(merged.actions[1]!.indicators[0]!.name).toBe('Enseignants formés');
    expect(merged.history.at(-1)!.change).toBe('merged');
    expect(await page.locator('.merge-conflict').count()).toBe(0);
  });

  it('exports the team’s plan as JSON', async () => {
    const { page } = w;
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Télécharger le plan de l’équipe (JSON)' }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe('senegal-plan.json');
    const plan = JSON.parse(await readFile((await saved.path())!, 'utf8'));
    expect(plan).toMatchObject({ format: 'dtc.action-plan', version: 2, country: 'SEN' });
    expect(plan.actions).toHaveLength(2);
  });
});

describe('the gallery walk', () => {
  it('shows one poster per team with its radar, priorities, headline actions and total cost', async () => {
    const { page } = w;
    // A second team, with no plan yet, so that the slideshow has two posters.
    await goto(page, 'team');
    await page.fill('#team-name', 'Maroc');
    await page.selectOption('#team-country', 'MAR');
    await page.getByRole('button', { name: 'Créer l’équipe' }).click();
    await page.waitForURL(/team\?id=/);
    await goto(page, 'gallery');
    expect(await page.locator('h1').textContent()).toBe('Galerie');
    const posters = page.locator('.posters .poster');
    expect(await posters.count()).toBe(2);
    const senegal = posters.filter({ has: page.locator('h2', { hasText: 'Sénégal' }) });
    expect(await senegal.locator('dtc-radar-chart').count()).toBe(1);
    expect(
      await senegal
        .locator('dtc-radar-chart')
        .evaluate((el) => (el as unknown as { series: { values: unknown[] }[] }).series[0]!.values),
    ).toHaveLength(6);
    expect(await senegal.locator('ol li').count()).toBe(3);
    expect(await senegal.locator('ul li strong').allTextContents()).toEqual([
      'Connecter toutes les écoles',
      'Former les enseignants',
    ]);
    // The total is planBudget's: 1 200 000 000 + 300 000 000 XOF; the gap is what is not secured.
    const total = (await senegal.locator('.poster-total').first().textContent())!;
    expect(total.replace(/\s+/g, ' ').trim()).toMatch(/Coût total : 1 500 000 000 F\s?CFA/);
    const gap = (await senegal.locator('.poster-total').nth(1).textContent())!;
    expect(gap.replace(/\s+/g, ' ').trim()).toMatch(/1 100 000 000 F\s?CFA/);
    await checkAxe(page, '/gallery (fr)');
  });

  it('lists every team’s actions side by side by pillar, with the funding gap per pillar', async () => {
    const { page } = w;
    const table = page.locator('.gallery-table');
    expect(await table.locator('thead th').allTextContents()).toEqual([
      'Pilier',
      'Maroc',
      'Sénégal',
      'Toutes les équipes',
    ]);
    expect(await table.locator('tbody tr').count()).toBe(6);
    const row = table.locator('tbody tr').nth(1);
    expect(await row.locator('td').nth(1).locator('li').allTextContents()).toEqual([
      'Connecter toutes les écoles',
      'Former les enseignants',
    ]);
    expect(
      (await row.locator('td').nth(1).locator('.gap').textContent())!.replace(/\s+/g, ' ').trim(),
    ).toMatch(/Besoin de financement : 1 100 000 000 F\s?CFA/);
    expect(await row.locator('td').first().textContent()).toContain('Aucune action');
    // All teams together: the same gap, as only Senegal has actions in this pillar.
    expect((await row.locator('td').nth(2).textContent())!.replace(/\s+/g, ' ').trim()).toMatch(
      /Besoin de financement : 1 100 000 000 F\s?CFA/,
    );
    expect(await table.locator('tbody tr').first().locator('td').nth(2).textContent()).toContain(
      'Aucun besoin de financement',
    );
  });

  it('runs as a slideshow by keyboard, and gives focus back on Escape', async () => {
    const { page } = w;
    const opener = page.getByRole('button', { name: 'Présenter en diaporama' });
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('dialog#slideshow');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    expect((await focused(page)).id).toBe('slide-title');
    expect(await dialog.locator('.slide-bar p').textContent()).toContain('Affiche 1 sur 2');
    expect(await dialog.locator('#slide-title').textContent()).toContain('Maroc');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => dialog.locator('#slide-title').textContent()).toContain('Sénégal');
    expect(await dialog.locator('.slide-bar p').textContent()).toContain('Affiche 2 sur 2');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => dialog.locator('#slide-title').textContent()).toContain('Maroc');
    await checkAxe(page, '/gallery slideshow (fr)');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    expect((await focused(page)).text).toBe('Présenter en diaporama');
  });

  it('prints each poster on an A3 page', async () => {
    const { page } = w;
    await page.emulateMedia({ media: 'print' });
    expect(
      await page
        .locator('.posters .poster')
        .first()
        .evaluate((el) => getComputedStyle(el).page),
    ).toBe('poster');
    expect(await page.locator('.gallery-table').isVisible()).toBe(false);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const boxes = [
      ...pdf.toString('latin1').matchAll(/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g),
    ];
    // One page a poster, no blank page after the last.
    expect(boxes.length).toBe(2);
    // A3 is 297 × 420 mm: 841.89 × 1190.55 points.
    for (const [, width, height] of boxes) {
      expect(Math.round(Number(width))).toBe(842);
      expect(Math.round(Number(height))).toBe(1191);
    }
    await page.emulateMedia({ media: 'screen' });
  });
});

// Twelve axe runs on heavy pages: generous, as a busy machine slows them down a lot.
describe('in both languages, at 1280 and 320 px', { timeout: 180_000 }, () => {
  for (const lang of ['en', 'fr'] as const) {
    it(`passes axe and fits a narrow screen on the team and gallery pages (${lang})`, async () => {
      const { page } = w;
      // The language buttons are in the header (behind the menu on a narrow screen).
      await page.setViewportSize({ width: 1280, height: 800 });
      await goto(page, 'team');
      if ((await page.evaluate(() => document.documentElement.lang)) !== lang) {
        await (lang === 'en' ? toEnglish(page) : toFrench(page));
      }
      for (const width of [1280, 320]) {
        await page.setViewportSize({ width, height: 800 });
        for (const path of [teamUrl, 'team', 'gallery']) {
          await goto(page, path);
          expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
          await checkAxe(page, `${path} (${lang}, ${width} px)`);
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(overflow, `sideways overflow on ${path} at ${width} px`).toBeLessThanOrEqual(0);
        }
      }
      await page.setViewportSize({ width: 1280, height: 900 });
      expect(w.outside).toEqual([]);
      expect(w.errors).toEqual([]);
    });
  }
});
