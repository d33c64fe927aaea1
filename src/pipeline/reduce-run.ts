/**
 * `topictrends reduce` as a pipeline: saved model → n topics → the complete run
 * folder (tables, trends, model.json, model/, charts, report, run.json), staged
 * and swapped in like `run`'s. The estimator keeps every fitted centroid; each
 * now answers for the merged topic it went into, so `update` on a reduced
 * folder places new papers in the merged topics. On a scaled run the topics
 * are merged on the fit sample (model.json) and every paper of the parts is
 * relabelled through the same merge map (docs/scaling.md). A curated run's
 * names and hidden flags stay on the topics that come through whole.
 */
import path from 'node:path';
import type { TopicModel } from '../model/index.js';
import { CURATION_FILE, applyCuratedNames, readCuration, reduceCuration, writeCuration } from '../model/index.js';
import { ABSTRACTS_FILE, copyAbstracts, partFiles } from '../store/index.js';
import { reduceTopics } from '../estimator/index.js';
import type { TrendTables } from '../analysis/index.js';
import type { TrendOptions } from '../model/index.js';
import type { Theme } from '../trends/index.js';
import { writeRun } from './run-folder.js';
import { StageClock } from '../util/index.js';
import { openRun } from './open-run.js';
import { carryRunParts } from './carry-run-parts.js';

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
  const clock = new StageClock();
  const run = await openRun(options.model);
  const source = run.saved;
  const state = (await run.estimator()).parts!.state;
  if (options.themes) source.themes = options.themes;
  const reduced = reduceTopics(source, options.to);
  // Each topic before → the merged topic it went into (reduceTopics keeps the papers' order).
  const merged = new Map<number, number>(source.papers.map((p, i) => [p.topic, reduced.papers[i].topic]));
  // Curated names and hidden flags follow the topics that come through whole (model/carry-curation.ts).
  const members = new Map<number, number[]>();
  for (const [before, after] of [...merged].sort((a, b) => a[0] - b[0])) members.set(after, [...(members.get(after) ?? []), before]);
  const curation = reduceCuration(await readCuration(run.dir), members);
  const model = applyCuratedNames(reduced, curation, path.join(run.dir, CURATION_FILE));
  const mergedId = (t: number) => merged.get(t) ?? t;
  // Rows keep their fine topic (the finest, when reducing a reduced model) for the papers `update` places later.
  const fine = state.fineTopicIds ?? state.topicIds;
  const reducedState = { ...state, topicIds: state.topicIds.map(mergedId), fineTopicIds: fine };
  const written = await writeRun(options.out, { ...options, clock }, async (dir) => {
    const files: string[] = [...(await writeCuration(dir, curation))];
    let parts: string[] | undefined;
    if (run.scaled) {
      // Every paper relabelled: each part rewritten with its merged topic, the topic before kept as subtopic.
      ({ parts } = await carryRunParts(run, dir, reducedState, (rows) => rows.map((r) => ({ ...r, topic: mergedId(r.topic), subtopic: r.subtopic ?? r.topic }))));
      files.push(...partFiles(parts, dir));
    } else if (await copyAbstracts(run.dir, dir)) {
      files.push(ABSTRACTS_FILE);
    }
    const papers = run.papers;
    return {
      model, state: reducedState, parts, partsBin: run.partsBin, files,
      about: {
        params: run.scaled ? { ...model.params, bin: run.partsBin, fitSample: model.papers.length } : model.params,
        reducedFrom: { model: options.model, topics: source.topics.length },
        options: { to: options.to, trends: options.trends ?? {} },
        inputs: model.corpus.inputs,
        counts: { papers, ...(run.scaled ? { transformed: papers } : {}) },
      },
    };
  });
  return { model: written.model, trends: written.trends, files: written.files.filter((f) => f !== 'run.json') };
}
