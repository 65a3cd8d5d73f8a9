#!/usr/bin/env node
/**
 * `dtc-rooms`: starts a room server from a terminal. With no options it listens on every
 * address of this machine (a venue's network) on port 8787 and keeps rooms in
 * `./dtc-rooms.sqlite`. `--help` lists the options; docs/rooms.md explains them.
 */
import { networkInterfaces } from 'node:os';
import { parseArgs } from 'node:util';
import { DEFAULT_LIMITS, type Limits } from './guard.js';
import { startRoomServer } from './server.js';

const HELP = `dtc-rooms: the workshop room server of the DTC six-pillars toolkit

Usage: dtc-rooms [options]

  --port <n>          port to listen on (default 8787; 0 picks a free one)
  --host <address>    address to listen on (default 0.0.0.0: every network of this machine;
                      127.0.0.1 for this machine only)
  --database <file>   SQLite file for rooms and their documents (default ./dtc-rooms.sqlite)
  --redis <url>       redis://[user:password@]host:port[/db] shared by every process serving
                      the same rooms
  --static <dir>      a directory served at / (the built demo, apps/demo/dist)
  --open-key <key>    opening a room needs this key (default: anyone who reaches the server)
  --trust-proxy       read participants' addresses from X-Forwarded-For (only behind a
                      reverse proxy that sets it)
  --max-rooms <n>     rooms kept at once (default ${DEFAULT_LIMITS.roomsPerServer})
  --max-participants <n>  participants per room (default ${DEFAULT_LIMITS.participantsPerRoom})
  --code-hours <n>    hours a room code stays valid (default ${DEFAULT_LIMITS.codeHours})
  -h, --help          this help

Environment: DTC_ROOMS_OPEN_KEY is read when --open-key is not given.`;

function fail(message: string): never {
  console.error(`dtc-rooms: ${message}\nRun dtc-rooms --help for the options.`);
  process.exit(2);
}

function count(value: string | undefined, name: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    fail(`--${name} must be a whole number of at least ${min}, not "${value}".`);
  return n;
}

function redisOf(value: string | undefined) {
  if (value === undefined) return undefined;
  try {
    const url = new URL(value);
    if (url.protocol !== 'redis:') throw new Error('not redis:');
    const db = url.pathname.replace(/^\//, '');
    if (db && !/^\d+$/.test(db)) throw new Error('not a database number');
    return {
      host: url.hostname,
      port: Number(url.port || 6379),
      username: url.username ? decodeURIComponent(url.username) : undefined,
      password: url.password ? decodeURIComponent(url.password) : undefined,
      db: db ? Number(db) : undefined,
    };
  } catch {
    return fail(`--redis must be a URL like redis://127.0.0.1:6379, not "${value}".`);
  }
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      database: { type: 'string' },
      redis: { type: 'string' },
      static: { type: 'string' },
      'open-key': { type: 'string' },
      'trust-proxy': { type: 'boolean' },
      'max-rooms': { type: 'string' },
      'max-participants': { type: 'string' },
      'code-hours': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  }));
} catch (error) {
  fail((error as Error).message);
}
if (values.help) {
  console.log(HELP);
  process.exit(0);
}

const limits: Partial<Limits> = {};
const rooms = count(values['max-rooms'], 'max-rooms', 1);
const participants = count(values['max-participants'], 'max-participants', 1);
const hours = count(values['code-hours'], 'code-hours', 1);
if (rooms) limits.roomsPerServer = rooms;
if (participants) limits.participantsPerRoom = participants;
if (hours) limits.codeHours = hours;

const host = values.host ?? '0.0.0.0';
const server = await startRoomServer({
  port: count(values.port, 'port', 0) ?? 8787,
  host,
  database: values.database ?? 'dtc-rooms.sqlite',
  redis: redisOf(values.redis),
  staticDir: values.static,
  openKey: values['open-key'] ?? process.env.DTC_ROOMS_OPEN_KEY,
  trustProxy: values['trust-proxy'] === true,
  limits,
}).catch((error: NodeJS.ErrnoException) =>
  fail(
    error.code === 'EADDRINUSE'
      ? `port ${values.port ?? 8787} is in use; choose another with --port.`
      : String(error),
  ),
);

const addresses =
  host === '0.0.0.0'
    ? Object.values(networkInterfaces())
        .flat()
        .filter((i) => i && i.family === 'IPv4')
        .map((i) => `http://${i!.address}:${server.port}`)
    : [server.url];
console.log(`dtc-rooms is listening${values.static ? ' (and serving the site)' : ''} on:`);
for (const a of addresses) console.log(`  ${a}`);
console.log(
  'Participants on the same network open one of these addresses. Ctrl+C stops the server.',
);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log('Stopping: storing every room…');
    void server.close().then(() => process.exit(0));
  });
