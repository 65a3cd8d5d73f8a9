/**
 * `dtc aggregate --jobs N`: one worker thread per range of the file (ranges.ts), each with
 * its own aggregator; their states are merged in the order of the ranges, so the result is
 * the one a single thread gives. Issues are passed on as the workers find them.
 */
import { Worker } from 'node:worker_threads';
import type { Framework, Issue } from '@dtc/schema';
import type { Aggregator } from '@dtc/scoring';
import { CliError } from '../errors.js';
import type { GroupByOption } from './group.js';
import type { Split } from './ranges.js';
import type { Job, Report } from './worker.js';

export interface Workers {
  readonly path: string;
  readonly format: 'ndjson' | 'csv';
  readonly split: Split;
  /** The framework of `--framework`; `null`: the bundled one (each worker imports it). */
  readonly framework: Framework | null;
  readonly groupBy: GroupByOption;
  onIssue(where: string, issues: Issue[]): void;
  onProgress(count: number): void;
}

/**
 * The heap of each worker thread, in MB. A thread holds one response at a time and its
 * aggregator's histograms, and what it reads is garbage at once: a small young generation
 * (V8's default lets it grow to 16 MB × 3) keeps two threads and the main one under 256 MB
 * of RSS for a million responses, at the same speed (measured with scripts/million.mjs:
 * 185 MB, against 345 MB with V8's defaults). The old generation has room for the longest
 * record read (MAX_LINE_BYTES).
 */
const LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 128 };

/**
 * The worker module. Built, it is `worker.js` beside this module; run from source (tests,
 * `tsx`), `worker.ts` is loaded through tsx's loader, with the source export condition.
 */
function startWorker(job: Job): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) {
    return new Worker(new URL('./worker.js', here), { workerData: job, resourceLimits: LIMITS });
  }
  const boot =
    `import { tsImport } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))};\n` +
    `await tsImport(${JSON.stringify(new URL('./worker.ts', here).href)}, ${JSON.stringify(here)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), {
    workerData: job,
    execArgv: ['--conditions=@dtc/source'],
    resourceLimits: LIMITS,
  });
}

/** Aggregates every range in a worker thread and merges their states into `into`, in order. */
export async function aggregateInWorkers(into: Aggregator, options: Workers): Promise<void> {
  const { path, format, split, framework, groupBy } = options;
  const workers: Worker[] = [];
  const states = split.ranges.map((range) => {
    const worker = startWorker({ path, format, range, header: split.header, framework, groupBy });
    workers.push(worker);
    return new Promise<Report & { type: 'done' }>((resolve, reject) => {
      worker.on('message', (report: Report) => {
        switch (report.type) {
          case 'issue':
            options.onIssue(report.where, report.issues);
            break;
          case 'progress':
            options.onProgress(report.count);
            break;
          case 'done':
            resolve(report);
            break;
          case 'failed':
            reject(new CliError(report.message, report.exitCode));
            break;
        }
      });
      worker.on('error', (error: Error & { code?: string }) => {
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new CliError(
                `${path}: a worker thread ran out of its ${LIMITS.maxOldGenerationSizeMb} MB of memory; run with --jobs 1.`,
              )
            : error,
        );
      });
      worker.on('exit', (code) => {
        reject(new Error(`a worker thread stopped (exit code ${code}) before it was done.`));
      });
    });
  });
  try {
    const done = await Promise.all(states);
    for (const { state } of done) into.merge(state);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
