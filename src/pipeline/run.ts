/**
 * `topictrends run`: read → fit topics → trend tables → CSVs, model.json,
 * charts and report → run.json. The CLI and notebooks call this; it knows
 * nothing about either.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readCorpus, type ReadOptions, type ReadReport } from '../corpus/index.js';
import type { Theme } from '../trends/types.js';
import { StageClock, peakRssMb, silentProgress, type Progress } from '../util/stages.js';
import { fitTopics, type FittedTopics } from './fit.js';
import { modelPapers, type TopicModel } from './model.js';
import { ENGINE_DEFAULTS, type EngineOptions, type TrendOptions } from './options.js';
import { computeTrendTables, type TrendTables } from './trend-tables.js';
import { writeModelOutputs, writeTrendOutputs } from './write-outputs.js';
import { writeRunReport } from './report.js';
import { TermIndex } from '../text/index.js';

export interface RunOptions {
  inputs: string[];
  read?: ReadOptions;
  engine?: EngineOptions;
  trends?: TrendOptions;
  /** Themes tracked over time (e.g. from data/themes.json). Default: none. */
  themes?: Theme[];
  /** Output folder. */
  out: string;
  /** Write charts and report.html. Default true. */
  report?: boolean;
  progress?: Progress;
}

export interface RunResult {
  model: TopicModel;
  trends: TrendTables;
  fitted: FittedTopics;
  read: ReadReport;
  seconds: Record<string, number>;
  files: string[];
  peakRssMb: number;
}

/** Build the in-memory model from papers and a fitted engine. */
export function buildModel(inputs: string[], read: ReadReport | undefined, fitted: FittedTopics, papers: Parameters<typeof modelPapers>[0], params: Record<string, unknown>, themes: Theme[]): TopicModel {
  const unigrams = fitted.analyzer.terms.slice(0, fitted.analyzer.unigramCount);
  return {
    params,
    corpus: { inputs, read },
    papers: modelPapers(papers, fitted.labels, fitted.map),
    topics: fitted.topics,
    kScores: fitted.kScores,
    surfaces: fitted.analyzer.surfaces,
    docTerms: fitted.docs.terms,
    termIndex: new TermIndex(unigrams, fitted.docs.tokens),
    themes,
  };
}

export async function runPipeline(options: RunOptions): Promise<RunResult> {
  const clock = new StageClock(options.progress ?? silentProgress);
  const { papers, report: read } = await clock.time('read', (progress) =>
    readCorpus(options.inputs, { ...options.read, onProgress: (done, total) => progress.update(done, total) }),
  );
  if (papers.length === 0) throw new Error(`No papers left to analyse (read ${read.read}, all skipped or filtered).`);

  const fitted = await fitTopics(papers, options.engine, clock);
  const params = {
    seed: options.engine?.seed ?? ENGINE_DEFAULTS.seed,
    k: fitted.k,
    kRequested: options.engine?.k ?? ENGINE_DEFAULTS.k,
    svdComponents: fitted.svdComponents,
    clusterOn: fitted.clusterOn,
    nNeighbors: options.engine?.nNeighbors ?? ENGINE_DEFAULTS.nNeighbors,
    clusterDims: options.engine?.clusterDims ?? ENGINE_DEFAULTS.clusterDims,
    clusterer: fitted.clusterer,
    vocabulary: fitted.vocabularySize,
    phrases: fitted.analyzer.phrases.length,
  };
  const model = buildModel(options.inputs, read, fitted, papers, params, options.themes ?? []);
  const trends = await clock.time('trends', () => computeTrendTables(model, options.trends));

  const files: string[] = [];
  await clock.time('write', async () => {
    files.push(...(await writeModelOutputs(options.out, model)));
    files.push(...(await writeTrendOutputs(options.out, trends)));
  });
  if (options.report !== false) {
    const written = await clock.time('charts', () => writeRunReport(options.out, model, trends, { stageSeconds: clock.seconds }));
    files.push(...[written.html, ...written.specs, ...written.svgs].map((f) => path.relative(options.out, f)));
  }

  const result = { model, trends, fitted, read, seconds: clock.seconds, files, peakRssMb: peakRssMb() };
  await writeRunJson(options.out, result, options);
  return result;
}

/** run.json: what was run, on what, how long each stage took, peak memory. Timing varies run to run, so it lives here, not in model.json. */
async function writeRunJson(dir: string, r: Omit<RunResult, 'files'> & { files: string[] }, options: RunOptions): Promise<void> {
  await mkdir(dir, { recursive: true });
  const body = {
    params: r.model.params,
    options: { read: { ...options.read, onProgress: undefined, onIssue: undefined }, engine: options.engine ?? {}, trends: options.trends ?? {} },
    inputs: options.inputs,
    counts: {
      read: r.read.read,
      kept: r.read.kept,
      skipped: r.read.skipped,
      filtered: r.read.filtered,
      topics: r.model.topics.length,
      periods: r.trends.periods.length,
      undated: r.trends.undated,
    },
    kScores: r.fitted.kScores,
    seconds: { ...r.seconds, total: Object.values(r.seconds).reduce((a, b) => a + b, 0) },
    peakRssMb: r.peakRssMb,
    files: [...r.files, 'run.json'],
  };
  await writeFile(path.join(dir, 'run.json'), JSON.stringify(body, null, 2) + '\n');
}
