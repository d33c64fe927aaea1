import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { toCsv } from '../util/csv.js';
import { saveModel, type TopicModel } from './model.js';
import type { TrendTables } from './trend-tables.js';
import {
  documentRows, topicRows, changeRows, DOCUMENT_COLUMNS, TOPIC_COLUMNS, TOPIC_TREND_COLUMNS, THEME_TREND_COLUMNS,
  EMERGING_COLUMNS, BURST_COLUMNS, CATEGORY_TREND_COLUMNS, TERM_TREND_COLUMNS, HIERARCHY_COLUMNS, hierarchyRows,
} from './tables.js';

/** Write model.json and the topic tables (documents.csv, topics.csv). */
export async function writeModelOutputs(dir: string, model: TopicModel): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files = {
    'documents.csv': toCsv(documentRows(model), DOCUMENT_COLUMNS),
    'topics.csv': toCsv(topicRows(model), TOPIC_COLUMNS),
    ...(model.hierarchy ? { 'hierarchy.csv': toCsv(hierarchyRows(model), HIERARCHY_COLUMNS) } : {}),
  };
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  await saveModel(path.join(dir, 'model.json'), model);
  return [...Object.keys(files), 'model.json'];
}

/** Write the trend tables (topic_trends.csv, theme_trends.csv, emerging.csv, bursts.csv, category_trends.csv). */
export async function writeTrendOutputs(dir: string, trends: TrendTables): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files = {
    'topic_trends.csv': toCsv(trends.topicTrends, TOPIC_TREND_COLUMNS),
    'theme_trends.csv': toCsv(trends.themeTrends, THEME_TREND_COLUMNS),
    'emerging.csv': toCsv(changeRows(trends), EMERGING_COLUMNS),
    'bursts.csv': toCsv(trends.bursts, BURST_COLUMNS),
    'category_trends.csv': toCsv(trends.categoryTrends, CATEGORY_TREND_COLUMNS),
    ...(trends.termTrends.length ? { 'term_trends.csv': toCsv(trends.termTrends.map(({ theme, ...r }) => ({ ...r, term: theme })), TERM_TREND_COLUMNS) } : {}),
  };
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return Object.keys(files);
}
