/**
 * A scaled run's parts carried, relabelled, into the folder `reduce` or
 * `curate` writes. Both change the estimator (a merged topic's centroids
 * answer for the topic it went into, a split adds centroids), so its
 * fingerprint changes and the parts must say they are the new model's, or
 * `aggregate` would refuse them as another model's (store/part-identity.ts).
 * The estimator is saved into the staging folder first to fingerprint it;
 * writeRun saves the same state again, byte for byte.
 */
import { saveEstimator, type EstimatorState } from '../estimator/index.js';
import { carryParts, modelFingerprint, type PartsRewrite } from '../store/index.js';
import type { OpenedRun } from './open-run.js';

export async function relabelParts(run: OpenedRun, dir: string, state: EstimatorState, mapRows: PartsRewrite['mapRows']): Promise<string[]> {
  await saveEstimator(dir, state);
  const stamp = { model: await modelFingerprint(dir), bin: run.partsBin ?? 'month', inputs: run.saved.corpus.inputs };
  return carryParts(run.parts, dir, { mapRows, stamp });
}
