/**
 * Hostile text in the built demo, under its own Content-Security-Policy. The corpus of
 * scripts/xss/corpus.ts goes into every text field of the framework's French texts
 * (served in place of the site's own file), of a response with its plan, feedback and
 * question feedback (imported on History), of three workshop participants (imported on the
 * Workshop page), of a country team (stored), and of a share link. Every page that shows
 * them is visited, and the files the pages make are downloaded: no payload runs (each calls
 * `window.__xss`), no element, handler or unsafe link appears, the text is shown as text,
 * no CSV cell starts a formula and the Markdown holds no link. A first pass with harmless
 * words finds which fields each page shows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sixPillarsBase } from '@dtc/framework/base';
import { loadFrameworkTexts } from '@dtc/framework/texts';
import {
  ActionPlan as PlanSchema,
  FrameworkTexts as TextsSchema,
  QuestionFeedback as FeedbackSchema,
  Response as ResponseSchema,
  parseActionPlan,
  parseFeedback,
  parseFrameworkTexts,
  parseResponse,
  type ActionPlan,
  type QuestionFeedback,
  type Response,
} from '@dtc/schema';
import {
  MARKER,
  PAYLOADS,
  Poisoner,
  auditPage,
  extraTags,
  formulaCells,
  schemaFields,
  shownFields,
  shownVerbatim,
  tracer,
  unescapedMarkup,
  type Audit,
  type Round,
} from '../../../scripts/xss/corpus.js';
import {
  PATTERNS,
  anything,
  xssPlan,
  xssQuestionFeedback,
  xssResponse,
  xssWorkshop,
  type WorkshopTexts,
} from '../../../scripts/xss/documents.js';
import { encodeShareCode, shareLink } from '../src/share.js';
import { exportFile, file } from './fixtures.js';
import { baseURL, goto, launch, open, stored, url, type Watched } from './helpers.js';

const framework = sixPillarsBase;
const AT = '2026-03-25T09:30:00.000Z';

/**
 * The French texts files of the built site (chunks of `export default {…}`), by their content:
 * the pages' own, and the import worker's copy.
 */
const ASSETS = new URL('../dist/assets/', import.meta.url);
const TEXTS_CHUNKS = readdirSync(ASSETS).filter(
  (name) =>
    /^fr-.*\.js$/.test(name) &&
    readFileSync(new URL(name, ASSETS), 'utf8').includes('format:`dtc.framework-texts`'),
);

interface Docs {
  texts: unknown;
  response: Response;
  plan: ActionPlan;
  feedback: QuestionFeedback;
  workshop: WorkshopTexts;
}
type Key = keyof Docs;
const KEYS: Key[] = ['texts', 'response', 'plan', 'feedback', 'workshop'];

/** The pages that show the documents (the share page is opened from its link). */
const PAGES = [
  '',
  'assess',
  'results',
  'plan',
  'report',
  'history',
  'feedback',
  'workshop',
  'team',
  'team?id=xss',
  'gallery',
  'learn',
] as const;

let browser: Browser;
const calls: number[] = [];

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The site's export file for a response with its plan and feedback. */
const exportOf = (id: string, label: string, d: Docs, comment: string) =>
  exportFile(
    id,
    { ...d.response, id, label },
    {
      plan: d.plan,
      feedback: { questions: 4, methods: 3, usefulness: 5, comment, updatedAt: AT },
      questionFeedback: { ...d.feedback, assessment: id },
    },
  );

/** Opens a fresh profile in French with the round's texts, and fills it through the site's UI. */
async function prepare(d: Docs): Promise<Watched> {
  const w = await open(browser, { locale: 'fr-FR', serviceWorkers: 'block' });
  await w.context.exposeBinding(MARKER, (_source, n: number) => {
    calls.push(n);
  });
  await w.context.addInitScript(() => {
    if (!localStorage.getItem('dtc-demo:prefs')) {
      localStorage.setItem('dtc-demo:prefs', JSON.stringify({ locale: 'fr' }));
    }
  });
  for (const chunk of TEXTS_CHUNKS)
    await w.context.route(`**/assets/${chunk}`, (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: `export default ${JSON.stringify(d.texts)};\n`,
      }),
    );
  const { page } = w;
  await goto(page, 'history');
  await page.setInputFiles(
    '#import-file',
    file('mine.dtc.json', exportOf('xss-own', d.response.label ?? '', d, d.workshop.feedback[0]!)),
  );
  await expect
    .poll(async () => Object.keys(await stored(page)).filter((k) => k.includes(':assessment:')))
    .toHaveLength(1);
  await goto(page, 'workshop');
  await page.setInputFiles(
    '#workshop-files',
    d.workshop.participants.map((label, i) =>
      file(`p${i}.dtc.json`, exportOf(`xss-p${i}`, label, d, d.workshop.feedback[i]!)),
    ),
  );
  const participants = async () =>
    ((await stored(page))['dtc-demo:workshop'] as { participants?: { id: string }[] } | undefined)
      ?.participants ?? [];
  await expect.poll(async () => (await participants()).length).toBe(3);
  const members = (await participants()).map((p) => p.id);
  // A country team as the team page stores it, with the participants and the plan.
  await page.evaluate(
    ([team, plan, at]) =>
      localStorage.setItem(
        'dtc-demo:team:xss',
        JSON.stringify({ ...team, plan, createdAt: at, updatedAt: at }),
      ),
    [{ id: 'xss', name: d.workshop.team, country: 'SEN', members }, d.plan, AT] as const,
  );
  return w;
}

/** What a page shows after it settled. */
async function audit(page: Page): Promise<Audit> {
  await page.waitForTimeout(150);
  return page.evaluate(auditPage, null);
}

async function download(page: Page, button: ReturnType<Page['locator']>): Promise<Buffer> {
  const done = page.waitForEvent('download');
  await button.click();
  return readFile((await (await done).path())!);
}

/** Schemes in a Word or Excel file's relationships (its links) other than http(s) and mailto. */
async function officeLinks(bytes: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const out: string[] = [];
  for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.rels'))) {
    const xml = await zip.file(name)!.async('string');
    for (const [, target] of xml.matchAll(/Target="([^"]*)"/g)) {
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(target!)?.[1]?.toLowerCase();
      if (scheme && !['http', 'https', 'mailto'].includes(scheme)) out.push(`${name}: ${target}`);
    }
  }
  return out;
}

describe('hostile text in the demo', () => {
  it('runs no payload and shows it as text on every page and in every file', async () => {
    expect(TEXTS_CHUNKS.length, 'the French texts files of the built site').toBeGreaterThan(0);
    const frTexts = await loadFrameworkTexts('fr');
    const poisoners = {
      texts: new Poisoner(frTexts, parseFrameworkTexts, {
        kinds: schemaFields(TextsSchema, PATTERNS),
        perField: 8,
      }),
      response: new Poisoner(xssResponse(framework), (d) => parseResponse(d, framework), {
        kinds: schemaFields(ResponseSchema, PATTERNS),
        perField: 8,
        offset: 1,
      }),
      plan: new Poisoner(xssPlan(), (d) => parseActionPlan(d, framework), {
        kinds: schemaFields(PlanSchema, PATTERNS),
        perField: 8,
        offset: 2,
      }),
      feedback: new Poisoner(xssQuestionFeedback(framework), (d) => parseFeedback(d, framework), {
        kinds: schemaFields(FeedbackSchema, PATTERNS),
        perField: 8,
        offset: 3,
      }),
      workshop: new Poisoner(xssWorkshop(), anything, { perField: 2, offset: 4 }),
    };
    const rounds: Record<Key, Round<unknown>>[] = [];
    for (let r = 0; r < 2; r++) {
      rounds.push(
        Object.fromEntries(KEYS.map((k) => [k, poisoners[k].next()!])) as Record<
          Key,
          Round<unknown>
        >,
      );
    }
    const traced = Object.fromEntries(
      KEYS.map((k) => [
        k,
        tracer(poisoners[k].base, poisoners[k].textFields, `q${KEYS.indexOf(k)}x`),
      ]),
    ) as Record<Key, Round<unknown>>;

    const problems: string[] = [];
    const baseline = new Map<string, Audit>();
    const shows = new Map<string, [Key, string][]>();
    let visits = 0;
    let files = 0;
    for (const [index, round] of [traced, ...rounds].entries()) {
      const trace = index === 0;
      const docs = Object.fromEntries(KEYS.map((k) => [k, round[k].doc])) as unknown as Docs;
      const w = await prepare(docs);
      const { page } = w;

      // The policy is on: an inline script added to the page is refused (Trusted Types stop
      // its text first, the script-src would next), and reported.
      await page.addScriptTag({ content: `window.${MARKER}(-1)` }).catch(() => undefined);
      await expect
        .poll(() =>
          w.violations.some((v) => /(require-trusted-types-for|script-src).*__xss\(-1\)/.test(v)),
        )
        .toBe(true);
      w.violations.length = 0;
      expect(new Set(w.errors)).toEqual(
        new Set([expect.stringMatching(/requires 'TrustedScript' assignment/)]),
      );
      w.errors.length = 0;

      const code = await encodeShareCode(docs.response);
      const pages: [string, string][] = [
        ...PAGES.map((p) => [p, url(p)] as [string, string]),
        ['share', shareLink(new URL(baseURL()), code)],
      ];
      for (const [name, address] of pages) {
        await page.goto(address);
        await page.waitForSelector('main h1');
        await page.waitForFunction(() => !document.querySelector('main .loading'));
        const found = await audit(page);
        visits++;
        if (trace) {
          baseline.set(name, found);
          shows.set(
            name,
            KEYS.flatMap((k) =>
              shownFields(found.texts, traced[k]).map((f) => [k, f] as [Key, string]),
            ),
          );
          continue;
        }
        const where = `round ${index}, /${name}`;
        for (const extra of extraTags(found, baseline.get(name)!))
          problems.push(`${where}: ${extra}`);
        for (const h of found.handlers) problems.push(`${where}: handler ${h}`);
        for (const l of found.links) problems.push(`${where}: link ${l}`);
        for (const [k, field] of shows.get(name)!) {
          const value = round[k].values.get(field);
          if (value !== undefined && !shownVerbatim(found.texts, value)) {
            problems.push(`${where}: ${k} ${field} not shown as it is: ${JSON.stringify(value)}`);
          }
        }
      }

      // The files the pages make.
      await goto(page, 'plan');
      const plan = page.locator('dtc-action-plan');
      const csvFiles = [await download(page, plan.getByRole('button', { name: /CSV/ }))];
      const markdown = (
        await download(page, plan.getByRole('button', { name: /Markdown/ }))
      ).toString();
      const word = await download(page, page.locator('main').getByRole('button', { name: /Word/ }));
      const excel = await download(
        page,
        page.locator('main').getByRole('button', { name: /Excel/ }),
      );
      await goto(page, 'results');
      csvFiles.push(
        await download(page, page.locator('main').getByRole('button', { name: /CSV/ })),
      );
      await goto(page, 'workshop');
      for (const button of await page.locator('main > * button', { hasText: /CSV/ }).all()) {
        csvFiles.push(await download(page, button));
      }
      files += csvFiles.length + 3;
      const where = `round ${index}`;
      for (const csv of csvFiles) {
        for (const cell of formulaCells(csv.toString())) {
          problems.push(`${where}: CSV formula ${JSON.stringify(cell.slice(0, 80))}`);
        }
      }
      for (const m of unescapedMarkup(markdown))
        problems.push(`${where}: Markdown ${JSON.stringify(m)}`);
      for (const l of [...(await officeLinks(word)), ...(await officeLinks(excel))]) {
        problems.push(`${where}: office link ${l}`);
      }
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(excel as unknown as ArrayBuffer);
      book.eachSheet((sheet) =>
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            // The exporter's own totals are the only formulas.
            if (cell.formula && !/^SUM\([A-Z]+\d+:[A-Z]+\d+\)$/.test(cell.formula)) {
              problems.push(
                `${where}: Excel formula ${sheet.name}!${cell.address} ${cell.formula}`,
              );
            }
            if (cell.hyperlink && !/^(https?|mailto):/i.test(cell.hyperlink)) {
              problems.push(`${where}: Excel link ${sheet.name}!${cell.address}`);
            }
          }),
        ),
      );
      expect(w.errors, `${where}: page errors`).toEqual([]);
      await w.context.close();
    }

    console.info(`fields shown: ${[...shows].map(([p, f]) => `/${p} ${f.length}`).join(', ')}`);
    // Every page showed some of the fields, so the checks above saw text.
    for (const [name, fields] of shows) expect(fields.length, `/${name}`).toBeGreaterThan(0);
    const fields = KEYS.reduce((n, k) => n + poisoners[k].textFields.length, 0);
    const pairs = KEYS.reduce((n, k) => n + poisoners[k].pairs, 0);
    const unsafe = problems.filter((m) => /handler|link/.test(m)).length;
    console.info(
      `XSS demo: ${PAYLOADS.length} payloads × ${fields} fields, ${pairs} pairs tried in ${rounds.length} rounds, ${visits} page visits and ${files} files; executed ${calls.length}; unsafe links/attributes ${unsafe}`,
    );
    expect(calls, 'payloads that ran').toEqual([]);
    expect(problems.slice(0, 30)).toEqual([]);
  }, 600_000);
});
