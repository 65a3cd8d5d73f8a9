#!/usr/bin/env node
// Browser benchmark: builds bench/page.ts like the CDN bundle, serves it on 127.0.0.1 and
// runs it in headless Chromium (several fresh page loads), then prints medians in ms.
import { createServer } from 'node:http';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, ensureChromium } from '../../../scripts/chromium.mjs';
import { bundlePage } from './bundle.mjs';
import { embedBench } from './embed.mjs';
import { groupBench } from './group.mjs';

const js = await bundlePage('page.ts', {
  banner: 'globalThis.__scriptStart = performance.now();',
});
const html =
  '<!doctype html><html lang="en"><meta charset="utf-8"><title>bench</title><body><script type="module" src="/page.js"></script>';

const server = createServer((req, res) => {
  if (req.url === '/page.js') {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    res.end(js);
  } else {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(html);
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
// `--embed-only`: only the embedded questionnaire; `--group-only`: only the group view;
// `--trace`: with a trace and a profile.
const groupOnly = process.argv.includes('--group-only');
const embedOnly = process.argv.includes('--embed-only');
const loads = embedOnly || groupOnly ? 0 : 5;
const all = {};
let embed;
let group;
try {
  if (!groupOnly) embed = await embedBench(browser, { trace: process.argv.includes('--trace') });
  if (!embedOnly) group = await groupBench(browser, { trace: process.argv.includes('--trace') });
  for (let i = 0; i < loads; i++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url);
    await page.waitForFunction(() => window.__bench, null, { timeout: 60_000 });
    const result = await page.evaluate(() => window.__bench);
    if (result.error) throw new Error(result.error);
    for (const [name, stats] of Object.entries(result)) (all[name] ??= []).push(stats.median);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
if (loads)
  console.log(`Widgets in Chromium (${loads} page loads; median of each load's median, ms):`);
for (const [name, medians] of Object.entries(all)) {
  console.log(
    `  ${name.padEnd(48)} ${median(medians).toFixed(1).padStart(7)} ms  (loads: ${medians.map((m) => m.toFixed(1)).join(', ')})`,
  );
}
if (loads) console.log(`Bundle under test: ${(js.length / 1024).toFixed(1)} KB minified.`);

// Budgets of the embedded questionnaire (reported, never asserted: timings vary by machine).
const verdict = (value, budget) =>
  value <= budget
    ? `budget ${budget} ms met`
    : `budget ${budget} ms MISSED by ${(value - budget).toFixed(1)} ms`;
if (embed) {
  console.log(
    '\nThe questionnaire as a partner embeds it (script + framework by `src`; fresh loads):',
  );
}
for (const [variant, runs] of Object.entries(embed?.results ?? {})) {
  const m = (key) => median(runs.map((r) => r[key]));
  const list = (key) => runs.map((r) => r[key].toFixed(1)).join(', ');
  const label = variant === 'bundle' ? 'one-file bundle' : 'autoloader';
  console.log(
    `  ${label}: radios in the DOM ${m('inDom').toFixed(1)} ms from script start (${list('inDom')})`,
  );
  console.log(
    `  ${label}: first step painted ${m('painted').toFixed(1)} ms from script start; ${verdict(m('painted'), 100)} (${list('painted')})`,
  );
  if (runs[0].cpu !== undefined) {
    console.log(
      `  ${label}: main-thread CPU, script start to step painted ${m('cpu').toFixed(1)} ms (${list('cpu')})`,
    );
  }
  console.log(
    `  ${label}: answer click to updated DOM ${m('click').toFixed(2)} ms (median of 20 clicks per load); ${verdict(m('click'), 8)} (${list('click')})`,
  );
}
if (embed?.trace) {
  const { span, totals, other } = embed.trace;
  console.log(
    `\nMain thread from script start to the step painted (one traced autoloader load, ${span.toFixed(1)} ms):`,
  );
  for (const [kind, ms] of Object.entries(totals).sort((a, b) => b[1] - a[1])) {
    console.log(`  ${kind.padEnd(48)} ${ms.toFixed(1).padStart(7)} ms`);
  }
  console.log(
    `  largest "other" events: ${other.map(([n, ms]) => `${n} ${ms.toFixed(1)} ms`).join(', ')}`,
  );
}
if (embed?.profile) {
  console.log('\nSampled JavaScript self time up to the step painted (same load), by file:');
  for (const [file, ms] of embed.profile.files)
    console.log(`  ${file.padEnd(48)} ${ms.toFixed(1).padStart(7)} ms`);
  console.log('  …and the busiest functions (minified names):');
  for (const [fn, ms] of embed.profile.functions)
    console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${fn}`);
}
if (group) {
  console.log(
    '\nThe group view of a workshop (<dtc-group-results>, 1200 px wide; fresh loads, traced):',
  );
  for (const [n, runs] of Object.entries(group.results)) {
    const m = (key) => median(runs.map((r) => r[key]));
    const list = (key) => runs.map((r) => r[key].toFixed(0)).join(', ');
    console.log(
      `  ${n} participants: longest task ${m('longest').toFixed(0)} ms (${list('longest')}); ` +
        `main-thread CPU ${m('cpu').toFixed(0)} ms (${list('cpu')}); ` +
        `wall ${m('wall').toFixed(0)} ms (${list('wall')})`,
    );
    console.log(
      `  ${n} participants: ${runs[0].charts} charts and ${runs[0].elements} elements built, ` +
        `${m('longTasks')} tasks over 50 ms`,
    );
  }
  for (const [n, { summary, functions }] of Object.entries(group.details)) {
    console.log(`\n  ${n} participants, main thread by kind of work (last load):`);
    for (const [kind, ms] of Object.entries(summary.totals).sort((a, b) => b[1] - a[1]))
      console.log(`    ${kind.padEnd(48)} ${ms.toFixed(1).padStart(8)} ms`);
    console.log(
      `    largest "other" events: ${summary.other.map(([e, ms]) => `${e} ${ms.toFixed(1)} ms`).join(', ')}`,
    );
    console.log('    busiest functions (minified names, self time):');
    for (const [fn, ms] of functions) console.log(`    ${ms.toFixed(1).padStart(8)} ms  ${fn}`);
  }
}
