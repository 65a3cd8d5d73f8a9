/**
 * The fuzzer's main process: shares the runs among the targets, runs them in a child process
 * (one after the other), stops a call that never ends, starts a new child after one runs out
 * of memory or crashes (resuming at the next input), and has each distinct finding shrunk.
 * A child process, not a worker thread: V8 ends the whole process on some allocation failures.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  countsOf,
  keyOf,
  PHASE,
  Position,
  SHRINK_MS,
  SLOW_MS,
  type Finding,
  type TargetReport,
} from './run.js';
import { TARGETS } from './targets.js';
import type { WorkerRequest } from './worker.js';

/** A call that has not returned after this long is stopped (with its process) and reported. */
export const HANG_MS = 5_000;
/** The fuzzing process's heap: an input that needs more is reported as running out of memory. */
export const WORKER_HEAP_MB = 2048;
/** Slow inputs are not shrunk when a call takes longer than this: each try would cost as much. */
export const SHRINK_SLOWER_THAN_MS = 2_000;
/** Findings shrunk per target (the first ones found); the others keep their first input. */
export const MAX_SHRINKS = 8;
/** The default number of inputs over all targets. */
export const DEFAULT_RUNS = 100_000;

export interface FuzzOptions {
  /** Inputs over all targets, shared by their weights (each gets at least one). */
  runs: number;
  seed: number;
  /** Only the targets whose name is this, or contains it. */
  only?: string | undefined;
  /** Replays the input at this fast-check path (with `seed` and `only`). */
  path?: string | undefined;
  shrink: boolean;
  slowMs?: number;
  hangMs?: number;
  log?: (line: string) => void;
}

export interface FuzzReport {
  seed: number;
  runs: number;
  ms: number;
  targets: TargetReport[];
}

/** The targets a run takes, with the inputs each gets. */
export function plan(
  options: Pick<FuzzOptions, 'runs' | 'only' | 'path'>,
): { name: string; runs: number }[] {
  const only = options.only;
  const chosen = only
    ? TARGETS.filter((t) => t.name === only).length
      ? TARGETS.filter((t) => t.name === only)
      : TARGETS.filter((t) => t.name.includes(only))
    : TARGETS;
  if (!chosen.length)
    throw new Error(
      `No target named ${only}; the targets are:\n${TARGETS.map((t) => `  ${t.name}`).join('\n')}`,
    );
  if (options.path !== undefined) {
    if (chosen.length !== 1) throw new Error('--path replays one input of one target: give --only');
    return [{ name: chosen[0]!.name, runs: 1 }];
  }
  const total = chosen.reduce((sum, t) => sum + t.weight, 0);
  return chosen.map((t) => ({
    name: t.name,
    runs: Math.max(1, Math.round((options.runs * t.weight) / total)),
  }));
}

type Message =
  | { type: 'ready' }
  | { type: 'finding'; finding: Finding }
  | { type: 'repeat'; key: string; shape: string }
  | { type: 'done' }
  | { type: 'shrunk'; shrunk: Finding['shrunk'] }
  | { type: 'described'; input: string; shape: string; heavy: string[] }
  | { type: 'failed'; message: string };

/** How a request ended: as asked, or with the child stopped (a call too long, memory, a crash). */
type End =
  | { ok: true; message: Message }
  | { ok: false; why: 'hang' | 'memory' | 'crash'; at: number; phase: number; message: string };

class Host {
  private child: ChildProcess | undefined;
  private ready: Promise<void> | undefined;
  private listener: ((m: Message) => void) | undefined;
  private ended: ((end: End) => void) | undefined;
  private readonly dir = mkdtempSync(join(tmpdir(), 'dtc-fuzz-'));
  private readonly file = join(this.dir, 'position');
  private readonly fd: number;
  readonly position = new Position();

  constructor(private readonly hangMs: number) {
    writeFileSync(this.file, this.position.bytes);
    this.fd = openSync(this.file, 'r');
  }

  /** What the child last wrote. */
  read(): Position {
    return this.position.read(this.fd);
  }

  private start(): Promise<void> {
    // A new child starts from nothing (the last one may have stopped mid-call).
    writeFileSync(this.file, Buffer.alloc(this.position.bytes.length));
    const child = fork(fileURLToPath(new URL('./worker.mjs', import.meta.url)), [], {
      execArgv: ['--conditions=@dtc/source', `--max-old-space-size=${WORKER_HEAP_MB}`],
      env: { ...process.env, DTC_FUZZ_POSITION: this.file },
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    this.child = child;
    // The last words of a child that dies (V8 prints why: out of memory, a table too large).
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    return new Promise((resolve, reject) => {
      let started = false;
      child.on('message', (m: Message) => {
        if (this.child !== child) return;
        if (m.type === 'ready') {
          started = true;
          resolve();
        } else this.listener?.(m);
      });
      child.on('exit', (code, signal) => {
        if (this.child !== child) return;
        if (!started)
          reject(
            new Error(
              `The fuzzer's process exited (${code ?? signal}) before it was ready:\n${stderr}`,
            ),
          );
        const fatal = /FATAL ERROR: (.*)/.exec(stderr)?.[1]?.trim();
        this.stopped(
          /out of memory/i.test(stderr) ? 'memory' : 'crash',
          fatal ?? `the process exited (${code ?? signal})`,
        );
      });
    });
  }

  private stopped(why: 'hang' | 'memory' | 'crash', message: string): void {
    const ended = this.ended;
    this.child = undefined;
    this.ready = undefined;
    if (!ended) return;
    this.ended = undefined;
    const position = this.read();
    ended({ ok: false, why, at: position.ints[0]!, phase: position.ints[1]!, message });
  }

  /** Sends a request; resolves with its last message, or how the child stopped. */
  async request(request: WorkerRequest, onMessage: (m: Message) => void): Promise<End> {
    if (!this.child) this.ready = this.start();
    await this.ready;
    const child = this.child!;
    return new Promise<End>((resolve) => {
      const limit = request.type === 'shrink' ? this.hangMs + SHRINK_MS : this.hangMs;
      const watchdog = setInterval(() => {
        const position = this.read();
        const phase = position.ints[1];
        if (phase !== PHASE.idle && Date.now() - position.times[0]! > limit) {
          this.stopped('hang', `no answer after ${limit / 1000} s`);
          child.kill('SIGKILL');
        }
      }, 200);
      this.ended = (end) => {
        clearInterval(watchdog);
        this.listener = undefined;
        resolve(end);
      };
      this.listener = (m) => {
        if (
          m.type === 'done' ||
          m.type === 'shrunk' ||
          m.type === 'described' ||
          m.type === 'failed'
        ) {
          const ended = this.ended;
          this.ended = undefined;
          ended?.({ ok: true, message: m });
        } else onMessage(m);
      };
      child.send(request);
    });
  }

  async close(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
    }
    closeSync(this.fd);
    rmSync(this.dir, { recursive: true, force: true });
  }
}

const PHASES = [
  'between inputs',
  'while building the input',
  'in the call',
  'while checking its output',
  'while shrinking',
];

/** Runs the fuzzer; never throws for what it finds (that is the report). */
export async function fuzz(options: FuzzOptions): Promise<FuzzReport> {
  const log = options.log ?? (() => {});
  const slowMs = options.slowMs ?? SLOW_MS;
  const host = new Host(options.hangMs ?? HANG_MS);
  const started = performance.now();
  const reports: TargetReport[] = [];
  try {
    for (const { name, runs } of plan(options)) {
      const targetStart = performance.now();
      const report: TargetReport = {
        target: name,
        from: TARGETS.find((t) => t.name === name)!.from,
        runs: 0,
        calls: 0,
        skipped: 0,
        setAside: [],
        throws: 0,
        slow: 0,
        prototype: 0,
        invalid: 0,
        maxMs: 0,
        totalMs: 0,
        findings: [],
      };
      const byKey = new Map<string, Finding>();
      const stops = new Map<string, number>();
      const onMessage = (m: Message) => {
        // A new child after a stop knows nothing of the findings before it: repeats are merged here.
        const known = m.type === 'finding' ? byKey.get(keyOf(m.finding)) : undefined;
        if (m.type === 'finding' && !known) {
          byKey.set(keyOf(m.finding), m.finding);
          report.findings.push(m.finding);
        } else if (m.type === 'finding' || m.type === 'repeat') {
          const f = known ?? byKey.get((m as { key: string }).key);
          if (!f) return;
          f.count++;
          const shape = m.type === 'repeat' ? m.shape : m.finding.shapes[0]!;
          if (f.shapes.length < 5 && !f.shapes.includes(shape)) f.shapes.push(shape);
        }
      };
      const first = options.path === undefined ? 0 : Number(options.path.split(':')[0]);
      let from = first;
      const end = first + runs;
      while (from < end) {
        const outcome = await host.request(
          {
            type: 'run',
            target: name,
            seed: options.seed,
            runs: end - from,
            from,
            ...(options.path !== undefined ? { path: options.path } : {}),
            skip: report.setAside,
            slowMs,
          },
          onMessage,
        );
        const counts = countsOf(host.read());
        for (const k of [
          'runs',
          'calls',
          'skipped',
          'throws',
          'slow',
          'prototype',
          'invalid',
        ] as const)
          report[k] += counts[k];
        report.maxMs = Math.max(report.maxMs, counts.maxMs);
        report.totalMs += counts.totalMs;
        if (outcome.ok) {
          if (outcome.message.type === 'failed') throw new Error(outcome.message.message);
          break;
        }
        // The child stopped on input `at`: that input is a finding; go on after it.
        const at = outcome.at;
        const kind = outcome.why === 'hang' ? 'slow' : 'throw';
        const what =
          outcome.why === 'hang'
            ? `did not return within ${(options.hangMs ?? HANG_MS) / 1000} s (stopped)`
            : outcome.why === 'memory'
              ? `ran out of memory (${outcome.message}; heap of ${WORKER_HEAP_MB} MB)`
              : `crashed the process: ${outcome.message}`;
        report[kind === 'slow' ? 'slow' : 'throws']++;
        if (outcome.phase === PHASE.calling) {
          report.calls++;
          if (outcome.why === 'hang')
            report.maxMs = Math.max(report.maxMs, options.hangMs ?? HANG_MS);
        }
        const finding: Finding = {
          target: name,
          kind,
          signature: `${outcome.why} ${PHASES[outcome.phase]}`,
          detail: `${what}, ${PHASES[outcome.phase]}`,
          shapes: [],
          count: 1,
          seed: options.seed,
          path: options.path ?? String(at),
          input: '(see the replay: the process stopped before it could describe the input)',
          stopped: true,
        };
        // A new child describes the input; a heavy kind of value that stops it twice is set aside.
        const described = await host.request({ type: 'describe', finding }, () => {});
        if (described.ok && described.message.type === 'described') {
          finding.input = described.message.input;
          finding.shapes = [described.message.shape];
          for (const kind of described.message.heavy) {
            const n = (stops.get(kind) ?? 0) + 1;
            stops.set(kind, n);
            if (n === 2) report.setAside.push(kind);
          }
        }
        const known = byKey.get(keyOf(finding));
        if (known) {
          known.count++;
          if (
            known.shapes.length < 5 &&
            finding.shapes[0] &&
            !known.shapes.includes(finding.shapes[0])
          )
            known.shapes.push(finding.shapes[0]);
        } else {
          byKey.set(keyOf(finding), finding);
          report.findings.push(finding);
        }
        log(`  ${name}: input ${at} ${what}; going on after it`);
        from = at + 1;
      }
      if (options.shrink) {
        for (const finding of report.findings.slice(0, MAX_SHRINKS)) {
          if (finding.stopped) continue; // each try could stop the process again: not shrunk
          if (finding.kind === 'slow' && (finding.ms ?? 0) > SHRINK_SLOWER_THAN_MS) continue;
          const outcome = await host.request({ type: 'shrink', finding, slowMs }, () => {});
          if (outcome.ok && outcome.message.type === 'shrunk' && outcome.message.shrunk)
            finding.shrunk = outcome.message.shrunk;
        }
      }
      reports.push(report);
      const found = report.throws + report.slow + report.prototype + report.invalid;
      log(
        `  ${name}: ${report.calls} calls of ${report.runs} inputs in ${((performance.now() - targetStart) / 1000).toFixed(1)} s` +
          (found ? `, ${report.findings.length} distinct findings` : ''),
      );
    }
  } finally {
    await host.close();
  }
  return {
    seed: options.seed,
    runs: reports.reduce((n, r) => n + r.runs, 0),
    ms: performance.now() - started,
    targets: reports,
  };
}
