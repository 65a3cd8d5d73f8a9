/**
 * Cutting a file of NDJSON or CSV into byte ranges for worker threads: each range starts where
 * a record starts (after a line end; in CSV, a line end outside quotes), and knows how many
 * lines and records of the file come before it, so that a record's place in a message is its
 * place in the whole file. A CSV range after the first is read with the header in front.
 *
 * The cut is found by one pass over the file (at disk-cache speed: a line end is found with
 * `Buffer.indexOf`; CSV is read byte by byte for its quotes), before any worker starts.
 */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { inputName } from '../io/input.js';
import { CliError } from '../errors.js';

/** Bytes `[start, end)` of a file, with what comes before them. */
export interface Range {
  readonly start: number;
  readonly end: number;
  /** Lines of the file before `start` (line ends counted). */
  readonly linesBefore: number;
  /** CSV records (the header, then rows; empty lines are not records) before `start`. */
  readonly recordsBefore: number;
}

/** What a CSV range after the first is read with in front: the header's bytes. */
export interface Header {
  readonly bytes: Buffer;
  /** Lines the header takes (more than one when a quoted column name holds a line end). */
  readonly lines: number;
}

export interface Split {
  readonly ranges: readonly Range[];
  /** The CSV header (the file's first record); `null` for NDJSON. */
  readonly header: Header | null;
}

const NEWLINE = 0x0a;
const QUOTE = 0x22;
const RETURN = 0x0d;

/**
 * Cuts `path` into at most `parts` ranges of about equal size, each starting where a record
 * starts. A small file gives fewer ranges (never an empty one). The header of a CSV file is
 * in the first range.
 */
export async function splitFile(
  path: string,
  format: 'ndjson' | 'csv',
  parts: number,
  size: number,
): Promise<Split> {
  const targets = Array.from({ length: parts - 1 }, (_, k) => Math.floor((size * (k + 1)) / parts));
  const cuts: { at: number; linesBefore: number; recordsBefore: number }[] = [];
  let headerEnd = -1;
  let headerLines = 0;
  const headerChunks: Buffer[] = [];

  let offset = 0; // of the chunk in the file
  let lines = 0;
  let records = 0;
  let quoted = false; // CSV: within a quoted field
  let content = false; // CSV: the current line has something besides a carriage return
  /** A record ends at `end` (a line end, at file offset `end - 1`): cut there if a target is passed. */
  const recordEnd = (end: number): void => {
    const next = targets[cuts.length];
    if (next !== undefined && end > next && end < size && end > (cuts.at(-1)?.at ?? 0)) {
      cuts.push({ at: end, linesBefore: lines, recordsBefore: records });
    }
  };

  const stream: Readable = createReadStream(path);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (format === 'ndjson') {
        for (let at = chunk.indexOf(NEWLINE); at !== -1; at = chunk.indexOf(NEWLINE, at + 1)) {
          lines++;
          recordEnd(offset + at + 1);
        }
      } else {
        for (let i = 0; i < chunk.length; i++) {
          const byte = chunk[i]!;
          if (byte === QUOTE) quoted = !quoted;
          if (byte !== NEWLINE) {
            if (byte !== RETURN) content = true;
            continue;
          }
          lines++;
          if (quoted) continue;
          if (content) records++;
          content = false;
          if (headerEnd === -1 && records === 1) {
            headerEnd = offset + i + 1;
            headerLines = lines;
          }
          recordEnd(offset + i + 1);
        }
        if (headerEnd === -1) headerChunks.push(chunk);
        else if (headerEnd > offset) headerChunks.push(chunk.subarray(0, headerEnd - offset));
      }
      offset += chunk.length;
      if (cuts.length === targets.length && (format === 'ndjson' || headerEnd !== -1)) break;
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`${inputName(path)}: cannot be read (${code ?? String(error)}).`);
  } finally {
    stream.destroy();
  }

  const starts = [{ at: 0, linesBefore: 0, recordsBefore: 0 }, ...cuts];
  const ranges = starts.map((cut, i): Range => ({
    start: cut.at,
    end: starts[i + 1]?.at ?? size,
    linesBefore: cut.linesBefore,
    recordsBefore: cut.recordsBefore,
  }));
  const header =
    format === 'csv' && headerEnd !== -1
      ? { bytes: Buffer.concat(headerChunks).subarray(0, headerEnd), lines: headerLines }
      : null;
  return { ranges: header === null && format === 'csv' ? ranges.slice(0, 1) : ranges, header };
}

/**
 * A message about a range read as standard input (`standard input:12`, `standard input: row
 * 5`, `standard input: line 7`), as it reads about the whole file: the file's name, and the
 * line or row counted from the file's start. `prefix` is what was read in front of the range
 * (the CSV header), which the numbers in the message include.
 */
export function relocate(
  message: string,
  name: string,
  range: Range,
  prefix: { lines: number; records: number },
): string {
  const stdin = inputName('-');
  if (!message.startsWith(stdin)) return message;
  const rest = message.slice(stdin.length);
  // A number within the prefix is the file's own (the header is the file's first lines).
  const line = (n: string) =>
    Number(n) <= prefix.lines ? Number(n) : Number(n) - prefix.lines + range.linesBefore;
  const row = (n: string) =>
    Number(n) <= prefix.records ? Number(n) : Number(n) - prefix.records + range.recordsBefore;
  return (
    name +
    rest
      .replace(/^:(\d+)/, (_, n: string) => `:${line(n)}`)
      .replace(/^: row (\d+)/, (_, n: string) => `: row ${row(n)}`)
      .replace(/^: line (\d+)/, (_, n: string) => `: line ${line(n)}`)
  );
}
