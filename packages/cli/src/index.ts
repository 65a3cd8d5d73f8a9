/**
 * `@dtc/cli`: the `dtc` command (bin.ts), and `run(argv, io)` to call it from code and tests.
 */
export { run, program, type Io } from './program.js';
export { CliError } from './errors.js';
