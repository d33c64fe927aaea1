/**
 * `openRun(fileOrDir)`: THE way a command opens a run folder (serve, trends,
 * report, reduce, update, transform, aggregate, curate). It accepts `DIR` or
 * `DIR/model.json`; a missing or invalid one is a ModelError (exit 3) naming
 * the file.
 *
 * An in-memory run's model.json holds every paper. A scaled run's holds only
 * its fit sample; its corpus is in the transform parts listed in run.json, so
 * `model()` rebuilds the model of every paper from them
 * (store/model-from-parts.ts) — only when asked, since trends, reduce and
 * update read the parts through SQL and never need every paper in the heap.
 *
 *   const run = await openRun('out');          // or 'out/model.json'
 *   run.saved                                  // model.json as saved
 *   await run.model()                          // every paper (built once)
 *   await run.estimator()                      // to place new papers
 *   run.scaled, run.parts                      // parts of a scaled run ([] otherwise)
 */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { modelFromParts, runParts } from '../store/index.js';
import { ModelError, loadModel, type TopicModel } from '../model/index.js';
import { TopicEstimator } from '../estimator/index.js';
import type { BinUnit } from '../trends/index.js';

export interface OpenedRun {
  /** The run folder. */
  dir: string;
  /** Its model.json. */
  modelFile: string;
  /** model.json as saved: every paper of an in-memory run, the fit sample of a scaled one. */
  saved: TopicModel;
  /** True when the run's papers are in transform parts (`run` above --scale-threshold). */
  scaled: boolean;
  /** The parts of a scaled run, as run.json lists them; [] for an in-memory run. */
  parts: string[];
  /** The bin of a scaled run's parts (run.json params.bin); undefined for an in-memory run. */
  partsBin?: BinUnit;
  /** Papers in the run: model.json's, or a scaled run's parts' (run.json counts.transformed). */
  papers: number;
  /** The model with every paper: `saved`, or for a scaled run rebuilt from the parts (once). */
  model(): Promise<TopicModel>;
  /** The saved estimator (model/ beside model.json), loaded on first use. */
  estimator(): Promise<TopicEstimator>;
}

/** The model.json meant: a `.json` path or an existing file is the model file itself; anything else is a run folder. */
export async function modelFileOf(fileOrDir: string): Promise<string> {
  if (fileOrDir.toLowerCase().endsWith('.json')) return fileOrDir;
  const isFile = await stat(fileOrDir).then((s) => s.isFile(), () => false);
  return isFile ? fileOrDir : path.join(fileOrDir, 'model.json');
}

/** Open the run at `fileOrDir` (a run folder or its model.json). */
export async function openRun(fileOrDir: string): Promise<OpenedRun> {
  const modelFile = await modelFileOf(fileOrDir);
  const dir = path.dirname(modelFile);
  const saved = await loadModel(modelFile);
  const parts = runParts(dir);
  // Every command would fail on a lost part halfway through its work (ENOENT, exit 1): say so first, naming it.
  const lost = parts.find((p) => !existsSync(p));
  if (lost) throw new ModelError(`${modelFile}: a scaled run, but its part ${lost} (listed in run.json) is missing`);
  const scaled = parts.length > 0 ? await scaledRunOf(dir) : undefined;
  let all: Promise<TopicModel> | undefined;
  let est: Promise<TopicEstimator> | undefined;
  return {
    dir,
    modelFile,
    saved,
    scaled: parts.length > 0,
    parts,
    partsBin: scaled?.bin,
    papers: scaled?.papers ?? saved.papers.length,
    model: () => (all ??= parts.length === 0 ? Promise.resolve(saved) : rebuilt(modelFile, saved, parts)),
    estimator: () => (est ??= TopicEstimator.load(modelFile).catch((err: Error) => { throw err instanceof ModelError ? err : new ModelError(`${modelFile}: ${err.message}`); })),
  };
}

async function rebuilt(modelFile: string, saved: TopicModel, parts: string[]): Promise<TopicModel> {
  try {
    return await modelFromParts(saved, parts);
  } catch (err) {
    throw new ModelError(`${modelFile}: a scaled run, but its parts cannot be read: ${(err as Error).message}`);
  }
}

/** A scaled run's bin and papers, as its run.json records them (runParts has read it already). */
async function scaledRunOf(dir: string): Promise<{ bin?: BinUnit; papers: number }> {
  const run = JSON.parse(await readFile(path.join(dir, 'run.json'), 'utf8')) as { params?: { bin?: BinUnit }; counts: { transformed: number } };
  return { bin: run.params?.bin, papers: run.counts.transformed };
}

/** The model of a run folder with every paper (what `serve` shows); kept for existing callers of the library. */
export async function loadRunModel(modelFile: string): Promise<TopicModel> {
  return (await openRun(modelFile)).model();
}
