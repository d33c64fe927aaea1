/**
 * The tables of a run as typed `Table`s, in the order they are written. The
 * CSV writer and the Parquet writer take the same rows, so the two formats
 * never disagree.
 */
import type { TopicModel } from '../model/index.js';
import type { TrendTables } from '../analysis/index.js';
import { documentRows, topicRows, changeRows, termTrendRows } from '../analysis/index.js';
import { DOCUMENTS, TOPICS, TOPIC_TRENDS, THEME_TRENDS, TERM_TRENDS, EMERGING, BURSTS, CATEGORY_TRENDS } from './specs.js';
import type { Table } from './types.js';

/** How `run --tables` writes the tables: CSV (default), Parquet, or both. */
export type TableFormat = 'csv' | 'parquet' | 'both';
export const TABLE_FORMATS: readonly TableFormat[] = ['csv', 'parquet', 'both'];

/** The model tables (documents, topics) and/or the trend tables of a run. */
export function runTables(model: TopicModel | undefined, trends: TrendTables | undefined): Table[] {
  const out: Table[] = [];
  if (model) out.push({ spec: DOCUMENTS, rows: documentRows(model) }, { spec: TOPICS, rows: topicRows(model) });
  if (trends) {
    out.push(
      { spec: TOPIC_TRENDS, rows: trends.topicTrends },
      { spec: THEME_TRENDS, rows: trends.themeTrends },
      { spec: EMERGING, rows: changeRows(trends) },
      { spec: BURSTS, rows: trends.bursts },
      { spec: CATEGORY_TRENDS, rows: trends.categoryTrends },
    );
    if (trends.termTrends.length) out.push({ spec: TERM_TRENDS, rows: termTrendRows(trends.termTrends) });
  }
  return out;
}
