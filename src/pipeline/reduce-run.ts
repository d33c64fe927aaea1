/**
 * `topictrends reduce` as a pipeline: saved model → n topics → the complete run
 * folder (tables, trends, model.json, model/, charts, report, run.json), staged
 * and swapped in like `run`'s. The estimator keeps every fitted centroid; each
 * now answers for the merged topic it went into, so `update` on a reduced
 * folder places new papers in the merged topics.
 */
import path from 'node:path';
import { loadModel, type TopicModel } from '../model/index.js';
import { ABSTRACTS_FILE, copyAbstracts } from '../store/index.js';
import { reduceTopics } from '../estimator/index.js';
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
  const source = await loadModel(options.model);
  const state = await loadEstimator(path.dirname(options.model));
  if (options.themes) source.themes = options.themes;
  const model = reduceTopics(source, options.to);
  const merged = new Map<number, number>();
  for (const p of model.papers) if (p.subtopic !== undefined) merged.set(p.subtopic, p.topic);
  // Rows keep their fine topic (the finest, when reducing a reduced model) for the papers `update` places later.
  const fine = state.fineTopicIds ?? state.topicIds;
  const reducedState = { ...state, topicIds: fine.map((id, r) => merged.get(id) ?? state.topicIds[r]), fineTopicIds: fine };
  return withRunFolder(options.out, async (dir) => {
    const clock = new StageClock();
    const { trends, files } = await writeRunFolder(dir, model, reducedState, options, clock);
    if (await copyAbstracts(path.dirname(options.model), dir)) files.push(ABSTRACTS_FILE);
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
