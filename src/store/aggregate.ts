/**
 * Trend tables from transform parts with an embedded DuckDB: the parts are
 * never loaded into the JS heap, DuckDB streams them through the portable
 * queries of sql.ts (on 1M rows it keeps only the GROUP BY state).
 */
import { makePeriods } from '../trends/index.js';
import type { BinUnit, Period, TopicRef, TopicTrendRow } from '../trends/index.js';
import { CELL_COUNTS_SQL, HIDDEN_DATED_SQL, MIX_COUNTS_SQL, STATS_SQL, TOPIC_SIZES_SQL, TOPIC_TRENDS_SQL, valuesRelation } from './sql.js';
import { withParts } from './duckdb.js';
import type { CellCount } from './category-trends.js';
import type { MixCount } from './parts-mix.js';

export interface AggregateOptions {
  /** Bin of the tables, any unit. Default: the parts' own (the transform's `--bin`, read from the keys); another is computed from each paper's date. */
  bin?: BinUnit;
  /** Topics in table order (usually the model's), hidden ones left out. */
  topics: readonly TopicRef[];
  /** Hidden topics (curate --hide): counted in the sizes, left out of the topic and category tables and their denominators. */
  hidden?: readonly number[];
}

export interface AggregatedTrends {
  bin: BinUnit;
  periods: Period[];
  papers: number;
  undated: number;
  topicTrends: TopicTrendRow[];
  /** Papers per topic id across all parts (topic -1 included when present). */
  topicSizes: Map<number, number>;
  /** Dated papers per bin, primary category, source and topic. */
  cellCounts: CellCount[];
  /** Dated papers per day, bin, primary category and source (the mix-shift warnings). */
  mixCounts: MixCount[];
  /** Rows dropped because their paper id was already in a part (each paper counts once). */
  duplicates: number;
  /** Dated papers of the hidden topics (left out of the tables). */
  hiddenPapers: number;
}

/**
 * Aggregate Parquet parts (files or globs, columns of tables/specs.ts `PART`)
 * into topic trend rows equal to the in-memory `topicTrends` (without the
 * per-bin top terms, which need the texts).
 */
export async function aggregateParts(parts: readonly string[], options: AggregateOptions): Promise<AggregatedTrends> {
  return withParts(parts, options.bin, async ({ rows, run, partsBin, duplicates, hideTopics }) => {
    const stats = (await rows(STATS_SQL))[0];
    const papers = Number(stats.papers);
    const undated = Number(stats.undated ?? 0);
    const first = stats.first_day as string | null;
    const last = stats.last_day as string | null;
    const topicSizes = new Map((await rows(TOPIC_SIZES_SQL)).map((r) => [Number(r.topic), Number(r.size)]));
    const bin = options.bin ?? partsBin ?? 'month';
    const hidden = options.hidden ?? [];
    const hiddenPapers = hidden.length ? Number((await rows(HIDDEN_DATED_SQL(hidden)))[0].n) : 0;
    if (!first || !last || options.topics.length === 0) {
      return { bin, periods: [], papers, undated, topicTrends: [], topicSizes, cellCounts: [], mixCounts: [], duplicates, hiddenPapers };
    }
    // As in memory (analysis/confident.ts): hidden topics' papers leave the shares' denominators, not the calendar.
    if (hidden.length) await hideTopics(hidden);
    // The calendar (keys and partial flags) is the in-memory one over the parts' first and last day.
    const periods = makePeriods([first, last], bin).periods;
    await run(valuesRelation('periods', ['period', 'period_order', 'partial'], periods.map((p, i) => [p.key, i, p.partial])));
    await run(valuesRelation('topics', ['topic', 'topic_order'], options.topics.map((t, i) => [t.id, i])));
    const labels = new Map(options.topics.map((t) => [t.id, t.label]));
    const trendRows = await rows(TOPIC_TRENDS_SQL);
    const totals = new Map<string, number>();
    const topicTrends: TopicTrendRow[] = trendRows.map((r) => {
      totals.set(String(r.period), Number(r.period_total));
      return {
        period: String(r.period),
        topic: Number(r.topic),
        label: labels.get(Number(r.topic)) ?? '',
        count: Number(r.count),
        share: Number(r.share),
        period_total: Number(r.period_total),
        partial: Boolean(r.partial),
        top_terms: '',
      };
    });
    for (const p of periods) p.total = totals.get(p.key) ?? 0;
    const cellCounts = (await rows(CELL_COUNTS_SQL)).map((r) => ({
      period: String(r.period), category: String(r.category), source: String(r.source), topic: Number(r.topic), n: Number(r.n),
    }));
    const mixCounts = (await rows(MIX_COUNTS_SQL)).map((r) => ({
      date: String(r.date), period: String(r.period), category: String(r.category), source: String(r.source), n: Number(r.n),
    }));
    return { bin, periods, papers, undated, topicTrends, topicSizes, cellCounts, mixCounts, duplicates, hiddenPapers };
  });
}
