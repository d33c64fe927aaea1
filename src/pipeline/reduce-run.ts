/**
 * `topictrends reduce` as a pipeline: saved model → n topics → the complete run
 * folder (tables, trends, model.json, model/, charts, report, run.json), staged
 * and swapped in like `run`'s. The estimator keeps every fitted centroid; each
 * now answers for the merged topic it went into, so `update` on a reduced
 * folder places new papers in the merged topics. A curated run is reduced too
 * (estimator/reduce-curated.ts), its names kept where a topic comes through whole.
 */
import path from 'node:path';
import { loadModel, type TopicModel } from '../model/index.js';
import { CURATION_FILE, applyCuratedNames, readCuration, reduceCuration, writeCuration } from '../model/index.js';
import { ABSTRACTS_FILE, copyAbstracts } from '../store/index.js';
import { reduceRun } from '../estimator/index.js';
import type { TrendTables } from '../analysis/index.js';
import type { TrendOptions } from '../model/index.js';
import type { Theme } from '../trends/index.js';
import { loadEstimator } from '../estimator/index.js';
import { writeRunFolder, writeRunJson } from './run-folder.js';
import { withRunFolder } from '../util/index.js';
import { StageClock } from '../util/index.js';

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
  const sourceDir = path.dirname(options.model);
  const [source, state, curation] = await Promise.all([loadModel(options.model), loadEstimator(sourceDir), readCuration(sourceDir)]);
  if (options.themes) source.themes = options.themes;
  const reduced = reduceRun(source, state, options.to);
  // Curated names and hidden flags follow the topics that come through whole (model/carry-curation.ts).
  const carried = reduceCuration(curation, reduced.members);
  const model = applyCuratedNames(reduced.model, carried, path.join(options.out, CURATION_FILE));
  const reducedState = reduced.state;
  return withRunFolder(options.out, async (dir) => {
    const clock = new StageClock();
    const { trends, files } = await writeRunFolder(dir, model, reducedState, options, clock);
    if (await copyAbstracts(sourceDir, dir)) files.push(ABSTRACTS_FILE);
    files.push(...(await writeCuration(dir, carried)));
    await writeRunJson(dir, {
      params: model.params,
      reducedFrom: { model: options.model, topics: source.topics.length },
      options: { to: options.to, trends: options.trends ?? {} },
      inputs: model.corpus.inputs,
      counts: { papers: model.papers.length, topics: model.topics.length, periods: trends.periods.length, undated: trends.undated },
      quality: model.quality,
      seconds: clock.seconds,
      files,
    });
    return { model, trends, files };
  });
}
