/**
 * `dtc migrate RESPONSES --to VERSION`: carries responses made with an earlier version of
 * the framework to a later one, version by version, with the mappings published beside it
 * and `migrateResponse` of @dtc/scoring, as the demo does when it opens an older response:
 * the answers as they were stay in the response's `migrations`, so nothing is lost.
 * Responses already at the version pass through unchanged. Streams NDJSON and CSV.
 */
import { createWriteStream } from 'node:fs';
import type { Command } from 'commander';
import type { Framework, Response } from '@dtc/schema';
import { migrateResponse, type MigrationReport } from '@dtc/scoring';
import { CliError, usage } from '../errors.js';
import {
  bundledVersions,
  frameworkOption,
  loadFramework,
  versionsFromFiles,
  type Versions,
} from '../frameworks.js';
import { readResponses } from '../io/records.js';
import { progress } from '../output/progress.js';
import { skipped } from '../output/skipped.js';
import { styleFor } from '../output/style.js';
import { write } from '../output/write.js';
import { formatOption, jsonWriter, ndjsonWriter, type OutputFormat } from '../output/writers.js';
import type { Io } from '../program.js';

/**
 * Carries `response` from the version it names to `to` through the mappings; the reports
 * of each step, oldest first. A version with no way to `to` is a list of one issue's text.
 */
export function carryTo(
  response: Response,
  versions: Versions,
  to: Framework,
  now?: string,
): { ok: true; response: Response; reports: MigrationReport[] } | { ok: false; problem: string } {
  const start = versions.frameworks.findIndex(
    (f) => f.id === response.framework.id && f.version === response.framework.version,
  );
  const end = versions.frameworks.indexOf(to);
  if (start === -1)
    return {
      ok: false,
      problem: `version ${response.framework.version} of "${response.framework.id}" is not one dtc knows (${versions.frameworks.map((f) => f.version).join(', ')})`,
    };
  if (start > end)
    return {
      ok: false,
      problem: `made with version ${response.framework.version}, later than ${to.version}: a response is not carried back`,
    };
  let current = response;
  const reports: MigrationReport[] = [];
  for (let i = start; i < end; i++) {
    const out = migrateResponse(
      current,
      versions.mappings[i]!,
      versions.frameworks[i]!,
      versions.frameworks[i + 1]!,
      now,
    );
    if (!out.ok) return { ok: false, problem: out.issues.map((issue) => issue.message).join('; ') };
    current = out.response;
    reports.push(out.report);
  }
  return { ok: true, response: current, reports };
}

const HELP = `
Writes the responses at the version asked for, in NDJSON (or a JSON array), each carrying in
"migrations" its answers as they were. On standard error: how many were carried, how many
answers to check (reworded questions) and questions to answer (new ones). --report FILE
writes each response's migration report (NDJSON: source, id, reports).
With --framework, give the earlier version (--earlier) and the mapping (--mapping) too.

Examples:
  $ dtc migrate responses-2025.ndjson --to 2.0.0 > responses.ndjson
  $ dtc migrate old.csv --to 2.0.0 --report migration.ndjson > responses.ndjson
  $ dtc migrate old.json --framework v2.json --earlier v1.json --mapping v1-to-v2.json
`;

export function register(program: Command, io: Io): void {
  const cmd = program
    .command('migrate')
    .description(
      "carry responses to a later version of the framework, with the framework's mappings",
    )
    .argument(
      '<responses>',
      'NDJSON, CSV, a JSON array or response, or an export file ("-": standard input)',
    )
    .option('--to <version>', 'the version to carry the responses to (default: the latest)')
    .option('--earlier <file>', 'with --framework: the earlier version of that framework')
    .option('--mapping <file>', 'with --framework: the mapping from --earlier to --framework')
    .option('--report <file>', "write each response's migration report to this file (NDJSON)");
  formatOption(frameworkOption(cmd), 'ndjson', ['ndjson', 'json'])
    .addHelpText('after', HELP)
    .action(
      async (
        path: string,
        options: {
          to?: string;
          earlier?: string;
          mapping?: string;
          report?: string;
          framework?: string;
          format: OutputFormat;
        },
      ) => {
        let versions: Versions;
        if (options.framework !== undefined) {
          if (options.earlier === undefined || options.mapping === undefined)
            throw usage('migrate: with --framework, give --earlier and --mapping too.');
          const framework = await loadFramework(options.framework, io);
          versions = await versionsFromFiles(framework, options.earlier, options.mapping, io);
        } else {
          if (options.earlier !== undefined || options.mapping !== undefined)
            throw usage('migrate: --earlier and --mapping go with --framework.');
          versions = await bundledVersions();
        }
        const known = versions.frameworks.map((f) => f.version);
        const to =
          options.to === undefined
            ? versions.frameworks.at(-1)!
            : versions.frameworks.find((f) => f.version === options.to);
        if (!to)
          throw usage(
            `migrate: --to ${options.to}: not a version of the framework (${known.join(', ')}).`,
          );

        const writer = options.format === 'json' ? jsonWriter(io.stdout) : ndjsonWriter(io.stdout);
        const report = options.report === undefined ? undefined : createWriteStream(options.report);
        if (report)
          await new Promise<void>((resolve, reject) => {
            report.once('open', () => resolve());
            report.once('error', (error: NodeJS.ErrnoException) =>
              reject(
                new CliError(
                  `${options.report}: cannot be written (${error.code ?? error.message}).`,
                ),
              ),
            );
          });
        const skip = skipped(io);
        const bar = progress(io.stderr, 'migrating');
        const now = new Date().toISOString();
        const totals = { read: 0, carried: 0, unchanged: 0, review: 0, unanswered: 0 };
        try {
          for await (const { value, where } of readResponses(path, {
            framework: versions.frameworks[0]!,
            versions: versions.frameworks.slice(1),
            stdin: io.stdin,
            onIssue: skip.onIssue,
          })) {
            const out = carryTo(value, versions, to, now);
            if (!out.ok) {
              skip.onIssue(where, [
                {
                  path: ['framework', 'version'],
                  code: 'not-carried',
                  message: `Not carried: ${out.problem}`,
                },
              ]);
              continue;
            }
            totals.read += 1;
            if (out.reports.length === 0) totals.unchanged += 1;
            else totals.carried += 1;
            for (const r of out.reports) {
              totals.review += r.review.length;
              totals.unanswered += r.unanswered.length;
            }
            await writer.write(out.response);
            if (report && out.reports.length)
              await write(
                report,
                `${JSON.stringify({ source: where, ...(value.id === undefined ? {} : { id: value.id }), reports: out.reports })}\n`,
              );
            bar.tick();
          }
        } finally {
          bar.stop();
          if (report) await new Promise((done) => report.end(done));
        }
        await writer.end();
        const s = styleFor(io.stderr);
        io.stderr.write(
          `dtc: ${s.bold(`${totals.carried} response${totals.carried === 1 ? '' : 's'} carried to ${to.version}`)}` +
            `, ${totals.unchanged} already at it; ${totals.review} answer${totals.review === 1 ? '' : 's'} to check (reworded questions)` +
            `, ${totals.unanswered} question${totals.unanswered === 1 ? '' : 's'} to answer.\n`,
        );
        skip.finish(totals.read);
      },
    );
}
