/**
 * Everything the routes share for one model: the model, structures built once
 * at load (document query, summary), and small LRU caches of trend tables,
 * binnings and chart specs keyed by the request parameters that shape them.
 */
import { cachedBody, type CachedBody } from './cached-body.js';
import { computeTrendTables, resolveBin, type TrendTables } from '../analysis/index.js';
import { DocumentQuery } from '../analysis/index.js';
import { modelSummary, type ModelSummary } from '../analysis/index.js';
import { segmentBinning, termPeriodCounts, type SegmentBinning, type TermPeriodCounts } from '../analysis/index.js';
import type { TopicModel, TrendOptions } from '../model/index.js';
import { TooManyBinsError, type BinUnit } from '../trends/index.js';
import { Lru } from './lru.js';
import { ParamError } from './params.js';

/** A bin asking for more than 520 bins is the client's choice: 400 naming `bin`, not a 500. */
function binLimited<T>(make: () => T): T {
  try {
    return make();
  } catch (err) {
    if (err instanceof TooManyBinsError) throw new ParamError('bin', err.detail);
    throw err;
  }
}

/** See `ServerContext.slowResponses`. */
const SLOW_MS = 50;

export interface Segment {
  /** 'auto' is resolved once per model (see `autoBin`). */
  bin: BinUnit | 'auto';
  /** Primary category, or undefined for the whole corpus. */
  category?: string;
}

export interface ContextOptions {
  /** Trend tables (and binnings) kept in memory, one per (bin, category). Default 16. */
  cacheSize?: number;
  /** What shares and growth tests are adjusted by (`--adjust-by`). Default 'auto'. */
  adjustBy?: TrendOptions['adjustBy'];
}

export class ServerContext {
  readonly documents: DocumentQuery;
  readonly summary: ModelSummary;
  /** Topic label by id. */
  readonly labels: Map<number, string>;
  /** Model paper index by paper id, for representative papers. */
  readonly indexOfId: Map<string, number>;
  readonly categories: Set<string>;
  /** The bin 'auto' stands for with this model. */
  readonly autoBin: BinUnit;
  private readonly tables: Lru<TrendTables>;
  private readonly binnings: Lru<SegmentBinning>;
  private readonly termCountsCache: Lru<TermPeriodCounts>;
  /** Prepared responses that depend only on their parameters (chart specs, term trends, the map's bytes). */
  readonly responses: Lru<CachedBody>;

  /** `--adjust-by` of this server. */
  readonly adjustBy: TrendOptions['adjustBy'];

  constructor(readonly model: TopicModel, options: ContextOptions = {}) {
    const size = options.cacheSize ?? 16;
    this.adjustBy = options.adjustBy;
    this.documents = new DocumentQuery(model);
    this.summary = modelSummary(model, { topCategories: Number.MAX_SAFE_INTEGER });
    this.categories = new Set(this.summary.categories.map((c) => c.name));
    this.autoBin = resolveBin(model, { bin: 'auto' });
    this.labels = new Map(model.topics.map((t) => [t.id, t.label]));
    this.indexOfId = new Map(model.papers.map((p, i) => [p.id, i]));
    this.tables = new Lru(size);
    this.binnings = new Lru(size * 2);
    this.termCountsCache = new Lru(Math.max(2, size >> 2));
    this.responses = new Lru(size * 16);
    this.slowResponses = new Lru(size * 4);
  }

  /**
   * Responses that took at least SLOW_MS to make, kept apart: a stream of cheap new queries (every
   * word typed into the term box) would otherwise push them out. At 999,967 papers what-is-new takes
   * 5 s to prepare and a word's trend under 2 ms; 2,000 words evicted it within two seconds of load.
   */
  readonly slowResponses: Lru<CachedBody>;

  /** The prepared response under `key`, or make it (JSON text unless `type` says otherwise) and keep it. */
  cached(key: string, make: () => string | Buffer, type?: string): CachedBody {
    const hit = this.slowResponses.get(key) ?? this.responses.get(key);
    if (hit) return hit;
    const t0 = performance.now();
    const body = cachedBody(make(), type);
    (performance.now() - t0 >= SLOW_MS ? this.slowResponses : this.responses).set(key, body);
    return body;
  }

  /** The segment with 'auto' replaced by the model's bin, so both share one cache entry. */
  resolve(segment: Segment): { bin: BinUnit; category?: string } {
    return { bin: segment.bin === 'auto' ? this.autoBin : segment.bin, category: segment.category };
  }

  key(segment: Segment): string {
    const s = this.resolve(segment);
    return `${s.bin}\u0000${s.category ?? ''}`;
  }

  trendTables(request: Segment): TrendTables {
    const segment = this.resolve(request);
    return this.tables.getOrCreate(this.key(segment), () => binLimited(() =>
      computeTrendTables(this.model, { bin: segment.bin, category: segment.category ? [segment.category] : undefined, adjustBy: this.adjustBy }),
    ));
  }

  /** Papers per (word, bin) of a segment, for the term box (term-trends.ts `termPeriodCounts`). */
  termCounts(request: Segment): TermPeriodCounts {
    return this.termCountsCache.getOrCreate(this.key(request), () => termPeriodCounts(this.model, this.binning(request)));
  }

  binning(request: Segment): SegmentBinning {
    const segment = this.resolve(request);
    return this.binnings.getOrCreate(this.key(segment), () => binLimited(() =>
      segmentBinning(this.model, { bin: segment.bin, category: segment.category ? [segment.category] : undefined }),
    ));
  }
}
