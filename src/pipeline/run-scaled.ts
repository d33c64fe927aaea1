/**
 * `run` on corpora too large for one heap: fit on a seeded, date-stratified
 * sample, stream every paper through `transform` on worker threads into
 * Parquet parts, build the trend tables from the parts with SQL. Memory is
 * bounded by the fit sample and one batch per worker, not by the corpus.
 * Below the threshold it is the ordinary in-memory `runPipeline`.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { readCorpus } from '../corpus/index.js';
import type { Paper } from '../corpus/index.js';
import { TopicEstimator } from '../estimator/index.js';
import { chooseBin } from '../trends/index.js';
import { StageClock, checkOutDir, silentProgress } from '../util/index.js';
import { StratifiedSampler, partFiles } from '../store/index.js';
import { parallelTransform } from '../store/index.js';
import { addTopicStructure } from '../estimator/index.js';
import { ENGINE_DEFAULTS } from '../model/index.js';
import { runJsonOptions, runPipeline, type RunOptions, type RunResult } from './run.js';
import { writeRun } from './run-folder.js';
import { checkPartsTrendOptions } from './run-trends.js';
import { FIT_SAMPLE, SCALE_SPECS, SCALE_THRESHOLD, TABLE_SPECS, TRANSFORM_WORKERS } from '../model/index.js';
import { validateOptions } from '../model/index.js';

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
  await checkOutDir(options.out); // a bad --out fails before the counting pass
  const clock = new StageClock(options.progress ?? silentProgress);
  const seed = options.engine?.seed ?? ENGINE_DEFAULTS.seed;
  const sampler = new StratifiedSampler(options.fitSample ?? FIT_SAMPLE, seed);
  const read = { ...options.read, onProgress: undefined };
  // Pass 1: ids and dates only, to size the corpus and its months.
  const counted = await clock.time('read', (progress) =>
    readCorpus(options.inputs, { ...read, onPaper: (p) => sampler.add(p.id, p.date), onProgress: (d, t) => progress.update(d, t) }));
  if (sampler.seen <= threshold) return runPipeline(options);
  checkPartsTrendOptions(options.trends); // before the fit, not after the transform

  const workers = options.workers ?? TRANSFORM_WORKERS;
  // Staged like every run (writeRun): a run killed mid-transform leaves the old folder as it was.
  const written = await writeRun(options.out, { ...options, clock }, async (dir) => {
    // Pass 2: the sample itself.
    const sample: Paper[] = [];
    await clock.time('sample', () => readCorpus(options.inputs, { ...read, onPaper: (p) => { if (sampler.keeps(p.id, p.date)) sample.push(p); } }));
    const est = await new TopicEstimator(options.engine).fit(sample, clock);
    const model = est.model!;
    model.themes = options.themes ?? [];
    model.corpus = { inputs: options.inputs, read: counted.report };
    // The topic tree, coherence and diversity from the fit sample (the whole corpus is never in one heap).
    await clock.time('structure', (progress) => addTopicStructure(model, est.fitted!, (d, t) => progress.update(d, t)));
    // The workers load the estimator from the staging folder.
    await est.save(dir);
    const bin = options.trends?.bin && options.trends.bin !== 'auto' ? options.trends.bin : chooseBin(sample.map((p) => p.date));
    sample.length = 0;
    const transformed = await clock.time('transform', (progress) => parallelTransform({
      modelDir: dir, inputs: options.inputs, read, bin, partsDir: path.join(dir, 'parts'), count: workers,
      onProgress: (placed) => progress.update(placed, sampler.seen),
    }), sampler.seen);
    return {
      model, state: est.parts!.state, est, transformed, parts: transformed.parts, partsBin: bin,
      files: partFiles(transformed.parts, dir),
      about: {
        params: { ...model.params, fitSample: model.papers.length, threshold, bin, workers },
        options: runJsonOptions(options),
        inputs: options.inputs,
        counts: { read: counted.report.read, kept: counted.report.kept, skipped: counted.report.skipped, filtered: counted.report.filtered, fitted: model.papers.length, transformed: transformed.placed },
        kScores: est.fitted!.kScores,
      },
    };
  });
  const { est, transformed } = written.contents;
  // The parts now live in `out`, where the staging folder was swapped in.
  const parts = transformed.parts.map((p) => path.join(options.out, path.basename(path.dirname(p)), path.basename(p)));
  return {
    model: written.model, estimator: est, trends: written.trends, fitted: est.fitted!, read: counted.report, seconds: clock.seconds,
    files: written.files.filter((f) => f !== 'run.json'), peakRssMb: written.peakRssMb, transformed: transformed.placed, parts,
  };
}
