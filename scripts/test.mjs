#!/usr/bin/env node
// Runs every check the project has, in order: build, lint, typecheck, size budgets and all
// tests (node, real-Chromium browser tests, end-to-end on the built demo). It finds or
// installs Chromium first (see scripts/chromium.mjs). Ends with "tests: N passed, N failed".
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './chromium.mjs';

process.env.TURBO_TELEMETRY_DISABLED = '1';
process.env.DO_NOT_TRACK = '1';
const chrome = ensureChromium();
process.env.CHROME_PATH = chrome;
console.log(`Using Chromium at ${chrome}`);

const results = [];
function step(name, command, args, env = {}) {
  const start = Date.now();
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const run = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = run.status === 0;
  results.push({ name, ok, seconds: (Date.now() - start) / 1000 });
  return ok;
}

const built = step('build', 'npx', ['turbo', 'run', 'build', '--output-logs=errors-only']);
step('lint', 'npm', ['run', 'lint']);
// Every change to a published package since main carries a changeset. The check needs a
// `main` branch to compare with; a detached checkout without one skips it and says so.
const hasMain = ['main', 'origin/main'].some(
  (ref) =>
    spawnSync('git', ['rev-parse', '--verify', '--quiet', ref], { stdio: 'ignore' }).status === 0,
);
if (hasMain) step('changesets', 'npx', ['changeset', 'status']);
else console.log('\nSkipping changeset status: no main branch in this checkout.');
step('typecheck', 'npx', ['turbo', 'run', 'typecheck', '--output-logs=errors-only']);
// Every catalog, the framework and the course complete and well formed in every locale.
step('translations', 'npm', ['run', 'i18n:check']);
if (built) step('size budgets', 'node', ['scripts/size.mjs']);
// The packed tarballs, installed into throwaway consumer projects (scripts/packages/run.mjs).
const packagesReport = '.packages-results.json';
rmSync(packagesReport, { force: true });
if (built) {
  process.env.DTC_PACKAGES_REPORT = packagesReport;
  step('packages', 'node', ['scripts/packages/run.mjs']);
  // A release rehearsal: pending changesets applied in a copy, built, packed, installed, imported.
  step('release dry run', 'node', ['scripts/release-dry-run.mjs']);
}

const report = '.vitest-results.json';
rmSync(report, { force: true });
step('tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
]);

// Once more far from UTC, where a date shown in the wrong zone lands on another day: the node
// tests with the process in UTC+14, and the browser tests that show dates with the page there
// too (the browser project pins its page to UTC otherwise; see vitest.config.ts).
const FAR_ZONE = 'Pacific/Kiritimati';
step(`node tests in ${FAR_ZONE}`, 'npx', ['vitest', 'run', '--project', 'node'], {
  TZ: FAR_ZONE,
});
step(
  `browser date tests in ${FAR_ZONE}`,
  'npx',
  [
    'vitest',
    'run',
    '--project',
    'browser',
    'packages/widgets/src/report/report.test.ts',
    'packages/widgets/src/shared/model/plan-export.test.ts',
    'packages/widgets/src/action-plan/action-plan.test.ts',
  ],
  { TZ: FAR_ZONE, DTC_BROWSER_TIMEZONE: FAR_ZONE },
);

let passed = 0;
let failed = 0;
try {
  const json = JSON.parse(readFileSync(packagesReport, 'utf8'));
  passed += json.passed;
  failed += json.failed;
  rmSync(packagesReport, { force: true });
} catch {
  // No report: the step did not run or stopped early; its own line below says which.
}
try {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  rmSync(report, { force: true });
} catch {
  failed += 1;
}

console.log('\nSummary');
for (const r of results)
  console.log(`  ${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.seconds.toFixed(1)} s)`);
const stepFailures = results.filter((r) => !r.ok).length;
console.log(
  `tests: ${passed} passed, ${failed + (stepFailures && !failed ? stepFailures : 0)} failed`,
);
process.exit(stepFailures || failed ? 1 : 0);
