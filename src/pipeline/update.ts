/**
 * `topictrends update`: add new papers to a saved model without re-clustering.
 * Papers whose id the model already holds are skipped and counted (so the same
 * update twice adds nothing); the rest are placed by the frozen estimator, the
 * novel ones flagged and, where they form a dense group, given a new topic; the
 * result is a complete run folder covering old and new papers.
 */
import path from 'node:path';
import { openAbstracts, writeAbstracts, partIds, nextPartName, partFiles, PartWriter, partRows, type PartIdentity } from '../store/index.js';
import { readCorpus, type Paper, type ReadOptions, type ReadReport } from '../corpus/index.js';
import { combineReports } from '../corpus/index.js';
import { TopicEstimator, sortById } from '../estimator/index.js';
import { extendModel, rebuildTree, type NoveltyOptions } from '../estimator/index.js';
import type { NoveltyGroup } from '../topics/index.js';
import { chooseBin, type BinUnit, type Theme } from '../trends/index.js';
import { StageClock, silentProgress, type Progress } from '../util/index.js';
import { readCuration, writeCuration, type TopicModel } from '../model/index.js';
import type { TrendOptions } from '../model/index.js';
import { writeRun } from './run-folder.js';
import type { TrendTables } from '../analysis/index.js';
import { openRun, type OpenedRun } from './open-run.js';
import { carryRunParts } from './carry-run-parts.js';
import { refitAdvice, type RefitAdvice } from './refit-advice.js';

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
  /** Papers in the updated run (a scaled run's model.json holds only its fit sample and the added papers). */
  papers: number;
  groups: NoveltyGroup[];
  /** New papers whose text has no analysable term (placed, but all alike). */
  noTerms: string[];
  /** The auto bin the new dates moved the model to (e.g. one 1990 paper: month → year). */
  binChange?: { from: BinUnit; to: BinUnit; message: string };
  /** Set when updates since the fit added a tenth or more of its papers (refit-advice.ts). */
  refit?: RefitAdvice;
  seconds: Record<string, number>;
  files: string[];
  peakRssMb: number;
}

/**
 * Written like `run` (writeRun: staged, then swapped in whole); `out` may be
 * the old model's folder. On a scaled run every old paper stays: the old
 * parts are carried over, the new papers become one more part (placed by the
 * fit-sample estimator, extended for them), and the tables come from all parts.
 */
export async function updatePipeline(options: UpdateOptions): Promise<UpdateResult> {
  const clock = new StageClock(options.progress ?? silentProgress);
  // The model is opened inside the writer, under its lock: a second update into the same folder waits,
  // then reads the first one's result (opened before the lock, it lost the first update's 200 papers).
  const written = await writeRun(options.out, { ...options, clock }, async (dir) => {
    const run = await clock.time('load', () => openRun(options.model));
    return updateInto(dir, run, await run.estimator(), options, clock);
  });
  const { read, alreadyInModel, added, novel, groups, papers, noTerms, binChange, refit } = written.contents;
  return { model: written.model, trends: written.trends, read, alreadyInModel, added, novel, groups, papers, noTerms, binChange, refit, seconds: clock.seconds, files: written.files, peakRssMb: written.peakRssMb };
}

async function updateInto(dir: string, run: OpenedRun, estimator: TopicEstimator, options: UpdateOptions, clock: StageClock) {
  const old = estimator.model!;
  const { papers, report: read } = await clock.time('read', (progress) =>
    readCorpus(options.inputs, { ...options.read, onProgress: (done, total) => progress.update(done, total) }),
  );
  const known = run.scaled ? await partIds(run.parts) : new Set(old.papers.map((p) => p.id));
  const fresh = sortById(papers.filter((p) => !known.has(p.id)));
  const batch = await clock.time('transform', () => estimator.transformBatch(fresh));
  const { model, state, groups } = extendModel(old, estimator.parts!.state, fresh, batch, options.novelty);
  if (options.themes) model.themes = options.themes;
  // New topics need a place in the tree (the old one has neither them nor node ids clear of theirs).
  if (groups.length) rebuildTree(model, state);
  const alreadyInModel = papers.length - fresh.length;
  model.corpus = { inputs: [...old.corpus.inputs, ...options.inputs], read: old.corpus.read && combineReports(old.corpus.read, read, alreadyInModel) };
  const files: string[] = [];
  let parts: string[] | undefined;
  if (run.scaled) {
    // New topics change the estimator: the old parts are then stamped with its fingerprint, as the new part is.
    const carried = await carryRunParts(run, dir, state);
    parts = carried.parts;
    if (fresh.length > 0) parts.push(await writeNewPart(path.join(dir, 'parts', nextPartName(parts)), model, fresh, batch.docs, { ...carried.stamp, inputs: options.inputs }));
    files.push(...partFiles(parts, dir));
  } else {
    // The old papers' abstracts carried over (when the old folder has them), then the new ones (always:
    // a model without abstracts.tsv lost the new papers' snippets too).
    const oldAbstracts = await openAbstracts(run.dir);
    const carried = oldAbstracts ? [...oldAbstracts.entries()] : [];
    oldAbstracts?.close();
    files.push(await writeAbstracts(dir, [...carried, ...fresh.map((p) => [p.id, p.abstract] as [string, string])]));
  }
  // The model carries the curated names and merges; the record of them goes along.
  files.push(...(await writeCuration(dir, await readCuration(run.dir))));
  const novel = batch.placements.filter((p) => p.novel).length;
  const noTerms = fresh.filter((_, i) => batch.docs.terms[i].length === 0).map((p) => p.id);
  const binChange = run.scaled ? undefined : autoBinChange(old, model, options.trends);
  const transformed = run.scaled ? run.papers + fresh.length : undefined;
  // A scaled run placed most of its papers by transform at fit time, from the same corpus: not counted.
  const refit = run.scaled ? undefined : refitAdvice(state.ids.length, model.papers.length, options.model);
  return {
    model, state, parts, partsBin: run.partsBin, files, read, alreadyInModel, added: fresh.length, novel, groups, noTerms, binChange, refit, papers: transformed ?? model.papers.length,
    about: {
      params: run.scaled ? { ...model.params, bin: run.partsBin, fitSample: old.papers.length } : model.params,
      update: { from: options.model, inputs: options.inputs, read: read.read, kept: read.kept, skipped: read.skipped, filtered: read.filtered, alreadyInModel, added: fresh.length, novel, newTopics: groups.map((g) => g.topic) },
      options: { trends: options.trends ?? {}, novelty: options.novelty ?? {} },
      counts: { read: read.read, kept: read.kept, skipped: read.skipped, filtered: read.filtered, papers: transformed ?? model.papers.length, ...(run.scaled ? { transformed } : {}) },
      ...(binChange ? { binChange } : {}),
      ...(refit ? { refit } : {}),
      ...(noTerms.length ? { noTerms } : {}),
    },
  };
}

/** The new papers as one more part: their rows as the extended model placed them (new topics, novel flags), terms and abstracts. */
async function writeNewPart(file: string, model: TopicModel, fresh: readonly Paper[], docs: { terms: Int32Array[]; tokens: Int32Array[] }, identity: PartIdentity): Promise<string> {
  const placed = new Map(model.papers.map((p) => [p.id, p]));
  const writer = new PartWriter(file, identity);
  writer.append(fresh, partRows(fresh.map((p) => placed.get(p.id)!), identity.bin), docs.terms, docs.tokens);
  await writer.close();
  return file;
}

/** The auto bin the new papers' dates moved an in-memory model to (one 1990 paper: month → year), said rather than done silently. */
function autoBinChange(old: TopicModel, model: TopicModel, trends?: TrendOptions): UpdateResult['binChange'] {
  if (trends?.bin && trends.bin !== 'auto') return undefined;
  const from = chooseBin(old.papers.map((p) => p.date));
  const to = chooseBin(model.papers.map((p) => p.date));
  return from === to ? undefined : { from, to, message: `the new papers' dates moved the auto bin from ${from} to ${to} (pass --bin ${from} to keep it)` };
}
