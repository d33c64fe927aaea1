import type { Paper } from '../corpus/index.js';
import { dayOfTimestamp, eachDay, parseDay } from './dates.js';
import { parseHfDailyPapers, type HfDailyItem } from './hf-feed.js';
import { PaperCollector } from './paper-collector.js';
import { FetchSession, type FetchCommonOptions, type FetchReport } from './session.js';
import { countSkip } from './skip-counter.js';

/** Options of {@link fetchHfDailyPapers}. */
export interface HfFetchOptions extends FetchCommonOptions {
  /** First listing day, `YYYY-MM-DD`, inclusive. */
  from: string;
  /** Last listing day, `YYYY-MM-DD`, inclusive. */
  to: string;
  /**
   * Which day becomes `Paper.date`: `published`, the paper's arXiv
   * publication day (comparable with `fetch arxiv`), or `listed`, the
   * daily-papers day it was featured. Default `published`; falls back to
   * the listing day when an item has no `publishedAt`.
   */
  dateField?: 'published' | 'listed';
}

export const HF_DEFAULT_BASE_URL = 'https://huggingface.co';
/** A day's listing is cached only once it is this old: papers are added to a day for a while after it. */
const HF_SETTLE_MS = 2 * 86_400_000;

/** The Paper for one listed item; `listedOn` keeps the feed day. */
export function hfItemToPaper(item: HfDailyItem, listedOn: string, dateField: 'published' | 'listed' = 'published'): Paper {
  const date = dateField === 'published' ? (dayOfTimestamp(item.publishedAt) ?? listedOn) : listedOn;
  return {
    id: item.id,
    title: item.title,
    abstract: item.abstract,
    date,
    datePrecision: 'day',
    source: 'hf-daily-papers',
    extra: {
      listedOn,
      ...(item.publishedAt ? { published: item.publishedAt } : {}),
      ...(item.upvotes !== undefined ? { upvotes: item.upvotes } : {}),
      authors: item.authors,
    },
  };
}

/**
 * Fetch the Hugging Face daily-papers listing for every day in [from, to]
 * (one request per day, oldest first) and append the papers not yet in
 * `out`. Days already fetched come from the response cache.
 */
export async function fetchHfDailyPapers(options: HfFetchOptions): Promise<FetchReport> {
  const days = eachDay(options.from, options.to);
  const dateField = options.dateField ?? 'published';
  if (dateField !== 'published' && dateField !== 'listed') throw new RangeError(`--date must be 'published' or 'listed', got '${dateField}'`);
  const base = (options.baseUrl ?? HF_DEFAULT_BASE_URL).replace(/\/+$/, '');
  const session = new FetchSession('hf-daily-papers', options);

  const key = `hf-daily-papers ${base} ${options.from}..${options.to}`;
  const prior = await session.progress?.load(key);
  if (prior && !prior.finished) {
    session.report.resumedAfter = prior.lastCompleted;
    session.log(`resuming an unfinished crawl: ${prior.completed} day(s) done up to ${prior.lastCompleted}, served from the cache`);
  }

  const collector = new PaperCollector();
  for (const [i, day] of days.entries()) {
    const url = `${base}/api/daily_papers?date=${day}`;
    const settled = session.clock.now() >= parseDay(day, 'day') + HF_SETTLE_MS;
    const listing = await session.getParsed(url, parseHfDailyPapers, () => settled);
    session.report.fetched += listing.items.length + listing.rejected.length;
    for (const r of listing.rejected) countSkip(session.report.skipped, r.reason);
    for (const item of listing.items) collector.add(hfItemToPaper(item, day, dateField));
    session.log(`HF daily papers ${day} (${i + 1}/${days.length}): ${listing.items.length} papers`);
    await session.progress?.save({ key, completed: i + 1, lastCompleted: day, total: days.length, finished: false, updatedAt: new Date(session.clock.now()).toISOString() });
  }

  const report = await session.writeOutput(collector);
  await session.progress?.save({ key, completed: days.length, lastCompleted: 'done', total: days.length, finished: true, updatedAt: new Date(session.clock.now()).toISOString() });
  return report;
}
