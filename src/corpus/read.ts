import { inWindow, parseDateBound, plausibleDates, type DateWindow } from './dates.js';
import { loadDatesTable, lookupDates, type DatesTable } from './dates-table.js';
import { detectFormat } from './detect.js';
import { categoryTest, dateTest, SeededSample } from './filters.js';
import { RecordNormalizer } from './normalize.js';
import { fieldKeys, INPUT_FORMATS, type FieldKeys, type InputFormat, type ReadOptions } from './options.js';
import { readCsvPapers } from './readers/csv.js';
import { readJsonArray } from './readers/json-array.js';
import { readJsonLines } from './readers/jsonl.js';
import { readListing } from './readers/listing.js';
import type { RawRow } from './readers/row.js';
import { ReadAccounting, type FileReport, type ReadReport } from './report.js';
import { inputSize, TruncatedInputError, type ByteCounter } from './source.js';
import type { Paper } from './types.js';
import { DEFAULT_SEED } from '../util/index.js';

export interface ReadResult {
  papers: Paper[];
  report: ReadReport;
}

function rowsOf(format: InputFormat, path: string, keys: FieldKeys, dates: DatesTable | undefined, onBytes?: ByteCounter): AsyncGenerator<RawRow> {
  switch (format) {
    case 'jsonl':
    case 'arxiv':
      return readJsonLines(path, onBytes);
    case 'json':
      return readJsonArray(path, onBytes);
    case 'csv':
      return readCsvPapers(path, keys, onBytes);
    case 'hf-listing':
      return readListing(path, dates, onBytes);
  }
}

/** Option values a caller could get wrong; checked before any file is opened. */
function checkOptions(inputs: string[], options: ReadOptions): { from?: string; to?: string } {
  if (inputs.length === 0) throw new TypeError('readCorpus: no input files given');
  if (options.format !== undefined && !INPUT_FORMATS.includes(options.format)) {
    throw new TypeError(`readCorpus: unknown format "${options.format}" (expected ${INPUT_FORMATS.join(', ')})`);
  }
  if (options.sample !== undefined && !(Number.isInteger(options.sample) && options.sample > 0)) {
    throw new TypeError(`readCorpus: sample must be a positive integer, got ${options.sample}`);
  }
  const bound = (text: string | undefined, side: 'from' | 'to') => {
    if (text === undefined) return undefined;
    const date = parseDateBound(text, side);
    if (!date) throw new TypeError(`readCorpus: invalid "${side}" date "${text}" (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
    return date;
  };
  return { from: bound(options.from, 'from'), to: bound(options.to, 'to') };
}

/**
 * Read one corpus from several inputs (formats may differ; `.gz` is read
 * transparently). Every row is accounted for in the report: kept, skipped with a
 * reason (malformed, invalid UTF-8, missing field, bad date, duplicate id: the
 * first copy wins, across files too) or filtered (date, then category, then
 * sample). Files are streamed, so memory grows with the papers kept, not the input.
 *
 * @throws CorpusError for a missing file, a CSV without the needed columns, and
 *   (with `strict`) the first bad row or empty file; TypeError for bad options.
 */
export async function readCorpus(inputs: string[], options: ReadOptions = {}): Promise<ReadResult> {
  const { from, to } = checkOptions(inputs, options);
  const sizes = await Promise.all(inputs.map(inputSize));
  const totalBytes = sizes.reduce((a, b) => a + b, 0);
  let bytesRead = 0;
  const onProgress = options.onProgress;
  const onBytes: ByteCounter | undefined = onProgress ? (n) => onProgress((bytesRead += n), totalBytes) : undefined;

  const acc = new ReadAccounting(options.strict ?? false, options.onIssue);
  const dates = options.dates ? await loadDatesTable(options.dates, (issue) => acc.problem(issue)) : undefined;
  const keys = fieldKeys(options.fields);
  const window = plausibleDates(options.now);
  const inDates = dateTest(from, to);
  const inCategories = categoryTest(options.category, options.categoryMode);
  const sample = options.sample !== undefined ? new SeededSample<{ paper: Paper; file: FileReport }>(options.sample, options.seed ?? DEFAULT_SEED) : undefined;
  const sampledPerFile = new Map<FileReport, number>();
  const seen = new Set<string>();
  const papers: Paper[] = [];

  for (const path of inputs) {
    const format = options.format ?? (await detectFormat(path));
    const file = acc.addFile(path, format);
    const normalizer = new RecordNormalizer(keys, format, window);
    try {
      for await (const row of rowsOf(format, path, keys, dates, onBytes)) {
        acc.read(file);
        if ('reason' in row) {
          acc.skip(file, row.line, row.reason, row.message);
          continue;
        }
        const result = normalizer.normalize(row.record);
        if ('reason' in result) {
          acc.skip(file, row.line, result.reason, result.message);
          continue;
        }
        const paper = result.paper;
        if (dates && paper.date === undefined && !fillDate(paper, dates, window)) {
          acc.skip(file, row.line, 'date-out-of-range', outOfRangeMessage(paper, window));
          continue;
        }
        if (seen.has(paper.id)) {
          acc.skip(file, row.line, 'duplicate-id', `duplicate id ${paper.id} (the first occurrence is kept)`);
          continue;
        }
        seen.add(paper.id);
        if (inDates && !inDates(paper)) acc.filter(file, 'date');
        else if (inCategories && !inCategories(paper)) acc.filter(file, 'category');
        else if (sample) {
          sample.add(paper.id, { paper, file });
          sampledPerFile.set(file, (sampledPerFile.get(file) ?? 0) + 1);
        } else {
          if (options.onPaper) options.onPaper(paper);
          else papers.push(paper);
          acc.keep(file);
        }
      }
    } catch (err) {
      if (!(err instanceof TruncatedInputError)) throw err;
      // The rows before the cut are kept; the cut itself is one counted, reported row.
      acc.read(file);
      acc.skip(file, err.line, 'truncated-file', err.message.slice(path.length + 2));
    }
    if (file.read === 0) acc.problem({ file: path, line: 0, reason: 'empty-file', message: 'file is empty (no records)' });
  }

  if (sample) {
    for (const { paper, file } of sample.result()) {
      papers.push(paper);
      acc.keep(file);
    }
    for (const [file, added] of sampledPerFile) acc.filter(file, 'sample', added - file.kept);
  }
  return { papers, report: acc.report };
}

/** A paper without a date takes the dates table's, matched by id or normalized title; false when that date is implausible. */
function fillDate(paper: Paper, dates: DatesTable, window: DateWindow): boolean {
  const entry = lookupDates(dates, paper.id, paper.title);
  if (!entry?.date) return true;
  paper.date = entry.date.date;
  paper.datePrecision = entry.date.precision;
  return inWindow(paper.date, window);
}

function outOfRangeMessage(paper: Paper, window: DateWindow): string {
  return `date ${paper.date} (from the dates table) for id ${paper.id} is outside ${window.min} .. ${window.max}`;
}
