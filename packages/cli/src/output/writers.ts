/**
 * Writers of records to a stream, one record at a time: JSON (an array), NDJSON (one
 * document per line), CSV (csv-stringify, a header first) and Markdown (a table). CSV and
 * Markdown take flat rows, the columns named up front; JSON and NDJSON take any value.
 */
import { Option, type Command } from 'commander';
import { stringify } from 'csv-stringify/sync';
import { write, type Out } from './write.js';

export const OUTPUT_FORMATS = ['csv', 'json', 'ndjson', 'md'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Adds `--format <format>` with the formats a command writes. */
export function formatOption(
  cmd: Command,
  fallback: OutputFormat,
  formats: readonly OutputFormat[] = OUTPUT_FORMATS,
): Command {
  return cmd.addOption(
    new Option('--format <format>', 'what to write').choices(formats).default(fallback),
  );
}

export interface RecordWriter<T> {
  write(value: T): Promise<void>;
  /** Closes the document (the JSON array's bracket); writes nothing else. */
  end(): Promise<void>;
}

/** A cell of a CSV or Markdown row. */
export type Cell = string | number | boolean | null | undefined;
export type Row = Readonly<Record<string, Cell>>;

/** A JSON array, one element per line group, indented by two spaces. */
export function jsonWriter(out: Out): RecordWriter<unknown> {
  let count = 0;
  return {
    async write(value) {
      const text = JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');
      await write(out, `${count++ === 0 ? '[\n  ' : ',\n  '}${text}`);
    },
    async end() {
      await write(out, count === 0 ? '[]\n' : '\n]\n');
    },
  };
}

/** One JSON document per line. */
export function ndjsonWriter(out: Out): RecordWriter<unknown> {
  return {
    write: (value) => write(out, `${JSON.stringify(value)}\n`),
    end: async () => {},
  };
}

const cellText = (cell: Cell): string =>
  cell === null || cell === undefined ? '' : typeof cell === 'string' ? cell : String(cell);

/** CSV with a header row, quoting only where a cell needs it (RFC 4180). */
export function csvWriter(out: Out, columns: readonly string[]): RecordWriter<Row> {
  let started = false;
  const line = (cells: string[]) => stringify([cells], { record_delimiter: 'unix' });
  return {
    async write(row) {
      if (!started) {
        started = true;
        await write(out, line([...columns]));
      }
      await write(out, line(columns.map((c) => cellText(row[c]))));
    },
    async end() {
      if (!started) await write(out, line([...columns]));
    },
  };
}

/** A cell of a Markdown table: pipes escaped, line breaks as `<br>`. */
export const mdCell = (cell: Cell): string =>
  cellText(cell).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');

/** A Markdown (GitHub) table; numbers are aligned right. */
export function mdWriter(
  out: Out,
  columns: readonly string[],
  numeric: ReadonlySet<string> = new Set(),
): RecordWriter<Row> {
  let started = false;
  const header = async () => {
    started = true;
    await write(
      out,
      `| ${columns.map(mdCell).join(' | ')} |\n| ${columns.map((c) => (numeric.has(c) ? '---:' : '---')).join(' | ')} |\n`,
    );
  };
  return {
    async write(row) {
      if (!started) await header();
      await write(out, `| ${columns.map((c) => mdCell(row[c])).join(' | ')} |\n`);
    },
    async end() {
      if (!started) await header();
    },
  };
}
