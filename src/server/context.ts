/**
 * Everything the routes share for one model: the model, structures built once
 * at load (document query, summary), and small LRU caches of trend tables,
 * binnings and chart specs keyed by the request parameters that shape them.
 */
import { computeTrendTables, type TrendTables } from '../pipeline/trend-tables.js';
import { DocumentQuery } from '../pipeline/document-query.js';
import { modelSummary, type ModelSummary } from '../pipeline/summary.js';
import { segmentBinning, type SegmentBinning } from '../pipeline/term-trends.js';
import type { TopicModel } from '../pipeline/model.js';
import type { BinUnit } from '../trends/index.js';
import { Lru } from './lru.js';

export interface Segment {
  bin: BinUnit;
  /** Primary category, or undefined for the whole corpus. */
  category?: string;
}

export interface ContextOptions {
  /** Trend tables (and binnings) kept in memory, one per (bin, category). Default 16. */
  cacheSize?: number;
}

export class ServerContext {
  readonly documents: DocumentQuery;
  readonly summary: ModelSummary;
  /** Topic label by id. */
  readonly labels: Map<number, string>;
  /** Model paper index by paper id, for representative papers. */
  readonly indexOfId: Map<string, number>;
  readonly categories: Set<string>;
  private readonly tables: Lru<TrendTables>;
  private readonly binnings: Lru<SegmentBinning>;
  /** Serialized responses that depend only on their parameters (chart specs, term trends). */
  readonly responses: Lru<string>;

  constructor(readonly model: TopicModel, options: ContextOptions = {}) {
    const size = options.cacheSize ?? 16;
    this.documents = new DocumentQuery(model);
    this.summary = modelSummary(model, { topCategories: Number.MAX_SAFE_INTEGER });
    this.categories = new Set(this.summary.categories.map((c) => c.name));
    this.labels = new Map(model.topics.map((t) => [t.id, t.label]));
    this.indexOfId = new Map(model.papers.map((p, i) => [p.id, i]));
    this.tables = new Lru(size);
    this.binnings = new Lru(size * 2);
    this.responses = new Lru(size * 16);
  }

  static key(segment: Segment): string {
    return `${segment.bin}\u0000${segment.category ?? ''}`;
  }

  trendTables(segment: Segment): TrendTables {
    return this.tables.getOrCreate(ServerContext.key(segment), () =>
      computeTrendTables(this.model, { bin: segment.bin, category: segment.category ? [segment.category] : undefined }),
    );
  }

  binning(segment: Segment): SegmentBinning {
    return this.binnings.getOrCreate(ServerContext.key(segment), () =>
      segmentBinning(this.model, { bin: segment.bin, category: segment.category ? [segment.category] : undefined }),
    );
  }
}
