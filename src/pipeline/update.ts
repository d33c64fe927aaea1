/**
 * `topictrends update`: add new papers to a saved model without re-clustering.
 * Papers whose id the model already holds are skipped and counted (so the same
 * update twice adds nothing); the rest are placed by the frozen estimator, the
 * novel ones flagged and, where they form a dense group, given a new topic; the
 * result is a complete run folder covering old and new papers.
 */
import path from 'node:path';
import { stat } from 'node:fs/promises';
import { openAbstracts, writeAbstracts } from '../store/index.js';
import { readCorpus, type ReadOptions, type ReadReport } from '../corpus/index.js';
import { combineReports } from '../corpus/index.js';
import { TopicEstimator, sortById } from '../estimator/index.js';
import { extendModel, type NoveltyOptions } from '../estimator/index.js';
import type { NoveltyGroup } from '../topics/index.js';
import type { Theme } from '../trends/index.js';
import { StageClock, peakRssMb, silentProgress, type Progress } from '../util/index.js';
import { readCuration, writeCuration, type TopicModel } from '../model/index.js';
import type { TrendOptions } from '../model/index.js';
import { writeRunFolder, writeRunJson } from './run-folder.js';
import type { TrendTables } from '../analysis/index.js';
import { withRunFolder } from '../util/index.js';

export interface UpdateOptions {
  /** model.json (or its folder) written by `run` or an earlier `update`. */
  model: string;
  inputs: string[];
  read?: ReadOptions;
  trends?: TrendOptions;
  /** Themes to track instead of the model's own. */
  themes?: Theme[];
  novelty?: NoveltyOptions;
  out: string;
  report?: boolean;
  progress?: Progress;
}

export interface UpdateResult {
  model: TopicModel;
  trends: TrendTables;
  read: ReadReport;
  /** New papers whose id the model already had (skipped). */
  alreadyInModel: number;
  added: number;
  novel: number;
  groups: NoveltyGroup[];
  seconds: Record<string, number>;
  files: string[];
  peakRssMb: number;
}

/** Written like `run`: staged, then swapped in whole (util/staged-folder.ts); `out` may be the old model's folder. */
export async function updatePipeline(options: UpdateOptions): Promise<UpdateResult> {
  return withRunFolder(options.out, (dir) => updateInto(dir, options));
}

async function updateInto(dir: string, options: UpdateOptions): Promise<UpdateResult> {
  const clock = new StageClock(options.progress ?? silentProgress);
  const estimator = await clock.time('load', () => TopicEstimator.load(options.model));
  const old = estimator.model!;
  const { papers, report: read } = await clock.time('read', (progress) =>
    readCorpus(options.inputs, { ...options.read, onProgress: (done, total) => progress.update(done, total) }),
  );
  const known = new Set(old.papers.map((p) => p.id));
  const fresh = sortById(papers.filter((p) => !known.has(p.id)));
  const batch = await clock.time('transform', () => estimator.transformBatch(fresh));
  const { model, state, groups } = extendModel(old, estimator.parts!.state, fresh, batch, options.novelty);
  if (options.themes) model.themes = options.themes;
  const alreadyInModel = papers.length - fresh.length;
  model.corpus = { inputs: [...old.corpus.inputs, ...options.inputs], read: old.corpus.read && combineReports(old.corpus.read, read, alreadyInModel) };

  const { trends, files } = await writeRunFolder(dir, model, state, options, clock);
  // The model carries the curated names and merges; the record of them goes along.
  // `model` may name the folder or its model.json.
  const modelDir = (await stat(options.model)).isDirectory() ? options.model : path.dirname(options.model);
  files.push(...(await writeCuration(dir, await readCuration(modelDir))));
  // The old papers' abstracts carried over (when the old folder has them), then the new ones.
  const oldAbstracts = await openAbstracts(modelDir);
  if (oldAbstracts) {
    const carried = [...oldAbstracts.entries()];
    oldAbstracts.close();
    files.push(await writeAbstracts(dir, [...carried, ...fresh.map((p) => [p.id, p.abstract] as [string, string])]));
  }
  const novel = batch.placements.filter((p) => p.novel).length;
  const result = { model, trends, read, alreadyInModel, added: fresh.length, novel, groups, seconds: clock.seconds, files, peakRssMb: peakRssMb() };
  await writeRunJson(dir, {
    params: model.params,
    update: { from: options.model, inputs: options.inputs, read: read.read, kept: read.kept, skipped: read.skipped, filtered: read.filtered, alreadyInModel: result.alreadyInModel, added: result.added, novel, newTopics: groups.map((g) => g.topic) },
    options: { trends: options.trends ?? {}, novelty: options.novelty ?? {} },
    counts: { papers: model.papers.length, topics: model.topics.length, periods: trends.periods.length, undated: trends.undated },
    bin: trends.bin,
    skipped: trends.skipped,
    notes: trends.notes,
    seconds: clock.seconds,
    peakRssMb: result.peakRssMb,
    files,
  });
  return result;
}
