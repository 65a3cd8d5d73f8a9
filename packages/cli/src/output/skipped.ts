/**
 * What a command that reads many responses says about the ones it skips: each invalid
 * record's issues on standard error (`dtc: responses.ndjson:12: answers.x.value: …`), then
 * how many were skipped. A command that skipped any ends with exit code 1.
 */
import { formatPath, type Issue } from '@dtc/schema';
import type { Io } from '../program.js';
import { styleFor } from './style.js';

export interface Skipped {
  /** For `readResponses`' `onIssue`. */
  onIssue(where: string, issues: Issue[]): void;
  readonly count: number;
  /** Writes the count (when any) and sets the exit code to 1. */
  finish(read: number): void;
}

export function skipped(io: Io): Skipped {
  const s = styleFor(io.stderr);
  let count = 0;
  return {
    onIssue(where, issues) {
      count += 1;
      for (const issue of issues) {
        const path = issue.path.length ? ` ${formatPath(issue.path)}:` : '';
        io.stderr.write(`dtc: ${where}:${path} ${issue.message} ${s.dim(`[${issue.code}]`)}\n`);
      }
    },
    get count() {
      return count;
    },
    finish(read) {
      if (count === 0) return;
      io.stderr.write(
        `dtc: ${s.red(`${count} of ${read + count} response${read + count === 1 ? '' : 's'} skipped`)} (not valid; the issues are above).\n`,
      );
      io.exitCode = 1;
    },
  };
}
