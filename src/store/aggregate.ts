/**
 * Trend tables from transform parts with an embedded DuckDB: the parts are
 * never loaded into the JS heap, DuckDB streams them through the portable
 * queries of sql.ts (on 1M rows it keeps only the GROUP BY state).
 */
import { makePeriods } from '../trends/index.js';
import type { BinUnit, Period, TopicRef, TopicTrendRow } from '../trends/index.js';
import { CATEGORY_COUNTS_SQL, STATS_SQL, TOPIC_SIZES_SQL, TOPIC_TRENDS_SQL, valuesRelation } from './sql.js';
import type { CategoryCount } from './category-trends.js';
import { refuseMixedBins } from './part-identity.js';

export interface AggregateOptions {
  /** Bin of the parts' `period` column (the transform's bin). Default: read from the keys. */
  bin?: BinUnit;
  /** Topics in table order (usually the model's). */
  topics: readonly TopicRef[];
}

export interface AggregatedTrends {
  bin: BinUnit;
  periods: Period[];
  papers: number;
  undated: number;
  topicTrends: TopicTrendRow[];
  /** Papers per topic id across all parts (topic -1 included when present). */
  topicSizes: Map<number, number>;
  /** Dated papers per bin, primary category and topic. */
  categoryCounts: CategoryCount[];
  /** Rows dropped because their paper id was already in a part (each paper counts once). */
  duplicates: number;
}

/** The bin a period key was made with: 2025 → year, 2025-Q1 → quarter, 2025-W07 → week, 2025-03 → month. */
export function binOfKey(key: string): BinUnit | undefined {
  if (/^\d{4}$/.test(key)) return 'year';
  if (/^\d{4}-Q[1-4]$/.test(key)) return 'quarter';
  if (/^\d{4}-W\d{2}$/.test(key)) return 'week';
  if (/^\d{4}-\d{2}$/.test(key)) return 'month';
  return undefined;
}

const partList = (parts: readonly string[]) => parts.map((p) => `'${p.replace(/'/g, "''")}'`).join(', ');

/**
 * DuckDB's binding of the `docs` relation: the only engine-specific SQL. With
 * `dedupe`, each paper id counts once (the row of the first part by file
 * name), so a part given twice, or two shards that overlap, do not double the
 * counts; without it the parts stream through the GROUP BYs untouched.
 */
export function duckdbDocsView(parts: readonly string[], dedupe = false): string {
  if (!dedupe) return `CREATE VIEW docs AS SELECT * FROM read_parquet([${partList(parts)}])`;
  return `CREATE VIEW docs AS SELECT * EXCLUDE (filename) FROM read_parquet([${partList(parts)}], filename = true)
    QUALIFY row_number() OVER (PARTITION BY id ORDER BY filename) = 1`;
}

/** Rows and distinct paper ids over all parts: the window that drops duplicates runs only when they differ. */
const ID_COUNT_SQL = (parts: readonly string[]) => `SELECT COUNT(*) AS n, COUNT(DISTINCT id) AS ids FROM read_parquet([${partList(parts)}])`;

/** Per part: its first period key (the bin it was made with). */
const PER_PART_SQL = (parts: readonly string[]) => `
SELECT filename, MIN(CASE WHEN period <> '' THEN period END) AS first_period
FROM read_parquet([${partList(parts)}], filename = true) GROUP BY filename ORDER BY filename`;

/**
 * Aggregate Parquet parts (files or globs, columns of tables/specs.ts `PART`)
 * into topic trend rows equal to the in-memory `topicTrends` (without the
 * per-bin top terms, which need the texts).
 */
export async function aggregateParts(parts: readonly string[], options: AggregateOptions): Promise<AggregatedTrends> {
  if (parts.length === 0) throw new Error('aggregateParts: no parts given');
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  const rows = async (sql: string) => (await con.runAndReadAll(sql)).getRowObjects();
  try {
    const perPart = await rows(PER_PART_SQL(parts));
    // A part without dated papers has no key to judge; the others must share one bin (a week part beside a month part counted 400 of 800).
    const keyed = perPart.filter((r) => r.first_period !== null);
    refuseMixedBins(keyed.map((r) => String(r.filename)), (i) => binOfKey(String(keyed[i].first_period)) ?? `period "${String(keyed[i].first_period)}"`);
    const ids = (await rows(ID_COUNT_SQL(parts)))[0];
    const duplicates = Number(ids.n) - Number(ids.ids);
    await con.run(duckdbDocsView(parts, duplicates > 0));
    const stats = (await rows(STATS_SQL))[0];
    const papers = Number(stats.papers);
    const undated = Number(stats.undated ?? 0);
    const first = stats.first_day as string | null;
    const last = stats.last_day as string | null;
    const topicSizes = new Map((await rows(TOPIC_SIZES_SQL)).map((r) => [Number(r.topic), Number(r.size)]));
    const key = stats.first_period as string | null;
    const bin = options.bin ?? (key ? binOfKey(key) : 'month');
    if (!bin) throw new Error(`parts: period "${key}" is not a bin key (2025, 2025-Q1, 2025-03, 2025-W07)`);
    if (!first || !last || options.topics.length === 0) {
      return { bin, periods: [], papers, undated, topicTrends: [], topicSizes, categoryCounts: [], duplicates };
    }
    // The calendar (keys and partial flags) is the in-memory one over the parts' first and last day.
    const periods = makePeriods([first, last], bin).periods;
    await con.run(valuesRelation('periods', ['period', 'period_order', 'partial'], periods.map((p, i) => [p.key, i, p.partial])));
    await con.run(valuesRelation('topics', ['topic', 'topic_order'], options.topics.map((t, i) => [t.id, i])));
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
    const categoryCounts = (await rows(CATEGORY_COUNTS_SQL)).map((r) => ({
      period: String(r.period), category: String(r.category), topic: Number(r.topic), n: Number(r.n),
    }));
    return { bin, periods, papers, undated, topicTrends, topicSizes, categoryCounts, duplicates };
  } finally {
    con.closeSync();
    db.closeSync();
  }
}
