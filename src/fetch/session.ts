import path from 'node:path';
import type { Paper } from '../corpus/index.js';
import { systemClock, type Clock } from './clock.js';
import { PoliteHttpClient } from './http-client.js';
import { appendPapersAtomic, readExistingIds } from './jsonl-output.js';
import type { PaperCollector } from './paper-collector.js';
import { ProgressStore } from './progress.js';
import { ResponseCache } from './response-cache.js';
import { countSkip, type SkipCounts } from './skip-counter.js';
import { userAgent } from './user-agent.js';
import { checkBaseUrl } from './url-rules.js';

/** Options shared by `fetchArxiv` and `fetchHfDailyPapers`. */
export interface FetchCommonOptions {
  /** JSON Lines output; new papers are appended (atomically) to what is there. */
  out: string;
  /** API origin; defaults per source (`https://export.arxiv.org`, `https://huggingface.co`). */
  baseUrl?: string;
  /** Raw responses and progress; default `<dir of out>/.topictrends-cache`. `false` disables caching. */
  cacheDir?: string | false;
  /** Minimum gap between request starts, ms. Default 3000. */
  delayMs?: number;
  /** Per-request timeout, ms. Default 30000. */
  timeoutMs?: number;
  /** Attempts per URL including the first. Default 5. */
  maxAttempts?: number;
  /** First retry backoff, doubled per attempt. Default 5000 ms. */
  backoffBaseMs?: number;
  /** Longest Retry-After honoured before giving up. Default 600000 ms. */
  maxRetryAfterMs?: number;
  /** Contact address added to the User-Agent. Default none. */
  mailto?: string;
  /** Time source. Default the system clock. */
  clock?: Clock;
  /** Progress lines (stderr in the CLI). Default silent. */
  log?: (message: string) => void;
}

/** What a fetch did; printed on stderr and, with `--json`, on stdout. */
export interface FetchReport {
  source: 'arxiv-api' | 'hf-daily-papers';
  out: string;
  /** HTTP requests sent, retries included. */
  requests: number;
  /** Responses served from the cache instead. */
  cachedResponses: number;
  /** Records read from the responses. */
  fetched: number;
  /** Papers appended to `out`. */
  new: number;
  /** Records not appended, by reason. */
  skipped: SkipCounts;
  /** Papers in `out` after the run. */
  totalInOutput: number;
  /** Set when an earlier unfinished run of the same crawl was resumed. */
  resumedAfter?: string;
  warnings: string[];
}

/** The shared machinery of one fetch run: client, cache, progress and the report being built. */
export class FetchSession {
  readonly client: PoliteHttpClient;
  readonly cache?: ResponseCache;
  readonly progress?: ProgressStore;
  readonly clock: Clock;
  readonly log: (message: string) => void;
  readonly report: FetchReport;

  constructor(source: FetchReport['source'], readonly options: FetchCommonOptions) {
    if (options.baseUrl !== undefined) checkBaseUrl(options.baseUrl);
    this.clock = options.clock ?? systemClock;
    this.log = options.log ?? (() => {});
    this.client = new PoliteHttpClient({
      userAgent: userAgent(options.mailto),
      delayMs: options.delayMs,
      timeoutMs: options.timeoutMs,
      maxAttempts: options.maxAttempts,
      backoffBaseMs: options.backoffBaseMs,
      maxRetryAfterMs: options.maxRetryAfterMs,
      clock: this.clock,
      log: this.log,
    });
    const cacheDir = options.cacheDir === undefined ? path.join(path.dirname(options.out), '.topictrends-cache') : options.cacheDir;
    if (cacheDir) {
      this.cache = new ResponseCache(cacheDir);
      this.progress = new ProgressStore(cacheDir);
    }
    this.report = { source, out: options.out, requests: 0, cachedResponses: 0, fetched: 0, new: 0, skipped: {}, totalInOutput: 0, warnings: [] };
  }

  /**
   * GET and parse `url`, from the cache when it holds the URL. Only a response
   * that parsed and `shouldCache` approves is stored, so errors are retried on
   * the next run.
   */
  async getParsed<T>(url: string, parse: (body: string, url: string) => T, shouldCache: (value: T) => boolean = () => true): Promise<T> {
    const cached = await this.cache?.get(url);
    if (cached !== undefined) {
      try {
        const value = parse(cached, url);
        this.report.cachedResponses++;
        return value;
      } catch {
        await this.cache!.delete(url); // a stale or corrupt entry: fetch afresh
      }
    }
    try {
      const { body } = await this.client.getText(url);
      const value = parse(body, url);
      if (this.cache && shouldCache(value)) await this.cache.put(url, body, new Date(this.clock.now()));
      return value;
    } finally {
      this.report.requests = this.client.requestCount;
    }
  }

  /** Append the collected papers that are new to `out`; fills in the report's counts. */
  async writeOutput(collector: PaperCollector): Promise<FetchReport> {
    const existing = await readExistingIds(this.options.out);
    const fresh: Paper[] = [];
    for (const paper of collector.papers()) {
      if (existing.has(paper.id)) countSkip(this.report.skipped, 'already-in-output');
      else fresh.push(paper);
    }
    countSkip(this.report.skipped, 'duplicate', collector.duplicates);
    // Leave an up-to-date file untouched (no rewrite, same mtime).
    if (fresh.length > 0 || existing.size === 0) await appendPapersAtomic(this.options.out, fresh);
    this.report.new = fresh.length;
    this.report.totalInOutput = existing.size + fresh.length;
    this.report.requests = this.client.requestCount;
    return this.report;
  }
}
