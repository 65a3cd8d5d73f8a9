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
 * The worker module. Built, it is `worker.js` beside this module; run from source (tests,
 * `tsx`), `worker.ts` is loaded through tsx's loader, with the source export condition.
 */
function startWorker(job: Job): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./worker.js', here), { workerData: job });
  const boot =
    `import { tsImport } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))};\n` +
    `await tsImport(${JSON.stringify(new URL('./worker.ts', here).href)}, ${JSON.stringify(here)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), {
    workerData: job,
    execArgv: ['--conditions=@dtc/source'],
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
      worker.on('error', reject);
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
