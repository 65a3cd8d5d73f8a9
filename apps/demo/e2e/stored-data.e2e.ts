/**
 * Stored data is never blank, never silently replaced: records in this browser that are
 * valid JSON of the wrong form, cut short, or written by a newer version of the site; a
 * storage that is full or disabled; two tabs answering the same assessment.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFile, file, framework, makeResponse, participants } from './fixtures.js';
import {
  axe,
  describeViolations,
  goto,
  launch,
  open,
  ready,
  stored,
  url,
  type Watched,
} from './helpers.js';

const AT = '2025-03-25T09:00:00.000Z';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const meta = (id: string, extra: Record<string, unknown> = {}) => ({
  format: 'dtc.demo-store',
  version: 2,
  id,
  createdAt: AT,
  updatedAt: AT,
  ...extra,
});

const good = makeResponse({ label: 'Dakar ministry', role: 'school', level: () => 2 });

/** A fresh browser whose storage holds `records` (and a readable assessment) before any page runs. */
async function seeded(records: Record<string, unknown>, withGood = true): Promise<Watched> {
  const w = await open(browser);
  const all = {
    ...(withGood
      ? { 'dtc-demo:response:good': good, 'dtc-demo:assessment:good': meta('good') }
      : {}),
    ...records,
  };
  const entries = Object.entries(all).map(
    ([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)] as const,
  );
  // Once per browser profile: a reload must find what the site made of it, not the seed again.
  await w.context.addInitScript((items) => {
    if (localStorage.getItem('e2e:seeded')) return;
    for (const [k, v] of items) localStorage.setItem(k, v);
    localStorage.setItem('e2e:seeded', '1');
  }, entries);
  return w;
}

const banner = (page: Page) => page.locator('main .storage-banner');
const bannerText = async (page: Page) =>
  ((await banner(page).textContent()) ?? '').replace(/\s+/g, ' ').trim();

describe('stored records of the wrong form', () => {
  const { answers: _a, ...noAnswers } = good;
  const { respondent: _r, ...noRespondent } = good;
  const { updatedAt: _u, ...noUpdated } = good;
  const { updatedAt: _m, ...metaNoUpdated } = meta('nodate');
  const participant = (id: string, label: string, response: unknown) => ({
    id,
    addedAt: AT,
    label,
    source: 'file',
    ...(response === undefined ? {} : { response }),
  });
  const [amina] = participants();

  const cases = [
    {
      name: 'response: {}',
      records: { 'dtc-demo:response:bad': {}, 'dtc-demo:assessment:bad': meta('bad') },
      line: 'The assessment “Untitled assessment”: the stored data is not in the form this site expects.',
    },
    {
      name: 'no answers',
      records: {
        'dtc-demo:response:bad': { ...noAnswers, label: 'No answers' },
        'dtc-demo:assessment:bad': meta('bad'),
      },
      line: 'The assessment “No answers”: the stored data is not in the form this site expects.',
    },
    {
      name: 'no respondent',
      records: {
        'dtc-demo:response:bad': { ...noRespondent, label: 'No respondent' },
        'dtc-demo:assessment:bad': meta('bad'),
      },
      line: 'The assessment “No respondent”: the stored data is not in the form this site expects.',
    },
    {
      name: 'no updatedAt',
      records: {
        'dtc-demo:response:nodate': { ...noUpdated, label: 'No date' },
        'dtc-demo:assessment:nodate': metaNoUpdated,
      },
      line: 'The assessment “No date”: the stored data is not in the form this site expects.',
    },
    {
      name: 'a participant without a response',
      records: {
        'dtc-demo:workshop': {
          participants: [
            participant('p1', 'Amina', amina),
            participant('p2', 'Bakary', undefined),
            participant('p3', 'Chen', {}),
          ],
        },
      },
      line: 'The workshop participant “Bakary”: the stored data is not in the form this site expects.',
    },
  ];

  it.each(cases)(
    '$name: every page shows, says what was set aside, and goes on with the rest',
    async ({ records, line, name }) => {
      const w = await seeded(records);
      const { page } = w;
      for (const path of [
        '',
        'history',
        'results',
        'assess',
        'plan',
        'report',
        'workshop',
        'team',
      ]) {
        await goto(page, path);
        expect(await page.locator('main h1').count(), path).toBe(1);
        const text = await bannerText(page);
        expect(text, path).toMatch(/stored records? could not be used here\. Nothing was deleted/);
        expect(text, path).toContain(line);
      }
      // The rest goes on: the readable assessment in History, the readable participant.
      await goto(page, 'history');
      const violations = await axe(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      await expect.poll(() => page.locator('main ul.grid > li').count()).toBe(1);
      expect(await page.locator('main ul.grid').textContent()).toContain('Dakar ministry');
      if (name.includes('participant')) {
        await goto(page, 'workshop');
        const list = (await page.locator('demo-workshop-participants').textContent()) ?? '';
        expect(list).toContain('Amina');
        expect(list).not.toContain('Bakary');
        expect(await bannerText(page)).toContain(
          'The workshop participant “Chen”: the stored data is not in the form this site expects.',
        );
      }
      // The data set aside downloads as it was stored.
      const download = page.waitForEvent('download');
      await banner(page).getByRole('button', { name: 'Download the data set aside' }).click();
      const file = JSON.parse(await readFile((await (await download).path())!, 'utf8')) as {
        records: Record<string, string>;
      };
      const kept = Object.values(file.records).map((raw) => JSON.parse(raw) as unknown);
      for (const [key, value] of Object.entries(records)) {
        if (key.includes(':response:') || key === 'dtc-demo:workshop') {
          expect(kept, key).toContainEqual(value);
        }
      }
      // Once read, the message can go; the data stays where it is.
      await banner(page).getByRole('button', { name: 'Hide this message' }).click();
      await expect.poll(() => banner(page).count()).toBe(0);
      await goto(page, 'history');
      expect(await banner(page).count()).toBe(0);
      const backups = await page.evaluate(() =>
        Object.keys(localStorage).filter((k) => k.includes(':backup:')),
      );
      expect(backups.length).toBeGreaterThan(0);
      expect(w.errors).toEqual([]);
      await w.context.close();
    },
  );

  it('a label of megabytes: History opens at once and says what was set aside', async () => {
    const w = await seeded({
      'dtc-demo:response:long': { ...good, label: 'x'.repeat(4_960_000) },
      'dtc-demo:assessment:long': meta('long'),
    });
    const { page } = w;
    const started = Date.now();
    await goto(page, 'history');
    const elapsed = Date.now() - started;
    expect(await bannerText(page)).toContain(
      'The assessment “Untitled assessment”: the stored data is not in the form this site expects.',
    );
    expect(await page.locator('main ul.grid > li').count()).toBe(1);
    expect(elapsed).toBeLessThan(5000);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });
});

describe('a truncated workshop', () => {
  it('is kept aside, the facilitator is told, and an import does not lose it', async () => {
    const full = JSON.stringify({
      participants: participants().map((response, i) => ({
        id: `p${i}`,
        addedAt: AT,
        label: response.label,
        source: 'file',
        response,
      })),
    });
    const truncated = full.slice(0, Math.floor(full.length * 0.6));
    const w = await seeded({ 'dtc-demo:workshop': truncated });
    const { page } = w;
    await goto(page, 'workshop');
    expect(await bannerText(page)).toContain(
      'The workshop’s list of participants: the stored data is cut short or damaged.',
    );
    const backupKey = () =>
      page.evaluate(() =>
        Object.keys(localStorage).find((k) => k.startsWith('dtc-demo:backup:workshop:')),
      );
    const key = await backupKey();
    expect(await page.evaluate((k) => localStorage.getItem(k!), key)).toBe(truncated);
    // The next import writes the workshop anew: the three participants stay in the backup.
    const newcomer = makeResponse({ label: 'Kenya – ICT', role: 'ministry-ict', level: () => 3 });
    await page.setInputFiles('#workshop-files', [
      file('kenya.dtc.json', exportFile('k1', newcomer)),
    ]);
    const workshop = () =>
      page.evaluate(() => JSON.parse(localStorage.getItem('dtc-demo:workshop') ?? 'null'));
    await expect.poll(workshop).toMatchObject({ participants: [{ label: 'Kenya – ICT' }] });
    expect(await page.evaluate((k) => localStorage.getItem(k!), key)).toBe(truncated);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });
});

describe('a record made by a newer version', () => {
  it('says so and opens it read-only: nothing of it is written', async () => {
    const record = meta('future', { version: 99, fromTheFuture: true });
    const response = { ...good, label: 'Future ministry', version: 2 };
    const w = await seeded(
      {
        'dtc-demo:assessment:future': record,
        'dtc-demo:response:future': response,
        'dtc-demo:prefs': { currentId: 'future' },
      },
      false,
    );
    const { page } = w;
    await goto(page, 'results');
    expect(await bannerText(page)).toContain(
      '“Future ministry” was made by a newer version of this site: it is open read-only, and changes to it are not saved.',
    );
    await goto(page, 'assess');
    expect(await page.locator('main').textContent()).toContain(
      'This assessment was made by a newer version of this site, so it cannot be changed here.',
    );
    expect(await page.locator('dtc-assessment').count()).toBe(0);
    await goto(page, 'history');
    const data = await stored(page);
    expect(data['dtc-demo:assessment:future']).toEqual(record);
    expect(data['dtc-demo:response:future']).toEqual(response);
    expect(Object.keys(data).filter((k) => k.includes('backup'))).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });
});

describe('storage full or disabled', () => {
  /** Every write to localStorage refused, as a full storage refuses it. */
  async function full(w: Watched) {
    await w.context.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
  }

  it('full: starts an assessment in memory, names the cause, and exports it', async () => {
    const w = await open(browser);
    await full(w);
    const { page } = w;
    await goto(page, 'assess');
    await page.locator('#d-label').fill('Kept in memory');
    await page.locator('#d-role').selectOption('school');
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    await page.waitForSelector('dtc-assessment');
    const text = await bannerText(page);
    expect(text).toContain('This browser’s storage for the site is full');
    expect(text).not.toContain('private');
    const download = page.waitForEvent('download');
    await banner(page).getByRole('button', { name: 'Export my assessments' }).click();
    const file = JSON.parse(await readFile((await (await download).path())!, 'utf8')) as {
      assessments: { label: string }[];
    };
    expect(file.assessments.map((a) => a.label)).toEqual(['Kept in memory']);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('disabled: starts an assessment in memory and says storage is unavailable', async () => {
    const w = await open(browser);
    await w.context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const { page } = w;
    await goto(page, 'assess');
    expect(await bannerText(page)).toContain('This browser does not let the site store data');
    await page.locator('#d-label').fill('Blocked');
    await page.locator('#d-role').selectOption('school');
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    await page.waitForSelector('dtc-assessment');
    expect(await page.locator('#current-title').textContent()).toBe('Blocked');
    expect(w.errors).toEqual([]);
    await w.context.close();
  });
});

describe('two tabs on one assessment', () => {
  it('keeps every answer given in either tab: 3 here and 4 there make 7', async () => {
    const empty = { ...good, label: 'Two tabs', answers: {} };
    const w = await seeded(
      {
        'dtc-demo:response:two': empty,
        'dtc-demo:assessment:two': meta('two'),
        'dtc-demo:prefs': { currentId: 'two' },
      },
      false,
    );
    const a = w.page;
    await a.goto(url('assess?section=connectivity-infrastructure'));
    await ready(a);
    const b = await w.context.newPage();
    const errorsB: string[] = [];
    b.on('pageerror', (e) => errorsB.push(e.message));
    await b.goto(url('assess?section=connectivity-infrastructure'));
    await ready(b);
    const answer = async (page: Page, index: number) => {
      const q = page.locator('dtc-assessment dtc-rubric-question').nth(index);
      await q.locator('[role="radio"]').nth(1).click();
    };
    // Alternating, as two people at one laptop each with a tab would: A, B, A, B…
    for (const [page, index] of [
      [a, 0],
      [b, 3],
      [a, 1],
      [b, 4],
      [a, 2],
      [b, 5],
    ] as const) {
      await answer(page, index);
    }
    // The seventh, in B, on the next step.
    await b.locator('dtc-assessment button.primary').click();
    await answer(b, 0);
    const count = (page: Page) =>
      page.evaluate(() => {
        const el = document.querySelector('dtc-assessment') as unknown as {
          response: { answers: object };
        };
        return Object.keys(el.response.answers).length;
      });
    await expect.poll(() => count(a)).toBe(7);
    await expect.poll(() => count(b)).toBe(7);
    const response = (await stored(a))['dtc-demo:response:two'] as { answers: object };
    expect(Object.keys(response.answers)).toHaveLength(7);
    const ids = framework.pillars[1]!.components;
    expect(Object.keys(response.answers).sort()).toEqual(
      [...ids[0]!.questions.map((q) => q.id), ids[1]!.questions[0]!.id].sort(),
    );
    expect(w.errors).toEqual([]);
    expect(errorsB).toEqual([]);
    await w.context.close();
  });
});
