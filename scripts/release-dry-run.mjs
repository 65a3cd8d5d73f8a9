#!/usr/bin/env node
// `npm run release:dry-run`: rehearses a release without publishing. In a copy of the
// working tree (tracked and new files, not ignored ones) it applies the pending changesets
// (`changeset version`), installs, builds, and then runs the Node consumer check on the
// versioned tarballs (scripts/packages/run.mjs --only node, installed without overrides,
// so every package must find its sibling packages at the versions it now names). It also
// checks that each package got a version above 0.0.0 and a CHANGELOG.md in its tarball.
// The repository itself is left untouched. Flag: --keep keeps the copy.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const keep = process.argv.includes('--keep');

function run(command, args, cwd, extraEnv = {}) {
  console.log(`▶ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    cwd,
    stdio: 'inherit',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', ...extraEnv },
  });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (${result.status})`);
}

const copy = mkdtempSync(join(tmpdir(), 'dtc-release-'));
let failures = 0;
try {
  const listed = spawnSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  const files = listed.stdout.split('\0').filter((f) => f && existsSync(join(root, f)));
  for (const file of files) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(join(root, file), join(copy, file));
  }
  console.log(`Copied ${files.length} files to ${copy}`);

  run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], copy);
  run('npx', ['changeset', 'version'], copy);
  run('npx', ['turbo', 'run', 'build', '--output-logs=errors-only'], copy);

  const packages = readdirSync(join(copy, 'packages'))
    .map((name) => join(copy, 'packages', name))
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }))
    .filter(({ manifest }) => !manifest.private);
  const versions = new Map(packages.map(({ manifest }) => [manifest.name, manifest.version]));
  for (const { dir, manifest } of packages) {
    const problems = [];
    if (manifest.version === '0.0.0') problems.push('version is still 0.0.0');
    if (!existsSync(join(dir, 'CHANGELOG.md'))) problems.push('no CHANGELOG.md');
    for (const [dep, range] of Object.entries(manifest.dependencies ?? {})) {
      if (versions.has(dep) && range !== versions.get(dep) && range !== `^${versions.get(dep)}`) {
        problems.push(`depends on ${dep}@${range}, but the release makes ${versions.get(dep)}`);
      }
    }
    const packed = spawnSync('npm', ['pack', '--dry-run', '--json'], {
      cwd: dir,
      encoding: 'utf8',
    });
    const names = JSON.parse(packed.stdout)[0].files.map((f) => f.path);
    if (!names.includes('CHANGELOG.md')) problems.push('CHANGELOG.md is not in the tarball');
    if (problems.length) {
      failures += problems.length;
      console.log(`FAIL ${manifest.name}@${manifest.version}: ${problems.join('; ')}`);
    } else {
      console.log(`ok   ${manifest.name}@${manifest.version}`);
    }
  }

  // Import and require every entry of the versioned tarballs, resolved by version alone.
  run('node', ['scripts/packages/run.mjs', '--only', 'node', '--no-overrides'], copy);
} catch (error) {
  failures += 1;
  console.error(String(error?.message ?? error));
} finally {
  if (keep) console.log(`Kept ${copy}`);
  else rmSync(copy, { recursive: true, force: true });
}

console.log(failures ? `release dry run: ${failures} problem(s)` : 'release dry run: ok');
process.exit(failures ? 1 : 0);
