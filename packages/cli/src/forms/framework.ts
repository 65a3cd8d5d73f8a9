/** The framework a form is made from or read against: a file, or the bundled six pillars. */
import { sixPillars } from '@dtc/framework';
import { formatIssues, parseFramework, type Framework } from '@dtc/schema';
import type { Readable } from 'node:stream';
import { CliError } from '../errors.js';
import { inputName, readJson } from '../io/input.js';

export async function frameworkFrom(
  path: string | undefined,
  stdin?: Readable,
): Promise<Framework> {
  if (path === undefined) return sixPillars;
  const parsed = parseFramework(await readJson(path, stdin));
  if (!parsed.ok)
    throw new CliError(
      `${inputName(path)}: not a valid framework:\n${formatIssues(parsed.issues)}`,
    );
  return parsed.value;
}
