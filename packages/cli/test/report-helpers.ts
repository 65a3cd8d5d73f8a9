/** Running `dtc` in a test: fake standard streams, the report fixtures, their figures. */
import { readFileSync } from 'node:fs';
import { PassThrough, Writable } from 'node:stream';
import { sixPillars } from '@dtc/framework';
import { parseActionPlan, parseResponse, type ActionPlan, type Response } from '@dtc/schema';
import { scoreResponse } from '@dtc/scoring';
import { run, type Io } from '../src/program.js';

export const fixture = (name: string): string =>
  new URL(`./fixtures/report/${name}`, import.meta.url).pathname;

export interface Ran {
  code: number;
  /** Standard output as bytes (Word and Excel files) and as text. */
  bytes: Buffer;
  out: string;
  err: string;
}

/** Runs `dtc argv` with fake streams; `tty` says whether standard output is a terminal. */
export async function dtc(
  argv: readonly string[],
  { tty = false, stdin = '' }: { tty?: boolean; stdin?: string } = {},
): Promise<Ran> {
  const chunks: Buffer[] = [];
  let err = '';
  const stdout = Object.assign(
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(Buffer.from(chunk));
        done();
      },
    }),
    { isTTY: tty },
  );
  const stderr = Object.assign(
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        err += chunk.toString();
        done();
      },
    }),
    { isTTY: false },
  );
  const input = new PassThrough();
  input.end(stdin);
  const io: Io = { stdin: input, stdout, stderr };
  const code = await run(argv, io);
  const bytes = Buffer.concat(chunks);
  return { code, bytes, out: bytes.toString('utf8'), err };
}

function json(name: string): unknown {
  return JSON.parse(readFileSync(fixture(name), 'utf8'));
}

/** The fixtures as parsed values, and the response's result. */
export const response: Response = (() => {
  const r = parseResponse(json('response.json'), sixPillars);
  if (!r.ok) throw new Error('response fixture does not parse');
  return r.value;
})();
export const plan: ActionPlan = (() => {
  const r = parseActionPlan(json('plan.json'), sixPillars);
  if (!r.ok) throw new Error('plan fixture does not parse');
  return r.value;
})();
export const result = scoreResponse(sixPillars, response);
