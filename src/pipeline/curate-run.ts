/**
 * `topictrends curate` as a pipeline: a run folder → the same run with a
 * person's renames, merges, splits and hidden topics, written as a complete run
 * folder (tables, trends, charts, report, model.json, model/) plus
 * curation.json, staged and swapped in whole like `reduce`'s — in place when
 * no other folder is given. The dashboard's rename (serve --edit) comes here too.
 * On a scaled run the edits are made on the fit sample (model.json, the
 * estimator) and every paper of the parts follows them (curate-parts.ts).
 */
import path from 'node:path';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { applyCuratedNames, curationIds, writeCuration, type Curation, type TopicModel, type TrendOptions } from '../model/index.js';
import { readCuration, validateOptions, CURATE_SPECS, CURATION_FILE } from '../model/index.js';
import { mergeTopics, rebuildTree, splitTopic, type EstimatorState, type TopicEstimator } from '../estimator/index.js';
import { ABSTRACTS_FILE, copyAbstracts, partFiles } from '../store/index.js';
import { StageClock } from '../util/index.js';
import { openRun, type OpenedRun } from './open-run.js';
import { curateParts } from './curate-parts.js';
import { checkEdits, type CurateEdits } from './curate-checks.js';
import { recordEdits } from './curate-record.js';
import { writeRun } from './run-folder.js';
import type { TableFormat } from '../tables/index.js';

export interface CurateRunOptions {
  /** model.json of the run to curate. */
  model: string;
  edits: CurateEdits;
  /** Folder to write; default: the model's own folder, rewritten atomically. */
  out?: string;
  /** Trend options; default: those the run was made with (its run.json). */
  trends?: TrendOptions;
  report?: boolean;
  /** Table files: csv, parquet, or both; default: those the run has. */
  tables?: TableFormat;
  /** The time recorded for each edit in curation.json (tests pin it). */
  now?: Date;
}

export interface CuratedRun {
  dir: string;
  /** model.json: every paper of an in-memory run, the fit sample of a scaled one. */
  model: TopicModel;
  state: EstimatorState;
  curation: Curation;
  /** The trend options the run was made with. */
  trends: TrendOptions;
  /** The table files the run has (csv, parquet or both). */
  tables: TableFormat;
  /** The run as opened (a scaled run's parts) and its estimator. */
  opened: OpenedRun;
  estimator: TopicEstimator;
}

/**
 * A run folder opened for curation: its model, estimator, curation and trend options.
 * Runs are opened by openRun, as every command's are.
 */
export async function openCuratedRun(modelFile: string): Promise<CuratedRun> {
  const run = await openRun(modelFile);
  const [estimator, curation] = await Promise.all([run.estimator(), readCuration(run.dir)]);
  return {
    dir: run.dir, model: run.saved, state: estimator.parts!.state, curation, trends: await runTrendOptions(run.dir), tables: runTableFormat(run.dir),
    opened: run, estimator,
  };
}

/** `model` is model.json's: every paper of an in-memory run, the fit sample of a `scaled` one (with the corpus's topic sizes). */
export async function runCurate(options: CurateRunOptions): Promise<{ model: TopicModel; curation: Curation; files: string[]; scaled: boolean }> {
  // A library caller's edits are held to the same rows as the CLI's flags.
  validateOptions(options.edits, CURATE_SPECS);
  const run = await openCuratedRun(options.model);
  const { edits } = options;
  checkEdits(run.model, run.state, edits);
  let { model, state } = run;
  for (const ids of edits.merges) ({ model, state } = mergeTopics(model, state, ids));
  const splitInto: number[][] = [];
  let next = 1 + Math.max(-1, ...model.topics.map((t) => t.id), ...state.topicIds, ...curationIds(run.curation), ...edits.merges.flat());
  for (const { topic, n } of edits.splits) {
    const split = splitTopic(model, state, topic, n, next);
    ({ model, state } = split);
    splitInto.push(split.into);
    next += n;
  }
  // Merged and split topics need their place in the tree (so `reduce` can cut it), from the estimator's centroids.
  if (edits.merges.length || edits.splits.length) rebuildTree(model, state);
  const curation = recordEdits(run.curation, edits, splitInto, (options.now ?? new Date()).toISOString());
  model = applyCuratedNames(model, curation, path.join(run.dir, CURATION_FILE));
  const trends = options.trends ?? run.trends;
  const clock = new StageClock();
  const written = await writeRun(options.out ?? run.dir, { trends, report: options.report, tables: options.tables ?? run.tables, clock }, async (dir) => {
    const files = [...(await writeCuration(dir, curation))];
    const { scaled, partsBin, papers } = run.opened;
    let parts: string[] | undefined;
    if (scaled) {
      parts = await curateParts(run.opened, dir, { edits, splitInto, estimator: run.estimator, state });
      files.push(...partFiles(parts, dir));
    } else if (await copyAbstracts(run.dir, dir)) files.push(ABSTRACTS_FILE);
    return {
      model, state, files, parts, partsBin,
      about: {
        params: scaled ? { ...model.params, bin: partsBin, fitSample: model.papers.length } : model.params,
        curatedFrom: { model: options.model, topics: run.model.topics.length },
        options: { trends },
        inputs: model.corpus.inputs,
        // Papers in = analysed + skipped, as the run read them; a scaled run is known by its transformed count (store/parts.ts runParts).
        counts: { ...readCounts(model), papers, ...(scaled ? { transformed: papers } : {}), hidden: model.topics.filter((t) => t.hidden).length },
      },
    };
  });
  return { model: written.model, curation, files: written.files, scaled: run.opened.scaled };
}

/** The read, kept, skipped and filtered counts of the corpus the run was made from (none for a model saved without them). */
function readCounts(model: TopicModel) {
  const read = model.corpus.read;
  return read ? { read: read.read, kept: read.kept, skipped: read.skipped, filtered: read.filtered } : {};
}

/** Which table files a run folder holds, judged by documents.csv and documents.parquet. */
function runTableFormat(dir: string): TableFormat {
  const csv = existsSync(path.join(dir, 'documents.csv'));
  return existsSync(path.join(dir, 'documents.parquet')) ? (csv ? 'both' : 'parquet') : 'csv';
}

/** The trend options in a run folder's run.json (none when it has no readable one). */
async function runTrendOptions(dir: string): Promise<TrendOptions> {
  try {
    const json = JSON.parse(await readFile(path.join(dir, 'run.json'), 'utf8')) as { options?: { trends?: TrendOptions } };
    return json.options?.trends ?? {};
  } catch {
    return {};
  }
}
