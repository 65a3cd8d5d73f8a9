/**
 * What the command line says when it cannot do what it was asked: a sentence naming what and
 * where (the file, the line, the path in the data), never a stack trace. `bin.ts` prints the
 * message and exits with `exitCode`.
 */
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

/** A usage mistake: an unknown option value, a missing argument. */
export const usage = (message: string): CliError => new CliError(message, 2);
