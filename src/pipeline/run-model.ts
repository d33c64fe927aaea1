/**
 * The model of a run folder as `serve` shows it. An ordinary run's model.json
 * holds every paper. A scaled run's model.json holds only its fit sample (25,000
 * papers); its corpus is in the transform parts listed in run.json, so the
 * served model is rebuilt from them (store/model-from-parts.ts): the dashboard
 * then lists, searches and counts every paper, not the sample.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { modelFromParts } from '../store/index.js';
import { ModelError } from './errors.js';
import { loadModel, type TopicModel } from './model.js';

/** The parts of the scaled run in `dir` (from its run.json), or [] for an ordinary run. */
export function scaledRunParts(dir: string): string[] {
  const file = path.join(dir, 'run.json');
  if (!existsSync(file)) return [];
  let run: { counts?: { transformed?: number }; files?: unknown };
  try {
    run = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return [];
  }
  if (!run.counts?.transformed || !Array.isArray(run.files)) return [];
  return run.files.filter((f): f is string => typeof f === 'string' && /^parts\/.*\.parquet$/.test(f)).map((f) => path.join(dir, f));
}

/** model.json, with a scaled run's papers taken from its parts. */
export async function loadRunModel(modelFile: string): Promise<TopicModel> {
  const model = await loadModel(modelFile);
  const parts = scaledRunParts(path.dirname(modelFile));
  if (parts.length === 0) return model;
  try {
    return await modelFromParts(model, parts);
  } catch (err) {
    throw new ModelError(`${modelFile}: a scaled run, but its parts cannot be served: ${(err as Error).message}`);
  }
}
