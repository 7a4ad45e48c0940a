/**
 * CSV as RFC 4180 writes it (comma, CRLF, quotes doubled), with a UTF-8 byte order mark: Excel
 * reads a CSV without one in the system's legacy code page and turns Arabic into mojibake.
 */
export const BOM = '\uFEFF';

export type Cell = string | number | undefined;

/** A cell, quoted when it holds a comma, a quote, a line break or edge spaces. */
export function csvCell(value: Cell): string {
  if (value === undefined) return '';
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
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
