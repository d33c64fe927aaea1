import { parse } from 'csv-parse';
import { decodeUtf8, isGzipDataError, openBytes, TruncatedInputError, type ByteCounter } from '../source.js';
import type { SkipReason } from '../errors.js';

/** One CSV record (header included) with the 1-based line it starts on, or why it could not be read. */
export type CsvRow = { line: number; fields: string[] } | { line: number; reason: SkipReason; message: string };

interface ParsedRecord {
  record: Buffer[];
  info: { empty_lines: number };
}

const QUOTE_ERRORS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is not closed before the end of the file',
  CSV_INVALID_CLOSING_QUOTE: 'a closing quote is followed by other characters',
};

/** Line breaks inside a record's fields: each LF, and each CR not followed by LF. */
function countLineBreaks(fields: Buffer[]): number {
  let n = 0;
  for (const f of fields) {
    for (let i = 0; i < f.length; i++) {
      if (f[i] === 0x0a || (f[i] === 0x0d && f[i + 1] !== 0x0a)) n++;
    }
  }
  return n;
}

/**
 * RFC 4180 CSV records (quoted fields may hold commas and newlines), streamed
 * through csv-parse. Fields come back as bytes so each record is checked for
 * invalid UTF-8 on its own. Start lines are counted here because csv-parse's
 * own count drifts on CRLF inside quoted fields. A quoting error ends the file:
 * after an unbalanced quote nothing later can be trusted.
 */
export async function* readCsvRows(path: string, onBytes?: ByteCounter): AsyncGenerator<CsvRow> {
  const bytes = await openBytes(path, onBytes);
  const parser = bytes.pipe(parse({ encoding: null, info: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true }));
  // pipe() does not forward errors: a cut .gz would otherwise leave the parser waiting forever.
  bytes.on('error', (err) => parser.destroy(err));
  let consumedLines = 0;
  let emptyLines = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<ParsedRecord>) {
      emptyLines = info.empty_lines;
      const line = 1 + consumedLines + emptyLines;
      consumedLines += 1 + countLineBreaks(record);
      if (line === 1 && record[0]?.[0] === 0xef && record[0][1] === 0xbb && record[0][2] === 0xbf) record[0] = record[0].subarray(3);
      const fields: string[] = [];
      let valid = true;
      for (const bytes of record) {
        const text = decodeUtf8(bytes);
        if (text === undefined) {
          valid = false;
          break;
        }
        fields.push(text);
      }
      yield valid ? { line, fields } : { line, reason: 'invalid-utf8', message: 'invalid UTF-8 bytes' };
    }
  } catch (err) {
    if (isGzipDataError(err)) throw new TruncatedInputError(path, 1 + consumedLines + emptyLines, err);
    const code = (err as { code?: string }).code ?? '';
    const why = QUOTE_ERRORS[code] ?? (err as Error).message;
    yield { line: 1 + consumedLines + emptyLines, reason: 'malformed', message: `bad CSV: ${why}; the rest of the file was not read` };
  }
}
