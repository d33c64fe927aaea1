import { rm } from 'node:fs/promises';
import path from 'node:path';
import { toCsv } from '../util/csv.js';
import { OutputError, writeFileAtomic } from '../util/atomic-write.js';
import { saveModel, type TopicModel } from './model.js';
import type { TrendTables } from './trend-tables.js';
import {
  documentRows, topicRows, changeRows, DOCUMENT_COLUMNS, TOPIC_COLUMNS, TOPIC_TREND_COLUMNS, THEME_TREND_COLUMNS,
  EMERGING_COLUMNS, BURST_COLUMNS, CATEGORY_TREND_COLUMNS, TERM_TREND_COLUMNS,
} from './tables.js';

/** Write model.json and the topic tables (documents.csv, topics.csv). `run` writes them into its staging folder. */
export async function writeModelOutputs(dir: string, model: TopicModel): Promise<string[]> {
  const files = {
    'documents.csv': toCsv(documentRows(model), DOCUMENT_COLUMNS),
    'topics.csv': toCsv(topicRows(model), TOPIC_COLUMNS),
  };
  for (const [name, text] of Object.entries(files)) await writeFileAtomic(path.join(dir, name), text);
  const modelFile = path.join(dir, 'model.json');
  await saveModel(modelFile, model).catch((err) => { throw new OutputError(modelFile, err); });
  return [...Object.keys(files), 'model.json'];
}

/**
 * Write the trend tables (topic_trends.csv, theme_trends.csv, emerging.csv,
 * bursts.csv, category_trends.csv, term_trends.csv with terms), each file
 * atomically, so `trends` can rewrite a run folder the dashboard is reading.
 * A term_trends.csv left from an earlier `--terms` is removed when no terms
 * are asked for: it would describe other bins.
 */
export async function writeTrendOutputs(dir: string, trends: TrendTables): Promise<string[]> {
  const files = {
    'topic_trends.csv': toCsv(trends.topicTrends, TOPIC_TREND_COLUMNS),
    'theme_trends.csv': toCsv(trends.themeTrends, THEME_TREND_COLUMNS),
    'emerging.csv': toCsv(changeRows(trends), EMERGING_COLUMNS),
    'bursts.csv': toCsv(trends.bursts, BURST_COLUMNS),
    'category_trends.csv': toCsv(trends.categoryTrends, CATEGORY_TREND_COLUMNS),
    ...(trends.termTrends.length ? { 'term_trends.csv': toCsv(trends.termTrends.map(({ theme, ...r }) => ({ ...r, term: theme })), TERM_TREND_COLUMNS) } : {}),
  };
  for (const [name, text] of Object.entries(files)) await writeFileAtomic(path.join(dir, name), text);
  if (!('term_trends.csv' in files)) await rm(path.join(dir, 'term_trends.csv'), { force: true });
  return Object.keys(files);
}
