/**
 * What the command line says when it cannot do what it was asked: a sentence naming what and
 * where (the file, the line, the path in the data), never a stack trace. `bin.ts` prints the
 * message and exits with `exitCode`.
 */
import { formatIssues, issueCount, type Issue } from '@dtc/schema';

export class CliError extends Error {
  constructor(
    message: string,
    /** 1: the input is wrong (invalid file, unknown column); 2: the command is (usage). */
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** The most issues a message lists before saying how many more there are. */
export const LISTED_ISSUES = 10;

/**
 * `<where>: not a valid <what> (N issues):` then its issues, one per line with their paths (the first
 * {@link LISTED_ISSUES}, then how many more).
 */
export function invalidInput(where: string, what: string, issues: readonly Issue[]): CliError {
  const shown = formatIssues(issues.slice(0, LISTED_ISSUES))
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
  const total = issueCount(issues);
  const more = total > LISTED_ISSUES ? `\n  …and ${total - LISTED_ISSUES} more` : '';
  const count = total === 1 ? '' : ` (${total} issues)`;
  return new CliError(`${where}: not a valid ${what}${count}:\n${shown}${more}`);
}

/** A usage mistake: an unknown option value, a missing argument. */
export const usage = (message: string): CliError => new CliError(message, 2);
