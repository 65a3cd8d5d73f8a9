/**
 * The `dtc` program: its commands (commands/index.ts), `--version`, `--help` for each with an
 * example, and one way of ending: output written, or a clear message and an exit code
 * (0 done, 1 the input is wrong, 2 the command is).
 */
import { Command, CommanderError } from 'commander';
import type { Readable } from 'node:stream';
import { createRequire } from 'node:module';
import { COMMANDS } from './commands/index.js';
import { CliError } from './errors.js';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

/** Where a command writes: standard output and standard error, replaced in tests. */
export interface Io {
  stdin: Readable;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** Set by a command that ends with an answer that is "no" (e.g. `validate` found issues): 1. */
  exitCode?: number;
}

export function program(io: Io): Command {
  const dtc = new Command('dtc')
    .description(
      'Validate, score, aggregate, compare, report and migrate six-pillar self-assessment files; exchange forms with KoboToolbox and ODK.',
    )
    .version(version, '-V, --version', 'print the version of dtc')
    .showHelpAfterError('(run with --help for the options and an example)')
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .exitOverride();
  for (const register of COMMANDS) register(dtc, io);
  return dtc;
}

/** Runs `dtc` with `argv` (without node and the script); resolves to the exit code. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    await program(io).parseAsync([...argv], { from: 'user' });
    return io.exitCode ?? 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof CliError) {
      io.stderr.write(`dtc: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr.write(
      `dtc: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  }
}
