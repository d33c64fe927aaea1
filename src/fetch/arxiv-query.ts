import { parseWindow } from './dates.js';

/** arXiv's API allows at most this many results per request. */
export const ARXIV_MAX_PAGE_SIZE = 2000;
/** arXiv's API serves at most this many results for one query; narrow the window beyond it. */
export const ARXIV_MAX_TOTAL = 30_000;

/**
 * The user's query ANDed with a submission-date window. arXiv's
 * `submittedDate:[YYYYMMDDTTTT TO YYYYMMDDTTTT]` is in GMT, to the minute,
 * and inclusive, so the window runs from 00:00 of `from` to 23:59 of `to`.
 */
export function arxivSearchQuery(query: string, from: string, to: string): string {
  parseWindow(from, to);
  const q = query.trim();
  if (!q) throw new RangeError('--query must not be empty (e.g. "cat:cs.CL")');
  const compact = (day: string) => day.replaceAll('-', '');
  return `(${q}) AND submittedDate:[${compact(from)}0000 TO ${compact(to)}2359]`;
}

/** The `GET /api/query` URL for one page, oldest submissions first so pages stay stable as new papers arrive. */
export function arxivPageUrl(baseUrl: string, searchQuery: string, start: number, maxResults: number): string {
  const params = [
    `search_query=${encodeURIComponent(searchQuery)}`,
    `start=${start}`,
    `max_results=${maxResults}`,
    'sortBy=submittedDate',
    'sortOrder=ascending',
  ];
  return `${baseUrl.replace(/\/+$/, '')}/api/query?${params.join('&')}`;
}
