/**
 * CSV as RFC 4180 writes it (comma, CRLF, quotes doubled), with a UTF-8 byte order mark: Excel
 * reads a CSV without one in the system's legacy code page and turns Arabic into mojibake.
 */
export const BOM = '\uFEFF';

export type Cell = string | number | undefined;

/**
 * What makes a spreadsheet read a text cell as a formula (OWASP's CSV injection list, and the
 * full-width forms some spreadsheets accept too). Numbers are written as numbers, never as text.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * A cell, quoted when it holds a comma, a quote, a line break or edge spaces. A text that a
 * spreadsheet would run as a formula gets a leading apostrophe, which shows it as text.
 * @example csvCell('=HYPERLINK("https://evil.example")') // '"\'=HYPERLINK(""https://evil.example"")"'
 */
export function csvCell(value: Cell): string {
  if (value === undefined) return '';
  const formula = typeof value === 'string' && FORMULA_START.test(value);
  const text = formula ? `'${value}` : String(value);
  return formula || /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A whole CSV file: BOM, header line, one line per row.
 * @example toCsv(['id', 'name'], [['fes', 'Fès']]) // '\uFEFFid,name\r\nfes,Fès\r\n'
 */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * Reads a CSV written by {@link toCsv} (or any RFC 4180 file) back into rows of strings; the
 * BOM is dropped. For the tests, and for anyone checking a download.
 */
export function parseCsv(text: string): string[][] {
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < source.length; index++) {
    const char = source[index]!;
    if (quoted) {
      if (char === '"' && source[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[index + 1] === '\n') index++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Values of a list cell: lists are joined with `|` (no value in this data holds one). */
export const LIST_SEPARATOR = '|';
