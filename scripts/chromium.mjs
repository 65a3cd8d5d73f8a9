#!/usr/bin/env node
// Finds a Chromium for browser tests: $CHROME_PATH, then Debian's /usr/bin/chromium.
// Run as root on Debian with none present, it installs Debian's `chromium` package.
// Otherwise it stops and says how to get one. `--check` prints the path it found.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const CANDIDATES = ['/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/chromium-browser'];

/** Flags that keep headless Chromium from reaching outside hosts on a closed network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there.`);
  }
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

function isDebian() {
  try {
    return /^ID(_LIKE)?=.*debian/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && isDebian()) {
    console.log('No Chromium found: installing Debian\'s "chromium" package (about a minute)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    const installed = findChromium();
    if (installed) return installed;
  }
  console.error(
    [
      'Browser tests need Chromium, and none was found.',
      '  - Set CHROME_PATH to a Chromium or Chrome executable, or',
      '  - on Debian/Ubuntu: sudo apt-get install chromium',
      "  - elsewhere: install Chromium from your system's package manager.",
    ].join('\n'),
  );
  process.exit(1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const path = ensureChromium();
  if (process.argv.includes('--check')) {
    const v = spawnSync(path, ['--version'], { encoding: 'utf8' });
    console.log(`Chromium: ${path} ${(v.stdout || '').trim().split('\n').pop() ?? ''}`);
  }
}
