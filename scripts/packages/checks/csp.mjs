// A strict Content-Security-Policy, as government sites set it: the policy copied from
// docs/embedding.md (the line that starts with `Content-Security-Policy:`) is sent as a
// header by a small server on a free loopback port. Two pages load the installed packages:
// the one-file CDN bundle (`@dtc/widgets/cdn`) and an esbuild bundle of `@dtc/widgets`,
// with the framework JSON from the same origin. In Chromium each answers a question by a
// click, then shows the results, the action plan and the report, and must raise no
// `securitypolicyviolation` and no console error, with the charts at their normal size and
// a chart's tooltip inside the viewport.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { CHROMIUM_ARGS } from '../../chromium.mjs';
import { documentedPolicy } from '../../documented-csp.mjs';

export const name = 'csp';
export const tools = ['esbuild', 'playwright'];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};
const VIEWPORT = { width: 1280, height: 800 };

/** The file `@dtc/widgets/cdn` names for a browser (its `browser` condition, if any). */
function cdnFile(require) {
  const manifestPath = require.resolve('@dtc/widgets/package.json');
  let target = JSON.parse(readFileSync(manifestPath, 'utf8')).exports?.['./cdn'];
  while (target && typeof target === 'object')
    target = target.browser ?? target.import ?? target.default;
  if (typeof target !== 'string') throw new Error('@dtc/widgets exports no "./cdn" file');
  return join(dirname(manifestPath), target);
}

/** A response with every question answered but the first: one click completes it. */
function almostComplete(framework) {
  const at = '2026-01-15T09:00:00.000Z';
  const levels = framework.levels.length;
  const questions = framework.pillars.flatMap((p, pi) =>
    p.components.flatMap((c) =>
      c.questions.map((q, qi) => ({ q, level: 1 + ((pi + qi) % levels) })),
    ),
  );
  const value = (q, level) => {
    switch (q.kind) {
      case 'rubric':
        return level;
      case 'choice':
        return (
          [...q.options].sort((a, b) => a.level - b.level).find((o) => o.level >= level) ??
          q.options.at(-1)
        ).id;
      case 'boolean':
        return level > levels / 2 ? 'yes' : 'no';
      default:
        return 'Notes';
    }
  };
  return {
    format: 'dtc.response',
    version: 1,
    label: 'Strict CSP',
    framework: { id: framework.id, version: framework.version },
    respondent: { role: 'ministry-education' },
    answers: Object.fromEntries(
      questions.slice(1).map(({ q, level }) => [q.id, { value: value(q, level), answeredAt: at }]),
    ),
    history: [],
    createdAt: at,
    updatedAt: at,
  };
}

function serve(dir, policy) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/favicon.ico') {
      res.writeHead(204, { 'content-security-policy': policy }).end();
      return;
    }
    const file = normalize(join(dir, path));
    try {
      if (!file.startsWith(dir + sep)) throw new Error('outside');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': policy,
        'x-content-type-options': 'nosniff',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-security-policy': policy }).end();
    }
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () =>
      ok({ server, url: `http://127.0.0.1:${server.address().port}/` }),
    ),
  );
}

/** The bounding box of what a locator finds (Playwright locators see into open shadow roots). */
async function box(locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error(`${locator} has no box (not rendered)`);
  return b;
}

/**
 * A chart at its normal size: its drawing is drawn 1 viewBox unit to 1 CSS pixel (the charts
 * lay themselves out for their element's width, up to a largest size) and fits its element.
 */
async function normalSize(page, selector, ctx, label) {
  const chart = page.locator(selector).first();
  const svg = chart.locator('svg[part=svg]');
  await svg.waitFor();
  const [, , w, h] = (await svg.getAttribute('viewBox')).split(' ').map(Number);
  const drawn = await box(svg);
  const host = await box(chart);
  const name = selector.split(' ').at(-1);
  ctx.log(
    `${label}: ${name} ${Math.round(drawn.width)}×${Math.round(drawn.height)} px (viewBox ${w}×${h}) in ${Math.round(host.width)} px`,
  );
  const problems = [];
  if (Math.abs(drawn.width - w) > 1 || Math.abs(drawn.height - h) > 1)
    problems.push(`${selector} is drawn ${drawn.width}×${drawn.height} px for a ${w}×${h} drawing`);
  if (drawn.width > host.width + 1)
    problems.push(`${selector} is ${drawn.width} px wide in a ${host.width} px element`);
  return problems;
}

/** Runs the journey on one page and returns what went wrong (empty when nothing did). */
async function journey(browser, url, ctx, label) {
  const problems = [];
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US' });
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(
        `${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`,
      );
    });
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  try {
    await page.goto(url);
    const defined = await page
      .waitForFunction(() => customElements.get('dtc-assessment'), null, { timeout: 10_000 })
      .then(
        () => true,
        () => false,
      );
    if (!defined)
      throw new Error(
        '<dtc-assessment> is not registered: the script did not run, or the bundle left out the element registrations',
      );
    // The questionnaire opens at the one unanswered question; a click answers it.
    const radio = page.locator('dtc-rubric-question').first().getByRole('radio').nth(1);
    await radio.click({ timeout: 15_000 });
    await page.waitForFunction(() => document.querySelector('main > dtc-results')?.currentResult);

    // Results: the radar and the bars at their normal size; a point's tooltip on screen.
    for (const chart of ['dtc-radar-chart', 'dtc-bar-chart', 'dtc-level-gauge'])
      problems.push(...(await normalSize(page, `main > dtc-results ${chart}`, ctx, label)));
    const point = page.locator('main > dtc-results dtc-radar-chart .pt').first();
    await point.scrollIntoViewIfNeeded();
    await point.hover();
    const tip = await box(page.locator('main > dtc-results dtc-radar-chart [part=tooltip]'));
    const mark = await box(point);
    ctx.log(
      `${label}: radar tooltip at ${Math.round(tip.x)},${Math.round(tip.y)} (${Math.round(tip.width)}×${Math.round(tip.height)} px), its point at ${Math.round(mark.x)},${Math.round(mark.y)}`,
    );
    if (
      tip.x < 0 ||
      tip.y < 0 ||
      tip.x + tip.width > VIEWPORT.width ||
      tip.y + tip.height > VIEWPORT.height
    )
      problems.push(`the radar's tooltip is outside the viewport: ${JSON.stringify(tip)}`);
    if (Math.abs(tip.x + tip.width / 2 - (mark.x + mark.width / 2)) > 4 || tip.y > mark.y)
      problems.push(`the radar's tooltip is not above its point: ${JSON.stringify({ tip, mark })}`);

    // The plan: add an action to the first priority and name it; the report follows.
    await page.locator('dtc-action-plan button[part=add]').first().click();
    // The new action's title field has focus.
    await page.keyboard.type('Write the strategy');
    await page.waitForFunction(
      () =>
        document.querySelector('main > dtc-report')?.plan?.actions?.[0]?.title ===
        'Write the strategy',
    );
    const reportRadar = page.locator('main > dtc-report dtc-radar-chart').first();
    await reportRadar.scrollIntoViewIfNeeded();
    problems.push(...(await normalSize(page, 'main > dtc-report dtc-radar-chart', ctx, label)));
  } catch (error) {
    problems.push(`the journey stopped: ${error.message.split('\n')[0]}`);
  }
  const violations = await page.evaluate(() => window.__violations).catch(() => []);
  problems.push(...violations.map((v) => `violation: ${v}`), ...errors);
  await context.close();
  return problems;
}

export default async function check(ctx) {
  if (!ctx.chrome) throw new Error('No Chromium found: set CHROME_PATH or install chromium.');
  const policy = documentedPolicy(ctx.root);
  ctx.log(`policy: ${policy}`);
  const dir = ctx.fixture('csp');
  const require = createRequire(join(ctx.dir, 'package.json'));
  // The installed packages' own files, as a partner copies them next to a page.
  // The CDN file and its folder: other languages' words are chunks beside it.
  cpSync(dirname(cdnFile(require)), dir, { recursive: true });
  const frameworkFile = require.resolve('@dtc/framework/six-pillars.json');
  writeFileSync(join(dir, 'six-pillars.json'), readFileSync(frameworkFile));
  const framework = JSON.parse(readFileSync(frameworkFile, 'utf8'));
  writeFileSync(join(dir, 'response.json'), JSON.stringify(almostComplete(framework)));
  const { build } = require('esbuild');
  await build({
    entryPoints: [join(dir, 'entry.js')],
    outfile: join(dir, 'bundle.js'),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    absWorkingDir: dir,
    logLevel: 'error',
  });

  const { chromium } = require('playwright');
  const { server, url } = await serve(dir, policy);
  const browser = await chromium.launch({ executablePath: ctx.chrome, args: CHROMIUM_ARGS });
  try {
    for (const [label, page] of [
      ['CDN bundle', 'cdn.html'],
      ['esbuild bundle', 'bundle.html'],
    ]) {
      const problems = await journey(browser, url + page, ctx, label);
      if (problems.length) ctx.fail(`${label} under strict CSP`, problems.join('\n'));
      else
        ctx.pass(`${label} under strict CSP: questionnaire, results, plan, report; no violation`);
    }
  } finally {
    await browser.close();
    await new Promise((ok) => server.close(ok));
  }
}
