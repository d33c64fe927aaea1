import { coarsenDate, isDatePrecision, parseDate, type ParsedDate } from './dates.js';
import { CorpusError, type ReadIssue } from './errors.js';
import { normalizeId, titleKey } from './ids.js';
import { findColumn } from './readers/csv.js';
import { readCsvRows } from './readers/csv-rows.js';

/** One row of a dates table: a paper's arXiv id and first-submission date, found by title or id. */
export interface DatesEntry {
  id?: string;
  date?: ParsedDate;
}

export interface DatesTable {
  path: string;
  byId: Map<string, DatesEntry>;
  /** Keyed by `titleKey(title)`. */
  byTitle: Map<string, DatesEntry>;
}

/**
 * Load a dates table (`title,arxiv_id,date,date_precision,...`, as `seed-dates.csv`).
 * A `date_precision` of `month` stores the date as the first of the month. Bad
 * rows are passed to `onIssue` and left out; a table without a title or id
 * column, or without a date column, is a fatal `CorpusError`.
 */
export async function loadDatesTable(path: string, onIssue: (issue: ReadIssue) => void): Promise<DatesTable> {
  const table: DatesTable = { path, byId: new Map(), byTitle: new Map() };
  let cols: { title: number; id: number; date: number; precision: number } | undefined;
  for await (const row of readCsvRows(path)) {
    if ('reason' in row) {
      onIssue({ file: path, line: row.line, reason: row.reason, message: row.message });
      continue;
    }
    if (!cols) {
      cols = {
        title: findColumn(row.fields, ['title']),
        id: findColumn(row.fields, ['arxiv_id', 'id']),
        date: findColumn(row.fields, ['date']),
        precision: findColumn(row.fields, ['date_precision', 'precision']),
      };
      if ((cols.title < 0 && cols.id < 0) || cols.date < 0) {
        throw new CorpusError({
          file: path,
          line: row.line,
          reason: 'missing-columns',
          message: `dates table needs a "date" column and a "title" or "arxiv_id" column. Columns found: ${row.fields.map((f) => `"${f}"`).join(', ')}`,
        });
      }
      continue;
    }
    const cell = (i: number) => (i >= 0 ? (row.fields[i] ?? '').trim() : '');
    const entry: DatesEntry = {};
    const id = cell(cols.id);
    if (id) entry.id = normalizeId(id);
    const dateText = cell(cols.date);
    if (dateText) {
      const parsed = parseDate(dateText);
      if (!parsed) {
        onIssue({ file: path, line: row.line, reason: 'bad-date', message: `unparseable date "${dateText}"` });
        continue;
      }
      const precision = cell(cols.precision);
      entry.date = isDatePrecision(precision) ? coarsenDate(parsed, precision) : parsed;
    }
    if (entry.id && !table.byId.has(entry.id)) table.byId.set(entry.id, entry);
    const title = cell(cols.title);
    if (title && !table.byTitle.has(titleKey(title))) table.byTitle.set(titleKey(title), entry);
  }
  return table;
}

/** The table's entry for a paper: by id first, then by normalized title. */
export function lookupDates(table: DatesTable, id: string | undefined, title: string): DatesEntry | undefined {
  return (id !== undefined ? table.byId.get(id) : undefined) ?? table.byTitle.get(titleKey(title));
}
