/**
 * A worker thread of `dtc aggregate --jobs N`: reads one range of the file (ranges.ts),
 * aggregates its valid responses, and posts its aggregator's state; each invalid record's
 * issues are posted as they are found, named as the whole file names them.
 */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { parentPort, workerData } from 'node:worker_threads';
import { sixPillars } from '@dtc/framework';
import type { Framework, Issue } from '@dtc/schema';
import { createAggregator, type AggregatorState } from '@dtc/scoring';
import { CliError } from '../errors.js';
import { readResponses } from '../io/records.js';
import { aggregatorOptions, type GroupByOption } from './group.js';
import { relocate, type Header, type Range } from './ranges.js';

/** What the main thread gives a worker. */
export interface Job {
  readonly path: string;
  readonly format: 'ndjson' | 'csv';
  readonly range: Range;
  /** The CSV header, read in front of every range but the first. */
  readonly header: Header | null;
  /** The framework of `--framework`; `null`: the bundled one. */
  readonly framework: Framework | null;
  readonly groupBy: GroupByOption;
}

/** What a worker posts: issues and progress as it reads, then its state or why it stopped. */
export type Report =
  | { readonly type: 'issue'; readonly where: string; readonly issues: Issue[] }
  | { readonly type: 'progress'; readonly count: number }
  | { readonly type: 'done'; readonly state: AggregatorState }
  | { readonly type: 'failed'; readonly message: string; readonly exitCode: 1 | 2 };

/** Responses read between two progress reports. */
const PROGRESS_EVERY = 4096;

async function aggregateRange(job: Job, post: (report: Report) => void): Promise<void> {
  const framework = job.framework ?? sixPillars;
  const aggregator = createAggregator(framework, aggregatorOptions(job.groupBy));
  const first = job.range.start === 0;
  const prefix =
    first || job.header === null
      ? { lines: 0, records: 0 }
      : { lines: job.header.lines, records: 1 };
  const header = first ? null : job.header;
  async function* bytes(): AsyncGenerator<Buffer> {
    if (header !== null) yield header.bytes;
    if (job.range.end > job.range.start) {
      yield* createReadStream(job.path, {
        start: job.range.start,
        end: job.range.end - 1,
      }) as AsyncIterable<Buffer>;
    }
  }
  const at = (message: string) => relocate(message, job.path, job.range, prefix);
  let pending = 0;
  try {
    for await (const { value } of readResponses('-', {
      framework,
      format: job.format,
      stdin: Readable.from(bytes(), { objectMode: false }),
      onIssue: (where, issues) => post({ type: 'issue', where: at(where), issues }),
    })) {
      aggregator.add(value);
      if (++pending === PROGRESS_EVERY) {
        post({ type: 'progress', count: pending });
        pending = 0;
      }
    }
  } catch (error) {
    if (error instanceof CliError) {
      post({ type: 'failed', message: at(error.message), exitCode: error.exitCode });
      return;
    }
    throw error;
  }
  if (pending > 0) post({ type: 'progress', count: pending });
  post({ type: 'done', state: aggregator.state() });
}

if (parentPort !== null) {
  const port = parentPort;
  await aggregateRange(workerData as Job, (report) => port.postMessage(report));
}
