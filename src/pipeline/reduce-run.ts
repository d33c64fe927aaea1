/** `topictrends reduce` as a pipeline: saved model → n topics → the complete run folder (tables, trends, model, charts, report, run.json). */
import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { loadModel, type TopicModel } from './model.js';
import { reduceTopics } from './reduce-topics.js';
import { computeTrendTables, type TrendTables } from './trend-tables.js';
import { writeModelOutputs, writeTrendOutputs } from './write-outputs.js';
import { writeRunReport } from './report.js';
import type { TrendOptions } from './options.js';
import type { Theme } from '../trends/types.js';

export interface ReduceRunOptions {
  /** model.json of the run to reduce. */
  model: string;
  /** Topics wanted. */
  to: number;
  out: string;
  trends?: TrendOptions;
  /** Themes to track instead of the model's. */
  themes?: Theme[];
  /** Write charts and report.html. Default true. */
  report?: boolean;
}

export async function runReduce(options: ReduceRunOptions): Promise<{ model: TopicModel; trends: TrendTables; files: string[] }> {
  const source = await loadModel(options.model);
  if (options.themes) source.themes = options.themes;
  const model = reduceTopics(source, options.to);
  const trends = computeTrendTables(model, options.trends);
  const files = [...(await writeModelOutputs(options.out, model)), ...(await writeTrendOutputs(options.out, trends))];
  if (options.report !== false) {
    const w = await writeRunReport(options.out, model, trends);
    files.push(...[w.html, ...w.specs, ...w.svgs].map((f) => path.relative(options.out, f)));
  }
  await mkdir(options.out, { recursive: true });
  const body = {
    params: model.params,
    reducedFrom: { model: options.model, topics: source.topics.length },
    options: { to: options.to, trends: options.trends ?? {} },
    inputs: model.corpus.inputs,
    counts: { papers: model.papers.length, topics: model.topics.length, periods: trends.periods.length, undated: trends.undated },
    quality: model.quality,
    files: [...files, 'run.json'],
  };
  await writeFile(path.join(options.out, 'run.json'), JSON.stringify(body, null, 2) + '\n');
  return { model, trends, files };
}
