/**
 * `dtc import kobo|odk`: submissions of the field form back to responses (NDJSON, one per
 * line, or a JSON array), each validated with @dtc/schema. Every value that maps to nothing is
 * reported with its row, column and value (on standard error, and as JSON with `--report`);
 * the command then ends with exit code 1 unless `--lenient`.
 */
import type { Command } from 'commander';
import { writeFile } from 'node:fs/promises';
import type { Response } from '@dtc/schema';
import { CliError, usage } from '../errors.js';
import {
  formOf,
  isFormVersion,
  readSubmissionFile,
  SubmissionReader,
  timestamp,
  versionMismatch,
  type Unmappable,
} from '../forms/index.js';
import { loadFramework } from '../frameworks.js';
import { inputName } from '../io/input.js';
import type { Io } from '../program.js';
import type { Register } from './index.js';

interface ImportOptions {
  framework?: string;
  output?: string;
  format: string;
  report?: string;
  lenient?: boolean;
  answeredAt?: string;
}

async function save(path: string, data: string): Promise<void> {
  try {
    await writeFile(path, data);
  } catch (error) {
    throw new CliError(
      `${path}: cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
    );
  }
}

/** A value in a message: whole up to 80 characters, else its start and its length (the report has it whole). */
function shown(value: string): string {
  return value.length <= 80
    ? JSON.stringify(value)
    : `${JSON.stringify(value.slice(0, 60))}… (${value.length} characters)`;
}

function describe(u: Unmappable): string {
  return `${u.row !== undefined ? `row ${u.row}, ` : ''}column "${u.column}": ${shown(u.value)}: ${u.reason}`;
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

async function importFile(
  tool: 'kobo' | 'odk',
  file: string,
  options: ImportOptions,
  io: Io,
): Promise<void> {
  if (options.format !== 'ndjson' && options.format !== 'json')
    throw usage(`--format ${options.format}: give ndjson or json.`);
  const answeredAt =
    options.answeredAt === undefined ? undefined : (timestamp(options.answeredAt) ?? undefined);
  if (options.answeredAt !== undefined && answeredAt === undefined)
    throw usage(
      `--answered-at ${options.answeredAt}: give a date and time in ISO 8601, e.g. 2026-03-25T09:30:00Z.`,
    );
  const framework = await loadFramework(options.framework, io);
  const form = await formOf(framework);
  const read = await readSubmissionFile(
    file,
    io.stdin,
    tool === 'kobo' ? ['csv', 'xlsx'] : ['csv', 'xml'],
  );
  const name = inputName(file);
  if (read.form?.id !== undefined && read.form.id !== framework.id)
    throw new CliError(
      `${name}: the submission is of form "${read.form.id}", not of the framework "${framework.id}"; give its framework with --framework.`,
    );
  const unmappable: Unmappable[] = [];
  if (read.form?.version !== undefined && !isFormVersion(read.form.version, form))
    unmappable.push({
      column: '(form version)',
      value: read.form.version,
      reason: versionMismatch(read.form.version, form),
    });

  const reader = new SubmissionReader(form, framework);
  const headers = read.submissions[0]?.cells.map(([column]) => column) ?? [];
  if (options.answeredAt === undefined && headers.length && !reader.hasTimeColumn(headers))
    throw new CliError(
      `${name}: no column gives the time the answers were given (end, start, _submission_time or SubmissionDate); give it with --answered-at, e.g. --answered-at 2026-03-25T09:30:00Z.`,
    );
  const responses: Response[] = [];
  let skipped = 0;
  for (const submission of read.submissions) {
    const response = reader.read(submission, unmappable, answeredAt);
    if (response) responses.push(response);
    else skipped += 1;
  }

  const out =
    options.format === 'json'
      ? `${JSON.stringify(responses, null, 2)}\n`
      : responses.map((r) => `${JSON.stringify(r)}\n`).join('');
  if (options.output) await save(options.output, out);
  else io.stdout.write(out);

  for (const u of unmappable) io.stderr.write(`dtc: ${name}: ${describe(u)}\n`);
  if (unmappable.length || skipped)
    io.stderr.write(
      `dtc: ${name} (${read.kind}): ${count(responses.length, 'response', 'responses')}, ${count(skipped, 'submission', 'submissions')} left out, ${count(unmappable.length, 'value', 'values')} not mapped.\n`,
    );
  if (options.report)
    await save(
      options.report,
      `${JSON.stringify({ file: name, read: read.kind, responses: responses.length, skipped, unmappable }, null, 2)}\n`,
    );
  if ((unmappable.length || skipped) && !options.lenient) io.exitCode = 1;
}

function importCommand(parent: Command, tool: 'kobo' | 'odk', io: Io): void {
  const kobo = tool === 'kobo';
  parent
    .command(`${tool} <file>`)
    .description(
      kobo
        ? 'read a KoboToolbox export (CSV with "," or ";" between fields, or XLSX; headers as names, group paths or labels) into responses'
        : 'read ODK Central or Briefcase submissions (CSV) or one submission instance (XML) into responses',
    )
    .option(
      '--framework <file>',
      'the framework the form was made from (default: the bundled six-pillar framework)',
    )
    .option('-o, --output <file>', 'where to write the responses (default: standard output)')
    .option('--format <format>', 'ndjson (one response per line) or json (an array)', 'ndjson')
    .option(
      '--report <file>',
      'write every value that was not mapped as JSON (row, column, value, reason)',
    )
    .option('--lenient', 'exit 0 even when values were not mapped (they are still reported)')
    .option(
      '--answered-at <time>',
      'when the answers were given (ISO 8601), for submissions without a time of their own',
    )
    .addHelpText(
      'after',
      `
Times: each answer's answeredAt is the submission's own time: its "end", else
when it was submitted (${kobo ? '_submission_time' : 'SubmissionDate'}), else its "start". A file with none
of these columns needs --answered-at: the clock of the import is never used,
so importing a file twice gives the same responses.
Every value that maps to nothing is reported with its row, column and value,
and the command exits with 1 (0 with --lenient).

Examples:
${
  kobo
    ? '  dtc import kobo export.xlsx --output responses.ndjson --report unmapped.json\n  dtc import kobo old-export.csv --answered-at 2026-03-25T09:30:00Z > responses.ndjson'
    : '  dtc import odk submission.xml --format json --output responses.json\n  dtc import odk central.csv --lenient --report unmapped.json > responses.ndjson'
}
`,
    )
    .action((file: string, options: ImportOptions) => importFile(tool, file, options, io));
}

export const register: Register = (program, io) => {
  const command = program
    .command('import')
    .description('read submissions of the field form (KoboToolbox, ODK) back into responses')
    .addHelpText('after', '\nExample:\n  dtc import kobo export.csv > responses.ndjson\n');
  importCommand(command, 'kobo', io);
  importCommand(command, 'odk', io);
};
