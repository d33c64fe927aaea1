/**
 * `run` on corpora too large for one heap: fit on a seeded, date-stratified
 * sample, stream every paper through `transform` on worker threads into
 * Parquet parts, build the trend tables from the parts with SQL. Memory is
 * bounded by the fit sample and one batch per worker, not by the corpus.
 * Below the threshold it is the ordinary in-memory `runPipeline`.
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readCorpus } from '../corpus/index.js';
import type { Paper } from '../corpus/index.js';
import { TopicEstimator } from '../estimator/index.js';
import { chooseBin } from '../trends/index.js';
import { StageClock, peakRssMb, silentProgress } from '../util/index.js';
import { StratifiedSampler, abstractsFileOf, termsFileOf, trendTablesFromParts } from '../store/index.js';
import { parallelTransform } from '../store/index.js';
import { TOPICS, writeParquet, type TableFormat } from '../tables/index.js';
import { toCsv } from '../util/index.js';
import { HIERARCHY_COLUMNS, hierarchyRows, topicRows, TOPIC_COLUMNS } from '../analysis/index.js';
import { addTopicStructure } from '../estimator/index.js';
import { ENGINE_DEFAULTS } from '../model/index.js';
import { writeRunReport } from './report.js';
import { runPipeline, type RunOptions, type RunResult } from './run.js';
import { FIT_SAMPLE, SCALE_SPECS, SCALE_THRESHOLD, TABLE_SPECS, TRANSFORM_WORKERS } from '../model/index.js';
import { validateOptions } from '../model/index.js';
import { writeTrendOutputs } from './write-outputs.js';

/** Corpus files below this size cannot hold SCALE_THRESHOLD abstracts (papers.jsonl: 1.5 KB a paper), so the counting pass is skipped. */
const BYTES_PER_PAPER_MIN = 1000;

export { FIT_SAMPLE, SCALE_THRESHOLD };

export interface ScaledRunOptions extends RunOptions {
  /** Papers in the fit sample. Default FIT_SAMPLE. */
  fitSample?: number;
  /** Corpora with more papers take the sample-and-transform path. Default SCALE_THRESHOLD. */
  threshold?: number;
  /** Transform worker threads (= parts). Default 2. */
  workers?: number;
}

export interface ScaledRunResult extends RunResult {
  /** Papers placed by `transform` (the whole corpus); absent for in-memory runs. */
  transformed?: number;
  parts?: string[];
}

async function inputBytes(inputs: string[]): Promise<number> {
  const sizes = await Promise.all(inputs.map(async (f) => ((await stat(f)).size * (f.endsWith('.gz') ? 4 : 1))));
  return sizes.reduce((a, b) => a + b, 0);
}

export async function runScaled(options: ScaledRunOptions): Promise<ScaledRunResult> {
  validateOptions(options, [...SCALE_SPECS, ...TABLE_SPECS]);
  const threshold = options.threshold ?? SCALE_THRESHOLD;
  // --sample bounds the corpus itself; --align-to matches topics over all papers in memory.
  if (options.read?.sample !== undefined || options.alignTo || (await inputBytes(options.inputs).catch(() => 0)) < threshold * BYTES_PER_PAPER_MIN) return runPipeline(options);
  const clock = new StageClock(options.progress ?? silentProgress);
  const seed = options.engine?.seed ?? ENGINE_DEFAULTS.seed;
  const sampler = new StratifiedSampler(options.fitSample ?? FIT_SAMPLE, seed);
  const read = { ...options.read, onProgress: undefined };
  // Pass 1: ids and dates only, to size the corpus and its months.
  const counted = await clock.time('read', (progress) =>
    readCorpus(options.inputs, { ...read, onPaper: (p) => sampler.add(p.id, p.date), onProgress: (d, t) => progress.update(d, t) }));
  if (sampler.seen <= threshold) return runPipeline(options);

  // Pass 2: the sample itself.
  const sample: Paper[] = [];
  await clock.time('sample', () => readCorpus(options.inputs, { ...read, onPaper: (p) => { if (sampler.keeps(p.id, p.date)) sample.push(p); } }));
  const est = await new TopicEstimator(options.engine).fit(sample, clock);
  const model = est.model!;
  model.themes = options.themes ?? [];
  model.corpus = { inputs: options.inputs, read: counted.report };
  // The topic tree, coherence and diversity from the fit sample (the whole corpus is never in one heap).
  await clock.time('structure', () => addTopicStructure(model, est.fitted!));
  await mkdir(options.out, { recursive: true });
  const files = await est.save(options.out);
  const bin = options.trends?.bin && options.trends.bin !== 'auto' ? options.trends.bin : chooseBin(sample.map((p) => p.date));
  sample.length = 0;

  const transformed = await clock.time('transform', (progress) => parallelTransform({
    modelDir: options.out, inputs: options.inputs, read, bin, partsDir: path.join(options.out, 'parts'), count: options.workers ?? TRANSFORM_WORKERS,
    onProgress: (placed) => progress.update(placed, sampler.seen),
  }), sampler.seen);
  files.push(...transformed.parts.flatMap((p) => [p, termsFileOf(p), abstractsFileOf(p)].map((f) => path.relative(options.out, f))));
  const trends = await clock.time('aggregate', () => trendTablesFromParts(transformed.parts, model.topics, { ...options.trends, bin }));
  // Topic sizes over the whole corpus, not the sample (the saved model keeps the sample's).
  const reportModel = { ...model, topics: model.topics.map((t) => ({ ...t, size: trends.topicSizes.get(t.id) ?? 0 })) };
  await clock.time('write', async () => {
    files.push(...(await writeTrendOutputs(options.out, trends, options.tables)));
    files.push(...(await writeTopicTable(options.out, reportModel, options.tables ?? 'csv')));
    if (model.hierarchy) {
      await writeFile(path.join(options.out, 'hierarchy.csv'), toCsv(hierarchyRows(model), HIERARCHY_COLUMNS));
      files.push('hierarchy.csv');
    }
  });
  if (options.report !== false) {
    const written = await clock.time('charts', (progress) => writeRunReport(options.out, reportModel, trends, { stageSeconds: clock.seconds, onProgress: (d, t) => progress.update(d, t) }));
    files.push(...[written.html, ...written.specs, ...written.svgs].map((f) => path.relative(options.out, f)));
  }
  const result: ScaledRunResult = {
    model: reportModel, estimator: est, trends, fitted: est.fitted!, read: counted.report, seconds: clock.seconds, files, peakRssMb: peakRssMb(),
    transformed: transformed.placed, parts: transformed.parts,
  };
  await writeFile(path.join(options.out, 'run.json'), JSON.stringify({
    params: { ...model.params, fitSample: model.papers.length, threshold, bin, workers: options.workers ?? TRANSFORM_WORKERS },
    inputs: options.inputs,
    counts: { read: counted.report.read, kept: counted.report.kept, skipped: counted.report.skipped, filtered: counted.report.filtered, fitted: model.papers.length, transformed: transformed.placed, topics: model.topics.length, periods: trends.periods.length, undated: trends.undated },
    seconds: { ...clock.seconds, total: clock.total },
    peakRssMb: result.peakRssMb,
    files: [...files, 'run.json'],
  }, null, 2) + '\n');
  return result;
}

async function writeTopicTable(dir: string, model: Parameters<typeof topicRows>[0], format: TableFormat): Promise<string[]> {
  const out: string[] = [];
  if (format !== 'parquet') { await writeFile(path.join(dir, 'topics.csv'), toCsv(topicRows(model), TOPIC_COLUMNS)); out.push('topics.csv'); }
  if (format !== 'csv') { await writeParquet(path.join(dir, 'topics.parquet'), { spec: TOPICS, rows: topicRows(model) }); out.push('topics.parquet'); }
  return out;
}
