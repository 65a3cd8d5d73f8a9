// The questionnaire embedded the way a partner embeds it: a page with one module script (the
// one-file CDN bundle, or the autoloader with its chunks) and <dtc-assessment src> fetching
// the framework file, served by a small Node server (gzip) on loopback, loaded fresh in
// Chromium several times. Times, from the start of our script's evaluation (a mark set by a
// one-line module that runs just before it, no inline script):
// - radios in the DOM: the first animation frame in which the first step's radios exist;
// - first step painted: just after that frame (a message posted from its rAF callback runs
//   once the frame is produced);
// - answer click to updated DOM: `click()` on a card until the questionnaire, the question
//   and the progress have updated (every `updateComplete`), median of 20 clicks.
// With `--trace` it traces every load (Chromium's tracing) and reports the main thread's CPU
// time from script start to the step painted (thread time: robust on a loaded machine), and
// for the last autoloader load, the time by kind of work and a JavaScript profile by file.
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { buildAutoloader } from '../scripts/cdn.mjs';
import { minifyTemplates } from '../scripts/minify-templates.mjs';

const widgets = new URL('..', import.meta.url).pathname;
const frameworkFile = join(widgets, '../framework/dist/six-pillars.json');

/** What the page runs after the script: waits for the step, then times answer clicks. */
const probe = `
const start = performance.getEntriesByName('dtc-script-start')[0].startTime;
const deep = () => document.querySelector('dtc-assessment')?.shadowRoot
  ?.querySelector('dtc-rubric-question')?.shadowRoot?.querySelectorAll('[role=radio]');
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const settled = async (el) => { for (let i = 0; i < 3; i++) {
  const all = [el, ...el.shadowRoot.querySelectorAll('dtc-rubric-question, dtc-progress')];
  await Promise.all(all.map((e) => e.updateComplete)); } };
function watch() {
  requestAnimationFrame(() => {
    if (!deep()?.length) return watch();
    const inDom = performance.now();
    const channel = new MessageChannel();
    channel.port1.onmessage = async () => {
      const painted = performance.now();
      performance.mark('dtc-step-painted');
      window.__painted = true;
      // A profiling harness stops its profile here, then lets the clicks go on.
      while (window.__hold) await new Promise((r) => setTimeout(r, 5));
      const el = document.querySelector('dtc-assessment');
      const clicks = [];
      for (let i = 0; i < 20; i++) {
        const card = deep()[i % 3];
        const t0 = performance.now();
        card.click();
        await settled(el);
        clicks.push(performance.now() - t0);
      }
      const answered = Object.keys(el.response.answers).length;
      if (!answered) throw new Error('the clicks answered nothing');
      window.__embed = { inDom: inDom - start, painted: painted - start, click: median(clicks) };
    };
    channel.port2.postMessage(0);
  });
}
watch();`;

const html = (script) =>
  '<!doctype html><html lang="en"><meta charset="utf-8"><title>embed</title>' +
  '<script type="module" src="/mark.js"></script>' +
  `<script type="module" src="/cdn/${script}"></script>` +
  '<script type="module" src="/probe.js"></script><body>' +
  '<dtc-assessment src="/six-pillars.json" no-autosave></dtc-assessment></body></html>';

export async function embedBench(browser, { loads = 7, trace = false } = {}) {
  if (!existsSync(frameworkFile)) throw new Error('Build @dtc/framework first (npm run build).');
  const dir = mkdtempSync(join(tmpdir(), 'dtc-bench-'));
  const common = {
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    charset: 'utf8',
    absWorkingDir: widgets,
    conditions: ['@dtc/source', 'module', 'browser', 'production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [minifyTemplates],
    logLevel: 'error',
  };
  await build({ ...common, entryPoints: ['src/index.ts'], outfile: join(dir, 'dtc-widgets.js') });
  await buildAutoloader(dir, { sourcemap: false });

  const files = {
    '/mark.js': "performance.mark('dtc-script-start');",
    '/probe.js': probe,
    '/bundle.html': html('dtc-widgets.js'),
    '/autoloader.html': html('autoloader.js'),
    '/six-pillars.json': readFileSync(frameworkFile),
  };
  const types = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html' };
  const cache = new Map();
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    let body = files[path];
    if (body === undefined && path.startsWith('/cdn/')) {
      const file = join(dir, path.slice(5));
      if (existsSync(file) && !file.includes('..')) body = readFileSync(file);
    }
    if (body === undefined) return void res.writeHead(404).end();
    let gz = cache.get(path);
    if (!gz) cache.set(path, (gz = gzipSync(body)));
    res.writeHead(200, {
      'content-type': `${types[extname(path)]}; charset=utf-8`,
      'content-encoding': 'gzip',
      'cache-control': 'no-store',
    });
    res.end(gz);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;

  const results = {};
  let traced;
  let profile;
  try {
    for (const variant of ['bundle', 'autoloader']) {
      const runs = [];
      for (let i = 0; i < loads; i++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        const tracing = trace;
        const profiling = trace && variant === 'autoloader' && i === loads - 1;
        let cdp;
        if (profiling) {
          cdp = await context.newCDPSession(page);
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
          await cdp.send('Profiler.start');
          await page.addInitScript(() => (window.__hold = true));
        }
        if (tracing) {
          await browser.startTracing(page, {
            categories: [
              'devtools.timeline',
              'disabled-by-default-devtools.timeline',
              'v8.execute',
              'v8',
              'blink.user_timing',
              'loading',
            ],
          });
        }
        await page.goto(`${origin}/${variant}.html`);
        if (profiling) {
          await page.waitForFunction(() => window.__painted, null, { timeout: 60_000 });
          profile = (await cdp.send('Profiler.stop')).profile;
          await page.evaluate(() => (window.__hold = false));
        }
        await page.waitForFunction(() => window.__embed, null, { timeout: 60_000 });
        const run = await page.evaluate(() => window.__embed);
        if (tracing) {
          const summary = summarise(JSON.parse((await browser.stopTracing()).toString()));
          run.cpu = summary?.cpu;
          if (profiling) traced = summary;
        }
        runs.push(run);
        await context.close();
      }
      results[variant] = runs;
    }
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return { results, trace: traced, profile: profile && byFile(profile) };
}

/** Self time of the sampled JavaScript up to the step painted: by file, and top functions. */
function byFile(profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  profile.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const files = new Map();
  const functions = new Map();
  for (const [id, ms] of self) {
    const { functionName, url, lineNumber, columnNumber } = nodes.get(id).callFrame;
    const file = url
      ? new URL(url).pathname.replace('/cdn/', '')
      : `(${functionName || 'program'})`;
    files.set(file, (files.get(file) ?? 0) + ms);
    if (url) {
      const key = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}:${columnNumber + 1}`;
      functions.set(key, (functions.get(key) ?? 0) + ms);
    }
  }
  const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  return { files: top(files, 10), functions: top(functions, 12) };
}

/**
 * The main thread's work between two marks (by default `dtc-script-start` and
 * `dtc-step-painted`), by kind: top-level trace events of the renderer's main thread, their
 * self time attributed to the kind named by the event; and the longest top-level task.
 */
export function summarise(trace, { from = 'dtc-script-start', to = 'dtc-step-painted' } = {}) {
  const events = trace.traceEvents ?? trace;
  const mark = events.find((e) => e.name === to);
  const startMark = events.find((e) => e.name === from);
  if (!mark || !startMark) return undefined;
  const main = events.find(
    (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === mark.pid,
  );
  if (!main) return undefined;
  const on = events.filter(
    (e) =>
      e.pid === main.pid &&
      e.tid === main.tid &&
      e.ph === 'X' &&
      e.ts >= startMark.ts - 50_000 &&
      e.ts <= mark.ts,
  );
  const kinds = {
    'compile (parse/compile JS)':
      /^(v8\.compile|v8\.compileModule|V8\.CompileCode|v8\.parseOnBackground|v8\.produceModuleCache|CompileScript|CompileCode)/,
    'run JS (module evaluation, tasks, microtasks)':
      /^(v8\.run|EvaluateScript|v8\.evaluateModule|FunctionCall|RunMicrotasks|TimerFire|FireAnimationFrame|EventDispatch|v8\.callFunction)/,
    'garbage collection': /(GC|MinorGC|MajorGC|V8\.GC)/,
    'style (recalculate)': /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet)/,
    layout: /^(Layout|UpdateLayout)$/,
    'paint and composite':
      /^(Paint|PrePaint|Layerize|UpdateLayer|CompositeLayers|Commit|PaintImage)/,
    'HTML parse': /^ParseHTML$/,
    'network and loading (main thread)':
      /^(ResourceSendRequest|ResourceReceiveResponse|ResourceReceivedData|ResourceFinish|ParseHTML)/,
  };
  // Self time: an event's duration minus that of events nested in it.
  on.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const stack = [];
  const self = new Map();
  let cpu = 0;
  let longest = 0;
  for (const e of on) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    // Thread time of top-level tasks: the CPU the main thread used, whatever the machine's load.
    if (!parent) cpu += (e.tdur ?? e.dur) / 1000;
    if (!parent) longest = Math.max(longest, e.dur / 1000);
    if (parent) self.set(parent, (self.get(parent) ?? parent.dur) - e.dur);
    self.set(e, self.get(e) ?? e.dur);
    stack.push(e);
  }
  const totals = {};
  for (const [e, us] of self) {
    const kind = Object.entries(kinds).find(([, re]) => re.test(e.name))?.[0] ?? 'other';
    totals[kind] = (totals[kind] ?? 0) + Math.max(0, us) / 1000;
  }
  const top = [...self]
    .filter(([e]) => !Object.values(kinds).some((re) => re.test(e.name)))
    .reduce(
      (m, [e, us]) => m.set(e.name, (m.get(e.name) ?? 0) + Math.max(0, us) / 1000),
      new Map(),
    );
  return {
    span: (mark.ts - startMark.ts) / 1000,
    cpu,
    longest,
    totals,
    other: [...top].sort((a, b) => b[1] - a[1]).slice(0, 6),
  };
}
