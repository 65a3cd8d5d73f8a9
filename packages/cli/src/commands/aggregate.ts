/**
 * `dtc aggregate RESPONSES --group-by role|country|organisation`: the group view of a file
 * of responses (`createAggregator` of @dtc/scoring, the figures of `aggregateResponses`),
 * read one response at a time, so a file of millions of responses is aggregated in memory
 * that does not grow with it (each respondent's own scores are not kept: `dtc score` gives
 * them). Invalid responses are reported on standard error and skipped (exit 1).
 */
import type { Command } from 'commander';
import { Option } from 'commander';
import type { Response } from '@dtc/schema';
import {
  AGGREGATE_DEFAULTS,
  UNKNOWN_GROUP,
  createAggregator,
  type AggregatorOptions,
} from '@dtc/scoring';
import {
  ALL,
  DIVERGENCE_COLUMNS,
  divergenceRows,
  groupColumns,
  groupRows,
  withoutScores,
} from '../aggregate/rows.js';
import { frameworkOption, loadFramework } from '../frameworks.js';
import { readResponses } from '../io/records.js';
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

export const GROUP_BY = ['role', 'country', 'organisation'] as const;
export type GroupByOption = (typeof GROUP_BY)[number];

function groupByOf(by: GroupByOption): AggregatorOptions['groupBy'] {
  if (by === 'organisation') {
    return (response: Response) => response.respondent.organisation ?? UNKNOWN_GROUP;
  }
  return by;
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
    .option('--stats', 'print responses per second and peak memory on standard error');
  formatOption(frameworkOption(cmd), 'md')
    .addHelpText('after', HELP)
    .action(
      async (
        path: string,
        options: {
          framework?: string;
          format: OutputFormat;
          groupBy: GroupByOption;
          stats?: boolean;
        },
      ) => {
        const framework = await loadFramework(options.framework, io);
        const started = performance.now();
        const aggregator = createAggregator(framework, {
          groupBy: groupByOf(options.groupBy),
          keepScores: false,
        });
        const skip = skipped(io);
        const bar = progress(io.stderr, 'aggregating');
        try {
          for await (const { value } of readResponses(path, {
            framework,
            stdin: io.stdin,
            onIssue: skip.onIssue,
          })) {
            aggregator.add(value);
            bar.tick();
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
              `peak RSS ${rss.toFixed(0)} MB\n`,
          );
        }
        skip.finish(result.respondents);
      },
    );
}
