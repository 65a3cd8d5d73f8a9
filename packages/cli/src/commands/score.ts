/**
 * `dtc score RESPONSES`: one result per response (`scoreResponse` of @dtc/scoring), written
 * as each response is read, so NDJSON and CSV inputs of any size stream through in
 * constant memory. Invalid responses are reported on standard error and skipped (exit 1).
 */
import type { Command } from 'commander';
import type { Framework, Response, Result } from '@dtc/schema';
import { scoreResponse } from '@dtc/scoring';
import { frameworkOption, loadFramework } from '../frameworks.js';
import { readResponses } from '../io/records.js';
import { rounded } from '../output/numbers.js';
import { progress } from '../output/progress.js';
import { skipped } from '../output/skipped.js';
import {
  csvWriter,
  formatOption,
  jsonWriter,
  mdWriter,
  ndjsonWriter,
  type OutputFormat,
  type RecordWriter,
  type Row,
} from '../output/writers.js';
import type { Io } from '../program.js';

/** One line of `score`'s JSON and NDJSON: which response, where it was read, its result. */
export interface ScoredRecord {
  source: string;
  id?: string;
  label?: string;
  result: Result;
}

/** The columns of `score`'s CSV and Markdown: the response, the overall score, each pillar's. */
export function scoreColumns(framework: Framework, components = false): string[] {
  return [
    'source',
    'id',
    'label',
    'role',
    'country',
    'overall',
    'level',
    'coverage',
    ...framework.pillars.flatMap((p) => [
      p.id,
      ...(components ? p.components.map((c) => `${p.id}/${c.id}`) : []),
    ]),
  ];
}

/** A result as a row of {@link scoreColumns}; scores to `digits` decimals, coverage in %. */
export function scoreRow(record: ScoredRecord, response: Response, digits: number): Row {
  const row: Record<string, string | number | null | undefined> = {
    source: record.source,
    id: record.id,
    label: record.label,
    role: response.respondent.role,
    country: response.respondent.country,
    overall: rounded(record.result.overall.score, digits),
    level: record.result.overall.level,
    coverage: rounded(record.result.overall.coverage * 100, 0),
  };
  for (const pillar of record.result.pillars) {
    row[pillar.id] = rounded(pillar.score, digits);
    for (const c of pillar.components) row[`${pillar.id}/${c.id}`] = rounded(c.score, digits);
  }
  return row;
}

const HELP = `
JSON and NDJSON give each response's whole result: {"source", "id", "label", "result"}, the
result as @dtc/scoring's scoreResponse returns it. CSV and Markdown give one row per
response: the overall score (0-100), its level, the coverage (% of applicable questions
answered) and each pillar's score (with --components, each component's too), rounded to
two decimals in CSV and one in Markdown. An empty cell: nothing there was answered.

Examples:
  $ dtc score responses.ndjson > results.ndjson
  $ dtc score responses.csv --format csv > scores.csv
  $ dtc score response.json --format md
`;

export function register(program: Command, io: Io): void {
  const cmd = program
    .command('score')
    .description('score each response: overall, pillars, components, balance and priorities')
    .argument(
      '<responses>',
      'NDJSON, CSV, a JSON array or response, or an export file ("-": standard input)',
    )
    .option('--components', 'CSV and Markdown: a column for each component too');
  formatOption(frameworkOption(cmd), 'ndjson')
    .addHelpText('after', HELP)
    .action(
      async (
        path: string,
        options: { framework?: string; format: OutputFormat; components?: boolean },
      ) => {
        const framework = await loadFramework(options.framework, io);
        const columns = scoreColumns(framework, options.components);
        const numeric = new Set(columns.slice(5));
        const writer: RecordWriter<{ record: ScoredRecord; response: Response }> = (() => {
          switch (options.format) {
            case 'json': {
              const w = jsonWriter(io.stdout);
              return { write: ({ record }) => w.write(record), end: () => w.end() };
            }
            case 'ndjson': {
              const w = ndjsonWriter(io.stdout);
              return { write: ({ record }) => w.write(record), end: () => w.end() };
            }
            case 'csv': {
              const w = csvWriter(io.stdout, columns);
              return {
                write: ({ record, response }) => w.write(scoreRow(record, response, 2)),
                end: () => w.end(),
              };
            }
            case 'md': {
              const w = mdWriter(io.stdout, columns, numeric);
              return {
                write: ({ record, response }) => w.write(scoreRow(record, response, 1)),
                end: () => w.end(),
              };
            }
          }
        })();
        const skip = skipped(io);
        const bar = progress(io.stderr, 'scoring');
        let read = 0;
        try {
          for await (const { value: response, where } of readResponses(path, {
            framework,
            stdin: io.stdin,
            onIssue: skip.onIssue,
          })) {
            read += 1;
            const record: ScoredRecord = {
              source: where,
              ...(response.id === undefined ? {} : { id: response.id }),
              ...(response.label === undefined ? {} : { label: response.label }),
              result: scoreResponse(framework, response),
            };
            await writer.write({ record, response });
            bar.tick();
          }
        } finally {
          bar.stop();
        }
        await writer.end();
        skip.finish(read);
      },
    );
}
