/**
 * Hostile or heavy input stays bounded: a share link that inflates to 20 MB is refused, and a
 * facilitator's import of hundreds of participants' files runs in a worker behind a labelled
 * progress bar, keeps the page answering, can be cancelled without a trace, and, finished,
 * shows exactly the participants imported.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sixPillarsV1 } from '@dtc/framework/v1';
import { exportFile, file, makeResponse, questions } from './fixtures.js';
import { axe, describeViolations, goto, launch, open, stored } from './helpers.js';

let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await launch();
  dir = mkdtempSync(join(tmpdir(), 'dtc-imports-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

const WORKSHOP_KEY = 'dtc-demo:workshop';
const COUNT = 300;

/** Participant `i`'s export file; `comment` goes on every answer (a heavier file). */
function participant(i: number, comment = '') {
  const response = Object.assign(
    makeResponse({
      label: `Participant ${i}`,
      role: i % 2 ? 'partner' : 'ministry-education',
      level: (p, q) => 1 + ((i + p + q) % 4),
    }),
    { id: `participant-${i}` },
  );
  if (comment)
    for (const answer of Object.values(response.answers)) Object.assign(answer, { comment });
  return exportFile(`p${i}`, response);
}

/** Participants' files written to disk (large sets go to the browser by path). */
function writeFiles(prefix: string, count: number, comment = ''): string[] {
  return Array.from({ length: count }, (_, i) => {
    const path = join(dir, `${prefix}-${i + 1}.dtc.json`);
    writeFileSync(path, JSON.stringify(participant(i + 1, comment)));
    return path;
  });
}

interface Recorded {
  states: { value: number; max: number; label: string }[];
  clicks: { id: string; importing: boolean }[];
  longest: number;
}

/**
 * Records on the page, as it happens: each state of the progress bar (value, max, its
 * label), each click with whether an import was under way, and the longest task.
 */
async function record(page: Page): Promise<void> {
  await page.evaluate(() => {
    const log: Recorded = { states: [], clicks: [], longest: 0 };
    (window as unknown as { __imports: Recorded }).__imports = log;
    const bar = () => document.querySelector<HTMLProgressElement>('#workshop-import-progress');
    new MutationObserver(() => {
      const b = bar();
      if (!b) return;
      const label = document.querySelector(`label[for="${b.id}"]`)?.textContent?.trim() ?? '';
      const last = log.states.at(-1);
      if (last?.value !== b.value || last.label !== label) {
        log.states.push({ value: b.value, max: b.max, label });
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
    document.addEventListener(
      'click',
      (e) => log.clicks.push({ id: (e.target as Element).id, importing: !!bar() }),
      true,
    );
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) log.longest = Math.max(log.longest, entry.duration);
    }).observe({ type: 'longtask' });
  });
}

const recorded = (page: Page) =>
  page.evaluate(() => (window as unknown as { __imports: Recorded }).__imports);

const rows = (page: Page) => page.locator('#participants-table tbody tr').count();

describe('a share link', () => {
  it('that inflates past the cap is refused, with the cap named', async () => {
    const { page } = await open(browser);
    const json = `{"label":"${'a'.repeat(20 * 1024 * 1024)}"}`;
    const code = `1.${deflateRawSync(Buffer.from(json)).toString('base64url')}`;
    expect(code.length).toBeLessThan(30_000);
    await goto(page, `share#${code}`);
    await expect
      .poll(async () => (await page.locator('main [role="alert"]').textContent())?.trim())
      .toBe(
        'This link carries more than 5 MB of answers, more than any assessment holds, so it was not opened.',
      );
  });
});

describe('importing many participants’ files', () => {
  it('shows its progress, keeps the page answering, and cancels without a trace', async () => {
    const { context, page } = await open(browser);
    // The worker's last message ("all read") is held back while the test says so: the import
    // is then under way for as long as the test needs, however fast the machine reads.
    await context.addInitScript(() => {
      const gate = { hold: false, held: [] as (() => void)[] };
      (window as unknown as { __importGate: typeof gate }).__importGate = gate;
      const Real = window.Worker;
      window.Worker = class extends Real {
        override set onmessage(handler: ((event: MessageEvent) => void) | null) {
          super.onmessage = (event: MessageEvent) => {
            const done = (event.data as { type?: string } | null)?.type === 'done';
            if (gate.hold && done) gate.held.push(() => handler?.call(this, event));
            else handler?.call(this, event);
          };
        }
        override get onmessage(): ((event: MessageEvent) => void) | null {
          return super.onmessage;
        }
      };
    });
    await goto(page, 'workshop');
    // Three participants are in the workshop before.
    await page.setInputFiles(
      '#workshop-files',
      [1, 2, 3].map((i) => file(`before-${i}.dtc.json`, participant(1000 + i))),
    );
    await page.locator('#add-outcome').getByText('3 participants added.').waitFor();
    const before = (await stored(page))[WORKSHOP_KEY];
    expect((before as { participants: unknown[] }).participants).toHaveLength(3);

    await page.evaluate(() => {
      (window as unknown as { __importGate: { hold: boolean } }).__importGate.hold = true;
    });
    await record(page);
    await page.setInputFiles('#workshop-files', writeFiles('cancelled', COUNT));
    // The bar, named by its label, counts every file read.
    await page.getByRole('progressbar', { name: `Files read: ${COUNT} of ${COUNT}` }).waitFor();
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    // Another control answers while the import is under way.
    await page.click('#workshop-codes');
    await page.keyboard.type('typed while importing');
    expect(await page.inputValue('#workshop-codes')).toBe('typed while importing');
    await page.getByRole('button', { name: 'Cancel import' }).click();
    await page.locator('#workshop-import-notice').waitFor();
    expect((await page.locator('#workshop-import-notice').textContent())?.trim()).toBe(
      'Import cancelled: nothing was added, and what was stored before is unchanged.',
    );
    expect(await page.getByRole('progressbar').count()).toBe(0);
    // A last word from the worker, had it come after Cancel, changes nothing.
    await page.evaluate(() => {
      const gate = (window as unknown as { __importGate: { hold: boolean; held: (() => void)[] } })
        .__importGate;
      gate.hold = false;
      for (const deliver of gate.held.splice(0)) deliver();
    });

    const log = await recorded(page);
    expect(log.clicks.find((c) => c.id === 'workshop-codes')?.importing).toBe(true);
    expect(log.clicks.find((c) => c.id === 'workshop-import-cancel')?.importing).toBe(true);
    expect(log.states[0]).toEqual({ value: 0, max: COUNT, label: `Files read: 0 of ${COUNT}` });
    expect(log.states.at(-1)).toEqual({
      value: COUNT,
      max: COUNT,
      label: `Files read: ${COUNT} of ${COUNT}`,
    });
    // Nothing of the cancelled import was kept; what was there stays.
    expect((await stored(page))[WORKSHOP_KEY]).toEqual(before);
    expect(await rows(page)).toBe(3);
    // The picker is back, and the notice holds focus.
    expect(await page.locator('#workshop-files').isDisabled()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('workshop-import-notice');
    console.log(`cancelled import: longest main-thread task ${Math.round(log.longest)} ms`);
  });

  it('finished, shows exactly the participants imported, and names a file too large', async () => {
    const { page } = await open(browser);
    await goto(page, 'workshop');
    const small = writeFiles('small', COUNT);
    const huge = join(dir, 'huge.dtc.json');
    writeFileSync(huge, Buffer.alloc(5 * 1024 * 1024 + 1, 0x20));
    await record(page);
    await page.setInputFiles('#workshop-files', [...small, huge]);
    await page.locator('#add-outcome').getByText(`${COUNT} participants added.`).waitFor({
      timeout: 120_000,
    });
    const log = await recorded(page);
    // The bar counted the files up, with its label saying the same.
    expect(log.states.length).toBeGreaterThan(1);
    for (const s of log.states) {
      expect(s.max).toBe(COUNT + 1);
      expect(s.label).toBe(`Files read: ${s.value} of ${COUNT + 1}`);
    }
    const values = log.states.map((s) => s.value);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(await page.locator('#workshop-import-progress').count()).toBe(0);

    const alert = page.locator('#add-outcome [role="alert"]');
    expect(await alert.count()).toBe(1);
    expect(await alert.locator('h2').textContent()).toBe(
      'This file could not be imported: huge.dtc.json',
    );
    expect((await alert.locator('p').textContent())?.trim()).toBe(
      'The file is too large to be an assessment file (more than 5 MB).',
    );

    const expected = Array.from({ length: COUNT }, (_, i) => `Participant ${i + 1}`);
    const saved = (await stored(page))[WORKSHOP_KEY] as {
      participants: { label: string; response: { answers: object } }[];
    };
    expect(saved.participants.map((p) => p.label)).toEqual(expected);
    expect(
      saved.participants.every((p) => Object.keys(p.response.answers).length === questions.length),
    ).toBe(true);
    expect(await rows(page)).toBe(COUNT);
    expect(await page.locator('#participants-table tbody th').allTextContents()).toEqual(expected);
    console.log(
      `finished import of ${COUNT} files: longest main-thread task ${Math.round(log.longest)} ms`,
    );
  });

  it(`refuses more files than the limit at once, saying how many`, async () => {
    const { page } = await open(browser);
    await goto(page, 'workshop');
    await page.setInputFiles(
      '#workshop-files',
      Array.from({ length: 501 }, (_, i) => file(`f-${i}.dtc.json`, '{}')),
    );
    const notice = page.locator('#workshop-import-notice');
    await notice.waitFor();
    expect((await notice.textContent())?.trim()).toBe(
      '501 files were chosen, but at most 500 can be imported at once. Nothing was imported: import them in smaller groups.',
    );
    expect((await stored(page))[WORKSHOP_KEY]).toBeUndefined();
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('refuses more pasted share codes than the limit at once, keeping them in the box', async () => {
    const { page } = await open(browser);
    await goto(page, 'workshop');
    const codes = Array.from({ length: 501 }, () => '1.AAAA').join('\n');
    await page.fill('#workshop-codes', codes);
    await page.locator('#workshop-codes').press('Tab');
    await page.locator('form button[type="submit"]').click();
    await expect
      .poll(async () =>
        (await page.locator('#add-outcome li').allTextContents()).map((t) => t.trim()),
      )
      .toEqual([
        '501 codes were pasted, but at most 500 can be added at once. Nothing was added: add them in smaller groups.',
      ]);
    expect(await page.inputValue('#workshop-codes')).toBe(codes);
    expect((await stored(page))[WORKSHOP_KEY]).toBeUndefined();
  });

  it('reads the files on the page when the worker cannot be loaded', async () => {
    const { context, page } = await open(browser);
    let refused = 0;
    await context.route('**/import.worker-*.js', (route) => {
      refused += 1;
      return route.abort('failed');
    });
    await goto(page, 'history');
    await page.setInputFiles('#import-file', file('one.dtc.json', participant(7)));
    const outcome = page.locator('#import-outcome [role="status"]');
    await outcome.waitFor();
    expect((await outcome.textContent())?.trim()).toBe('One assessment imported.');
    expect(refused).toBe(1);
  });

  it('reads a file made with the earlier framework in the worker, and carries it', async () => {
    // No service worker: its precache of the whole site would fetch the same chunks too.
    const { page, requests } = await open(browser, { serviceWorkers: 'block' });
    await goto(page, 'history');
    const first = sixPillarsV1.pillars[0]!.components[0]!.questions[0]!;
    const v1 = {
      format: 'dtc.response',
      version: 1,
      label: 'Made with 1.0.0',
      framework: { id: sixPillarsV1.id, version: sixPillarsV1.version },
      respondent: { role: 'school' },
      answers: { [first.id]: { value: 2, answeredAt: '2025-03-25T09:00:00.000Z' } },
      history: [],
    };
    await page.setInputFiles('#import-file', file('earlier.dtc.json', v1));
    const outcome = page.locator('#import-outcome [role="status"]');
    await outcome.waitFor();
    const text = (await outcome.textContent())!.replace(/\s+/g, ' ').trim();
    expect(text).toMatch(
      /^One assessment imported\. One of them was made with version 1\.0\.0 of the framework and carried to version 2\.0\.0:/,
    );
    // The worker read it, and loaded the earlier version itself.
    const names = requests.map((r) => r.split('/').pop()!);
    expect(names.filter((n) => /^import\.worker-.*\.js$/.test(n))).toHaveLength(1);
    expect(names.filter((n) => /^(v1|migrations)-.*\.js$/.test(n))).toHaveLength(2);
  });
});
