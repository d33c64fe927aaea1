/**
 * The column types of every table a run writes. Column names and order come
 * from the CSV column lists in pipeline/tables.ts (declared once there); this
 * file only adds a type to each name.
 */
import {
  DOCUMENT_COLUMNS, TOPIC_COLUMNS, TOPIC_TREND_COLUMNS, THEME_TREND_COLUMNS, TERM_TREND_COLUMNS,
  EMERGING_COLUMNS, BURST_COLUMNS, CATEGORY_TREND_COLUMNS,
} from '../analysis/index.js';
import type { ColumnType, TableSpec } from './types.js';

/** Every typed column across the tables; a name not listed here is a string. */
const TYPES: Record<string, ColumnType> = {
  topic: 'int32', size: 'int32', count: 'int32', period_total: 'int32', category_total: 'int32',
  count_before: 'int32', count_after: 'int32', total_before: 'int32', total_after: 'int32',
  x: 'float64', y: 'float64', share: 'float64', share_before: 'float64', share_after: 'float64',
  change: 'float64', z: 'float64', p: 'float64', q: 'float64', strength: 'float64', confidence: 'float64',
  partial: 'boolean', significant: 'boolean', novel: 'boolean', hidden: 'boolean', subtopic: 'int32',
  adjusted_share: 'float64', adjusted_lo: 'float64', adjusted_hi: 'float64',
  odds_ratio: 'float64', odds_ratio_lo: 'float64', odds_ratio_hi: 'float64', mix_change: 'float64', within_change: 'float64',
  raw_share_before: 'float64', raw_share_after: 'float64', raw_change: 'float64', raw_z: 'float64', raw_p: 'float64', raw_q: 'float64',
  raw_significant: 'boolean',
};

function spec(name: string, columns: readonly string[]): TableSpec {
  return { name, columns: columns.map((c) => ({ name: c, type: TYPES[c] ?? 'string' })) };
}

export const DOCUMENTS = spec('documents', DOCUMENT_COLUMNS);
export const TOPICS = spec('topics', TOPIC_COLUMNS);
export const TOPIC_TRENDS = spec('topic_trends', TOPIC_TREND_COLUMNS);
export const THEME_TRENDS = spec('theme_trends', THEME_TREND_COLUMNS);
export const TERM_TRENDS = spec('term_trends', TERM_TREND_COLUMNS);
export const EMERGING = spec('emerging', EMERGING_COLUMNS);
export const BURSTS = spec('bursts', BURST_COLUMNS);
export const CATEGORY_TRENDS = spec('category_trends', CATEGORY_TREND_COLUMNS);

/**
 * One row per transformed paper: what `topictrends transform` writes per shard
 * and `aggregate` reads back. `period` is the paper's time bin, computed by the
 * transform so the aggregation SQL needs no date functions (they differ between
 * engines); `categories` is space-separated, the primary category first, and
 * `category` is that primary category (string splitting differs between engines too).
 * `novel` and `subtopic` mean what they mean in documents.csv: placed far from
 * every topic by `update`, and the topic before `reduce` merged it.
 */
export const PART = spec('part', ['id', 'date', 'period', 'topic', 'confidence', 'x', 'y', 'category', 'categories', 'source', 'title', 'novel', 'subtopic']);

/** The declared type of an output column name, undefined for other names. */
export function knownType(name: string): ColumnType | undefined {
  return Object.hasOwn(TYPES, name) ? TYPES[name] : undefined;
}

/** Type a table not listed above (e.g. an ad-hoc notebook table) from its column names. */
export function specFor(name: string, columns: readonly string[]): TableSpec {
  return spec(name, columns);
}
