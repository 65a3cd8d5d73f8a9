/**
 * `dtc report RESPONSE|PLAN --format html|docx|xlsx`: the report of a response, or of an
 * action plan with the response it was made from, as a static HTML page (charts as inline
 * SVG), a Word document or an Excel workbook, in one of the six built-in languages.
 */
import { writeFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { BUILT_IN_LOCALES } from '@dtc/i18n';
import { CliError, usage } from '../errors.js';
import type { Io } from '../program.js';
import { readReportInput } from '../report/inputs.js';

export const REPORT_FORMATS = ['html', 'docx', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

interface ReportOptions {
  format: ReportFormat;
  locale?: string;
  framework?: string;
  response?: string;
  output?: string;
}

const EXAMPLES = `
Examples:
  $ dtc report response.json --format html --output report.html
  $ dtc report plan.json --response response.json --format docx --locale fr --output plan.docx
  $ dtc report plan.json --format xlsx > plan.xlsx

The input is told apart by its "format": a response ("dtc.response") is scored and reported
with an empty plan; an action plan ("dtc.action-plan") is reported with the results of
--response FILE (needed for HTML; without it the Word and Excel files have no scores).
The HTML page is one file with no script and no link to anything outside it.
Word and Excel files are written to --output, or to standard output when it is not a terminal.
`;

async function write(
  io: Io,
  output: string | undefined,
  bytes: string | Uint8Array,
): Promise<void> {
  if (output === undefined || output === '-') {
    io.stdout.write(bytes);
    return;
  }
  try {
    await writeFile(output, bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      `${output}: cannot be written (${code === 'ENOENT' ? 'no such folder' : (code ?? String(error))}).`,
    );
  }
}

export async function report(path: string, options: ReportOptions, io: Io): Promise<void> {
  const { format } = options;
  if (format !== 'html' && options.output === undefined && io.stdout.isTTY)
    throw usage(
      `a ${format === 'docx' ? 'Word' : 'Excel'} file is not for a terminal: give --output FILE, or redirect standard output to a file.`,
    );
  const input = await readReportInput(path, {
    response: options.response,
    framework: options.framework,
    locale: options.locale,
    stdin: io.stdin,
  });
  if (format === 'html') {
    if (input.plan && !input.result)
      throw usage(
        `${path}: the HTML report shows a plan beside the results it was made from: give the response with --response FILE.`,
      );
    const { renderHtml } = await import('../report/html.js');
    await write(io, options.output, await renderHtml(input));
    return;
  }
  if (input.plan && !input.result)
    io.stderr.write(
      'dtc: note: no --response given: the file has the plan without its scores summary.\n',
    );
  const { renderOffice } = await import('../report/office.js');
  await write(io, options.output, await renderOffice(input, format));
}

export function register(program: Command, io: Io): void {
  program
    .command('report')
    .description(
      'write the report of a response, or of an action plan and its results: HTML with the charts as inline SVG, Word or Excel',
    )
    .argument('<file>', 'a response or an action plan (JSON), or - for standard input')
    .addOption(
      new Option('-f, --format <format>', 'what to write')
        .choices(REPORT_FORMATS)
        .makeOptionMandatory(),
    )
    .option(
      '-l, --locale <locale>',
      `the language of the report: ${BUILT_IN_LOCALES.join(', ')} (default: en)`,
    )
    .option(
      '--framework <file>',
      'the framework the files answer (default: the bundled six pillars)',
    )
    .option('-r, --response <file>', 'with a plan: the response it was made from')
    .option('-o, --output <file>', 'where to write (default: standard output)')
    .addHelpText('after', EXAMPLES)
    .action((path: string, options: ReportOptions) => report(path, options, io));
}
