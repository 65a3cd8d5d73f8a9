/**
 * Reading responses in bulk: NDJSON (one response per line), CSV (one response per row, one
 * column per question), a JSON array or a single response, or the demo's export file
 * (`.dtc.json`, format `dtc.export`). NDJSON and CSV are streamed, so a file of a million
 * responses is read in constant memory; JSON and the export file are one document, read whole.
 *
 * Every record is checked by `parseResponse` of @dtc/schema against the framework. A record
 * that is not a valid response is reported through `onIssue` with where it is
 * (`responses.ndjson:12`, `answers.csv: row 5`) and skipped; a problem with the file itself
 * (truncated JSON, an unknown CSV column, a line longer than {@link MAX_LINE_BYTES}) ends the
 * reading with a {@link CliError} naming the file and the line.
 *
 * The CSV columns (`dtc template csv` writes the header):
 * - one column per question id of the framework, holding the answer's value: a level `1`–`7`
 *   (rubric), an option id (choice), `yes`/`no` (boolean), text, or `na` / `dont-know`;
 *   an empty cell leaves the question unanswered;
 * - optionally `<question id>.comment`, the answer's comment;
 * - the respondent and the response, all optional except `respondent.role`:
 *   {@link CSV_META_COLUMNS}. An answer's `answeredAt` is the row's `response.completedAt`,
 *   else `response.updatedAt`, else `response.createdAt`, else the moment the file is read.
 * Question ids are lower-case letters, digits and hyphens, so no question column can be
 * mistaken for one of these. Any other column is an error that names it.
 */
import { Buffer } from 'node:buffer';
import type { Readable } from 'node:stream';
import { CsvError, parse as parseCsv } from 'csv-parse';
import {
  formatPath,
  indexQuestions,
  parseResponse,
  RESPONSE_FORMAT,
  RESPONSE_VERSION,
  type Framework,
  type Issue,
  type Response,
} from '@dtc/schema';
import { CliError } from '../errors.js';
import { inputName, jsonErrorAt, MAX_WHOLE_FILE_BYTES, openInput } from './input.js';

export type RecordFormat = 'json' | 'ndjson' | 'csv' | 'dtc-export';

/** A value read from an input, and where: `responses.ndjson:12`, `x.csv: row 5`. */
export interface Located<T> {
  value: T;
  where: string;
}

/**
 * The longest NDJSON line or CSV row read, in bytes (a CSV row in characters): 8 MiB. A
 * response at the schema's limits on every question of the six-pillar framework (a comment
 * of 5,000 characters on each) stays well under it; a longer line is a file that is not
 * one response per line (a whole JSON array written on one line, or a binary file).
 */
export const MAX_LINE_BYTES = 8 * 1024 * 1024;

/** The format of the demo's export file (apps/demo/src/exchange.ts). */
export const EXPORT_FORMAT = 'dtc.export';

/** The CSV columns besides the questions, and the field of the response each fills. */
export const CSV_META_COLUMNS = [
  'response.id',
  'response.label',
  'respondent.role',
  'respondent.roleDetail',
  'respondent.name',
  'respondent.organisation',
  'respondent.country',
  'framework.version',
  'response.createdAt',
  'response.updatedAt',
  'response.completedAt',
] as const;
export type CsvMetaColumn = (typeof CSV_META_COLUMNS)[number];

/** The suffix of a column holding an answer's comment: `<question id>.comment`. */
export const COMMENT_SUFFIX = '.comment';

export interface ReadResponsesOptions {
  framework: Framework;
  /** The format; detected from the name and the first bytes when absent. */
  format?: RecordFormat | undefined;
  /** Read for the path `-` (default: the process's standard input). */
  stdin?: Readable | undefined;
  /**
   * Other versions of the same framework: a record naming one of them is checked against it
   * (a CSV row names it in `framework.version`, and its header may use their questions too).
   */
  versions?: readonly Framework[] | undefined;
  /** Called for each record that is not a valid response (it is then skipped). */
  onIssue?: ((where: string, issues: Issue[]) => void) | undefined;
}

/** How many bytes {@link detectFormat} is given: enough for a first line or a CSV header. */
const HEAD_BYTES = 64 * 1024;

/**
 * The format of an input from its name (`.ndjson`, `.jsonl`, `.csv`, `.json`) and its first
 * bytes: `dtc-export` when a JSON document names the format `dtc.export`; for standard input
 * or another name, JSON that opens with `[` or is one object is `json`, a first line that is a
 * whole object followed by another is `ndjson`, anything else `csv`.
 */
export function detectFormat(path: string, head: string): RecordFormat {
  const text = head.replace(/^\uFEFF/, '').trimStart();
  const lower = path.toLowerCase();
  const namesExport = /"format"\s*:\s*"dtc\.export"/.test(text.slice(0, 4096));
  if (lower.endsWith('.ndjson') || lower.endsWith('.jsonl')) return 'ndjson';
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.json')) return namesExport ? 'dtc-export' : 'json';
  if (text.startsWith('[')) return 'json';
  if (text.startsWith('{')) {
    if (namesExport) return 'dtc-export';
    const newline = text.indexOf('\n');
    if (
      newline > 0 &&
      text
        .slice(newline + 1)
        .trimStart()
        .startsWith('{')
    ) {
      try {
        JSON.parse(text.slice(0, newline));
        return 'ndjson';
      } catch {
        return 'json';
      }
    }
    return 'json';
  }
  return 'csv';
}

/** The bytes of a stream, the first ones already read put back in front. */
async function* withHead(head: Buffer[], rest: AsyncIterator<unknown>): AsyncGenerator<Buffer> {
  yield* head;
  for (;;) {
    const next = await rest.next();
    if (next.done) return;
    yield toBuffer(next.value);
  }
}

const toBuffer = (chunk: unknown): Buffer =>
  Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));

/** Opens the input and reads its first bytes, to detect its format without losing them. */
async function peek(
  path: string,
  stdin: Readable | undefined,
): Promise<{ head: string; bytes: AsyncGenerator<Buffer> }> {
  const stream = await openInput(path, stdin);
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<unknown>;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    while (size < HEAD_BYTES) {
      const next = await iterator.next();
      if (next.done) break;
      const chunk = toBuffer(next.value);
      chunks.push(chunk);
      size += chunk.length;
    }
  } catch (error) {
    throw readError(path, error);
  }
  const head = Buffer.concat(chunks).subarray(0, HEAD_BYTES).toString('utf8');
  return { head, bytes: withHead(chunks, iterator) };
}

function readError(path: string, error: unknown): CliError {
  if (error instanceof CliError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  return new CliError(
    `${inputName(path)}: cannot be read (${code ?? (error instanceof Error ? error.message : String(error))}).`,
  );
}

/**
 * The responses of a file (or `-`, standard input), checked against `framework`. See the
 * module's comment for the formats, what is skipped and what ends the reading.
 */
export async function* readResponses(
  path: string,
  options: ReadResponsesOptions,
): AsyncGenerator<Located<Response>> {
  const { head, bytes } = await peek(path, options.stdin);
  const format = options.format ?? detectFormat(path, head);
  const name = inputName(path);
  const check = (raw: unknown, where: string): Located<Response> | undefined => {
    const parsed = parseResponse(raw, frameworkOf(raw, options));
    if (parsed.ok) return { value: parsed.value, where };
    options.onIssue?.(where, parsed.issues);
    return undefined;
  };
  switch (format) {
    case 'ndjson':
      for await (const { text, line } of lines(bytes, name)) {
        if (text.trim() === '') continue;
        const where = `${name}:${line}`;
        let raw: unknown;
        try {
          raw = JSON.parse(text);
        } catch (error) {
          options.onIssue?.(where, [
            {
              path: [],
              code: 'invalid-json',
              params: {},
              message: `Not valid JSON: ${jsonErrorAt(text, error).replace(/^line 1, /, '')}`,
            },
          ]);
          continue;
        }
        const found = check(raw, where);
        if (found) yield found;
      }
      return;
    case 'csv':
      yield* readCsv(bytes, name, options);
      return;
    case 'json':
    case 'dtc-export': {
      const text = await wholeText(bytes, name);
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        throw new CliError(`${name}: not valid JSON: ${jsonErrorAt(text, error)}`);
      }
      for (const { raw, where } of documentRecords(value, name, format)) {
        const found = check(raw, where);
        if (found) yield found;
      }
      return;
    }
  }
}

/** The framework a record is checked against: the version it names, if given, else the main one. */
function frameworkOf(raw: unknown, options: ReadResponsesOptions): Framework {
  if (!options.versions?.length || typeof raw !== 'object' || raw === null)
    return options.framework;
  const ref = (raw as { framework?: { id?: unknown; version?: unknown } }).framework;
  return (
    options.versions.find((f) => f.id === ref?.id && f.version === ref.version) ?? options.framework
  );
}

/**
 * The records of a JSON document already read: an array of responses, one response, or an
 * export file (its assessments' responses), each with where it is. Anything else is a CliError.
 */
export function documentRecords(
  value: unknown,
  name: string,
  format: RecordFormat,
): { raw: unknown; where: string }[] {
  if (Array.isArray(value)) return value.map((raw, i) => ({ raw, where: `${name}: [${i}]` }));
  const isObject = typeof value === 'object' && value !== null;
  const declared = isObject ? (value as { format?: unknown }).format : undefined;
  if (format === 'dtc-export' || declared === EXPORT_FORMAT) {
    const assessments = isObject ? (value as { assessments?: unknown }).assessments : undefined;
    if (declared !== EXPORT_FORMAT || !Array.isArray(assessments))
      throw new CliError(
        `${name}: not an export file: expected "format": "${EXPORT_FORMAT}" and a list "assessments".`,
      );
    return assessments.map((item: unknown, i) => ({
      raw:
        typeof item === 'object' && item !== null
          ? (item as { response?: unknown }).response
          : undefined,
      where: `${name}: ${formatPath(['assessments', i, 'response'])}`,
    }));
  }
  if (declared === RESPONSE_FORMAT || !isObject) return [{ raw: value, where: name }];
  throw new CliError(
    `${name}: neither a response ("format": "${RESPONSE_FORMAT}"), a list of responses, nor an export file ("format": "${EXPORT_FORMAT}")${typeof declared === 'string' ? `; its format is "${declared}"` : ''}.`,
  );
}

async function wholeText(bytes: AsyncIterable<Buffer>, name: string): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of bytes) {
      size += chunk.length;
      if (size > MAX_WHOLE_FILE_BYTES)
        throw new CliError(
          `${name}: more than the ${MAX_WHOLE_FILE_BYTES} bytes a JSON file read whole may have; give NDJSON or CSV, which are read as streams.`,
        );
      chunks.push(chunk);
    }
  } catch (error) {
    throw readError(name, error);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The lines of a stream of bytes, numbered from 1, without their end (`\n` or `\r\n`) and
 * the first line's byte-order mark. A line longer than {@link MAX_LINE_BYTES} ends the reading.
 */
export async function* lines(
  bytes: AsyncIterable<Buffer>,
  name: string,
): AsyncGenerator<{ text: string; line: number }> {
  let pending: Buffer[] = [];
  let pendingSize = 0;
  let line = 0;
  const tooLong = (): CliError =>
    new CliError(
      `${name}:${line + 1}: the line is longer than ${MAX_LINE_BYTES} bytes, the most one line may have (one response per line is expected).`,
    );
  const take = (last: Buffer): { text: string; line: number } => {
    const whole = pending.length ? Buffer.concat([...pending, last]) : last;
    pending = [];
    pendingSize = 0;
    line += 1;
    let text = whole.toString('utf8');
    if (text.endsWith('\r')) text = text.slice(0, -1);
    if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { text, line };
  };
  try {
    for await (const chunk of bytes) {
      let start = 0;
      for (;;) {
        const end = chunk.indexOf(0x0a, start);
        if (end === -1) break;
        if (pendingSize + end - start > MAX_LINE_BYTES) throw tooLong();
        yield take(chunk.subarray(start, end));
        start = end + 1;
      }
      const rest = chunk.subarray(start);
      if (rest.length) {
        pendingSize += rest.length;
        if (pendingSize > MAX_LINE_BYTES) throw tooLong();
        pending.push(rest);
      }
    }
  } catch (error) {
    throw readError(name, error);
  }
  if (pendingSize > 0) yield take(Buffer.alloc(0));
}

/** How each column of a CSV header fills a response. */
type Column =
  | { kind: 'meta'; name: CsvMetaColumn }
  | { kind: 'answer'; question: string; rubric: boolean }
  | { kind: 'comment'; question: string };

/** The columns of a CSV header; an unknown or repeated column is an error that names it. */
function csvColumns(
  header: readonly string[],
  framework: Framework,
  versions: readonly Framework[],
  name: string,
): Column[] {
  const questions = indexQuestions(framework);
  for (const version of versions)
    for (const [id, entry] of indexQuestions(version))
      if (!questions.has(id)) questions.set(id, entry);
  const metas = new Set<string>(CSV_META_COLUMNS);
  const seen = new Map<string, number>();
  return header.map((raw, i) => {
    const column = raw.trim();
    const at = `${name}: row 1, column ${i + 1} ("${column}")`;
    const before = seen.get(column);
    if (before !== undefined) throw new CliError(`${at}: the column is also column ${before}.`);
    seen.set(column, i + 1);
    if (metas.has(column)) return { kind: 'meta', name: column as CsvMetaColumn };
    const entry = questions.get(column);
    if (entry)
      return { kind: 'answer', question: column, rubric: entry.question.kind === 'rubric' };
    if (column.endsWith(COMMENT_SUFFIX)) {
      const question = column.slice(0, -COMMENT_SUFFIX.length);
      if (questions.has(question)) return { kind: 'comment', question };
    }
    throw new CliError(
      `${at}: unknown column: neither a question of framework "${framework.id}" nor one of ${CSV_META_COLUMNS.join(', ')} (run "dtc template csv" for the header).`,
    );
  });
}

/** The response a CSV row describes, for `parseResponse` to check. */
function csvResponse(
  cells: readonly string[],
  columns: readonly Column[],
  framework: Framework,
  readAt: string,
): Record<string, unknown> {
  const meta: Partial<Record<CsvMetaColumn, string>> = {};
  const values = new Map<string, string | number>();
  const comments = new Map<string, string>();
  columns.forEach((column, i) => {
    const cell = (cells[i] ?? '').trim();
    if (cell === '') return;
    if (column.kind === 'meta') meta[column.name] = cell;
    else if (column.kind === 'comment') comments.set(column.question, cells[i] ?? '');
    else values.set(column.question, column.rubric && /^\d+$/.test(cell) ? Number(cell) : cell);
  });
  const answeredAt =
    meta['response.completedAt'] ??
    meta['response.updatedAt'] ??
    meta['response.createdAt'] ??
    readAt;
  const answers: Record<string, unknown> = {};
  for (const [question, value] of values) {
    const comment = comments.get(question);
    answers[question] = { value, answeredAt, ...(comment ? { comment } : {}) };
  }
  const respondent: Record<string, string> = {};
  const fields = ['role', 'roleDetail', 'name', 'organisation', 'country'] as const;
  for (const field of fields) {
    const value = meta[`respondent.${field}`];
    if (value !== undefined) respondent[field] = value;
  }
  const optional = (key: string, value: string | undefined) =>
    value === undefined ? {} : { [key]: value };
  return {
    format: RESPONSE_FORMAT,
    version: RESPONSE_VERSION,
    ...optional('id', meta['response.id']),
    ...optional('label', meta['response.label']),
    framework: { id: framework.id, version: meta['framework.version'] ?? framework.version },
    respondent,
    answers,
    ...optional('createdAt', meta['response.createdAt']),
    ...optional('updatedAt', meta['response.updatedAt']),
    ...optional('completedAt', meta['response.completedAt']),
  };
}

async function* readCsv(
  bytes: AsyncIterable<Buffer>,
  name: string,
  options: ReadResponsesOptions,
): AsyncGenerator<Located<Response>> {
  const parser = parseCsv({
    bom: true,
    max_record_size: MAX_LINE_BYTES,
    skip_empty_lines: true,
    info: true,
  });
  // Feeding the parser from the bytes lets a read error and a parse error end the same way.
  const feed = (async () => {
    try {
      for await (const chunk of bytes) {
        if (!parser.write(chunk)) await new Promise((done) => parser.once('drain', done));
      }
      parser.end();
    } catch (error) {
      parser.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  })();
  const readAt = new Date().toISOString();
  let columns: Column[] | undefined;
  try {
    for await (const item of parser as AsyncIterable<{
      record: string[];
      info: { lines: number; records: number };
    }>) {
      const { record, info } = item;
      if (!columns) {
        columns = csvColumns(record, options.framework, options.versions ?? [], name);
        continue;
      }
      const where = `${name}: row ${info.records}`;
      const raw = csvResponse(record, columns, options.framework, readAt);
      const parsed = parseResponse(raw, frameworkOf(raw, options));
      if (parsed.ok) yield { value: parsed.value, where };
      else options.onIssue?.(where, parsed.issues);
    }
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw new CliError(
        `${name}${line ? `: line ${line}` : ''}: not valid CSV: ${csvMessage(error)}`,
      );
    }
    throw readError(name, error);
  } finally {
    parser.destroy();
    await feed;
  }
  if (!columns) throw new CliError(`${name}: the CSV file is empty (it needs a header row).`);
}

/** csv-parse's message without the line it already names, which the CLI puts in front. */
function csvMessage(error: CsvError): string {
  if (error.code === 'CSV_MAX_RECORD_SIZE')
    return `a row is longer than ${MAX_LINE_BYTES} characters, the most one row may have.`;
  return error.message.replace(/\s*(?:at|on) line \d+\.?$/, '').replace(/\.?$/, '.');
}
