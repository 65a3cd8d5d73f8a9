#!/usr/bin/env node
// Browser benchmark: builds bench/page.ts like the CDN bundle, serves it on 127.0.0.1 and
// runs it in headless Chromium (several fresh page loads), then prints medians in ms.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, ensureChromium } from '../../../scripts/chromium.mjs';
import { minifyTemplates } from '../scripts/minify-templates.mjs';

const here = new URL('.', import.meta.url).pathname;
const bundle = await build({
  entryPoints: [here + 'page.ts'],
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  target: 'es2022',
  conditions: ['@dtc/source', 'module', 'browser', 'production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  plugins: [minifyTemplates],
  banner: { js: 'globalThis.__scriptStart = performance.now();' },
  logLevel: 'error',
});
const js = bundle.outputFiles[0].contents;
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
const loads = 5;
const all = {};
try {
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
console.log(`Widgets in Chromium (${loads} page loads; median of each load's median, ms):`);
for (const [name, medians] of Object.entries(all)) {
  console.log(
    `  ${name.padEnd(48)} ${median(medians).toFixed(1).padStart(7)} ms  (loads: ${medians.map((m) => m.toFixed(1)).join(', ')})`,
  );
}
console.log(`Bundle under test: ${(js.length / 1024).toFixed(1)} KB minified.`);
