/**
 * A workshop in a room, end to end: a room server (`@dtc/rooms`) serving the built demo on
 * one address, a facilitator and three participants in their own browser profiles. Answers
 * reach the facilitator's group view within 2 s; two members of one team write their plan at
 * once and both edits stay; a participant whose network is cut (a TCP proxy between their
 * browser and the server, closed and opened again) answers ten questions and loses none; the
 * server restarts mid-workshop and nothing is lost; the shared group view and plans reach
 * participants; the export is read back by the demo's import; deleting the room leaves no row
 * in the database. axe checks every state of the room pages. The room pages' words (a group
 * of messages of their own, loaded with those pages) show in each of the six languages and
 * follow a switch of language made on the page.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILT_IN_LOCALES, LOCALE_INFO, type BuiltInLocale } from '@dtc/i18n';
import { startRoomServer, type RoomServer } from '@dtc/rooms';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../scripts/serve.mjs';
import { parseImport } from '../src/exchange.js';
import { ar } from '../src/i18n/room/ar.js';
import { en } from '../src/i18n/room/en.js';
import { es } from '../src/i18n/room/es.js';
import { fr } from '../src/i18n/room/fr.js';
import { ru } from '../src/i18n/room/ru.js';
import { zhHans } from '../src/i18n/room/zh-Hans.js';
import { framework } from './fixtures.js';
import { axe, describeViolations, launch, open, url, type Watched } from './helpers.js';

let browser: Browser;
let server: RoomServer;
let port = 0;
const dir = mkdtempSync(join(tmpdir(), 'dtc-rooms-e2e-'));
const database = join(dir, 'rooms.sqlite');

/** What the server logged (refusals above all), for a failing test to show. */
const events: unknown[] = [];
const start = (): Promise<RoomServer> =>
  startRoomServer({ staticDir: DIST, port, database, log: (e) => events.push(e) });

/**
 * A TCP proxy on a port of its own, to the room server: a participant's browser reaches the
 * room through it, and `cut()` closes every connection and refuses new ones (the venue's
 * network gone), `restore()` listens again on the same port.
 */
class Proxy {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  port = 0;

  async listen(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = connect(port, '127.0.0.1');
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
  }

  async cut(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server!.close(() => resolve()));
    for (const s of this.sockets) s.destroy();
    await closed;
  }

  restore(): Promise<void> {
    return this.listen();
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }
}

const proxy = new Proxy();

/** What Chromium logs when a socket cannot connect (the network cut, the server restarting). */
const NETWORK_CUT =
  /WebSocket connection to 'ws:\/\/127\.0\.0\.1:\d+\/rooms' failed|net::ERR_CONNECTION_(REFUSED|RESET|CLOSED)/;

beforeAll(async () => {
  server = await start();
  port = server.port;
  await proxy.listen();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await proxy.cut().catch(() => undefined);
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A fresh profile on the room server's address (or the proxy's), service worker left out. */
const profile = (): Promise<Watched> => open(browser, { serviceWorkers: 'block' });

async function expectNoAxe(page: Page, state: string): Promise<void> {
  const violations = await axe(page);
  expect(violations, `${state}:\n${describeViolations(violations)}`).toEqual([]);
}

/** The room pages' words (loaded with those pages only), in each language. */
const WORDS: Record<BuiltInLocale, Record<keyof typeof en, string>> = {
  ar,
  'zh-Hans': zhHans,
  en,
  fr,
  ru,
  es,
};

/** Chooses a language with the switcher (each button named in its own language). */
async function choose(page: Page, lang: BuiltInLocale): Promise<void> {
  await page.getByRole('button', { name: LOCALE_INFO[lang].name, exact: true }).click();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

/** The trimmed text of the first element `selector` finds. */
const textOf = (page: Page, selector: string): Promise<string> =>
  page
    .locator(selector)
    .first()
    .textContent()
    .then((t) => (t ?? '').trim());

/** A message key shown instead of its words (`room.open.submit`): words that did not load. */
const KEY = /\b(room|join)\.[a-z][\w.-]*/;

/** The room page's status line. */
const statusOf = (page: Page): Promise<string> =>
  page
    .locator('.room-status')
    .textContent()
    .then((t) => (t ?? '').trim());

/** Answers `count` open questions of the questionnaire (the second card each), going on to the next step when a step is done. */
async function answer(page: Page, count: number): Promise<void> {
  let done = 0;
  for (let step = 0; step < 40 && done < count; step++) {
    const questions = page.locator('dtc-assessment dtc-rubric-question');
    await questions.first().waitFor();
    const n = await questions.count();
    for (let i = 0; i < n && done < count; i++) {
      const question = questions.nth(i);
      if ((await question.locator('[role="radio"][aria-checked="true"]').count()) > 0) continue;
      const cards = question.locator('[role="radio"]');
      await cards.nth((await cards.count()) > 2 ? 1 : 0).click();
      done++;
    }
    if (done < count) await page.locator('dtc-assessment button.primary').click();
  }
  expect(done).toBe(count);
}

/** The answers of a participant as their own questionnaire holds them. */
const ownAnswers = (page: Page): Promise<Record<string, unknown>> =>
  page.evaluate(
    () =>
      (document.querySelector('dtc-assessment') as unknown as { response?: { answers: object } })
        .response?.answers ?? {},
  ) as Promise<Record<string, unknown>>;

/** The answers of `name` as the facilitator's group view receives them. */
const groupAnswers = (page: Page, name: string): Promise<Record<string, unknown> | null> =>
  page.evaluate((who) => {
    const view = document.querySelector('#room-group') as unknown as {
      participants: { label: string; response: { answers: Record<string, unknown> } }[];
    };
    return view.participants.find((p) => p.label === who)?.response.answers ?? null;
  }, name);

/** The team plan as the participant's plan editor holds it. */
const planOf = (page: Page) =>
  page.evaluate(
    () =>
      (
        document.querySelector('#room-plan') as unknown as {
          plan: { actions: { id: string; title: string; lead?: string }[] };
        }
      ).plan,
  );

let facilitator: Watched;
let code = '';
let room = '';
const people: Record<'awa' | 'moussa' | 'salma', Watched> = {} as never;

describe('a workshop room', () => {
  it('says plainly where no room server serves the site, and the site works as before', async () => {
    const w = await open(browser, { serviceWorkers: 'block' });
    for (const path of ['room', 'join']) {
      await w.page.goto(url(path));
      await w.page.locator('#room-no-server').waitFor();
      expect(await w.page.locator('#room-no-server').textContent()).toContain('npm run rooms');
      await expectNoAxe(w.page, `${path} without a server`);
    }
    // The workshop page offers rooms and works as today.
    await w.page.goto(url('workshop'));
    await w.page.getByRole('link', { name: 'Open a room (facilitator)' }).waitFor();
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('opens a room: code, QR code of the join link, and the private admin link', async () => {
    facilitator = await profile();
    const { page } = facilitator;
    await page.goto(`${server.url}/room`);
    await page.locator('#room-title').waitFor();
    await expectNoAxe(page, 'the form to open a room');
    // Neither a title nor a team: both said, focus on the first.
    await page.getByRole('button', { name: 'Open the room' }).click();
    await page.locator('#room-title-error').waitFor();
    expect(await page.locator('#room-teams-error').count()).toBe(1);
    await expectNoAxe(page, 'the form with its errors');
    await page.fill('#room-title', 'Dakar workshop');
    await page.fill('#room-teams', 'Senegal\nMorocco');
    await page.getByRole('button', { name: 'Open the room' }).click();
    await page.locator('#room-code').waitFor();
    code = (await page.locator('#room-code').textContent())!.trim();
    expect(code).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/);
    expect(await page.locator('#room-join-link').textContent()).toBe(
      `${server.url}/join#code=${code}`,
    );
    const qr = page.locator('.room-qr svg');
    expect(await qr.getAttribute('role')).toBe('img');
    expect(await page.locator('#room-qr-caption').textContent()).toContain(code);
    const admin = await page.locator('#room-admin-link').inputValue();
    expect(admin).toMatch(new RegExp(`^${server.url}/room#token=f\\.`));
    expect(admin).not.toContain('?');
    room = (await page.evaluate(() => JSON.parse(localStorage.getItem('dtc-demo:room:open')!)))
      .room;
    await expect.poll(() => statusOf(page)).toBe('Online: everything is saved in the room.');
    await expectNoAxe(page, 'the facilitator’s room');
  });

  it('shows the room pages in every language, and switches their words with the language', async () => {
    const w = await profile();
    const { page } = w;
    await page.goto(`${server.url}/room`);
    await page.locator('#room-title').waitFor();
    const others = BUILT_IN_LOCALES.filter((l) => l !== 'en');
    // Switched on the page: its words follow at once.
    for (const lang of [...others, 'en'] as const) {
      await choose(page, lang);
      const words = WORDS[lang];
      expect(await textOf(page, '#open-title'), lang).toBe(words['room.open.title']);
      expect(await textOf(page, 'label[for="room-title"]'), lang).toBe(words['room.open.name']);
      expect(await textOf(page, 'main button[type="submit"]'), lang).toBe(
        words['room.open.submit'],
      );
      expect(await page.locator('main').innerText(), lang).not.toMatch(KEY);
    }
    // Opened in a language chosen before: the words come in it from the start.
    for (const lang of [...others, 'en'] as const) {
      await choose(page, lang);
      await page.goto(`${server.url}/join`);
      await page.locator('#join-code').waitFor();
      const words = WORDS[lang];
      expect(await textOf(page, 'label[for="join-code"]'), lang).toBe(words['join.code']);
      expect(await textOf(page, 'main button[type="submit"]'), lang).toBe(words['join.find']);
      expect(await page.locator('main').innerText(), lang).not.toMatch(KEY);
      if (lang === 'ar') await expectNoAxe(page, 'the join page in Arabic');
    }
    // The facilitator's room, live: the status line too.
    const live = facilitator.page;
    await choose(live, 'fr');
    await expect.poll(() => statusOf(live)).toBe(fr['room.status.online']);
    expect(await live.locator('main').innerText()).not.toMatch(KEY);
    await choose(live, 'en');
    await expect.poll(() => statusOf(live)).toBe(en['room.status.online']);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('lets three participants join with the code, one of them through a proxy', async () => {
    const joinAs = async (name: string, team: string, base: string): Promise<Watched> => {
      const w = await profile();
      const { page } = w;
      await page.goto(`${base}/join#code=${code}`);
      await page.locator('#join-name').waitFor();
      expect(await page.locator('#join-room-title').textContent()).toBe('Dakar workshop');
      await page.fill('#join-name', name);
      await page.getByRole('radio', { name: team }).check();
      await page.selectOption('#join-role', 'ministry-education');
      await page.getByRole('button', { name: 'Join the room' }).click();
      await page.locator('dtc-assessment dtc-rubric-question').first().waitFor();
      await expect.poll(() => statusOf(page)).toBe('Online: everything is saved in the room.');
      return w;
    };
    // The form before joining, checked once: a code typed by hand.
    const first = await profile();
    await first.page.goto(`${server.url}/join`);
    await first.page.locator('#join-code').waitFor();
    await expectNoAxe(first.page, 'the join page');
    await first.page.fill('#join-code', 'ZZZZZ-ZZZZZ');
    await first.page.getByRole('button', { name: 'Find the room' }).click();
    await first.page.locator('#join-error').getByText('No room has this code.').waitFor();
    await first.page.fill('#join-code', code.toLowerCase());
    await first.page.getByRole('button', { name: 'Find the room' }).click();
    await first.page.locator('#join-name').waitFor();
    await expectNoAxe(first.page, 'the join form');
    await first.context.close();

    people.awa = await joinAs('Awa', 'Senegal', server.url);
    people.moussa = await joinAs('Moussa', 'Senegal', server.url);
    people.salma = await joinAs('Salma', 'Morocco', proxy.url);
    await expectNoAxe(people.awa.page, 'a participant’s room');
    await expect.poll(() => facilitator.page.locator('#room-roster tbody tr').count()).toBe(3);
    // A reload goes back into the room.
    await people.moussa.page.reload();
    await people.moussa.page.locator('dtc-assessment dtc-rubric-question').first().waitFor();
    expect(await people.moussa.page.locator('h1').textContent()).toContain('Dakar workshop');
  });

  it('brings an answer to the facilitator’s group view within 2 s', async () => {
    const { page } = people.awa;
    const question = page.locator('dtc-assessment dtc-rubric-question').first();
    const started = Date.now();
    await question.locator('[role="radio"]').nth(2).click();
    await expect
      .poll(async () => Object.keys((await groupAnswers(facilitator.page, 'Awa')) ?? {}).length, {
        timeout: 2_000,
        interval: 50,
      })
      .toBe(1);
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(2_000);
    await answer(page, 4);
    await answer(people.moussa.page, 3);
    await expect
      .poll(async () => Object.keys((await groupAnswers(facilitator.page, 'Awa')) ?? {}).length)
      .toBe(5);
    expect(await groupAnswers(facilitator.page, 'Awa')).toEqual(await ownAnswers(page));
  });

  it('keeps both members’ edits to their team’s plan, made at once', async () => {
    const a = people.awa.page;
    const b = people.moussa.page;
    // Awa chooses a priority; Moussa sees it.
    await a.locator('dtc-priorities input[type="checkbox"]').first().check();
    await expect
      .poll(() => b.locator('#room-plan [part~="add"]').count(), { timeout: 5_000 })
      .toBeGreaterThan(0);
    // At once: each adds an action and types its title.
    const add = async (page: Page, title: string): Promise<void> => {
      await page.locator('#room-plan [part~="add"]').first().click();
      // The editor moves focus to the new action's title: typed there, whatever arrives meanwhile.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.id))
        .toMatch(/^a\d+-title$/);
      await page.keyboard.type(title, { delay: 20 });
      // Its outcome, in the same row: the first the framework offers.
      await page.evaluate(() => {
        const title = document.activeElement!.shadowRoot!.activeElement!;
        const select = title
          .closest('li')!
          .querySelector<HTMLSelectElement>('select[id$="-outcome"]')!;
        select.value = select.options[1]!.value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
    };
    await Promise.all([add(a, 'Survey every school'), add(b, 'Train teachers')]);
    const titles = async (page: Page) => (await planOf(page)).actions.map((x) => x.title).sort();
    for (const page of [a, b])
      await expect
        .poll(() => titles(page), { timeout: 5_000 })
        .toEqual(['Survey every school', 'Train teachers']);
    // At once, one action: Awa changes its title, Moussa types its lead.
    const indexOf = async (page: Page) =>
      (await planOf(page)).actions.findIndex((x) => x.title === 'Survey every school');
    const [ia, ib] = await Promise.all([indexOf(a), indexOf(b)]);
    await Promise.all([
      a
        .locator(`#room-plan #a${ia}-title`)
        .pressSequentially(' in the north', { delay: 25 })
        .then(() => undefined),
      b.locator(`#room-plan #a${ib}-lead`).pressSequentially('Planning directorate', { delay: 25 }),
    ]);
    const survey = async (page: Page) =>
      (await planOf(page)).actions.find((x) => x.title.startsWith('Survey'));
    for (const page of [a, b])
      await expect
        .poll(() => survey(page), { timeout: 5_000 })
        .toMatchObject({ title: 'Survey every school in the north', lead: 'Planning directorate' });
    // What Moussa typed is in his field, whole.
    expect(await b.locator(`#room-plan #a${ib}-lead`).inputValue()).toBe('Planning directorate');
    // The facilitator reads the team's plan.
    await facilitator.page
      .locator('#plan-t1-title')
      .locator('..')
      .getByText('Survey every school in the north')
      .waitFor();
  });

  it('keeps ten answers made offline and sends them when the network returns', async () => {
    const { page } = people.salma;
    await proxy.cut();
    await expect
      .poll(() => statusOf(page), { timeout: 10_000 })
      .toMatch(/^Offline: your answers are kept on this device/);
    await answer(page, 10);
    expect(Object.keys(await ownAnswers(page))).toHaveLength(10);
    expect(await statusOf(page)).toMatch(/^Offline: \d+ changes? (is|are) waiting on this device/);
    expect(await groupAnswers(facilitator.page, 'Salma')).toEqual({});
    // A reload while offline is not possible here (the page comes through the proxy); the
    // answers are in this device's copy all the same, and go when the network returns.
    await proxy.restore();
    await expect
      .poll(() => statusOf(page), { timeout: 15_000 })
      .toBe('Online: everything is saved in the room.');
    await expect
      .poll(async () => Object.keys((await groupAnswers(facilitator.page, 'Salma')) ?? {}).length, {
        timeout: 10_000,
      })
      .toBe(10);
    expect(await groupAnswers(facilitator.page, 'Salma')).toEqual(await ownAnswers(page));
  });

  it('loses nothing when the server restarts mid-workshop', async () => {
    await server.close();
    for (const w of [facilitator, people.awa])
      await expect.poll(() => statusOf(w.page), { timeout: 10_000 }).toMatch(/^Offline/);
    // Awa goes on answering while the server is down.
    await answer(people.awa.page, 2);
    server = await start();
    expect(server.port).toBe(port);
    for (const w of [facilitator, people.awa, people.moussa, people.salma])
      await expect
        .poll(() => statusOf(w.page), { timeout: 20_000 })
        .toBe('Online: everything is saved in the room.')
        .catch(async (e: Error) => {
          const diag = {
            events: events.slice(-3),
            url: w.page.url(),
            refusal: await w.page.locator('.room-status').getAttribute('data-refusal'),
            connection: await w.page.locator('.room-status').getAttribute('data-connection'),
          };
          throw new Error(`${e.message} ${JSON.stringify(diag)}`);
        });
    const awa = await ownAnswers(people.awa.page);
    expect(Object.keys(awa)).toHaveLength(7);
    await expect
      .poll(() => groupAnswers(facilitator.page, 'Awa'), { timeout: 10_000 })
      .toEqual(awa);
    expect(Object.keys((await groupAnswers(facilitator.page, 'Salma')) ?? {})).toHaveLength(10);
    expect(Object.keys((await groupAnswers(facilitator.page, 'Moussa')) ?? {})).toHaveLength(3);
    // A reload of the facilitator's page finds everything in the room.
    await facilitator.page.reload();
    await expect.poll(() => facilitator.page.locator('#room-roster tbody tr').count()).toBe(3);
    await expect
      .poll(() => groupAnswers(facilitator.page, 'Awa'), { timeout: 10_000 })
      .toEqual(awa);
    await facilitator.page
      .locator('#plan-t1-title')
      .locator('..')
      .getByText('Planning directorate')
      .count();
  });

  it('shares the group view and the plans with participants (the gallery walk)', async () => {
    const f = facilitator.page;
    const s = people.salma.page;
    expect(await s.locator('#shared-group').count()).toBe(0);
    await f.locator('#room-share-group').click();
    expect(await f.locator('#room-share-group').getAttribute('aria-pressed')).toBe('true');
    await s.locator('#shared-group').waitFor({ timeout: 5_000 });
    await expect
      .poll(() =>
        s.locator('#shared-group').evaluate((el) => {
          const responses = (el as unknown as { responses: { respondent: { name?: string } }[] })
            .responses;
          return { count: responses.length, named: responses.some((r) => r.respondent.name) };
        }),
      )
      .toEqual({ count: 3, named: false });
    await f.locator('#room-share-plans').click();
    await s.locator('#shared-plans').getByText('Survey every school in the north').waitFor();
    await expectNoAxe(s, 'a participant’s room with what the facilitator shares');
    // What is shared follows the room: a new answer reaches the shared group view.
    const before = await s
      .locator('#shared-group')
      .evaluate((el) =>
        (el as unknown as { responses: { answers: object }[] }).responses.reduce(
          (n, r) => n + Object.keys(r.answers).length,
          0,
        ),
      );
    await answer(people.moussa.page, 1);
    await expect
      .poll(
        () =>
          s
            .locator('#shared-group')
            .evaluate((el) =>
              (el as unknown as { responses: { answers: object }[] }).responses.reduce(
                (n, r) => n + Object.keys(r.answers).length,
                0,
              ),
            ),
        { timeout: 5_000 },
      )
      .toBe(before + 1);
    await expectNoAxe(f, 'the facilitator’s room, sharing');
  });

  it('exports the room as one file that the demo’s import reads back', async () => {
    const f = facilitator.page;
    // Salma's feedback first, so that the file holds some.
    const s = people.salma.page;
    await s.getByRole('radio', { name: '4 – Very good' }).first().check();
    await s.fill('#room-feedback-comment', 'Clear questions');
    await s.getByRole('button', { name: 'Save feedback' }).click();
    await expect
      .poll(() => f.locator('#room-roster tbody tr', { hasText: 'Salma' }).textContent())
      .toContain('Given');
    const [download] = await Promise.all([
      f.waitForEvent('download'),
      f.getByRole('button', { name: 'Export the room' }).click(),
    ]);
    const path = await download.path();
    const text = readFileSync(path, 'utf8');
    const items = parseImport(text, framework);
    expect(items.map((i) => i.label).sort()).toEqual([
      'Awa (Senegal)',
      'Moussa (Senegal)',
      'Salma (Morocco)',
    ]);
    const awa = items.find((i) => i.label === 'Awa (Senegal)')!;
    expect(Object.keys(awa.response.answers)).toHaveLength(7);
    expect(awa.plan?.actions.map((a) => a.title).sort()).toEqual([
      'Survey every school in the north',
      'Train teachers',
    ]);
    const salma = items.find((i) => i.label === 'Salma (Morocco)')!;
    expect(salma.feedback).toMatchObject({ questions: 4, comment: 'Clear questions' });
    // The demo's own import (the workshop page) reads the file.
    const reader = await profile();
    await reader.page.goto(`${server.url}/workshop`);
    await reader.page.setInputFiles('#workshop-files', {
      name: download.suggestedFilename(),
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await reader.page.locator('#add-outcome').getByText('3 participants added.').waitFor();
    await reader.context.close();
  });

  it('closes the room: participants are told and can change nothing more', async () => {
    const f = facilitator.page;
    await f.getByRole('button', { name: 'Close the room' }).click();
    await f.locator('.alert-info', { hasText: 'The room is closed' }).first().waitFor();
    await expect
      .poll(() => statusOf(people.awa.page), { timeout: 10_000 })
      .toBe(
        'The facilitator closed this room: your changes are no longer sent. What you answered is kept in the room.',
      );
    await expectNoAxe(people.awa.page, 'a participant’s closed room');
    await expectNoAxe(f, 'the facilitator’s closed room');
  });

  it('deletes the room: nothing of it is left in the database, nor on the facilitator’s device', async () => {
    const f = facilitator.page;
    expect(server.database.rowsOfRoom(room)).toBeGreaterThan(0);
    await f.getByRole('button', { name: 'Delete the room' }).click();
    await f.locator('#room-delete-question').waitFor();
    await expectNoAxe(f, 'the question before deleting');
    await f.getByRole('button', { name: 'Delete the room for good' }).click();
    await f.locator('#room-notice').getByText('The room was deleted').waitFor();
    expect(server.database.rowsOfRoom(room)).toBe(0);
    const copies = await f.evaluate(async (id) => {
      const all = await indexedDB.databases();
      return all.filter((d) => d.name?.includes(`${id}/`)).map((d) => d.name);
    }, room);
    expect(copies).toEqual([]);
    expect(await f.evaluate(() => localStorage.getItem('dtc-demo:room:open'))).toBeNull();
    await expectNoAxe(f, 'the form after deleting');
    // The only errors in the consoles: the browser's own lines about sockets the network cut.
    for (const w of [facilitator, ...Object.values(people)])
      expect(w.errors.filter((e) => !NETWORK_CUT.test(e))).toEqual([]);
  });
});
