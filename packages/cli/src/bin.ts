#!/usr/bin/env node
// `dtc`: see program.ts. Node's own warnings stay on standard error; the exit code is the command's.
import { run } from './program.js';

// A reader that stops early (`dtc score … | head`) closes the pipe: stop quietly, as Unix
// tools do, instead of reporting the write that could not be made.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
