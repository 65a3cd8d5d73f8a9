/**
 * `dtc validate FILE…`: checks frameworks, responses, action plans and feedback with the
 * parse functions of @dtc/schema, and prints each issue with where it is (the file, the
 * record, the path in the data). Exit code 0 when every file is valid, 1 otherwise.
 *
 * What a file is comes from its `format` field (`dtc.response`, `dtc.action-plan`,
 * `dtc.feedback`; a framework has none but its `pillars` and `levels`), or `--as`. Files of
 * many responses (NDJSON, CSV, a JSON array, the demo's export file) are read record by
 * record (io/records.ts), each response checked on its own.
 */
import { Readable } from 'node:stream';
import { Option, type Command } from 'commander';
import {
  FEEDBACK_FORMAT,
  formatPath,
  issueCount,
  parseActionPlan,
  parseFeedback,
  parseFramework,
  parseResponse,
  PLAN_FORMAT,
  RESPONSE_FORMAT,
  type Framework,
  type Issue,
  type ParseResult,
} from '@dtc/schema';
import { CliError } from '../errors.js';
import { frameworkOption, loadFramework } from '../frameworks.js';
import { inputName, jsonErrorAt, readText } from '../io/input.js';
import { detectFormat, documentRecords, EXPORT_FORMAT, readResponses } from '../io/records.js';
import { styleFor } from '../output/style.js';
import { write } from '../output/write.js';
import type { Io } from '../program.js';

export const KINDS = ['framework', 'response', 'plan', 'feedback'] as const;
export type Kind = (typeof KINDS)[number];
/** What a file was read as: one of the kinds, or a file of many responses. */
export type ReadAs = Kind | 'responses';

/** One issue in the report: where (the file or its record), the path, the code, the sentence. */
export interface ReportedIssue {
  where: string;
  path: string;
  code: string;
  message: string;
  params?: Record<string, string | number>;
}

export interface FileReport {
  file: string;
  /** What the file was read as; absent when it could not be read at all. */
  as?: ReadAs;
  valid: boolean;
  /** Records read (1 for a single document). */
  records: number;
  /** Records with issues. */
  invalid: number;
  issues: ReportedIssue[];
  /** Advice that does not make the file invalid (e.g. a funding gap in a plan). */
  warnings: ReportedIssue[];
}

export interface ValidateReport {
  valid: boolean;
  files: FileReport[];
}

const reported = (where: string, issue: Issue): ReportedIssue => ({
  where,
  path: formatPath(issue.path),
  code: issue.code,
  message: issue.message,
  ...(issue.params ? { params: { ...issue.params } } : {}),
});

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** What a document is, from its `format` field or its shape; undefined when it cannot tell. */
export function kindOf(value: unknown): ReadAs | undefined {
  if (Array.isArray(value)) return 'responses';
  if (!isObject(value)) return undefined;
  switch (value.format) {
    case RESPONSE_FORMAT:
      return 'response';
    case PLAN_FORMAT:
      return 'plan';
    case FEEDBACK_FORMAT:
      return 'feedback';
    case EXPORT_FORMAT:
      return 'responses';
    case undefined:
      return 'pillars' in value && 'levels' in value ? 'framework' : undefined;
    default:
      return undefined;
  }
}

function parseAs(kind: Kind, value: unknown, framework: Framework): ParseResult<unknown> {
  switch (kind) {
    case 'framework':
      return parseFramework(value);
    case 'response':
      return parseResponse(value, framework);
    case 'plan':
      return parseActionPlan(value, framework);
    case 'feedback':
      return parseFeedback(value, framework);
  }
}

/** Checks one file; a file that cannot be read is a report with one issue, not an error. */
export async function validateFile(
  path: string,
  options: { as?: Kind | undefined; framework: Framework; stdin?: Readable | undefined },
): Promise<FileReport> {
  const name = inputName(path);
  const report: FileReport = {
    file: name,
    valid: true,
    records: 0,
    invalid: 0,
    issues: [],
    warnings: [],
  };
  const fail = (message: string, code: string) => {
    report.issues.push({ where: name, path: '(root)', code, message });
    report.valid = false;
  };
  try {
    const lower = path.toLowerCase();
    const streamed =
      (options.as === undefined || options.as === 'response') &&
      (lower.endsWith('.ndjson') || lower.endsWith('.jsonl') || lower.endsWith('.csv'));
    let text: string | undefined;
    let format = streamed ? detectFormat(path, '') : undefined;
    if (!streamed) {
      text = await readText(path, options.stdin);
      const detected = detectFormat(path, text);
      if (detected === 'ndjson' || detected === 'csv') format = detected;
    }
    if (format === 'ndjson' || format === 'csv') {
      report.as = 'responses';
      const records = readResponses(text === undefined ? path : '-', {
        framework: options.framework,
        format,
        stdin: text === undefined ? undefined : Readable.from([Buffer.from(text)]),
        onIssue: (where, issues) => {
          report.records += 1;
          report.invalid += 1;
          const shown =
            path === '-' || text === undefined ? where : where.replace(/^standard input/, name);
          report.issues.push(...issues.map((i) => reported(shown, i)));
        },
      });
      for await (const _ of records) report.records += 1;
    } else {
      let value: unknown;
      try {
        value = JSON.parse(text!);
      } catch (error) {
        fail(`Not valid JSON: ${jsonErrorAt(text!, error)}`, 'invalid-json');
        return report;
      }
      const kind = options.as ?? kindOf(value);
      if (kind === undefined) {
        const declared = isObject(value) ? value.format : undefined;
        fail(
          typeof declared === 'string'
            ? `The format "${declared}" is not one dtc validates (give --as framework|response|plan|feedback to read it as one)`
            : 'Cannot tell what this file is: no "format" field and not a framework (give --as framework|response|plan|feedback)',
          'unknown-format',
        );
        return report;
      }
      report.as = kind;
      if (kind === 'responses') {
        for (const { raw, where } of documentRecords(value, name, 'json')) {
          report.records += 1;
          const parsed = parseResponse(raw, options.framework);
          if (parsed.ok) continue;
          report.invalid += 1;
          report.issues.push(...parsed.issues.map((i) => reported(where, i)));
        }
      } else {
        report.records = 1;
        const parsed = parseAs(kind, value, options.framework);
        if (parsed.ok)
          report.warnings.push(...(parsed.warnings ?? []).map((i) => reported(name, i)));
        else {
          report.invalid = 1;
          report.issues.push(...parsed.issues.map((i) => reported(name, i)));
        }
      }
    }
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    // "file:12: …" keeps its line in `where`; "file: …" is the file's own issue.
    const at = new RegExp(`^${escape(name)}(:\\d+)?:\\s*`).exec(error.message);
    report.issues.push({
      where: `${name}${at?.[1] ?? ''}`,
      path: '(root)',
      code: 'unreadable',
      message: at ? error.message.slice(at[0].length) : error.message,
    });
  }
  report.valid = report.issues.length === 0;
  return report;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The report as text: one line per issue, then one line per file and a summary. */
function printReport(report: ValidateReport, io: Io): string {
  const s = styleFor(io.stdout);
  const out: string[] = [];
  for (const file of report.files) {
    for (const issue of file.issues) {
      const where = issue.where === file.file ? s.bold(issue.where) : issue.where;
      const path = issue.path === '(root)' ? '' : ` ${issue.path}:`;
      out.push(`${where}:${path} ${issue.message} ${s.dim(`[${issue.code}]`)}`);
    }
    for (const warning of file.warnings)
      out.push(
        `${warning.where}: ${warning.path}: ${s.yellow('warning:')} ${warning.message} ${s.dim(`[${warning.code}]`)}`,
      );
    const what =
      file.as === undefined
        ? ''
        : file.as === 'responses'
          ? ` (${plural(file.records, 'response')}${file.invalid ? `, ${file.invalid} with issues` : ''})`
          : ` (${file.as})`;
    out.push(
      file.valid
        ? `${s.bold(file.file)}: ${s.green('valid')}${what}`
        : `${s.bold(file.file)}: ${s.red(plural(issueCount(file.issues), 'issue'))}${what}`,
    );
  }
  const invalid = report.files.filter((f) => !f.valid).length;
  const total = plural(report.files.length, 'file');
  out.push(
    invalid === 0
      ? s.green(`${total} checked: all valid.`)
      : s.red(`${total} checked: ${invalid} with issues.`),
  );
  return `${out.join('\n')}\n`;
}

const HELP = `
What a file is comes from its "format" field: dtc.response, dtc.action-plan, dtc.feedback,
dtc.export (the demo's export: its responses); a framework has no format field. NDJSON, CSV
and JSON arrays are read as responses, one record at a time. Exit code: 0 when every file is
valid, 1 when one is not.

Examples:
  $ dtc validate response.json action-plan.json
  $ dtc validate --framework my-framework.json responses.ndjson
  $ dtc validate --as framework my-framework.json --json
`;

export function register(program: Command, io: Io): void {
  const cmd = program
    .command('validate')
    .description(
      'check frameworks, responses, action plans and feedback; print every issue with its path',
    )
    .argument('<file...>', 'the files to check ("-" for standard input)')
    .addOption(new Option('--as <kind>', 'read every file as this kind').choices(KINDS))
    .option('--json', 'print a machine-readable report (JSON) instead of text');
  frameworkOption(cmd)
    .addHelpText('after', HELP)
    .action(async (files: string[], options: { as?: Kind; json?: boolean; framework?: string }) => {
      const framework = await loadFramework(options.framework, io);
      const report: ValidateReport = { valid: true, files: [] };
      for (const file of files) {
        const checked = await validateFile(file, { as: options.as, framework, stdin: io.stdin });
        report.files.push(checked);
        if (!checked.valid) report.valid = false;
      }
      await write(
        io.stdout,
        options.json ? `${JSON.stringify(report, null, 2)}\n` : printReport(report, io),
      );
      if (!report.valid) io.exitCode = 1;
    });
}
