/**
 * RFC 4180 CSV writing. danfojs-node 1.1.2's `toCSV` joins values with commas
 * without quoting (a title with a comma or newline breaks the row), so tables
 * are serialized here: fields quoted when they hold a comma, quote, CR or LF,
 * quotes doubled, CRLF-free `\n` row ends (pandas and spreadsheets read both).
 */

export type CsvValue = string | number | boolean | null | undefined | readonly string[];

/** Quote one field when needed. Arrays are joined with `;` (e.g. categories). */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? formatNumber(value) : '';
  const text = neutralizeFormula(Array.isArray(value) ? value.join(';') : String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell a spreadsheet would evaluate, prefixed with `'` (OWASP); other text unchanged. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Numbers are written with up to 6 significant decimals so files stay small and byte-stable. */
function formatNumber(n: number): string {
  if (Number.isInteger(n)) return String(n);
  const s = n.toPrecision(7);
  return String(Number(s));
}

/** One CSV line (without the line end) for the given columns of a row. */
export function csvLine<T>(row: T, columns: readonly (keyof T & string)[]): string {
  return columns.map((c) => csvField(row[c] as CsvValue)).join(',');
}

/** Lines of a whole table, header first; a generator so large tables can be streamed. */
export function* csvLines<T>(rows: Iterable<T>, columns: readonly (keyof T & string)[]): Generator<string> {
  yield columns.join(',') + '\n';
  for (const row of rows) yield csvLine(row, columns) + '\n';
}

/** A whole table as one string. */
export function toCsv<T>(rows: Iterable<T>, columns: readonly (keyof T & string)[]): string {
  let out = '';
  for (const line of csvLines(rows, columns)) out += line;
  return out;
}
