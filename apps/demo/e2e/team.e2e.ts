/**
 * A country team in the workshop: three members imported from their answers files, priorities
 * chosen together, one plan in French with a cost, funding and an indicator, a second laptop's
 * plan merged with a conflict a person decides, the plan exported; then the gallery walk:
 * the poster, the slideshow by keyboard, the A3 page in print, and the plans side by side.
 * Every page passes axe in both languages and fits 320 px.
 */
import { readFile } from 'node:fs/promises';
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

interface StoredTeam {
  id: string;
  name: string;
  country: string;
  members: string[];
  plan?: {
    country?: string;
    priorities: string[];
    actions: {
      id: string;
      title: string;
      cost?: { amount: number; currency: string };
      funding: unknown[];
      indicators: { name: string }[];
    }[];
    history: { change: string }[];
  };
}

async function team(page: Page): Promise<StoredTeam> {
  const all = await stored(page);
  const key = Object.keys(all).find((k) => k.startsWith('dtc-demo:team:'))!;
  return all[key] as StoredTeam;
}

const priorityA = framework.pillars[1]!.components[0]!.id;
const pillarA = framework.pillars[1]!.id;

/** The team's plan as the editor would send it: one action with cost, funding and an indicator. */
function writtenPlan() {
  return {
    format: 'dtc.action-plan',
    version: 2,
    framework: { id: framework.id, version: framework.version },
    country: 'SEN',
    currency: 'XOF',
    priorities: [] as string[],
    actions: [
      {
        id: 'connecter',
        priority: priorityA,
        pillar: pillarA,
        title: 'Connecter les écoles',
        horizon: 'short',
        owner: '',
        targetLevel: 3,
        outcome: framework.outcomes![0]!.id,
        status: 'planned',
        lead: 'Ministère de l’Éducation nationale',
        partners: [],
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
        milestones: [],
        dependsOn: [],
      },
    ],
    team: [],
    pillarPriorities: {},
    history: [],
  };
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

  it('chooses three priorities together and writes one plan with a cost, funding and an indicator', async () => {
    const { page } = w;
    const boxes = page.locator('dtc-priorities input[type="checkbox"]');
    await boxes.first().waitFor();
    for (let i = 0; i < 3; i++) await boxes.nth(i).check();
    await expect.poll(async () => (await team(page)).plan?.priorities.length).toBe(3);
    const priorities = (await team(page)).plan!.priorities;

    // The plan as the editor sends it (`dtc-plan-change`, its public event): the page stores it.
    await page.evaluate(
      ([plan, chosen]) => {
        const el = document.querySelector('dtc-action-plan')!;
        el.dispatchEvent(
          new CustomEvent('dtc-plan-change', {
            detail: { plan: { ...plan, priorities: chosen } },
            bubbles: true,
            composed: true,
          }),
        );
      },
      [writtenPlan(), priorities] as const,
    );
    await expect.poll(async () => (await team(page)).plan?.actions.length).toBe(1);
    await reload(page);
    const plan = (await team(page)).plan!;
    expect(plan.country).toBe('SEN');
    expect(plan.priorities).toEqual(priorities);
    expect(plan.actions[0]).toMatchObject({
      title: 'Connecter les écoles',
      cost: { amount: 1_200_000_000, currency: 'XOF' },
      indicators: [{ name: 'Écoles connectées' }],
    });
    expect(plan.actions[0]!.funding).toHaveLength(1);
    // The editor shows the stored plan after a reload.
    expect(
      await page.evaluate(
        () =>
          (document.querySelector('dtc-action-plan') as unknown as { plan: { actions: unknown[] } })
            .plan.actions.length,
      ),
    ).toBe(1);
  });

  it('refuses a plan of another country, clearly', async () => {
    const { page } = w;
    const other = { ...writtenPlan(), country: 'MAR' };
    await page.setInputFiles('#team-merge-file', file('maroc.json', other));
    await page.getByText('Ce plan ne peut pas être fusionné').waitFor();
    expect(await page.locator('#merge-outcome').textContent()).toContain('C’est un plan de Maroc');
    expect((await team(page)).plan!.actions).toHaveLength(1);
  });

  it('merges a second laptop’s plan: a visible conflict a person decides, nothing dropped', async () => {
    const { page } = w;
    const mine = (await team(page)).plan!;
    const second = writtenPlan();
    second.priorities = mine.priorities;
    second.actions[0]!.title = 'Connecter toutes les écoles';
    second.actions.push({
      ...second.actions[0]!,
      id: 'former',
      title: 'Former les enseignants',
      cost: { ...second.actions[0]!.cost, amount: 300_000_000 },
      funding: [],
      indicators: [{ ...second.actions[0]!.indicators[0]!, name: 'Enseignants formés' }],
    });
    await page.setInputFiles('#team-merge-file', file('portable-2.json', second));
    await page.getByText('Fusion : une nouvelle action, un conflit à trancher.').waitFor();
    const conflict = page.locator('.merge-conflict');
    expect(await conflict.count()).toBe(1);
    expect(await conflict.locator('legend').textContent()).toBe(
      'Action «\u00a0Connecter les écoles\u00a0»\u202f: titre',
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
