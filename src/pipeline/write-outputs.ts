import { rm } from 'node:fs/promises';
import path from 'node:path';
import { toCsv } from '../util/index.js';
import { OutputError, writeFileAtomic } from '../util/index.js';
import { saveModel, type TopicModel } from '../model/index.js';
import type { TrendTables } from '../analysis/index.js';
import {
  documentRows, topicRows, changeRows, DOCUMENT_COLUMNS, TOPIC_COLUMNS, TOPIC_TREND_COLUMNS, THEME_TREND_COLUMNS,
  EMERGING_COLUMNS, BURST_COLUMNS, CATEGORY_TREND_COLUMNS, TERM_TREND_COLUMNS, HIERARCHY_COLUMNS, hierarchyRows, termTrendRows,
} from '../analysis/index.js';
import { runTables, writeParquet, type TableFormat } from '../tables/index.js';
import { writeDocumentsCsvFromParts, writeDocumentsParquetFromParts } from '../store/index.js';

/** Write each table as DIR/<name>.parquet; returns the file names. */
async function writeParquetTables(dir: string, tables: ReturnType<typeof runTables>): Promise<string[]> {
  for (const t of tables) await writeParquet(path.join(dir, `${t.spec.name}.parquet`), t);
  return tables.map((t) => `${t.spec.name}.parquet`);
}

/**
 * Write model.json and the topic tables (documents.csv, topics.csv,
 * hierarchy.csv; Parquet too with `tables`). With `parts` (a scaled run)
 * documents come from the parts, streamed, since model.json holds only the
 * fit sample. `run` writes them into its staging folder.
 */
export async function writeModelOutputs(dir: string, model: TopicModel, tables: TableFormat = 'csv', parts?: readonly string[]): Promise<string[]> {
  const fromParts = Boolean(parts?.length);
  const files = {
    ...(fromParts ? {} : { 'documents.csv': toCsv(documentRows(model), DOCUMENT_COLUMNS) }),
    'topics.csv': toCsv(topicRows(model), TOPIC_COLUMNS),
    ...(model.hierarchy ? { 'hierarchy.csv': toCsv(hierarchyRows(model), HIERARCHY_COLUMNS) } : {}),
  };
  const csv = tables !== 'parquet';
  if (csv) for (const [name, text] of Object.entries(files)) await writeFileAtomic(path.join(dir, name), text);
  if (csv && fromParts) await writeDocumentsCsvFromParts(path.join(dir, 'documents.csv'), parts!, model.topics);
  const modelFile = path.join(dir, 'model.json');
  await saveModel(modelFile, model).catch((err) => { throw new OutputError(modelFile, err); });
  const parquetTables = runTables(model, undefined).filter((t) => !(fromParts && t.spec.name === 'documents'));
  const parquet = tables === 'csv' ? [] : await writeParquetTables(dir, parquetTables);
  if (tables !== 'csv' && fromParts) {
    await writeDocumentsParquetFromParts(path.join(dir, 'documents.parquet'), parts!, model.topics);
    parquet.unshift('documents.parquet');
  }
  return [...(csv ? [...(fromParts ? ['documents.csv'] : []), ...Object.keys(files)] : []), ...parquet, 'model.json'];
}

/**
 * Write the trend tables (topic_trends.csv, theme_trends.csv, emerging.csv,
 * bursts.csv, category_trends.csv, term_trends.csv with terms), each file
 * atomically, so `trends` can rewrite a run folder the dashboard is reading.
 * A term_trends.csv left from an earlier `--terms` is removed when no terms
 * are asked for: it would describe other bins.
 */
export async function writeTrendOutputs(dir: string, trends: TrendTables, tables: TableFormat = 'csv'): Promise<string[]> {
  const files = {
    'topic_trends.csv': toCsv(trends.topicTrends, TOPIC_TREND_COLUMNS),
    'theme_trends.csv': toCsv(trends.themeTrends, THEME_TREND_COLUMNS),
    'emerging.csv': toCsv(changeRows(trends), EMERGING_COLUMNS),
    'bursts.csv': toCsv(trends.bursts, BURST_COLUMNS),
    'category_trends.csv': toCsv(trends.categoryTrends, CATEGORY_TREND_COLUMNS),
    ...(trends.termTrends.length ? { 'term_trends.csv': toCsv(termTrendRows(trends.termTrends), TERM_TREND_COLUMNS) } : {}),
  };
  if (tables !== 'parquet') for (const [name, text] of Object.entries(files)) await writeFileAtomic(path.join(dir, name), text);
  if (!('term_trends.csv' in files)) await rm(path.join(dir, 'term_trends.csv'), { force: true });
  const parquet = tables === 'csv' ? [] : await writeParquetTables(dir, runTables(undefined, trends));
  return [...(tables === 'parquet' ? [] : Object.keys(files)), ...parquet];
}
