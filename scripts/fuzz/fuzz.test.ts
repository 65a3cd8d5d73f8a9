/**
 * The fuzzer in `npm test`: 10,000 inputs (seeded, so every run sees the same ones) through
 * every target of `npm run fuzz`. No throw and no change to a built-in prototype. Timing is
 * left to `npm run fuzz`: a shared machine makes it unreliable in a test.
 */
import { describe, expect, it } from 'vitest';
import { fuzz, plan, type FuzzReport } from './harness.js';
import { type Finding } from './run.js';
import { TARGETS } from './targets.js';

const RUNS = 10_000;
const SEED = 20_260_325;

const replay = (f: Finding) =>
  `npm run fuzz -- --only '${f.target}' --seed ${f.seed} --path ${f.path}`;
const listed = (report: FuzzReport, kind: Finding['kind']) =>
  report.targets
    .flatMap((t) => t.findings)
    .filter((f) => f.kind === kind)
    .map((f) => `${f.target}: ${f.detail} — ${f.input} (${replay(f)})`);

describe('the fuzzer', () => {
  it(
    `finds no throw and no prototype change in ${RUNS} inputs`,
    async () => {
      const report = await fuzz({ runs: RUNS, seed: SEED, shrink: false });
      // Every target ran, and the inputs were shared among them.
      expect(report.targets.map((t) => t.target)).toEqual(TARGETS.map((t) => t.name));
      expect(report.runs).toBe(plan({ runs: RUNS }).reduce((n, t) => n + t.runs, 0));
      for (const t of report.targets) expect(t.calls, t.target).toBeGreaterThan(0);
      expect(listed(report, 'throw')).toEqual([]);
      expect(listed(report, 'prototype')).toEqual([]);
    },
    // Minutes, not seconds: 10,000 inputs, some of them MBs.
    30 * 60_000,
  );
});
