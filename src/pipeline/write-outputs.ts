import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { toCsv } from '../util/csv.js';
import { saveModel, type TopicModel } from './model.js';
import type { TrendTables } from './trend-tables.js';
import {
  documentRows, topicRows, changeRows, DOCUMENT_COLUMNS, TOPIC_COLUMNS, TOPIC_TREND_COLUMNS, THEME_TREND_COLUMNS,
  EMERGING_COLUMNS, BURST_COLUMNS, CATEGORY_TREND_COLUMNS, TERM_TREND_COLUMNS,
} from './tables.js';
import { runTables, writeParquet, type TableFormat } from '../tables/index.js';

/** Write each table as DIR/<name>.parquet; returns the file names. */
async function writeParquetTables(dir: string, tables: ReturnType<typeof runTables>): Promise<string[]> {
  for (const t of tables) await writeParquet(path.join(dir, `${t.spec.name}.parquet`), t);
  return tables.map((t) => `${t.spec.name}.parquet`);
}

/** Write model.json and the topic tables (documents.csv, topics.csv). */
export async function writeModelOutputs(dir: string, model: TopicModel, tables: TableFormat = 'csv'): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files = {
    'documents.csv': toCsv(documentRows(model), DOCUMENT_COLUMNS),
    'topics.csv': toCsv(topicRows(model), TOPIC_COLUMNS),
  };
  if (tables !== 'parquet') for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  await saveModel(path.join(dir, 'model.json'), model);
  const parquet = tables === 'csv' ? [] : await writeParquetTables(dir, runTables(model, undefined));
  return [...(tables === 'parquet' ? [] : Object.keys(files)), ...parquet, 'model.json'];
}

/** Write the trend tables (topic_trends.csv, theme_trends.csv, emerging.csv, bursts.csv, category_trends.csv). */
export async function writeTrendOutputs(dir: string, trends: TrendTables, tables: TableFormat = 'csv'): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files = {
    'topic_trends.csv': toCsv(trends.topicTrends, TOPIC_TREND_COLUMNS),
    'theme_trends.csv': toCsv(trends.themeTrends, THEME_TREND_COLUMNS),
    'emerging.csv': toCsv(changeRows(trends), EMERGING_COLUMNS),
    'bursts.csv': toCsv(trends.bursts, BURST_COLUMNS),
    'category_trends.csv': toCsv(trends.categoryTrends, CATEGORY_TREND_COLUMNS),
    ...(trends.termTrends.length ? { 'term_trends.csv': toCsv(trends.termTrends.map(({ theme, ...r }) => ({ ...r, term: theme })), TERM_TREND_COLUMNS) } : {}),
  };
  if (tables !== 'parquet') for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  const parquet = tables === 'csv' ? [] : await writeParquetTables(dir, runTables(undefined, trends));
  return [...(tables === 'parquet' ? [] : Object.keys(files)), ...parquet];
}
