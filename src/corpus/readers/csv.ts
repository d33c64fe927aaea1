import { CorpusError } from '../errors.js';
import type { FieldKeys } from '../options.js';
import type { ByteCounter } from '../source.js';
import { readCsvRows } from './csv-rows.js';
import type { RawRow } from './row.js';

const REQUIRED: (keyof FieldKeys)[] = ['id', 'title', 'abstract'];
const OPTIONAL: (keyof FieldKeys)[] = ['date', 'categories'];

/** Index of the first candidate name in the header: exact match first, then ignoring case and spaces. */
export function findColumn(header: string[], candidates: string[]): number {
  for (const name of candidates) {
    const i = header.indexOf(name);
    if (i >= 0) return i;
  }
  const loose = header.map((h) => h.trim().toLowerCase());
  for (const name of candidates) {
    const i = loose.indexOf(name.trim().toLowerCase());
    if (i >= 0) return i;
  }
  return -1;
}

/**
 * Record keys for each column: the paper fields' columns are renamed to their
 * first candidate key so records normalize the same way as JSON ones; other
 * columns keep their header name and end up in `extra`.
 */
function resolveColumns(file: string, line: number, header: string[], keys: FieldKeys): string[] {
  const columns = [...header];
  const missing: string[] = [];
  for (const field of [...REQUIRED, ...OPTIONAL]) {
    const i = findColumn(header, keys[field]);
    if (i >= 0) columns[i] = keys[field][0];
    else if (REQUIRED.includes(field)) missing.push(`${field} (looked for ${keys[field].map((k) => `"${k}"`).join(', ')})`);
  }
  if (missing.length > 0) {
    const found = header.length > 0 ? header.map((h) => `"${h}"`).join(', ') : 'none';
    throw new CorpusError({
      file,
      line,
      reason: 'missing-columns',
      message: `CSV lacks required column(s): ${missing.join('; ')}. Columns found: ${found}`,
    });
  }
  return columns;
}

/** CSV with a header row; the id, title and abstract columns must exist (their names are configurable). */
export async function* readCsvPapers(path: string, keys: FieldKeys, onBytes?: ByteCounter): AsyncGenerator<RawRow> {
  let columns: string[] | undefined;
  for await (const row of readCsvRows(path, onBytes)) {
    if (!columns) {
      if ('reason' in row) {
        throw new CorpusError({ file: path, line: row.line, reason: 'missing-columns', message: `cannot read the CSV header: ${row.message}` });
      }
      columns = resolveColumns(path, row.line, row.fields, keys);
      continue;
    }
    if ('reason' in row) {
      yield row;
      continue;
    }
    if (row.fields.length !== columns.length) {
      yield { line: row.line, reason: 'malformed', message: `expected ${columns.length} fields (as in the header), found ${row.fields.length}` };
      continue;
    }
    const record: Record<string, unknown> = {};
    for (let j = 0; j < columns.length; j++) record[columns[j]] = row.fields[j];
    yield { line: row.line, record };
  }
}
