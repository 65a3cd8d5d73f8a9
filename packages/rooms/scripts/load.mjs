#!/usr/bin/env node
/**
 * Load test of the room server: 300 participants in 10 rooms (30 each) answer the whole
 * six-pillar questionnaire over the real protocol, while each room's facilitator watches every
 * participant's response, as in the workshop.
 *
 * What it measures, for (a) one server process and (b) two server processes sharing a SQLite
 * file and a Redis (participants spread over both, each facilitator on the first):
 * - latency: from a participant's save of one answer to the moment the facilitator's
 *   connection of that room holds that answer (both in this process, one clock);
 * - server memory: the peak resident set (VmRSS in /proc/<pid>/status, sampled every 200 ms)
 *   of each room server process;
 * - server CPU: user + system time of the room server processes (/proc/<pid>/stat) during
 *   the answering, in seconds and as a mean percentage of one core over that time;
 * - errors: joins refused, refusals the server sent, answers the facilitator never saw.
 *
 * How: each server is a child process (`node dist/server/cli.js --port … --host 127.0.0.1
 * --database …` and, for (b), `--redis …`), so that /proc shows its memory and CPU alone,
 * apart from this process, which runs every client (`RoomConnection` over `ws`). Each room is
 * a venue on its own loopback address (127.0.0.11, .12, …): its participants look the code
 * up and join from there, as behind a venue's router. Each participant then answers the 83
 * questions one at a time, in order, with a random think time (0.5 to 1.5 × THINK_MS), so a
 * scenario lasts about a minute. The machine's cores are shared by the servers and the clients.
 *
 * Run: `npm run bench -w @dtc/rooms` (builds the package first when its dist is missing or
 * older than its sources). Prints a table and writes bench-results.json next to package.json.
 * Environment: ROOMS, PER_ROOM, THINK_MS change the load; REDIS_SERVER names a redis-server.
 */
import { execFileSync, spawn } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { request } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = join(here, '..');
const root = join(pkg, '..', '..');

const ROOMS = Number(process.env.ROOMS ?? 10);
const PER_ROOM = Number(process.env.PER_ROOM ?? 30);
const THINK_MS = Number(process.env.THINK_MS ?? 700);
/** How long after the last save the facilitators may take to see it, before it counts as lost. */
const SETTLE_MS = 30_000;

// ---------------------------------------------------------------------------------------------
// The package's build (the servers run dist/server/cli.js; the clients use dist/client).

function newestIn(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const cli = join(pkg, 'dist', 'server', 'cli.js');
if (!existsSync(cli) || statSync(cli).mtimeMs < newestIn(join(pkg, 'src'))) {
  console.log('Building @dtc/rooms…');
  execFileSync('npm', ['run', 'build'], { cwd: pkg, stdio: 'inherit' });
}

const { openRoom, RoomConnection } = await import('../dist/client/index.js');
const { sixPillars } = await import('@dtc/framework');
const { emptyResponse, setAnswer } = await import('@dtc/widgets/model');
const { freePort, startRedis } = await import(join(root, 'scripts', 'services', 'redis.mjs'));

const questions = sixPillars.pillars.flatMap((p) => p.components.flatMap((c) => c.questions));

/** A plausible answer to `q`: a level, an option, or a line of text. */
function answerTo(q) {
  if (q.kind === 'rubric') return { value: 1 + Math.floor(Math.random() * q.descriptors.length) };
  if (q.kind === 'choice')
    return { value: q.options[Math.floor(Math.random() * q.options.length)].id };
  if (q.kind === 'boolean') return { value: Math.random() < 0.5 ? 'yes' : 'no' };
  return { value: 'The national EMIS and two regional platforms.' };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check, ms, what) {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error(`Timed out after ${ms} ms waiting for ${what}`);
    await sleep(25);
  }
}

// ---------------------------------------------------------------------------------------------
// Server processes and what /proc says about them.

const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

/** CPU seconds (user + system) a process used so far. */
function cpuSeconds(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After the name: state is field 3, utime 14 and stime 15 (man 5 proc), so indexes 11 and 12 here.
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/** Resident memory of a process now (0 once it has ended). */
function rssBytes(pid) {
  let status;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return 0;
  }
  const match = /^VmRSS:\s+(\d+) kB/m.exec(status);
  return match ? Number(match[1]) * 1024 : 0;
}

/** Starts `dtc-rooms` as a child process; resolves once it listens. */
async function startServer({ database, redis }) {
  const port = await freePort();
  const args = [cli, '--port', String(port), '--host', '127.0.0.1', '--database', database];
  if (redis) args.push('--redis', redis);
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const events = [];
  let output = '';
  const read = (chunk) => {
    output += chunk.toString();
    let newline;
    while ((newline = output.indexOf('\n')) >= 0) {
      const line = output.slice(0, newline);
      output = output.slice(newline + 1);
      if (line.startsWith('{')) events.push(JSON.parse(line));
      else if (line.startsWith('dtc-rooms:')) console.error(line);
    }
  };
  child.stdout.on('data', read);
  let errors = '';
  child.stderr.on('data', (chunk) => (errors = (errors + chunk.toString()).slice(-8000)));
  let stopping = false;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  void exited.then((code) => {
    if (!stopping)
      console.error(
        `The room server on port ${port} ended (${code}) during the run:\n${errors}${output}`,
      );
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i += 1) {
    try {
      const answer = await fetch(`${url}/api/rooms`);
      if (answer.ok) break;
    } catch {
      // Not listening yet.
    }
    if (child.exitCode !== null || i > 200)
      throw new Error(`The room server did not start:\n${errors}${output}`);
    await sleep(50);
  }
  return {
    url,
    pid: child.pid,
    events,
    async stop() {
      stopping = true;
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Samples the peak RSS of `pids` every 200 ms until stopped. */
function watchMemory(pids) {
  const peak = new Map(pids.map((pid) => [pid, 0]));
  const sample = () => {
    for (const pid of pids) peak.set(pid, Math.max(peak.get(pid), rssBytes(pid)));
  };
  sample();
  const timer = setInterval(sample, 200);
  return () => {
    clearInterval(timer);
    sample();
    return peak;
  };
}

// ---------------------------------------------------------------------------------------------
// Joining from a venue's address (node:http, which can choose the local address).

function postFrom(localAddress, url, body) {
  return new Promise((resolve, reject) => {
    const data = JSON.stringify(body);
    const call = request(
      url,
      {
        method: 'POST',
        localAddress,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode, body: JSON.parse(text || 'null') }),
        );
      },
    );
    call.on('error', reject);
    call.end(data);
  });
}

function getFrom(localAddress, url) {
  return new Promise((resolve, reject) => {
    request(url, { localAddress }, (response) => {
      let text = '';
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode, body: JSON.parse(text || 'null') }),
      );
    })
      .on('error', reject)
      .end();
  });
}

const connect = (session) =>
  new RoomConnection(session, {
    WebSocketPolyfill: WebSocket,
    offline: false,
    syncTimeout: 10_000,
  });

// ---------------------------------------------------------------------------------------------
// One scenario.

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function scenario(name, serverCount) {
  console.log(
    `\n${name}: ${serverCount} server process${serverCount > 1 ? 'es' : ''}, ${ROOMS} rooms × ${PER_ROOM} participants, ${questions.length} questions each`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'dtc-rooms-load-'));
  const database = join(dir, 'rooms.sqlite');
  const redis = serverCount > 1 ? await startRedis() : null;
  const servers = [];
  for (let i = 0; i < serverCount; i += 1)
    servers.push(await startServer({ database, redis: redis?.url }));
  const pids = servers.map((s) => s.pid);
  const stopMemory = watchMemory(redis ? [...pids, redis.pid] : pids);
  const connections = [];
  const errors = { joins: 0, refusals: 0, unseen: 0 };
  const refusals = [];

  try {
    // Rooms, facilitators (on the first server), and participants joining from their venue.
    const rooms = [];
    for (let r = 0; r < ROOMS; r += 1) {
      const { opened, session } = await openRoom(servers[0].url, {
        title: `Workshop room ${r + 1}`,
        teams: ['Team A', 'Team B', 'Team C'],
        framework: { id: sixPillars.id, version: sixPillars.version },
      });
      const facilitator = connect(session);
      connections.push(facilitator);
      facilitator.onStatus((s) => s.refusal && refusals.push(s.refusal));
      rooms.push({ opened, facilitator, participants: [], venue: `127.0.0.${11 + r}` });
    }
    let p = 0;
    await Promise.all(
      rooms.map(async (room) => {
        for (let i = 0; i < PER_ROOM; i += 1, p += 1) {
          const server = servers[p % serverCount];
          const looked = await getFrom(
            room.venue,
            `${server.url}/api/rooms/join?code=${room.opened.code}`,
          );
          const joined = await postFrom(room.venue, `${server.url}/api/rooms/join`, {
            code: room.opened.code,
            name: `Participant ${i + 1}`,
            team: room.opened.teams[i % room.opened.teams.length].id,
          });
          if (looked.status !== 200 || joined.status !== 201) {
            errors.joins += 1;
            if (errors.joins <= 3)
              console.error(
                `A join was refused: ${looked.status} then ${joined.status} ${JSON.stringify(joined.body)}`,
              );
            continue;
          }
          const j = joined.body;
          const session = {
            server: server.url,
            role: 'participant',
            room: j.room,
            token: j.token,
            participant: j.participant,
            team: j.team,
          };
          room.participants.push({ session, id: j.participant, sent: new Map(), seen: new Set() });
        }
      }),
    );

    // The facilitator watches each participant's response; an answer is "seen" when its
    // question's entry holds the value just sent.
    const latencies = [];
    for (const room of rooms) {
      for (const participant of room.participants) {
        const view = room.facilitator.open({ kind: 'participant', key: participant.id });
        const answers = view.doc.getMap('answers');
        answers.observe((event) => {
          const now = performance.now();
          for (const key of event.keysChanged) {
            const sent = participant.sent.get(key);
            if (!sent || participant.seen.has(key)) continue;
            if (answers.get(key)?.value !== sent.value) continue;
            participant.seen.add(key);
            latencies.push(now - sent.at);
          }
        });
        participant.view = view;
      }
    }
    await Promise.all(rooms.flatMap((room) => room.participants.map((pt) => pt.view.ready)));

    // Every participant connects and loads its (empty) response.
    const everyone = rooms.flatMap((room) => room.participants);
    for (const participant of everyone) {
      participant.connection = connect(participant.session);
      connections.push(participant.connection);
      participant.connection.onStatus((s) => s.refusal && refusals.push(s.refusal));
      participant.store = participant.connection.responseStore();
    }
    await Promise.all(everyone.map((pt) => pt.store.load(sixPillars)));

    // Answering: each participant in its own loop, the whole questionnaire one answer at a time.
    const cpuBefore = pids.map(cpuSeconds);
    const clientCpuBefore = process.cpuUsage();
    const loadBefore = loadavg()[0];
    const redisCpuBefore = redis ? cpuSeconds(redis.pid) : 0;
    const started = performance.now();
    let sent = 0;
    await Promise.all(
      everyone.map(async (participant) => {
        let response = emptyResponse(sixPillars);
        await sleep(Math.random() * THINK_MS);
        for (const q of questions) {
          await sleep(THINK_MS * (0.5 + Math.random()));
          const answer = answerTo(q);
          response = setAnswer(response, q.id, answer);
          participant.sent.set(q.id, { value: answer.value, at: performance.now() });
          participant.store.save({ response, drafts: {} });
          sent += 1;
        }
      }),
    );
    const allSent = performance.now();
    const expected = everyone.length * questions.length;
    await until(
      () => latencies.length >= expected,
      SETTLE_MS,
      'the facilitators to see every answer',
    ).catch(() => undefined);
    const finished = performance.now();
    const cpuAfter = pids.map(cpuSeconds);
    const clientCpu = process.cpuUsage(clientCpuBefore);
    const redisCpu = redis ? cpuSeconds(redis.pid) - redisCpuBefore : 0;
    const wall = (finished - started) / 1000;
    errors.unseen = expected - latencies.length;
    const peaks = stopMemory();

    const sorted = [...latencies].sort((a, b) => a - b);
    const serverRefusals = servers.flatMap((s) =>
      s.events.filter((e) => e.event.startsWith('refused')),
    );
    errors.refusals = refusals.length + serverRefusals.length;
    const cpu = cpuAfter.reduce((sum, after, i) => sum + after - cpuBefore[i], 0);
    const result = {
      scenario: name,
      serverProcesses: serverCount,
      rooms: ROOMS,
      participants: everyone.length,
      answersSent: sent,
      answersSeen: latencies.length,
      answeringSeconds: Number(((allSent - started) / 1000).toFixed(1)),
      latencyMs: {
        p50: Number(percentile(sorted, 50).toFixed(1)),
        p95: Number(percentile(sorted, 95).toFixed(1)),
        max: Number(sorted.at(-1).toFixed(1)),
      },
      serverPeakRssMb: pids.map((pid) => Number((peaks.get(pid) / 2 ** 20).toFixed(1))),
      serverCpuSeconds: Number(cpu.toFixed(2)),
      serverMeanCpuPercent: Number(((cpu / wall) * 100).toFixed(1)),
      // redis-server, apart: not counted in the room servers' figures above.
      redis: redis
        ? {
            peakRssMb: Number((peaks.get(redis.pid) / 2 ** 20).toFixed(1)),
            cpuSeconds: Number(redisCpu.toFixed(2)),
          }
        : undefined,
      // The clients (this process) share the machine's cores with the servers; so may others.
      clientCpuSeconds: Number(((clientCpu.user + clientCpu.system) / 1e6).toFixed(2)),
      loadAverage: {
        before: Number(loadBefore.toFixed(2)),
        after: Number(loadavg()[0].toFixed(2)),
      },
      errors: { ...errors, examples: [...refusals.slice(0, 3), ...serverRefusals.slice(0, 3)] },
    };
    console.log(
      `  ${sent} answers sent, ${latencies.length} seen by the facilitators; p95 ${result.latencyMs.p95} ms; CPU ${result.serverCpuSeconds} s`,
    );
    return result;
  } finally {
    stopMemory();
    for (const c of connections) c.destroy();
    await Promise.all(servers.map((s) => s.stop()));
    await redis?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------

// SCENARIOS=one or SCENARIOS=two runs one of them.
const which = (process.env.SCENARIOS ?? 'one,two').split(',');
const results = [];
if (which.includes('one')) results.push(await scenario('one process', 1));
if (which.includes('two')) results.push(await scenario('two processes + Redis', 2));

const table = results.map((r) => ({
  scenario: r.scenario,
  'answers sent': r.answersSent,
  seen: r.answersSeen,
  'p50 ms': r.latencyMs.p50,
  'p95 ms': r.latencyMs.p95,
  'max ms': r.latencyMs.max,
  'peak RSS MB': r.serverPeakRssMb.join(' + '),
  'CPU s': r.serverCpuSeconds,
  'mean CPU %': r.serverMeanCpuPercent,
  errors: r.errors.joins + r.errors.refusals + r.errors.unseen,
}));
console.log();
console.table(table);
console.log(
  'CPU % is of one core, summed over the server processes, from the first answer to the last one seen.',
);

const out = join(pkg, 'bench-results.json');
// Short lists of numbers on one line, as Prettier writes them (the repo's format check reads this file).
const oneLineLists = (json) =>
  json.replace(
    /\[\n\s+([^[\]{}]*?)\n\s+\]/g,
    (_, items) => `[${items.split(/,\n\s+/).join(', ')}]`,
  );
writeFileSync(
  out,
  `${oneLineLists(
    JSON.stringify(
      {
        measuredAt: new Date().toISOString(),
        machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version },
        load: {
          rooms: ROOMS,
          perRoom: PER_ROOM,
          questions: questions.length,
          thinkMs: [THINK_MS * 0.5, THINK_MS * 1.5],
        },
        results,
      },
      null,
      2,
    ),
  )}\n`,
);
console.log(`Written to ${out}`);
process.exit(results.some((r) => r.errors.joins + r.errors.refusals + r.errors.unseen > 0) ? 1 : 0);
