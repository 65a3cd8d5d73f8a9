#!/usr/bin/env node
// A throw-away Redis for tests and the load script: Debian's `redis-server` on a free loopback
// port, keeping nothing on disk, stopped by its caller.
//
// The binary: $REDIS_SERVER, then `redis-server` on the PATH, then /usr/bin/redis-server.
// Run as root on Debian with none present, it installs Debian's `redis-server` package;
// otherwise it throws an error that says how to get one.
//
// Run directly, it starts one, prints its URL and stops on Ctrl+C:
//   node scripts/services/redis.mjs
import { execFileSync, spawn } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const DEBIAN_PATH = '/usr/bin/redis-server';

const executable = (file) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The redis-server to run, or null when there is none. */
export function findRedisServer() {
  const fromEnv = process.env.REDIS_SERVER;
  if (fromEnv) {
    if (executable(fromEnv)) return fromEnv;
    throw new Error(`REDIS_SERVER is set to ${fromEnv}, but no executable file is there.`);
  }
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const candidate = join(dir, 'redis-server');
    if (executable(candidate)) return candidate;
  }
  return executable(DEBIAN_PATH) ? DEBIAN_PATH : null;
}

function isDebian() {
  try {
    return /^ID(_LIKE)?=.*debian/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

const HOW_TO_GET_IT = [
  'The room tests with Redis need redis-server, and none was found.',
  '  - Set REDIS_SERVER to a redis-server executable, or put one on the PATH, or',
  '  - on Debian/Ubuntu: sudo apt-get install redis-server',
  '  - elsewhere: install Redis from your system’s package manager (only the server binary is used).',
  'To run the other tests without Redis, set DTC_SKIP_REDIS=1.',
].join('\n');

/** Finds redis-server, installing Debian's package when running as root on Debian. */
export function ensureRedisServer() {
  const found = findRedisServer();
  if (found) return found;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const apt = existsSync('/usr/bin/apt-get');
  if (root && apt && isDebian()) {
    console.log('No redis-server found: installing Debian’s "redis-server" package…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
      execFileSync('apt-get', ['install', '-y', '-qq', 'redis-server'], { stdio: 'inherit', env });
    } catch (error) {
      throw new Error(
        `Installing redis-server with apt-get failed (${error.message}).\n${HOW_TO_GET_IT}`,
      );
    }
    const installed = findRedisServer();
    if (installed) return installed;
  }
  throw new Error(HOW_TO_GET_IT);
}

/** A port nobody listens on now, on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Sends PING over a plain TCP connection; resolves true on `+PONG`. */
function ping(host, port) {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    let answer = '';
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      answer += chunk.toString('latin1');
      if (answer.includes('\r\n')) done(answer.startsWith('+PONG'));
    });
  });
}

/**
 * Starts redis-server on a free port of 127.0.0.1, without persistence. Resolves once it
 * answers PING to `{ url, host, port, stop() }`; `stop()` ends it and waits for its exit.
 */
export async function startRedis({ timeout = 15_000 } = {}) {
  const binary = ensureRedisServer();
  const host = '127.0.0.1';
  // Another process may take the port between the probe and redis-server's bind: try again then.
  for (let attempt = 1; ; attempt += 1) {
    const port = await freePort();
    try {
      return await launch(binary, host, port, timeout);
    } catch (error) {
      if (!error.portTaken || attempt >= 5) throw error;
    }
  }
}

async function launch(binary, host, port, timeout) {
  const args = ['--port', String(port), '--bind', host, '--save', '', '--appendonly', 'no'];
  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  let exit = null;
  void exited.then((e) => (exit = e));
  const spawnError = new Promise((resolve) => child.once('error', resolve));

  const started = Date.now();
  for (;;) {
    const failed = await Promise.race([
      spawnError,
      new Promise((r) => setTimeout(() => r(null), 50)),
    ]);
    if (failed) throw new Error(`Could not run ${binary}: ${failed.message}`);
    if (exit) {
      const error = new Error(
        `redis-server on port ${port} stopped at start (${exit.code ?? exit.signal}):\n${output}`,
      );
      error.portTaken = /address already in use/i.test(output);
      throw error;
    }
    if (await ping(host, port)) break;
    if (Date.now() - started > timeout) {
      child.kill('SIGKILL');
      await exited;
      throw new Error(
        `redis-server on port ${port} did not answer PING within ${timeout} ms:\n${output}`,
      );
    }
  }

  let stopping = null;
  return {
    url: `redis://${host}:${port}`,
    host,
    port,
    pid: child.pid,
    stop() {
      stopping ??= (async () => {
        if (exit) return;
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      })();
      return stopping;
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const redis = await startRedis();
  console.log(`redis-server (pid ${redis.pid}) answers at ${redis.url}; Ctrl+C stops it.`);
  for (const signal of ['SIGINT', 'SIGTERM'])
    process.once(signal, () => void redis.stop().then(() => process.exit(0)));
}
