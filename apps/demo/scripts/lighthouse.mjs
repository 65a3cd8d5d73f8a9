#!/usr/bin/env node
// Lighthouse 12 against the built demo, served locally (see serve.mjs): prints the
// performance, accessibility and best-practices scores and the bytes transferred by the
// first load of each page audited. Targets: performance ≥ 95, accessibility 100, best
// practices ≥ 95; the script exits with 1 when one is missed.
//
//   node apps/demo/scripts/lighthouse.mjs [--mobile] [path ...]   (default: the home page)
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/chromium.mjs';
import { serve } from './serve.mjs';

const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 95 };
const args = process.argv.slice(2);
const mobile = args.includes('--mobile');
const paths = args.filter((a) => !a.startsWith('--'));
if (!paths.length) paths.push('');

const chromePath = findChromium();
if (!chromePath) {
  console.error(
    'No Chromium found: set CHROME_PATH or install chromium (see scripts/chromium.mjs).',
  );
  process.exit(1);
}

const server = await serve();
const chrome = await chromeLauncher.launch({
  chromePath,
  // chrome-launcher adds its own --headless; keep ours and let the last one win.
  chromeFlags: CHROMIUM_ARGS,
  logLevel: 'silent',
});

const desktop = {
  formFactor: 'desktop',
  screenEmulation: {
    mobile: false,
    width: 1350,
    height: 940,
    deviceScaleFactor: 1,
    disabled: false,
  },
  throttling: {
    rttMs: 40,
    throughputKbps: 10240,
    cpuSlowdownMultiplier: 1,
    requestLatencyMs: 0,
    downloadThroughputKbps: 0,
    uploadThroughputKbps: 0,
  },
};

let failed = false;
try {
  for (const path of paths) {
    const url = new URL(path, server.url).href;
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: Object.keys(TARGETS),
      },
      { extends: 'lighthouse:default', settings: mobile ? {} : desktop },
    );
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`);
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(
      Object.keys(TARGETS).map((k) => [k, Math.round((lhr.categories[k]?.score ?? 0) * 100)]),
    );
    const bytes = lhr.audits['total-byte-weight']?.numericValue ?? 0;
    const requests = lhr.audits['network-requests']?.details?.items ?? [];
    const outside = requests.filter(
      (r) =>
        !/^https?:\/\/(127\.0\.0\.1|localhost)[:/]/.test(r.url) &&
        !/^(data|blob|chrome-extension):/.test(r.url),
    );
    console.log(
      `\nLighthouse ${lhr.lighthouseVersion} · ${mobile ? 'mobile' : 'desktop'} · ${url}`,
    );
    for (const [k, v] of Object.entries(scores)) {
      const ok = v >= TARGETS[k];
      if (!ok) failed = true;
      console.log(
        `  ${k.padEnd(15)} ${String(v).padStart(3)}  (target ≥ ${TARGETS[k]}) ${ok ? 'ok' : 'MISSED'}`,
      );
    }
    console.log(
      `  transfer        ${(bytes / 1024).toFixed(1)} KB in ${requests.length} requests (first load)`,
    );
    console.log(
      `  FCP ${lhr.audits['first-contentful-paint']?.displayValue} · LCP ${lhr.audits['largest-contentful-paint']?.displayValue} · TBT ${lhr.audits['total-blocking-time']?.displayValue} · CLS ${lhr.audits['cumulative-layout-shift']?.displayValue}`,
    );
    if (outside.length) {
      failed = true;
      console.log(`  requests outside this machine: ${outside.map((r) => r.url).join(', ')}`);
    }
    for (const [k, cat] of Object.entries(lhr.categories)) {
      for (const ref of cat.auditRefs) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 0.9) {
          console.log(
            `    ${k}: ${audit.id} ${audit.score} ${audit.displayValue ?? ''} – ${audit.title}`,
          );
        }
      }
    }
  }
} finally {
  await chrome.kill();
  await server.close();
}
process.exit(failed ? 1 : 0);
