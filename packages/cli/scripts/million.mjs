/**
 * A million responses through the built `dtc aggregate`: writes 1,000,000 responses to the
 * bundled framework as NDJSON into a temporary folder (deterministic: a seeded generator;
 * varied answers, eight roles, twelve countries), runs `node dist/bin.js aggregate` on it as
 * a child process and reports the elapsed time, responses per second and peak RSS (from
 * `/usr/bin/time -v` when present, else the command's own `--stats`). Build first:
 * `npx turbo run build --filter=@dtc/cli`. Options: --responses=N, --group-by=KEY, --keep.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { once } from 'node:events';
import { sixPillars } from '@dtc/framework';
import { RESPONDENT_ROLES } from '@dtc/schema';

const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? 'true'];
  }),
);
const COUNT = Number(args.get('responses') ?? 1_000_000);
const GROUP_BY = args.get('group-by') ?? 'country';
const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
if (!existsSync(bin)) throw new Error(`${bin} is missing: build @dtc/cli first.`);

/** mulberry32: a small seeded generator, so that every run writes the same file. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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

const dir = mkdtempSync(join(tmpdir(), 'dtc-million-'));
const file = join(dir, 'responses.ndjson');
const random = prng(20261207);
const out = createWriteStream(file);
const writeStart = performance.now();
for (let i = 0; i < COUNT; i++) {
  // Each country leans one way, so that groups differ (and some diverge).
  const country = i % 13 === 12 ? undefined : COUNTRIES[i % COUNTRIES.length];
  const lean = country === undefined ? 0.5 : (COUNTRIES.indexOf(country) + 1) / 13;
  const answers = {};
  for (const { q, values } of pools) {
    const r = random();
    if (r < 0.06) continue;
    if (r < 0.09 && q.allowNotApplicable)
      answers[q.id] = { value: 'na', answeredAt: '2026-11-02T10:00:00Z' };
    else if (r < 0.12 && q.allowDontKnow)
      answers[q.id] = { value: 'dont-know', answeredAt: '2026-11-02T10:00:00Z' };
    else {
      const at = Math.min(
        values.length - 1,
        Math.floor((random() * 0.6 + lean * 0.4) * values.length),
      );
      answers[q.id] = { value: values[at], answeredAt: '2026-11-02T10:00:00Z' };
    }
  }
  const response = {
    format: 'dtc.response',
    version: 1,
    id: `r${i}`,
    framework: { id: sixPillars.id, version: sixPillars.version },
    respondent: {
      role: RESPONDENT_ROLES[i % RESPONDENT_ROLES.length],
      ...(country ? { country } : {}),
    },
    answers,
  };
  if (!out.write(`${JSON.stringify(response)}\n`)) await once(out, 'drain');
}
out.end();
await once(out, 'finish');
const size = statSync(file).size;
console.log(
  `wrote ${COUNT.toLocaleString('en')} responses (${(size / 1024 / 1024).toFixed(0)} MB) in ` +
    `${((performance.now() - writeStart) / 1000).toFixed(1)} s to ${file}`,
);

const time = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-v'] : [];
const command = [
  ...time,
  process.execPath,
  bin,
  'aggregate',
  file,
  '--group-by',
  GROUP_BY,
  '--stats',
];
const start = performance.now();
const child = spawnSync(command[0], command.slice(1), {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
const seconds = (performance.now() - start) / 1000;
const rssLine = /Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr);
const stats = /peak RSS (\d+) MB/.exec(child.stderr);
const peakMb = rssLine ? Number(rssLine[1]) / 1024 : stats ? Number(stats[1]) : NaN;
console.log(child.stdout.split('\n').slice(0, 6).join('\n'));
console.log(
  child.stderr
    .split('\n')
    .filter((l) => l.startsWith('dtc:'))
    .join('\n'),
);
console.log(
  `dtc aggregate --group-by ${GROUP_BY}: exit ${child.status}, ${seconds.toFixed(1)} s, ` +
    `${Math.round(COUNT / seconds).toLocaleString('en')} responses/s, peak RSS ${peakMb.toFixed(0)} MB ` +
    `(${rssLine ? '/usr/bin/time -v' : 'the process’s own maxRSS'}; aim: under 256 MB)`,
);
if (!args.has('keep')) rmSync(dir, { recursive: true, force: true });
