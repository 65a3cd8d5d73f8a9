#!/usr/bin/env node
// Size budgets, measured the way a partner's page receives the code: real pages that embed
// the CDN autoloader (packages/widgets/scripts/cdn.mjs, built here into a temp folder) and the
// framework files of @dtc/framework's dist (fetched by `src`), served gzip-compressed by a
// small Node server on a free loopback port, loaded in Chromium. It sums the bytes each page
// received (response bodies as sent, gzip; headers not counted), split into JavaScript and
// framework content, once the page has rendered and the network is quiet.
//
// Each figure has the budget the issue set and a ceiling just over what it measures today. The
// script prints budget, measured and MISSED-by, and fails when a figure grows past its ceiling
// (a regression guard) or a page does not work (no first step, a console error, the scoring
// engine loaded before Submit). Run after `npm run build` (it needs @dtc/framework's dist).
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { buildAutoloader } from '../packages/widgets/scripts/cdn.mjs';
import { CHROMIUM_ARGS, ensureChromium } from './chromium.mjs';
import { BUILT_IN_LOCALES } from '../packages/i18n/dist/locales.js';

const KB = 1024;
const root = new URL('..', import.meta.url).pathname;
const frameworkDir = join(root, 'packages/framework/dist');
if (!existsSync(join(frameworkDir, 'six-pillars.json'))) {
  console.error('packages/framework/dist/six-pillars.json is missing: run `npm run build` first.');
  process.exit(1);
}

// The CDN autoloader and its chunks, as cdn.mjs builds them (no source maps: pages never
// fetch them), with a metafile to tell which sources each file holds.
const cdnDir = mkdtempSync(join(tmpdir(), 'dtc-size-'));
const built = await buildAutoloader(cdnDir, { sourcemap: false, metafile: true });
const sourcesOf = new Map(
  Object.entries(built.metafile.outputs).map(([file, out]) => [
    '/cdn/' + relative(cdnDir, join(root, 'packages/widgets', file)),
    Object.keys(out.inputs),
  ]),
);

// Pages: each one module script (the autoloader), the elements, and a small page script of
// the kind a partner writes (a file: no inline script).
const allTags = [...sourcesOf.keys()]
  .map((f) => /^\/cdn\/(dtc-[a-z-]+)\.js$/.exec(f)?.[1])
  .filter(Boolean);
const page = (lang, body) =>
  `<!doctype html><html lang="${lang}"><meta charset="utf-8"><title>size</title>` +
  `<script type="module" src="/cdn/autoloader.js"></script><body>${body}</body></html>`;
// The framework in its split form: the English base, and the texts of the page's language.
const assessment =
  '<dtc-assessment src="/framework/six-pillars.base.json" ' +
  'texts-src="/framework/six-pillars.{locale}.json" no-autosave></dtc-assessment>';
const translations = BUILT_IN_LOCALES.filter((l) => l !== 'en');
const pages = {
  '/en.html': page('en', assessment),
  ...Object.fromEntries(translations.map((l) => [`/${l}.html`, page(l, assessment)])),
  '/results.html':
    page('en', assessment + '<dtc-results></dtc-results>') +
    '<script type="module" src="/results-page.js"></script>',
  '/all.html': page(
    'en',
    assessment +
      allTags
        .filter((t) => t !== 'dtc-assessment')
        .map((t) => `<${t}></${t}>`)
        .join(''),
  ),
};
// The results show the questionnaire's response, as docs/embedding.md wires them (with one
// rubric question answered, so there is a result to draw).
const resultsPage = `const a = document.querySelector('dtc-assessment');
const r = document.querySelector('dtc-results');
const show = () => { r.framework = a.currentFramework; r.response = a.response; };
a.addEventListener('dtc-response-change', show);
const wait = setInterval(() => {
  const fw = a.currentFramework;
  if (!a.response || !fw) return;
  clearInterval(wait);
  const q = fw.pillars[0].components[0].questions.find((q) => q.kind === 'rubric');
  const answer = { value: 2, answeredAt: new Date().toISOString() };
  a.response = { ...a.response, answers: { [q.id]: answer } };
  show();
}, 20);`;

const types = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html' };
const gzipped = new Map();
function send(res, path, body) {
  let gz = gzipped.get(path);
  if (!gz) gzipped.set(path, (gz = gzipSync(body, { level: 9 })));
  res.writeHead(200, {
    'content-type': `${types[extname(path)] ?? 'application/octet-stream'}; charset=utf-8`,
    'content-encoding': 'gzip',
    'cache-control': 'no-store',
  });
  res.end(gz);
}
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (pages[path]) return send(res, path, pages[path]);
  if (path === '/favicon.ico') return void res.writeHead(204).end();
  if (path === '/results-page.js') return send(res, path, resultsPage);
  const file = path.startsWith('/cdn/')
    ? join(cdnDir, path.slice(5))
    : path.startsWith('/framework/')
      ? join(frameworkDir, path.slice(11))
      : undefined;
  if (!file || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  send(res, path, readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

/** Loads a page, waits for `ready` and a quiet network, and sums what it received. */
async function measure(context, path, ready) {
  const page = await context.newPage();
  const problems = [];
  const files = [];
  let inflight = 0;
  let last = Date.now();
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', () => {
    inflight++;
    last = Date.now();
  });
  page.on('response', (r) => {
    if (!r.ok()) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('requestfailed', (r) => {
    inflight--;
    problems.push(`failed: ${r.url()}`);
  });
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes();
    const url = new URL(request.url());
    files.push({ path: url.pathname, bytes: sizes.responseBodySize });
    inflight--;
    last = Date.now();
  });
  await page.goto(origin + path);
  await page.waitForFunction(ready, null, { timeout: 20_000 }).catch(() => {
    problems.push('the page did not render');
  });
  while (inflight > 0 || Date.now() - last < 300) await page.waitForTimeout(50);
  await page.close();
  const sum = (test) => files.filter((f) => test(f.path)).reduce((n, f) => n + f.bytes, 0);
  const js = sum((p) => p.startsWith('/cdn/') || p.endsWith('.js'));
  const content = sum((p) => p.startsWith('/framework/'));
  const scoring = files.some((f) =>
    (sourcesOf.get(f.path) ?? []).some((s) => /(^|\/)scoring\/src\//.test(s)),
  );
  return { js, content, all: js + content, files, problems, scoring };
}

const firstStep = () =>
  document
    .querySelector('dtc-assessment')
    ?.shadowRoot?.querySelector('dtc-rubric-question')
    ?.shadowRoot?.querySelector('[role=radio]') != null;
const resultsShown = () =>
  document.querySelector('dtc-results')?.shadowRoot?.querySelector('dtc-radar-chart') != null;

const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
let m;
try {
  const context = await browser.newContext();
  m = { en: await measure(context, '/en.html', firstStep) };
  for (const l of translations) m[l] = await measure(context, `/${l}.html`, firstStep);
  m = {
    ...m,
    results: await measure(context, '/results.html', resultsShown),
    all: await measure(context, '/all.html', firstStep),
  };
} finally {
  await browser.close();
  server.close();
  rmSync(cdnDir, { recursive: true, force: true });
}

/**
 * Ceilings of "the same page in <language>: more", just over what each measures: content (the
 * framework's texts file in that language, on top of the English base that stays the
 * fallback) more than code (2–3 KB of UI words). French: the texts file was 29.0 KB with
 * framework 1.0.0 (ADR 0008 says what would close the gap: texts grouped by id instead of flat
 * keys), 37.0 KB with 2.0.0: 39.2 KB in all. Measured on 2026-12-06: Arabic 39.8 KB, Chinese
 * 36.2 KB, Spanish 36.7 KB, Russian 47.6 KB (Cyrillic takes two bytes a letter in UTF-8 and
 * compresses less than Latin text; Chinese says more per character).
 */
const MORE_CEILINGS = {
  fr: 40 * KB,
  ar: 40.5 * KB,
  'zh-Hans': 37 * KB,
  ru: 48.5 * KB,
  es: 37.5 * KB,
};

const figures = [
  {
    name: 'only <dtc-assessment>, English: JavaScript',
    value: m.en.js,
    budget: 25 * KB,
    // 44.2 KB on 2026-12-05: zod and the schema (12.4 KB: `src` is validated before the first
    // step), every English namespace in one shared chunk, Lit; see ADR 0005.
    // 46.6 KB after the merge of texts per locale (the texts loader) and server rendering.
    // 48.6 KB on 2026-12-06 (plan format 2): its zod schema and warnings (plan.ts,
    // plan-review.ts) ride in the shared schema chunk, because esbuild places whole modules
    // by which entry points import them and @dtc/schema's index re-exports the plan; and the
    // loader of the optional question feedback (0.6 KB). The words of the other namespaces,
    // which rode the same way, left with their own modules (54.0 KB before).
    // 50.5 KB on 2026-12-06 (49.1 KB before): a response made with an earlier version of the
    // framework is carried and described (`predecessors`, `migration`). Only the detection,
    // the hand-over and the notice's place stay here (1.4 KB); `migrateResponse` comes with
    // the scoring engine's chunk, and the notice and its words in chunks of their own (1.6 KB,
    // and 0.8 KB of French), loaded only when a response needs them.
    // 53.1 KB on 2026-12-07 (50.6 KB before): every parse does bounded work on hostile input
    // (the size check that follows the schemas, at most 100 issues, caps on every text, real
    // calendar dates, links the URL parser reads) and the words of the new issues, 1.9 KB; a
    // saved questionnaire restores its valid answers and sets aside only the invalid ones,
    // naming them in its status message (`restoreResponse`, the note), 0.6 KB.
    ceiling: 53.5 * KB,
  },
  {
    name: 'only <dtc-assessment>, English: framework content',
    value: m.en.content,
    budget: 26 * KB,
    // The English base file of the split framework (24.1 KB on 2026-12-05); the one-file
    // six-pillars.json, English and French, was 52.8 KB. 30.6 KB with framework 2.0.0 (83
    // questions in 26 components, against 68 in 25; questions split in two, every one with
    // four descriptors now that none is yes/no): content, so the ceiling follows it.
    ceiling: 31 * KB,
  },
  // The same page in each other language: its texts file and its UI words, on top of English.
  ...translations.map((l) => ({
    name: `the same page in ${l}: more, in all`,
    value: m[l].all - m.en.all,
    budget: 30 * KB,
    ceiling: MORE_CEILINGS[l],
  })),
  {
    name: 'adding <dtc-results>: more JavaScript',
    value: m.results.js - m.en.js,
    budget: 20 * KB,
    // 19.1 KB on 2026-12-06. The questionnaire loaded `@dtc/scoring` by a dynamic import of
    // the package, which keeps every export, so migrateResponse and compareAcrossVersions rode
    // along (20.2 KB); it now imports a module that names scoreResponse only (18.7 KB).
    // 20.2 KB with the six languages (issue 16): the charts measure their words instead of
    // counting characters (Russian and Chinese labels were cut), mark them with `lang`, and
    // isolate a host's Latin caption in an Arabic page.
    // 20.5 KB on 2026-12-07 with the bulk path of @dtc/scoring: scoreResponse and the
    // aggregator read answers through one table per question (what each answer value counts
    // as, decided once), which both paths share; the scoring chunk grew by 0.4 KB. 21.0 KB
    // with charts that take their first width from one shared ResizeObserver after the
    // frame's layout (no forced layout per chart: 1,000 of them drew in 28 s before).
    ceiling: 21.5 * KB,
  },
  {
    name: 'every element, one language: JavaScript',
    value: m.all.js,
    budget: 45 * KB,
    // 78.4 KB on 2026-12-05, against 70.7 KB for the one-file bundle: about 30 files, each
    // compressed on its own. 80.9 KB after the texts loader and server rendering merged.
    // 104.8 KB on 2026-12-06 with plan format 2: the plan editor's details panel, cost and
    // funding tables and history (dtc-action-plan 11.7 KB and its 4 KB of words), the new
    // <dtc-plan-timeline> (5.1 KB) and <dtc-question-feedback>; the carrying of responses made
    // with an earlier version of the framework (1.5 KB); the course reader <dtc-learn> (4.7 KB:
    // the element, its words and the alpha-3 table of @dtc/i18n/countries). 112.3 KB measured
    // with all three and the French typography messages. 113.6 KB with the six languages: text
    // measured in the charts, `lang` on every element, user text isolated in its direction
    // (`bdi`, `dir="auto"`), the plan's arrows from the catalog. 115.8 KB on 2026-12-07
    // (113.8 KB before): the bounded parse functions of @dtc/schema, as above; 116.4 KB with
    // the questionnaire's partial restore of saved answers; 117.7 KB with the group view's
    // pages of participants (Previous, Next, ranges, its status line) and the charts' shared
    // first measurement.
    ceiling: 118 * KB,
  },
];

const kb = (n) => `${(n / KB).toFixed(1)} KB`;
// What a page with the questionnaire alone loads in each language, in all (for the notes).
console.log(
  'the questionnaire page, in all: ' +
    ['en', ...translations].map((l) => `${l} ${kb(m[l].all)}`).join(', '),
);
let failed = false;
for (const f of figures) {
  const under = f.value <= f.ceiling;
  failed ||= !under;
  const verdict =
    f.value <= f.budget
      ? `budget ${kb(f.budget)} met`
      : `budget ${kb(f.budget)} MISSED by ${kb(f.value - f.budget)}`;
  console.log(
    `${under ? 'ok  ' : 'FAIL'} ${f.name}: ${kb(f.value)} gzip; ${verdict}; ceiling ${kb(f.ceiling)}`,
  );
}
for (const [name, r] of Object.entries(m)) {
  const listed = r.files
    .filter((f) => !f.path.endsWith('.html'))
    .map((f) => `${f.path.replace(/^\/(cdn|framework)\//, '')} ${kb(f.bytes)}`);
  console.log(`     ${name}: ${r.files.length} files: ${listed.join(', ')}`);
  for (const p of r.problems) {
    failed = true;
    console.error(`FAIL ${name}: ${p}`);
  }
}
for (const name of ['en', 'fr']) {
  if (m[name].scoring) {
    failed = true;
    console.error(`FAIL ${name}: the questionnaire loaded the scoring engine before Submit.`);
  }
}
if (failed) {
  console.error('A page grew past its ceiling or did not work.');
  process.exit(1);
}
