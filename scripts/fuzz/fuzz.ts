/**
 * `npm run fuzz [-- --runs N --seed S --only <target> --path P --no-shrink --json]`: hostile
 * and random inputs (seeded, fast-check) through every `parse*` function, the demo's readers
 * and the scoring engine. Reports per target the calls, the throws, the calls over 100 ms,
 * changes to built-in prototypes and invalid documents accepted, each distinct finding with
 * the command that replays it and its input shrunk. Exits 1 when anything was found.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { DEFAULT_RUNS, fuzz, type FuzzReport } from './harness.js';
import { SLOW_MS, type Finding } from './run.js';
import { TARGETS } from './targets.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string' },
    seed: { type: 'string' },
    only: { type: 'string' },
    path: { type: 'string' },
    'no-shrink': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    list: { type: 'boolean', default: false },
  },
});

if (values.list) {
  for (const t of TARGETS) console.log(`${t.name}  (${t.from})`);
  process.exit(0);
}

const runs = values.runs === undefined ? DEFAULT_RUNS : Number(values.runs);
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs takes a whole number, not ${values.runs}`);
if (!Number.isInteger(seed)) throw new Error(`--seed takes a whole number, not ${values.seed}`);

const quote = (s: string) => (/^[\w.+:-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);
export const replay = (f: Pick<Finding, 'target' | 'seed' | 'path'>): string =>
  `npm run fuzz -- --only ${quote(f.target)} --seed ${f.seed} --path ${quote(f.path)}`;

const log = values.json ? () => {} : (line: string) => console.log(line);
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(', ');
log(
  `Fuzzing with seed ${seed}, ${values.path ? `the input at ${values.path}` : `${runs} inputs`} (load average ${load()})`,
);

const report = await fuzz({
  runs,
  seed,
  only: values.only,
  path: values.path,
  shrink: !values['no-shrink'],
  log,
});

function print(report: FuzzReport): void {
  const rows = report.targets.map((t) => [
    t.target,
    String(t.calls),
    String(t.throws),
    String(t.slow),
    String(t.prototype),
    String(t.invalid),
    t.maxMs.toFixed(0),
  ]);
  const head = ['target', 'calls', 'throws', `>${SLOW_MS} ms`, 'prototype', 'invalid', 'max ms'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`\n${line(head)}`);
  for (const r of rows) console.log(line(r));
  for (const t of report.targets)
    if (t.setAside.length)
      console.log(
        `${t.target}: ${t.skipped} inputs not called, holding ${t.setAside.join(', ')} (set aside after stopping the fuzzing process twice)`,
      );
  const findings = report.targets.flatMap((t) => t.findings);
  console.log(
    `\n${report.runs} inputs, ${report.targets.reduce((n, t) => n + t.calls, 0)} calls in ${(report.ms / 1000).toFixed(1)} s ` +
      `(seed ${report.seed}; load average ${load()}): ${findings.length} distinct findings`,
  );
  findings.forEach((f, i) => {
    console.log(`\n${i + 1}. ${f.target}: ${f.kind} — ${f.detail}`);
    console.log(
      `   ${f.count} input${f.count === 1 ? '' : 's'}${f.shapes.length ? `, such as ${f.shapes.join(' | ')}` : ''}`,
    );
    console.log(`   first: ${f.input}`);
    console.log(`   replay: ${replay(f)}`);
    if (f.shrunk) {
      console.log(`   shrunk: ${f.shrunk.input}${f.shrunk.ms ? ` (${f.shrunk.ms} ms)` : ''}`);
      console.log(`   replay: ${replay({ ...f, path: f.shrunk.path })}`);
    }
  });
}

if (values.json) console.log(JSON.stringify(report, null, 2));
else print(report);
const found = report.targets.some((t) => t.throws + t.slow + t.prototype + t.invalid > 0);
process.exitCode = found ? 1 : 0;
