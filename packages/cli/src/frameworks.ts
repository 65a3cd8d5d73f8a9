/**
 * The framework a command reads its files against: the bundled six-pillar framework, or one
 * given with `--framework <file>` (a framework JSON file, checked by `parseFramework`).
 */
import type { Command } from 'commander';
import { formatIssues, parseFramework, type Framework } from '@dtc/schema';
import { sixPillars } from '@dtc/framework';
import { CliError } from './errors.js';
import { inputName, readJson } from './io/input.js';
import type { Io } from './program.js';

/** Adds `--framework <file>` to a command (absent: the bundled framework). */
export function frameworkOption(cmd: Command): Command {
  return cmd.option(
    '--framework <file>',
    `the framework the files are read against, a JSON file ("-" for standard input; default: the bundled ${sixPillars.id} ${sixPillars.version})`,
  );
}

/** The framework of `--framework <file>`, or the bundled one; an invalid file is a CliError. */
export async function loadFramework(path: string | undefined, io: Io): Promise<Framework> {
  if (path === undefined) return sixPillars;
  const parsed = parseFramework(await readJson(path, io.stdin));
  if (parsed.ok) return parsed.value;
  const shown = parsed.issues.slice(0, 20);
  const more = parsed.issues.length - shown.length;
  throw new CliError(
    `${inputName(path)}: not a valid framework (${parsed.issues.length} issue${parsed.issues.length === 1 ? '' : 's'}):\n` +
      formatIssues(shown)
        .split('\n')
        .map((line) => `  ${line}`)
        .join('\n') +
      (more > 0 ? `\n  …and ${more} more (run "dtc validate ${path}" for all).` : ''),
  );
}
