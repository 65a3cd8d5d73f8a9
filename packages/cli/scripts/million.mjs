/**
 * A million responses through the built `dtc aggregate`.
 *
 * Writes 1,000,000 responses to the bundled framework as CSV (one row per response, the
 * columns of `dtc template csv` that a file needs: id, role, country, completion date and
 * one column per scored question; about 200 bytes a row) and 100,000 as NDJSON (about 2 KB
 * a line, each answer an object), into a temporary folder. Deterministic: a seeded generator,
 * varied answers, eight roles, twelve countries and some respondents without one. Then runs
 * `node dist/bin.js aggregate FILE --group-by country --stats --jobs N` as a child process for
 * each file and each N of --jobs (default 1 and 2), and reports the elapsed time, responses
 * per second and the child's peak RSS (`/usr/bin/time -v` when present, else the VmHWM of
 * /proc/<pid>/status read while it runs). The temporary files are deleted after; the figures
 * go to million-results.json beside this folder, with the date, the machine and its load.
 *
 * Build first: `npx turbo run build --filter=@dtc/cli --output-logs=errors-only`.
 * Options: --responses=N (CSV, default 1000000), --ndjson=N (default 100000), --jobs=1,2,
 * --group-by=KEY (default country), --keep (leave the files), --no-write (no results file).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import {
  closeSync,
  openSync,
  createWriteStream,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem, type as osType, release } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sixPillars } from '@dtc/framework';
import { RESPONDENT_ROLES } from '@dtc/schema';
import { prng } from '../../../scripts/prng.mjs';

const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? 'true'];
  }),
);
const CSV_COUNT = Number(args.get('responses') ?? 1_000_000);
const NDJSON_COUNT = Number(args.get('ndjson') ?? 100_000);
const JOBS = (args.get('jobs') ?? '1,2').split(',').map(Number);
const GROUP_BY = args.get('group-by') ?? 'country';
const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const resultsFile = fileURLToPath(new URL('../million-results.json', import.meta.url));
if (!existsSync(bin)) throw new Error(`${bin} is missing: build @dtc/cli first.`);

const COUNTRIES = [
  'SEN',
  'KEN',
  'FRA',
  'BRA',
  'IND',
  'IDN',
  'MEX',
  'EGY',
  'VNM',
  'PER',
  'NGA',
  'JOR',
];
const ANSWERED_AT = '2026-11-02T10:00:00Z';
const questions = sixPillars.pillars.flatMap((p) =>
  p.components.flatMap((c) => c.questions.filter((q) => q.kind !== 'text')),
);
const valuesOf = (q) =>
  q.kind === 'rubric'
    ? q.descriptors.map((d) => d.level)
    : q.kind === 'choice'
      ? q.options.map((o) => o.id)
      : ['yes', 'no'];
const pools = questions.map((q) => ({ q, values: valuesOf(q) }));

/** The i-th response: its respondent and its answer values by question (absent: unanswered). */
function responseOf(i, random) {
  // Each country leans one way, so that groups differ (and some diverge).
  const country = i % 13 === 12 ? undefined : COUNTRIES[i % COUNTRIES.length];
  const lean = country === undefined ? 0.5 : (COUNTRIES.indexOf(country) + 1) / 13;
  const values = new Map();
  for (const { q, values: options } of pools) {
    const r = random();
    if (r < 0.06) continue;
    if (r < 0.09 && q.allowNotApplicable) values.set(q.id, 'na');
    else if (r < 0.12 && q.allowDontKnow) values.set(q.id, 'dont-know');
    else {
      const at = Math.floor((random() * 0.6 + lean * 0.4) * options.length);
      values.set(q.id, options[Math.min(options.length - 1, at)]);
    }
  }
  return { id: `r${i}`, role: RESPONDENT_ROLES[i % RESPONDENT_ROLES.length], country, values };
}

/** Writes `count` responses, `line(i)` each, in batches. */
async function writeLines(file, header, count, line) {
  const out = createWriteStream(file);
  if (header !== null) out.write(`${header}\n`);
  let batch = [];
  for (let i = 0; i < count; i++) {
    batch.push(line(i));
    if (batch.length === 2000 || i === count - 1) {
      if (!out.write(`${batch.join('\n')}\n`)) await once(out, 'drain');
      batch = [];
    }
  }
  out.end();
  await once(out, 'finish');
  return statSync(file).size;
}

const CSV_HEADER = [
  'response.id',
  'respondent.role',
  'respondent.country',
  'response.completedAt',
  ...questions.map((q) => q.id),
].join(',');

function csvLine(response) {
  const cells = [response.id, response.role, response.country ?? '', ANSWERED_AT];
  for (const q of questions) cells.push(response.values.get(q.id) ?? '');
  return cells.join(','); // no value holds a comma, a quote or a line end
}

function ndjsonLine(response) {
  const answers = {};
  for (const [id, value] of response.values) answers[id] = { value, answeredAt: ANSWERED_AT };
  return JSON.stringify({
    format: 'dtc.response',
    version: 1,
    id: response.id,
    framework: { id: sixPillars.id, version: sixPillars.version },
    respondent: { role: response.role, ...(response.country ? { country: response.country } : {}) },
    answers,
  });
}

/** The peak RSS of a running process so far, in kB (VmHWM), or NaN once it is gone. */
function highWaterMark(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1] ?? NaN);
  } catch {
    return NaN;
  }
}

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/**
 * dtc's reader refuses a named file over 512 MiB (the limit of a file read whole, which
 * `openInput` applies to every file, streamed formats too), so one thread reads such a file
 * from standard input. Worker threads read their ranges themselves.
 */
const WHOLE_FILE_LIMIT = 512 * 1024 * 1024;

/** Runs the built `dtc aggregate` on `file` with `--jobs jobs`; its time, rate and peak RSS. */
async function aggregate(file, count, jobs) {
  const piped = jobs === 1 && statSync(file).size > WHOLE_FILE_LIMIT;
  const dtc = [bin, 'aggregate', piped ? '-' : file, '--group-by', GROUP_BY, '--stats'];
  dtc.push('--jobs', String(jobs));
  const [command, ...rest] = TIME
    ? [TIME, '-v', process.execPath, ...dtc]
    : [process.execPath, ...dtc];
  const start = performance.now();
  const input = piped ? openSync(file, 'r') : 'ignore';
  const child = spawn(command, rest, { stdio: [input, 'pipe', 'pipe'] });
  if (piped) closeSync(input);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (s) => (stdout += s));
  child.stderr.setEncoding('utf8').on('data', (s) => (stderr += s));
  let polled = NaN; // without /usr/bin/time, the child is node itself
  const poll = TIME
    ? null
    : setInterval(() => {
        const kb = highWaterMark(child.pid);
        if (!Number.isNaN(kb)) polled = kb;
      }, 50);
  const [code] = await once(child, 'close');
  const seconds = (performance.now() - start) / 1000;
  if (poll) clearInterval(poll);
  const timed = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  const peakKb = timed ? Number(timed[1]) : polled;
  const stats = stderr.split('\n').find((l) => /^dtc: [\d,]+ responses in /.test(l)) ?? '';
  return {
    jobs,
    read: piped ? 'standard input' : 'the file',
    exitCode: code,
    seconds: Number(seconds.toFixed(2)),
    responsesPerSecond: Math.round(count / seconds),
    peakRssMB: Math.round(peakKb / 1024),
    peakRssFrom: timed ? '/usr/bin/time -v' : '/proc/<pid>/status VmHWM',
    dtcStats: stats.replace(/^dtc: /, ''),
    ...(code === 0 ? {} : { stderr: stderr.split('\n').slice(0, 5).join('\n') }),
    firstRows: stdout.split('\n').slice(2, 4),
  };
}

const dir = mkdtempSync(join(tmpdir(), 'dtc-million-'));
const loadBefore = loadavg();
const runs = [];
try {
  const inputs = [
    { format: 'csv', count: CSV_COUNT, header: CSV_HEADER, line: csvLine, seed: 20261207 },
    { format: 'ndjson', count: NDJSON_COUNT, header: null, line: ndjsonLine, seed: 20261207 },
  ];
  for (const input of inputs) {
    if (input.count === 0) continue;
    const file = join(dir, `responses.${input.format}`);
    const random = prng(input.seed);
    const writeStart = performance.now();
    const bytes = await writeLines(file, input.header, input.count, (i) =>
      input.line(responseOf(i, random)),
    );
    console.log(
      `wrote ${input.count.toLocaleString('en')} responses as ${input.format}: ` +
        `${(bytes / 1024 / 1024).toFixed(0)} MB, ${Math.round(bytes / input.count)} bytes each, ` +
        `in ${((performance.now() - writeStart) / 1000).toFixed(1)} s`,
    );
    for (const jobs of JOBS) {
      const run = await aggregate(file, input.count, jobs);
      runs.push({
        input: input.format,
        responses: input.count,
        bytes,
        bytesPerResponse: Math.round(bytes / input.count),
        ...run,
      });
      console.log(
        `  dtc aggregate --group-by ${GROUP_BY} --jobs ${jobs}: exit ${run.exitCode}, ` +
          `${run.seconds} s, ${run.responsesPerSecond.toLocaleString('en')} responses/s, ` +
          `read from ${run.read}, ` +
          `peak RSS ${run.peakRssMB} MB (${run.peakRssFrom}; aim: under 256 MB)\n    dtc: ${run.dtcStats}`,
      );
    }
    if (!args.has('keep')) rmSync(file, { force: true });
  }
} finally {
  if (!args.has('keep')) rmSync(dir, { recursive: true, force: true });
  else console.log(`files kept in ${dir}`);
}

const results = {
  date: new Date().toISOString(),
  command: `node scripts/million.mjs ${process.argv.slice(2).join(' ')}`.trim(),
  machine: {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 1024 ** 3),
    os: `${osType()} ${release()}`,
    node: process.version,
  },
  loadAverage: {
    before: loadBefore.map((l) => Number(l.toFixed(2))),
    after: loadavg().map((l) => Number(l.toFixed(2))),
    note: 'the 1, 5 and 15 minute load averages; other work on the machine slows the runs',
  },
  groupBy: GROUP_BY,
  runs,
};
if (!args.has('no-write')) {
  await writeFile(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`figures written to ${resultsFile}`);
}
