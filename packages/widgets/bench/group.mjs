// The group view (`<dtc-group-results>`) of a workshop with many participants: bench/group-page.ts
// built like the CDN bundle, loaded fresh in Chromium with tracing on, once per participant
// count and load. From the mark `dtc-group-start` (the element enters the page) to
// `dtc-group-done` (every chart rendered, that frame produced), it reports:
// - the longest task on the main thread (wall time of the longest top-level trace event);
// - the main thread's CPU time (thread time of the top-level events: robust on a loaded
//   machine), and the wall time;
// - how many charts and elements the view built.
// With `--trace` it also prints, for the last load of each count, the time by kind of work
// and the busiest JavaScript functions.
import { createServer } from 'node:http';
import { bundlePage } from './bundle.mjs';
import { summarise } from './embed.mjs';

/** Participant counts the bench runs: a large workshop, and one at the workshop's size cap. */
export const GROUP_SIZES = [300, 1000];

export async function groupBench(browser, { loads = 3, trace = false, sizes = GROUP_SIZES } = {}) {
  const js = await bundlePage('group-page.ts');
  const html =
    '<!doctype html><html lang="en"><meta charset="utf-8"><title>group bench</title>' +
    '<body><script type="module" src="/group.js"></script>';
  const server = createServer((req, res) => {
    const js_ = req.url === '/group.js';
    res.writeHead(200, { 'content-type': js_ ? 'text/javascript' : 'text/html' });
    res.end(js_ ? js : html);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const results = {};
  const details = {};
  try {
    for (const n of sizes) {
      const runs = [];
      for (let i = 0; i < loads; i++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        const profiling = trace && i === loads - 1;
        let cdp;
        if (profiling) {
          cdp = await context.newCDPSession(page);
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
          await cdp.send('Profiler.start');
        }
        await browser.startTracing(page, {
          categories: [
            'devtools.timeline',
            'disabled-by-default-devtools.timeline',
            'v8.execute',
            'blink.user_timing',
          ],
        });
        await page.goto(`${origin}/?n=${n}`);
        await page.waitForFunction(() => window.__group, null, { timeout: 600_000 });
        const run = await page.evaluate(() => window.__group);
        if (run.error) throw new Error(run.error);
        const summary = summarise(JSON.parse((await browser.stopTracing()).toString()), {
          from: 'dtc-group-start',
          to: 'dtc-group-done',
        });
        if (!summary) throw new Error('the trace has no group marks');
        runs.push({ ...run, cpu: summary.cpu, longest: summary.longest });
        if (profiling) {
          const { profile } = await cdp.send('Profiler.stop');
          details[n] = { summary, functions: topFunctions(profile) };
        }
        await context.close();
      }
      results[n] = runs;
    }
  } finally {
    server.close();
  }
  return { results, details };
}

/** Self time of the sampled JavaScript by function (minified names), the busiest first. */
function topFunctions(profile, count = 12) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber, columnNumber } = nodes.get(id).callFrame;
    const key = url
      ? `${functionName || '(anonymous)'} :${lineNumber + 1}:${columnNumber + 1}`
      : `(${functionName || 'program'})`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, count);
}
