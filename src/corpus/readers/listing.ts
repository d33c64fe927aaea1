import { lookupDates, type DatesTable } from '../dates-table.js';
import { collapseWhitespace, titleSlug } from '../ids.js';
import { decodeUtf8, readLines, type ByteCounter } from '../source.js';
import { isBlank, type RawRow } from './row.js';

/**
 * The page header before the first paper ("new", "Get trending papers in your
 * email inbox!", "Subscribe", "byAK and the research community", "Apr 11").
 * Lines are matched rather than counted, so a paste without the header loses no paper.
 */
const HEADER_LINES = [/^new$/i, /^get trending papers/i, /^subscribe$/i, /^by\s*ak\b/i, /^[a-z]{3,9}\.? \d{1,2}(, \d{4})?$/i];
export const LISTING_HEADER_LINES = HEADER_LINES.length;
export const LISTING_SOURCE = 'hf-papers-listing';

/**
 * The Hugging Face Papers listing as copied from the page: a header, then per
 * paper a title line and an abstract line separated by blank lines. The listing
 * carries no ids or dates; with a dates table, papers take the table's arXiv id
 * and date (matched on normalized title), otherwise a slug of the title as id.
 */
export async function* readListing(path: string, dates: DatesTable | undefined, onBytes?: ByteCounter): AsyncGenerator<RawRow> {
  let headerLeft = LISTING_HEADER_LINES;
  let pending: { line: number; text: string | undefined } | undefined;
  for await (const { line, bytes } of readLines(path, onBytes)) {
    if (isBlank(bytes)) continue;
    const text = decodeUtf8(bytes);
    if (headerLeft > 0) {
      if (text !== undefined && HEADER_LINES.some((re) => re.test(text.trim()))) {
        headerLeft--;
        continue;
      }
      headerLeft = 0;
    }
    if (!pending) {
      pending = { line, text };
      continue;
    }
    const title = pending.text;
    const titleLine = pending.line;
    pending = undefined;
    if (title === undefined || text === undefined) {
      yield { line: titleLine, reason: 'invalid-utf8', message: `invalid UTF-8 bytes in the ${title === undefined ? 'title' : 'abstract'} line` };
      continue;
    }
    yield { line: titleLine, record: listingRecord(collapseWhitespace(title), text, dates) };
  }
  if (pending) yield { line: pending.line, reason: 'missing-abstract', message: 'title at the end of the listing has no abstract line' };
}

function listingRecord(title: string, abstract: string, dates: DatesTable | undefined): Record<string, unknown> {
  const entry = dates ? lookupDates(dates, undefined, title) : undefined;
  const record: Record<string, unknown> = { id: entry?.id ?? titleSlug(title), title, abstract, source: LISTING_SOURCE };
  if (entry?.date) {
    record.date = entry.date.date;
    record.datePrecision = entry.date.precision;
  }
  return record;
}
