/**
 * `dtc export xlsform|xform`: the framework as a field form for KoboToolbox or ODK, every
 * language of the framework (or those of `--locale`) in one form.
 */
import type { Command } from 'commander';
import { writeFile } from 'node:fs/promises';
import { CliError, usage } from '../errors.js';
import { formOf, writeXForm, writeXlsForm } from '../forms/index.js';
import { loadFramework } from '../frameworks.js';
import type { Io } from '../program.js';
import type { Register } from './index.js';

interface ExportOptions {
  locale?: string[];
  framework?: string;
  output?: string;
}

const locales = (value: string, previous: string[] = []): string[] => [
  ...previous,
  ...value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
];

async function save(path: string, data: string | Buffer): Promise<void> {
  try {
    await writeFile(path, data);
  } catch (error) {
    throw new CliError(
      `${path}: cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
    );
  }
}

function formCommand(parent: Command, name: 'xlsform' | 'xform', io: Io): void {
  const xlsx = name === 'xlsform';
  parent
    .command(name)
    .description(
      xlsx
        ? 'write the framework as an XLSForm workbook (survey, choices, settings) for KoboToolbox or ODK Central'
        : 'write the framework as an ODK XForm (XML) for ODK Collect, Central or Web Forms',
    )
    .option(
      '--locale <tags>',
      'languages of the form, the first the default (comma-separated or repeated; default: every locale of the framework)',
      locales,
    )
    .option('--framework <file>', 'the framework (default: the bundled six-pillar framework)')
    .option(
      '-o, --output <file>',
      xlsx
        ? 'the .xlsx file to write (required)'
        : 'the .xml file to write (default: standard output)',
    )
    .addHelpText(
      'after',
      xlsx
        ? '\nExample:\n  dtc export xlsform --locale en,fr --output six-pillars.xlsx\n'
        : '\nExample:\n  dtc export xform --locale fr,en --output six-pillars.xml\n',
    )
    .action(async (options: ExportOptions) => {
      if (xlsx && !options.output)
        throw usage('export xlsform: give the workbook to write with --output FILE.xlsx.');
      const framework = await loadFramework(options.framework, io);
      const form = await formOf(framework, options.locale);
      if (xlsx) {
        await save(options.output!, await writeXlsForm(form));
      } else if (options.output) {
        await save(options.output, writeXForm(form));
      } else {
        io.stdout.write(writeXForm(form));
      }
    });
}

export const register: Register = (program, io) => {
  const command = program
    .command('export')
    .description('write the framework as a field form: XLSForm (KoboToolbox, ODK) or ODK XForm')
    .addHelpText('after', '\nExample:\n  dtc export xlsform --output six-pillars.xlsx\n');
  formCommand(command, 'xlsform', io);
  formCommand(command, 'xform', io);
};
