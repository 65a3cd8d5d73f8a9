/**
 * The files submissions come in, read into {@link Submission}s:
 * - CSV from KoboToolbox (the current export: `,` between fields; the legacy export: `;`) and
 *   from ODK Central or Briefcase (`,`). The separator is the one of `,`, `;` and tab that the
 *   header line has most of outside quotes. Rows are numbered as a spreadsheet shows them: the
 *   header is row 1.
 * - XLSX from KoboToolbox: the first sheet (later sheets hold repeat groups, which the form has
 *   none of); row 1 the headers.
 * - An ODK submission instance (`submission.xml`): one submission, each leaf element a cell
 *   named by its path below the root; the root's `id` and `version` are the form's.
 */
import { parse } from 'csv-parse/sync';
import { extname } from 'node:path';
import { CliError } from '../errors.js';
import { inputName, readText } from '../io/input.js';
import type { Submission } from './submissions.js';
import { childElements, localName, parseXml, XmlSyntaxError } from './xml.js';
import { readFile } from 'node:fs/promises';

export interface SubmissionFile {
  submissions: Submission[];
  /** The form id and version an XML submission names. */
  form?: { id?: string; version?: string };
  /** What was read, for messages: "CSV with ';' between fields". */
  kind: string;
}

/** The field separator of a CSV header line: `,`, `;` or tab, whichever is most frequent outside quotes. */
export function csvDelimiter(headerLine: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char in counts) counts[char as keyof typeof counts] += 1;
  }
  const best = (Object.keys(counts) as (keyof typeof counts)[]).reduce((a, b) =>
    counts[b] > counts[a] ? b : a,
  );
  return best;
}

export function readCsvText(text: string, name: string): SubmissionFile {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = csvDelimiter(firstLine);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      relax_column_count: false,
      skip_empty_lines: true,
    }) as string[][];
  } catch (error) {
    throw new CliError(`${name}: ${csvProblem(error, text, delimiter)}`);
  }
  const [headers, ...rows] = records;
  if (!headers) throw new CliError(`${name}: the file is empty; an export has a header row.`);
  checkHeaders(headers, name);
  return {
    kind: `CSV with ${delimiter === '\t' ? 'tabs' : `"${delimiter}"`} between fields`,
    submissions: rows.map((values, i) => ({
      row: i + 2,
      cells: headers.map((h, j) => [h, values[j] ?? ''] as const),
    })),
  };
}

/** What csv-parse found wrong, as a sentence with the row (the header is row 1) and column. */
function csvProblem(error: unknown, text: string, delimiter: string): string {
  const e = error as Error & { code?: string; lines?: number; records?: number; index?: number };
  if (e.records === undefined || e.index === undefined || e.lines === undefined)
    return `not valid CSV: ${e.message}`;
  let header: string | undefined;
  try {
    const [first] = parse(text, { delimiter, to_line: 1 }) as string[][];
    header = first?.[e.index];
  } catch {
    header = undefined;
  }
  const where = `row ${e.records + 1}, column ${e.index + 1}${header !== undefined ? ` ("${header}")` : ''}`;
  switch (e.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return `${where}: a quoted value is never closed; the file ends at line ${e.lines} (was it cut short?).`;
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH': {
      const [, expected, got] = /expect (\d+), got (\d+)/.exec(e.message) ?? [];
      return `row ${e.records + 1} (line ${e.lines}) has ${got ?? 'another number of'} values; the header row has ${expected ?? 'a different number'}.`;
    }
    case 'CSV_INVALID_CLOSING_QUOTE':
      return `${where} (line ${e.lines}): text after the closing quote of a value; a quote inside a quoted value is written twice ("").`;
    default:
      return `not valid CSV at line ${e.lines}: ${e.message}`;
  }
}

function checkHeaders(headers: readonly string[], name: string): void {
  const seen = new Map<string, number>();
  headers.forEach((h, i) => {
    if (seen.has(h))
      throw new CliError(
        `${name}: the header row names column "${h}" twice (columns ${seen.get(h)! + 1} and ${i + 1}).`,
      );
    seen.set(h, i);
  });
}

/** A cell of ExcelJS as text: numbers as written, dates in ISO 8601, rich text joined. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    const v = value as {
      richText?: { text: string }[];
      text?: unknown;
      result?: unknown;
      error?: string;
    };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if (v.text !== undefined) return cellText(v.text);
    if (v.result !== undefined) return cellText(v.result);
    if (v.error !== undefined) return v.error;
  }
  return String(value as string | number | boolean);
}

export async function readXlsx(path: string): Promise<SubmissionFile> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'ENOENT' ? `${path}: no such file.` : `${path}: cannot be read (${code}).`,
    );
  }
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    // JSZip's messages speak of zip internals and link to its own documentation.
    const message = (error as Error).message;
    const reason = /central directory|zip/i.test(message)
      ? 'it is not a zip archive, which every .xlsx file is'
      : message.split(/ : | If it is/)[0]!.trim();
    throw new CliError(`${path}: not an Excel workbook (.xlsx): ${reason}.`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.rowCount === 0)
    throw new CliError(`${path}: the workbook's first sheet is empty; an export has a header row.`);
  const headerRow = sheet.getRow(1);
  const headers: string[] = [];
  for (let c = 1; c <= sheet.columnCount; c += 1)
    headers.push(cellText(headerRow.getCell(c).value));
  while (headers.length && headers.at(-1) === '') headers.pop();
  checkHeaders(headers, path);
  const submissions: Submission[] = [];
  for (let r = 2; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const cells = headers.map((h, j) => [h, cellText(row.getCell(j + 1).value)] as const);
    if (cells.every(([, v]) => v === '')) continue;
    submissions.push({ row: r, cells });
  }
  return { kind: `Excel workbook, sheet "${sheet.name}"`, submissions };
}

export function readSubmissionXml(text: string, name: string): SubmissionFile {
  let root: Element;
  try {
    root = parseXml(text);
  } catch (error) {
    if (error instanceof XmlSyntaxError)
      throw new CliError(`${name}: not well-formed XML: ${error.located}.`);
    throw error;
  }
  const cells: [string, string][] = [];
  const walk = (element: Element, path: string): void => {
    const children = childElements(element);
    if (children.length === 0) {
      cells.push([path, element.textContent ?? '']);
      return;
    }
    for (const child of children) walk(child, `${path}/${localName(child.nodeName)}`);
  };
  for (const child of childElements(root)) walk(child, localName(child.nodeName));
  const attribute = (key: string): { [k: string]: string } =>
    root.hasAttribute(key) ? { [key]: root.getAttribute(key) ?? '' } : {};
  return {
    kind: 'ODK submission instance (XML)',
    form: { ...attribute('id'), ...attribute('version') },
    submissions: [{ cells }],
  };
}

/** Reads an export by its extension (`.xlsx`, `.xml`, otherwise CSV); `-` is CSV or XML on stdin. */
export async function readSubmissionFile(
  path: string,
  stdin: NodeJS.ReadableStream | undefined,
  accepts: readonly ('csv' | 'xlsx' | 'xml')[],
): Promise<SubmissionFile> {
  const extension = extname(path).toLowerCase();
  const name = inputName(path);
  if (extension === '.xlsx' || extension === '.xls') {
    if (extension === '.xls' || !accepts.includes('xlsx'))
      throw new CliError(
        `${name}: this command reads ${accepts.join(' or ')} files, not ${extension}.`,
        2,
      );
    return readXlsx(path);
  }
  const text = await readText(path, stdin as never);
  const looksXml = extension === '.xml' || text.trimStart().startsWith('<');
  if (looksXml) {
    if (!accepts.includes('xml'))
      throw new CliError(`${name}: this command reads ${accepts.join(' or ')} files, not XML.`, 2);
    return readSubmissionXml(text, name);
  }
  return readCsvText(text, name);
}
