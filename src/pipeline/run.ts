/**
 * `topictrends run`: read → fit topics → trend tables → CSVs, model.json,
 * charts and report → run.json. The CLI and notebooks call this; it knows
 * nothing about either.
 */
import { writeAbstracts } from '../store/index.js';
import { readCorpus, type ReadOptions, type ReadReport } from '../corpus/index.js';
import type { Theme } from '../trends/index.js';
import { StageClock, silentProgress, type Progress } from '../util/index.js';
import type { FittedTopics } from '../estimator/index.js';
import { TopicEstimator } from '../estimator/index.js';
import path from 'node:path';
import type { TopicModel } from '../model/index.js';
import { CURATION_FILE, applyCuratedNames, carryCuration, readCuration, writeCuration, type Curation } from '../model/index.js';
import { openRun } from './open-run.js';
import { DataError } from '../model/index.js';
import { alignModel } from '../estimator/index.js';
import type { EngineOptions, TrendOptions } from '../model/index.js';
import { checkBinLimit, type TrendTables } from '../analysis/index.js';
import { writeRun } from './run-folder.js';
import { addTopicStructure } from '../estimator/index.js';
import { loadPaperVectors, type EmbeddingSource } from '../estimator/index.js';
import { sortById } from '../estimator/index.js';
import type { TableFormat } from '../tables/index.js';

export interface RunOptions {
  inputs: string[];
  read?: ReadOptions;
  engine?: EngineOptions;
  trends?: TrendOptions;
  /** Themes tracked over time (e.g. from data/themes.json). Default: none. */
  themes?: Theme[];
  /** Cluster on these vectors instead of LSA (labels stay c-TF-IDF on the text). Default: none. */
  embeddings?: EmbeddingSource;
  /** Output folder. */
  out: string;
  /** Write charts and report.html. Default true. */
  report?: boolean;
  /** model.json of an earlier run whose topic ids matched topics keep (lineage.csv). Default: none. */
  alignTo?: string;
  progress?: Progress;
  /** Table files: csv (default), parquet, or both (see src/tables). */
  tables?: TableFormat;
}

export interface RunResult {
  model: TopicModel;
  estimator: TopicEstimator;
  trends: TrendTables;
  fitted: FittedTopics;
  read: ReadReport;
  seconds: Record<string, number>;
  files: string[];
  peakRssMb: number;
}

/** Every file goes to a staging folder that replaces `out` only when the run succeeds (writeRun); a bad `out` fails before any work. */
export async function runPipeline(options: RunOptions): Promise<RunResult> {
  const clock = new StageClock(options.progress ?? silentProgress);
  const written = await writeRun(options.out, { ...options, clock }, (dir) => fitInto(dir, options, clock));
  const { estimator, fitted, read } = written.contents;
  return { model: written.model, estimator, trends: written.trends, fitted, read, seconds: clock.seconds, files: written.files.filter((f) => f !== 'run.json'), peakRssMb: written.peakRssMb };
}

async function fitInto(dir: string, options: RunOptions, clock: StageClock) {
  const { papers, report: read } = await clock.time('read', (progress) =>
    readCorpus(options.inputs, { ...options.read, onProgress: (done, total) => progress.update(done, total) }),
  );
  if (papers.length === 0) throw new DataError(`No papers left to analyse (read ${read.read}, all skipped or filtered).`);
  checkBinLimit(papers.map((p) => p.date), options.trends); // an impossible --bin fails now, not after clustering

  // Vectors in the estimator's order (papers sorted by id).
  const vectors = options.embeddings ? await clock.time('read', () => loadPaperVectors(sortById(papers), options.embeddings!)) : undefined;
  // An unreadable --align-to fails now, not after the whole fit.
  const earlierRun = options.alignTo ? await openRun(options.alignTo) : undefined;
  const earlier = earlierRun?.saved;
  // A broken curation.json beside the model aligned to fails now too.
  const oldCuration = earlierRun ? await readCuration(earlierRun.dir) : undefined;
  let curation: Curation | undefined;
  // An aligned refit keeps the earlier model's k unless --k says otherwise (a refit of 29 topics
  // that found 5 kept the topic id of 10% of the old papers), and clusters the way it did: fine
  // topics stay unmerged unless the earlier model merged over-clustered ones.
  const keepK = earlier && options.engine?.k === undefined && earlier.topics.length < papers.length;
  const merged = earlier?.params.clusterer?.mergedTo !== undefined;
  const engine = keepK ? { ...options.engine, k: earlier.topics.length, ...(merged || options.engine?.overCluster !== undefined ? {} : { overCluster: 0 }) } : options.engine;
  const estimator = await new TopicEstimator(engine).fit(papers, clock, vectors);
  const fitted = estimator.fitted!;
  let model: TopicModel = { ...estimator.model!, corpus: { inputs: options.inputs, read }, themes: options.themes ?? [] };
  if (earlier) {
    const aligned = alignModel(model, estimator.parts!.state, earlier);
    model = aligned.model;
    estimator.parts!.state = aligned.state;
    // A person's names, merges and hidden topics follow the lineage into the refit.
    curation = carryCuration(oldCuration!, earlier, model.lineage ?? []);
  }
  if (options.embeddings) model.params = { ...model.params, embeddings: options.embeddings.file };
  await clock.time('structure', (progress) => addTopicStructure(model, fitted, (d, t) => progress.update(d, t)));
  if (curation) model = applyCuratedNames(model, curation, path.join(dir, CURATION_FILE));
  estimator.model = model;
  const abstracts = await clock.time('write', () => writeAbstracts(dir, papers.map((p) => [p.id, p.abstract] as const)));
  const curated = curation ? await writeCuration(dir, curation) : [];
  return {
    model, state: estimator.parts!.state, files: [abstracts, ...curated], estimator, fitted, read,
    about: {
      params: model.params,
      options: runJsonOptions(options),
      inputs: options.inputs,
      counts: { read: read.read, kept: read.kept, skipped: read.skipped, filtered: read.filtered },
      kScores: fitted.kScores,
    },
  };
}

/** The options as run.json records them (functions left out). */
export function runJsonOptions(options: RunOptions): Record<string, unknown> {
  return { read: { ...options.read, onProgress: undefined, onIssue: undefined, onPaper: undefined }, engine: options.engine ?? {}, trends: options.trends ?? {}, embeddings: options.embeddings };
}
