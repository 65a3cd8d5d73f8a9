/** Running `dtc` in a test: fake streams, the exit code and what was written. */
import { PassThrough, Readable } from 'node:stream';
import { run, type Io } from '../src/program.js';

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

export async function dtc(args: readonly string[], stdin = ''): Promise<Ran> {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  stdout.on('data', (c: Buffer) => out.push(c.toString('utf8')));
  stderr.on('data', (c: Buffer) => err.push(c.toString('utf8')));
  const io: Io = { stdin: Readable.from([stdin]), stdout, stderr };
  const code = await run(args, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}
