#!/usr/bin/env node
// `npm run test:packages`: tests what a partner installs, not the source. It packs every
// published package (`npm pack`), installs the tarballs into a throwaway consumer project in
// a temp folder, and runs each check in ./checks against that install: bundlers, Node,
// React, Vue, server-side rendering, package linters, strict CSP, the room server.
//
// Run `npm run build` first (npm test does). Flags:
//   --only <name>[,<name>]  run only these checks (file names without .mjs)
//   --keep                  keep the temp folder and print where it is
//   --no-overrides          let sibling packages resolve by version, not forced to the tarballs
//
// A check is a module exporting `name` and `default async function (ctx)`; it throws (or
// calls ctx.fail) on failure and calls ctx.pass(label) once per thing it verified. The ctx:
//   root       the repository root
//   dir        the consumer project (its node_modules hold the installed tarballs)
//   packages   [{ name, dir, tarball, manifest }] for every published package
//   chrome     a Chromium executable, or null when the check does not need one
//   run(cmd, args, options)  spawn in `dir` (or options.cwd); throws with the output on failure
//   fixture(name)            copy scripts/packages/fixtures/<name> into `dir/<name>`, return its path
//   log(...)   indented output
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from '../chromium.mjs';
import { localPrebuilds } from './native.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const here = fileURLToPath(new URL('./', import.meta.url));
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : null;
const keep = args.includes('--keep');
// Without overrides, packages find each other by the versions they name (a release rehearsal).
const overrides = !args.includes('--no-overrides');

function run(command, commandArgs, options = {}) {
  const result = spawnSync(command, commandArgs, {
    cwd: options.cwd ?? ctx.dir,
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
    input: options.input,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0 && !options.allowFailure) {
    const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim();
    throw new Error(`${command} ${commandArgs.join(' ')} failed (${result.status}):\n${output}`);
  }
  return result;
}

/** The workspace packages a partner can install: every non-private package under packages/. */
function publishedPackages() {
  return readdirSync(join(root, 'packages'))
    .map((name) => join(root, 'packages', name))
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }))
    .filter(({ manifest }) => !manifest.private)
    .map(({ dir, manifest }) => ({ name: manifest.name, dir, manifest }));
}

const rootManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
/** The consumer's tools carry the repository's pinned versions, so npm finds them in its cache. */
function toolVersion(name) {
  const version = rootManifest.devDependencies?.[name];
  if (!version) throw new Error(`${name} is not a devDependency of the repository root`);
  return version;
}

const tmp = mkdtempSync(join(tmpdir(), 'dtc-consumers-'));
const ctx = {
  root,
  dir: join(tmp, 'consumer'),
  packages: publishedPackages(),
  chrome: findChromium(),
  run,
  fixture(name) {
    const target = join(ctx.dir, name);
    cpSync(join(here, 'fixtures', name), target, { recursive: true });
    return target;
  },
  log: (...parts) => console.log('   ', ...parts),
  toolVersion,
};

const checks = [];
for (const file of readdirSync(join(here, 'checks'))
  .filter((f) => f.endsWith('.mjs'))
  .sort()) {
  const module = await import(join(here, 'checks', file));
  const name = file.replace(/\.mjs$/, '');
  if (!only || only.includes(name)) checks.push({ name, module });
}

let passed = 0;
let failed = 0;
try {
  console.log(`Packing ${ctx.packages.length} packages into ${tmp}`);
  const tarballs = join(tmp, 'tarballs');
  mkdirSync(tarballs);
  for (const pkg of ctx.packages) {
    const out = run('npm', ['pack', '--json', '--pack-destination', tarballs], { cwd: pkg.dir });
    const [{ filename }] = JSON.parse(out.stdout);
    pkg.tarball = join(tarballs, filename);
  }
  // One consumer project holds every tarball and every tool the checks use; each check works
  // in its own subfolder. Tools come from the checks' `tools` lists, at the root's versions.
  const tools = [...new Set(checks.flatMap(({ module }) => module.tools ?? []))].sort();
  const manifest = {
    name: 'dtc-consumer',
    private: true,
    type: 'module',
    dependencies: Object.fromEntries([
      ...ctx.packages.map((p) => [p.name, `file:${p.tarball}`]),
      ...tools.map((t) => [t, toolVersion(t)]),
    ]),
    // Workspace packages depend on each other at 0.0.0; point those at the tarballs too.
    ...(overrides && {
      overrides: Object.fromEntries(ctx.packages.map((p) => [p.name, `file:${p.tarball}`])),
    }),
  };
  mkdirSync(ctx.dir, { recursive: true });
  writeFileSync(join(ctx.dir, 'package.json'), JSON.stringify(manifest, null, 2));
  console.log(`Installing the tarballs and ${tools.length} tools (npm install --prefer-offline)`);
  // Native modules (better-sqlite3) take the workspace's binary, not a download or a compile.
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], {
    env: localPrebuilds(root, join(tmp, 'prebuilds')),
  });

  for (const { name, module } of checks) {
    console.log(`\n▶ ${name}`);
    const start = Date.now();
    const checkCtx = {
      ...ctx,
      pass(label) {
        passed += 1;
        console.log(`    ok   ${label}`);
      },
      fail(label, error) {
        failed += 1;
        // Long lines (minified bundles in a stack trace) are cut so the reason stays readable.
        const detail = String(error?.stack ?? error ?? '')
          .split('\n')
          .map((line) => `      ${line.length > 300 ? `${line.slice(0, 300)}…` : line}`)
          .join('\n');
        console.log(`    FAIL ${label}\n${detail}`);
      },
    };
    try {
      await module.default(checkCtx);
    } catch (error) {
      checkCtx.fail(`${name} stopped`, error);
    }
    console.log(`    (${((Date.now() - start) / 1000).toFixed(1)} s)`);
  }
} finally {
  if (keep) console.log(`\nKept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}

console.log(`\npackages: ${passed} passed, ${failed} failed`);
if (process.env.DTC_PACKAGES_REPORT) {
  writeFileSync(process.env.DTC_PACKAGES_REPORT, JSON.stringify({ passed, failed }));
}
process.exit(failed ? 1 : 0);
