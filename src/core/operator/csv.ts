/**
 * CSV as spreadsheets read it, safely: every cell quoted (commas, quotes and line breaks stay in
 * their cell), and a cell a spreadsheet would run as a formula (starting with = + - @, a tab or a
 * carriage return) gets a leading ' so it is shown as text (CSV injection). UTF-8 with a byte
 * order mark, so non-ASCII text opens right in Excel; lines end in CRLF (RFC 4180). Pure.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${text.replace(/"/g, '""')}"`;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
