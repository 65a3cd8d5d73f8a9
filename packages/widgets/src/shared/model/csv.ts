/**
 * CSV as RFC 4180 writes it: comma-separated fields, CRLF line ends, a field quoted when it
 * holds a comma, a double quote, a line break or space at either end, its quotes doubled.
 * Text from files and people is kept from running as a spreadsheet formula.
 */

/** One value of a row: text, a number, or nothing (an empty field). */
export type CsvCell = string | number | null | undefined;

/**
 * Text a spreadsheet could run as a formula: starting with `=`, `+`, `-` or `@`, also behind
 * white space or invisible characters (some spreadsheets trim them when they read a file),
 * or starting with a tab or a carriage return.
 */
const FORMULA = /^(?:[\s\p{Cc}\p{Cf}]*[=+\-@]|[\t\r])/u;

/**
 * One CSV field. Text that a spreadsheet would run as a formula gets a leading `'`; numbers
 * are written as they are.
 */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  const text =
    typeof value === 'number' ? String(value) : FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV text, each line ended by CRLF. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
