/**
 * CSV as spreadsheets read it: RFC 4180 quoting, CRLF line ends, a UTF-8 byte-order mark so Excel
 * shows Vietnamese correctly, and text cells that a spreadsheet would run as a formula (starting
 * with = + - @, a tab or a carriage return) made inert with a leading apostrophe.
 */

export const UTF8_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One cell. Numbers the service computed are written as they are; text is neutralised and quoted. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly unknown[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
