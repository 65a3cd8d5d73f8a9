/**
 * Reading the files a command is given: a path, or `-` for standard input. Whole files for the
 * formats that are one document (a framework, a plan); streams line by line for NDJSON and CSV
 * (io/records.ts). Every failure is a {@link CliError} naming the file.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { CliError } from '../errors.js';

/** The name of an input in messages: its path, or "standard input". */
export const inputName = (path: string): string => (path === '-' ? 'standard input' : path);

/** Largest file read whole (a framework, a plan, a JSON array of responses). */
export const MAX_WHOLE_FILE_BYTES = 512 * 1024 * 1024;

/** Checks that `path` is a readable file; `whole`: also that it is small enough to read whole. */
async function checkFile(path: string, whole: boolean): Promise<void> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'ENOENT'
        ? `${path}: no such file.`
        : `${path}: cannot be read (${code ?? String(error)}).`,
    );
  }
  if (info.isDirectory()) throw new CliError(`${path}: is a folder, not a file.`);
  if (whole && info.size > MAX_WHOLE_FILE_BYTES)
    throw new CliError(
      `${path}: ${info.size} bytes is more than the ${MAX_WHOLE_FILE_BYTES} a file read whole may have; give NDJSON or CSV, which are read as streams.`,
    );
}

/**
 * A readable stream of the input's bytes, of any size (a reader that keeps the whole of it
 * checks its own limit as it reads).
 */
export async function openInput(path: string, stdin: Readable = process.stdin): Promise<Readable> {
  if (path === '-') return stdin;
  await checkFile(path, false);
  return createReadStream(path);
}

/** The whole input as UTF-8 text (a byte-order mark removed). */
export async function readText(path: string, stdin: Readable = process.stdin): Promise<string> {
  let text: string;
  if (path === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of stdin)
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
    text = Buffer.concat(chunks).toString('utf8');
  } else {
    await checkFile(path, true);
    text = await readFile(path, 'utf8');
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The input read as one JSON value; a syntax error says where (line and column). */
export async function readJson(path: string, stdin?: Readable): Promise<unknown> {
  const text = await readText(path, stdin);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliError(`${inputName(path)}: not valid JSON: ${jsonErrorAt(text, error)}`);
  }
}

/** "line 3, column 14: Unexpected token…" from a JSON.parse error. */
export function jsonErrorAt(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message)?.[1];
  if (position === undefined) {
    return text.trim() === '' ? 'the file is empty' : message.replace(/^JSON\.parse: /, '');
  }
  const before = text.slice(0, Number(position));
  const line = before.split('\n').length;
  const column = Number(position) - before.lastIndexOf('\n');
  return `line ${line}, column ${column}: ${message.replace(/ in JSON at position \d+.*$/, '')}`;
}
