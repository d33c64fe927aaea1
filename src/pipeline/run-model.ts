/**
 * The model of a run folder as `serve` shows it. An ordinary run's model.json
 * holds every paper. A scaled run's model.json holds only its fit sample (25,000
 * papers); its corpus is in the transform parts listed in run.json, so the
 * served model is rebuilt from them (store/model-from-parts.ts): the dashboard
 * then lists, searches and counts every paper, not the sample.
 */
import path from 'node:path';
import { modelFromParts, runParts } from '../store/index.js';
import { ModelError } from '../model/index.js';
import { loadModel, type TopicModel } from '../model/index.js';

/** model.json, with a scaled run's papers taken from its parts. */
export async function loadRunModel(modelFile: string): Promise<TopicModel> {
  const model = await loadModel(modelFile);
  const parts = runParts(path.dirname(modelFile));
  if (parts.length === 0) return model;
  try {
    return await modelFromParts(model, parts);
  } catch (err) {
    throw new ModelError(`${modelFile}: a scaled run, but its parts cannot be served: ${(err as Error).message}`);
  }
}
