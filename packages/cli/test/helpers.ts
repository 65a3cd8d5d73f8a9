/**
 * Running `dtc` in a test: `run(argv, io)` with fake standard streams, and what it wrote.
 */
import { PassThrough, Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { run, type Io } from '../src/program.js';

/** A fixture's path (test/fixtures/<name>). */
export const fixture = (name: string): string =>
  fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

class Capture extends Writable {
  text = '';
  isTTY?: boolean;
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void): void {
    this.text += String(chunk);
    done();
  }
}

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `dtc argv…`; `stdin` is what standard input holds. */
export async function dtc(argv: string[], stdin = ''): Promise<Ran> {
  const stdout = new Capture();
  const stderr = new Capture();
  const io: Io = {
    stdin: stdin ? Readable.from([Buffer.from(stdin)]) : new PassThrough().end(),
    stdout,
    stderr,
  };
  const code = await run(argv, io);
  return { code, stdout: stdout.text, stderr: stderr.text };
}
