/**
 * Shared tools of the end-to-end tests: a Chromium with the machine's flags, contexts that
 * record every request (and refuse any host other than this machine), console errors and
 * Content-Security-Policy violations, and axe-core runs.
 *
 * Pages run under their real policy (the demo's, sent by serve.mjs; no `bypassCSP`). After
 * every test, no page of any open context may have reported a violation.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright';
import { afterEach, expect, inject } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/chromium.mjs';

const require = createRequire(import.meta.url);
export const AXE_PATH = require.resolve('axe-core/axe.min.js');
const AXE_SOURCE = readFileSync(AXE_PATH, 'utf8');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export function baseURL(): string {
  return inject('baseURL') ?? process.env.DTC_DEMO_URL!;
}

/** A URL of the demo: `url('assess')`. */
export function url(path = ''): string {
  return new URL(path, baseURL()).href;
}

export async function launch(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: set CHROME_PATH or install chromium.');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

export interface Watched {
  context: BrowserContext;
  page: Page;
  /** Every URL requested, in order. */
  requests: string[];
  /** Requests to a host other than 127.0.0.1 / localhost (refused). */
  outside: string[];
  /** Page errors and console errors. */
  errors: string[];
  /** Content-Security-Policy violations reported by its pages (checked after each test). */
  violations: string[];
}

/** Contexts whose violations the next `afterEach` checks (closed ones once more, then dropped). */
const watching = new Map<Watched, { closed: boolean }>();

afterEach(() => {
  const found = [...watching.keys()].flatMap((w) => w.violations.splice(0));
  for (const [w, state] of watching) if (state.closed) watching.delete(w);
  expect(found, 'Content-Security-Policy violations').toEqual([]);
});

const LOCAL = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * A fresh browser profile (a new context: empty storage) with one page, watched: outside
 * requests are aborted and recorded, and so are console errors and uncaught exceptions.
 */
export async function open(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<Watched> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    locale: 'en-US',
    timezoneId: 'UTC',
    ...options,
  });
  const watched: Watched = {
    context,
    page: undefined as unknown as Page,
    requests: [],
    outside: [],
    errors: [],
    violations: [],
  };
  const state = { closed: false };
  watching.set(watched, state);
  context.on('close', () => (state.closed = true));
  // Every page reports its policy's violations (an init script runs before the page's own).
  await context.exposeBinding('__dtcViolation', ({ frame }, text: string) => {
    watched.violations.push(`${frame.url()}: ${text}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __dtcViolation: (text: string) => void })
        .__dtcViolation;
      report(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`,
      );
    });
  });
  await context.route('**/*', async (route) => {
    const request = route.request();
    const target = new URL(request.url());
    watched.requests.push(request.url());
    if (
      (target.protocol === 'http:' || target.protocol === 'https:' || target.protocol === 'ws:') &&
      !LOCAL.has(target.hostname)
    ) {
      watched.outside.push(request.url());
      await route.abort('blockedbyclient');
      return;
    }
    await route.continue();
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => watched.errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') watched.errors.push(`console: ${message.text()}`);
  });
  watched.page = page;
  return watched;
}

/** Waits for the shell and the page's h1 after a navigation. */
export async function ready(page: Page): Promise<void> {
  await page.waitForSelector('main h1');
  await page.waitForFunction(() => !document.querySelector('main .loading'));
}

export async function goto(page: Page, path: string): Promise<void> {
  await page.goto(url(path));
  await ready(page);
}

export async function reload(page: Page): Promise<void> {
  await page.reload();
  await ready(page);
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown; failureSummary?: string }[];
}

/** Runs axe-core on the whole document (shadow roots included) with the WCAG 2.2 AA tags. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  const has = await page.evaluate(() => 'axe' in window);
  // Evaluated through the DevTools protocol: a <script> tag would break the page's policy.
  if (!has) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const w = window as unknown as {
      axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> };
    };
    const result = await w.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes
        .slice(0, 5)
        .map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, AXE_TAGS);
}

/** A readable summary of axe violations for a failing assertion. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('\n')}`,
    )
    .join('\n');
}

/** The element that has focus, looking inside shadow roots. */
export async function focused(page: Page): Promise<{
  tag: string;
  role: string | null;
  text: string;
  id: string;
  host: string | null;
  checked: string | null;
  type: string | null;
}> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    let host: Element | null = null;
    while (el?.shadowRoot?.activeElement) {
      host = el;
      el = el.shadowRoot.activeElement;
    }
    const e = el as HTMLElement | null;
    return {
      tag: e?.tagName.toLowerCase() ?? '',
      role: e?.getAttribute('role') ?? null,
      text: (
        e?.innerText ||
        e?.getAttribute('aria-label') ||
        (e as HTMLInputElement | null)?.value ||
        ''
      )
        .trim()
        .slice(0, 120),
      id: e?.id ?? '',
      host: host?.tagName.toLowerCase() ?? null,
      checked: e?.getAttribute('aria-checked') ?? null,
      type: e?.getAttribute('type') ?? null,
    };
  });
}

/** What the app stored (localStorage under `dtc-demo:`), parsed. */
export async function stored(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!;
      if (key.startsWith('dtc-demo:')) out[key] = JSON.parse(localStorage.getItem(key)!);
    }
    return out;
  });
}

/** What `<dtc-results>` shows as the overall result: its level and its score, as on screen. */
export async function overallShown(
  page: Page,
  scope = 'dtc-results',
): Promise<{ level: string; score: string; gauge: string }> {
  const facts = page.locator(scope).locator('.facts > div').first().locator('dd');
  return {
    level: ((await facts.nth(0).textContent()) ?? '').replace(/\s+/g, ' ').trim(),
    score: ((await facts.nth(1).textContent()) ?? '').replace(/\s+/g, ' ').trim(),
    gauge: ((await page.locator(scope).locator('dtc-level-gauge text.big').textContent()) ?? '')
      .replace(/\s+/g, ' ')
      .trim(),
  };
}

const wholeNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/**
 * What `<dtc-results>` should show in English for an engine result: "Level 2: Emerging" and
 * "Score 47 out of 100" (a whole number, as the page formats it), and the gauge's number.
 */
export function overallExpected(
  result: { overall: { level: number | null; score: number | null } },
  levels: readonly { value: number; label: { en?: string } }[],
): { level: string; score: string; gauge: string } {
  const { level, score } = result.overall;
  if (level === null || score === null) throw new Error('The result has no overall score');
  const label = levels.find((l) => l.value === level)?.label.en ?? '';
  return {
    level: `Level ${level}: ${label}`,
    score: `Score ${wholeNumber.format(score)} out of 100`,
    gauge: wholeNumber.format(score),
  };
}

/**
 * The text of a PDF as Debian's `pdftotext` (poppler-utils) reads it, white space collapsed:
 * a reader this project did not write. Fails with a clear message when it is not installed.
 */
export function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'dtc-pdf-'));
  try {
    const file = join(dir, 'report.pdf');
    writeFileSync(file, pdf);
    let out: string;
    try {
      out = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT')
        throw new Error(
          'pdftotext is not installed: the printed report is read back with it. ' +
            'Install poppler-utils (Debian/Ubuntu: apt-get install -y poppler-utils; ' +
            'macOS: brew install poppler).',
        );
      throw e;
    }
    return out.replace(/\s+/g, ' ').trim();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
