import type { Paper } from '../corpus/index.js';
import { parseArxivFeed, type ArxivEntry, type ArxivPage } from './arxiv-feed.js';
import { ARXIV_MAX_PAGE_SIZE, ARXIV_MAX_TOTAL, arxivPageUrl, arxivSearchQuery } from './arxiv-query.js';
import { formatDay, parseWindow } from './dates.js';
import { FetchError } from './errors.js';
import { HttpStatusError } from './http-client.js';
import { PaperCollector } from './paper-collector.js';
import { FetchSession, type FetchCommonOptions, type FetchReport } from './session.js';
import { countSkip } from './skip-counter.js';

/** Options of {@link fetchArxiv}. */
export interface ArxivFetchOptions extends FetchCommonOptions {
  /** arXiv search query, e.g. `cat:cs.CL OR cat:cs.LG`; ANDed with the date window. */
  query: string;
  /** First submission day, `YYYY-MM-DD` (UTC), inclusive. */
  from: string;
  /** Last submission day, `YYYY-MM-DD` (UTC), inclusive. */
  to: string;
  /** Results per request (`max_results`), 1..2000. Default 100. */
  pageSize?: number;
  /** Stop after this many results. Default: all (arXiv serves at most 30000 per query). */
  maxResults?: number;
  /** Re-requests of a page arXiv returns empty before the end of the results. Default 3. */
  emptyPageRetries?: number;
}

export const ARXIV_DEFAULT_BASE_URL = 'https://export.arxiv.org';
/** A short last page is cached only once the window ended this long ago: arXiv announces with a lag of a few days. */
const ARXIV_SETTLE_MS = 7 * 86_400_000;

/** The Paper for one feed entry: `date` is the v1 submission day (UTC); the timestamps stay in `extra`. */
export function arxivEntryToPaper(entry: ArxivEntry): Paper {
  return {
    id: entry.id,
    title: entry.title,
    abstract: entry.abstract,
    date: formatDay(Date.parse(entry.published)),
    datePrecision: 'day',
    categories: entry.categories,
    source: 'arxiv-api',
    extra: {
      published: entry.published,
      ...(entry.updated ? { updated: entry.updated } : {}),
      ...(entry.version !== undefined ? { version: entry.version } : {}),
      authors: entry.authors,
    },
  };
}

/**
 * Crawl the arXiv API for `query` submitted in [from, to], page by page
 * (oldest first), and append the papers not yet in `out`. Pages come from the
 * response cache when present, so an interrupted crawl resumes where it
 * stopped and a repeated one sends no requests.
 */
export async function fetchArxiv(options: ArxivFetchOptions): Promise<FetchReport> {
  const pageSize = options.pageSize ?? 100;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > ARXIV_MAX_PAGE_SIZE) {
    throw new RangeError(`--page-size must be an integer from 1 to ${ARXIV_MAX_PAGE_SIZE}, got ${options.pageSize}`);
  }
  const limit = options.maxResults ?? Infinity;
  if (limit !== Infinity && (!Number.isInteger(limit) || limit < 1)) throw new RangeError(`--max-results must be a positive integer, got ${options.maxResults}`);
  const { toMs } = parseWindow(options.from, options.to);
  const searchQuery = arxivSearchQuery(options.query, options.from, options.to);
  const base = options.baseUrl ?? ARXIV_DEFAULT_BASE_URL;
  const session = new FetchSession('arxiv-api', options);
  const windowSettled = session.clock.now() >= toMs + ARXIV_SETTLE_MS;

  const key = `arxiv-api ${base} ${searchQuery} page=${pageSize} max=${limit}`;
  const prior = await session.progress?.load(key);
  if (prior && !prior.finished) {
    session.report.resumedAfter = prior.lastCompleted;
    session.log(`resuming an unfinished crawl: ${prior.completed} page(s) done up to ${prior.lastCompleted}, served from the cache`);
  }

  const collector = new PaperCollector();
  let start = 0;
  let total: number | undefined;
  for (let pageNo = 1; ; pageNo++) {
    const end = Math.min(limit, total ?? Infinity, ARXIV_MAX_TOTAL);
    const want = Math.min(pageSize, end - start);
    if (want <= 0) break;
    const url = arxivPageUrl(base, searchQuery, start, want);
    const page = await getPage(session, url, start, want, windowSettled, options.emptyPageRetries ?? 3);
    // Never take more than asked for, so `start` stays aligned with the pages we request.
    if (page.entries.length > want) page.entries.length = want;
    page.rejected.length = Math.min(page.rejected.length, want - page.entries.length);
    const count = page.entries.length + page.rejected.length;
    if (count === 0) break; // start >= totalResults: the end
    if (total === undefined && page.totalResults > ARXIV_MAX_TOTAL) {
      session.report.warnings.push(`the query has ${page.totalResults} results but arXiv serves at most ${ARXIV_MAX_TOTAL} per query; fetch shorter date windows to get them all`);
    }
    total = page.totalResults;
    session.report.fetched += count;
    for (const r of page.rejected) countSkip(session.report.skipped, r.reason);
    for (const entry of page.entries) collector.add(arxivEntryToPaper(entry));
    start += count;
    const pages = Math.ceil(Math.min(limit, total, ARXIV_MAX_TOTAL) / pageSize);
    session.log(`arXiv page ${pageNo}/${pages}: ${count} entries (${start} of ${Math.min(limit, total)})`);
    await session.progress?.save({ key, completed: pageNo, lastCompleted: `start=${start - count}`, total: pages, finished: false, updatedAt: new Date(session.clock.now()).toISOString() });
  }

  const report = await session.writeOutput(collector);
  await session.progress?.save({ key, completed: 0, lastCompleted: 'done', finished: true, updatedAt: new Date(session.clock.now()).toISOString() });
  return report;
}

/**
 * One page, re-requested when arXiv returns no entries although `start` is
 * below totalResults: a known transient glitch of its API. Empty pages are
 * never cached, and a short page only once the window has settled.
 */
async function getPage(session: FetchSession, url: string, start: number, want: number, windowSettled: boolean, emptyRetries: number): Promise<ArxivPage> {
  const cacheable = (p: ArxivPage) => {
    const n = p.entries.length + p.rejected.length;
    return n === want || (n > 0 && windowSettled);
  };
  for (let attempt = 0; ; attempt++) {
    const page = await session.getParsed(url, parseArxivFeed, cacheable).catch((err) => {
      throw explainHttpError(err);
    });
    const empty = page.entries.length + page.rejected.length === 0;
    if (!empty || start >= page.totalResults) return page;
    if (attempt >= emptyRetries) {
      throw new FetchError('empty-page', `arXiv returned an empty page at start=${start} although it reports ${page.totalResults} results (${attempt + 1} tries; a known transient arXiv glitch). Re-run later${session.cache ? `: the ${start} results before it are cached and will not be requested again` : ''}`, url);
    }
    session.log(`arXiv returned an empty page at start=${start} of ${page.totalResults}; asking again (${attempt + 1}/${emptyRetries})`);
  }
}

/** arXiv answers bad queries with HTTP 400 and an Atom error entry: put its text in the message. */
function explainHttpError(err: unknown): unknown {
  if (!(err instanceof HttpStatusError) || !err.body.includes('<feed')) return err;
  try {
    parseArxivFeed(err.body, err.url ?? '');
  } catch (inner) {
    if (inner instanceof FetchError && inner.kind === 'api') {
      return new FetchError('api', `HTTP ${err.status}: ${inner.message}`, err.url, err.status);
    }
  }
  return err;
}
