#!/usr/bin/env node
// `dtc`: see program.ts. Node's own warnings stay on standard error; the exit code is the command's.
import { run } from './program.js';

process.exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
