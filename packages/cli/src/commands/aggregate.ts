/**
 * `dtc aggregate RESPONSES --group-by role|country|organisation`: the group view of a file
 * of responses (`createAggregator` of @dtc/scoring, the figures of `aggregateResponses`),
 * read one response at a time, so a file of millions of responses is aggregated in memory
 * that does not grow with it (each respondent's own scores are not kept: `dtc score` gives
 * them). Invalid responses are reported on standard error and skipped (exit 1).
 *
 * With `--jobs N`, an NDJSON or CSV file is cut into N ranges read by as many worker threads
 * (aggregate/jobs.ts); standard input and JSON are read by one.
 */
import { open, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { InvalidArgumentError, Option } from 'commander';
import { AGGREGATE_DEFAULTS, createAggregator, type Aggregator } from '@dtc/scoring';
import {
  ALL,
  DIVERGENCE_COLUMNS,
  divergenceRows,
  groupColumns,
  groupRows,
  withoutScores,
} from '../aggregate/rows.js';
import { GROUP_BY, aggregatorOptions, type GroupByOption } from '../aggregate/group.js';
import { aggregateInWorkers } from '../aggregate/jobs.js';
import { splitFile } from '../aggregate/ranges.js';
import { frameworkOption, loadFramework } from '../frameworks.js';
import { detectFormat, readResponses, type ReadResponsesOptions } from '../io/records.js';
import { progress } from '../output/progress.js';
import { skipped } from '../output/skipped.js';
import { write } from '../output/write.js';
import {
  csvWriter,
  formatOption,
  mdWriter,
  ndjsonWriter,
  type OutputFormat,
} from '../output/writers.js';
import type { Io } from '../program.js';

/** Bytes read to tell the format of a file (as `readResponses` does). */
const HEAD_BYTES = 64 * 1024;

/** `--jobs <n>`: a whole number, 0 for one per core. */
function jobsOf(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) {
    throw new InvalidArgumentError('a whole number of threads is expected (0: one per core).');
  }
  return n;
}

/**
 * The format and size of a file that worker threads can read in ranges (NDJSON or CSV), or
 * `null`: standard input, JSON, or a path that is no file (one thread reads it, and says why).
 */
async function rangeable(path: string): Promise<{ format: 'ndjson' | 'csv'; size: number } | null> {
  if (path === '-') return null;
  try {
    const info = await stat(path);
    if (!info.isFile()) return null;
    const file = await open(path);
    try {
      const head = Buffer.alloc(Math.min(HEAD_BYTES, info.size));
      await file.read(head, 0, head.length, 0);
      const format = detectFormat(path, head.toString('utf8'));
      return format === 'ndjson' || format === 'csv' ? { format, size: info.size } : null;
    } finally {
      await file.close();
    }
  } catch {
    return null;
  }
}

/** Reads every response of `path` in this thread into the aggregator. */
async function aggregateHere(
  aggregator: Aggregator,
  path: string,
  options: ReadResponsesOptions,
  tick: () => void,
): Promise<void> {
  for await (const { value } of readResponses(path, options)) {
    aggregator.add(value);
    tick();
  }
}

const HELP = `
JSON gives the group result as @dtc/scoring's aggregateResponses returns it (n, mean,
median, min, max, spread, stdev and level overall, per pillar and per component, for all
respondents and per group; divergence: components whose group means differ by 25 points or
more; consensus), with every "scores" list empty: each respondent's scores are what
\`dtc score\` gives. NDJSON: one line per group ({"group", "n", "result"}, "all" first), then
one per divergent component ({"divergence": …}). CSV: one row per group with the mean of
each score. Markdown: that table, then the divergent components. Respondents without a
country or organisation are in the group "unknown".

Examples:
  $ dtc aggregate responses.ndjson --group-by role
  $ dtc aggregate responses.csv --group-by country --format csv > by-country.csv
  $ dtc aggregate big.ndjson --group-by role --format json --stats > by-role.json
  $ dtc aggregate schools.csv --group-by country --jobs 0 --stats

--jobs N cuts an NDJSON or CSV file into N ranges at line ends (CSV: outside quotes), read
by as many worker threads, whose results are merged in the file's order: the output is the
one of --jobs 1. Messages name each invalid record's line or row in the whole file, in the
order the threads find them. Standard input and JSON are read by one thread.
`;

export function register(program: Command, io: Io): void {
  const cmd = program
    .command('aggregate')
    .description('the group view: statistics per group and where groups diverge')
    .argument(
      '<responses>',
      'NDJSON, CSV, a JSON array or response, or an export file ("-": standard input)',
    )
    .addOption(
      new Option('--group-by <key>', 'group respondents by')
        .choices(GROUP_BY)
        .makeOptionMandatory(),
    )
    .addOption(
      new Option('--jobs <n>', 'worker threads reading an NDJSON or CSV file (0: one per core)')
        .argParser(jobsOf)
        .default(1),
    )
    .option('--stats', 'print responses per second, peak memory and threads on standard error');
  formatOption(frameworkOption(cmd), 'md')
    .addHelpText('after', HELP)
    .action(
      async (
        path: string,
        options: {
          framework?: string;
          format: OutputFormat;
          groupBy: GroupByOption;
          jobs: number;
          stats?: boolean;
        },
      ) => {
        const framework = await loadFramework(options.framework, io);
        const started = performance.now();
        const aggregator = createAggregator(framework, aggregatorOptions(options.groupBy));
        const skip = skipped(io);
        const bar = progress(io.stderr, 'aggregating');
        const jobs = options.jobs === 0 ? availableParallelism() : options.jobs;
        const file = jobs > 1 ? await rangeable(path) : null;
        const split = file && (await splitFile(path, file.format, jobs, file.size));
        let threads = 1;
        try {
          if (file !== null && split !== null && split.ranges.length > 1) {
            threads = split.ranges.length;
            await aggregateInWorkers(aggregator, {
              path,
              format: file.format,
              split,
              framework: options.framework === undefined ? null : framework,
              groupBy: options.groupBy,
              onIssue: skip.onIssue,
              onProgress: (count) => {
                for (let i = 0; i < count; i++) bar.tick();
              },
            });
          } else {
            await aggregateHere(
              aggregator,
              path,
              { framework, stdin: io.stdin, onIssue: skip.onIssue },
              () => bar.tick(),
            );
          }
        } finally {
          bar.stop();
        }
        const result = aggregator.result();
        const seconds = (performance.now() - started) / 1000;

        switch (options.format) {
          case 'json':
            await write(io.stdout, `${JSON.stringify(result, null, 2)}\n`);
            break;
          case 'ndjson': {
            const w = ndjsonWriter(io.stdout);
            await w.write({ group: ALL, n: result.respondents, result: withoutScores(result) });
            for (const g of result.groups) {
              await w.write({ group: g.key, n: g.n, result: withoutScores(g.result) });
            }
            for (const divergence of result.divergence) await w.write({ divergence });
            break;
          }
          case 'csv': {
            const w = csvWriter(io.stdout, groupColumns(framework));
            for (const row of groupRows(result, 2)) await w.write(row);
            await w.end();
            break;
          }
          case 'md': {
            const columns = groupColumns(framework);
            const w = mdWriter(io.stdout, columns, new Set(columns.slice(1)));
            for (const row of groupRows(result, 1)) await w.write(row);
            await w.end();
            await write(
              io.stdout,
              result.divergence.length === 0
                ? `\nNo divergence: no component's group means differ by ${AGGREGATE_DEFAULTS.divergenceThreshold} points or more.\n`
                : `\nDivergence (group means ${AGGREGATE_DEFAULTS.divergenceThreshold} points or more apart):\n\n`,
            );
            if (result.divergence.length > 0) {
              const d = mdWriter(
                io.stdout,
                DIVERGENCE_COLUMNS,
                new Set(['spread', 'high mean', 'low mean']),
              );
              for (const row of divergenceRows(result, 1)) await d.write(row);
            }
            break;
          }
        }
        if (options.stats) {
          const rss = process.resourceUsage().maxRSS / 1024;
          io.stderr.write(
            `dtc: ${result.respondents.toLocaleString('en')} responses in ${seconds.toFixed(2)} s: ` +
              `${Math.round(result.respondents / seconds).toLocaleString('en')} responses/s, ` +
              `peak RSS ${rss.toFixed(0)} MB (the process, all threads), ` +
              `${threads} thread${threads === 1 ? '' : 's'} reading\n`,
          );
        }
        skip.finish(result.respondents);
      },
    );
}
