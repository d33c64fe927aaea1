/**
 * A scaled run's parts carried into the folder `update`, `reduce` or `curate`
 * writes. Each part records the fingerprint of the estimator that placed its
 * papers (store/part-identity.ts), and `aggregate` refuses parts of another
 * model. A merge, a split, a reduce or an update's new topics change the
 * estimator, so its fingerprint changes: the parts are then rewritten (their
 * rows mapped, when asked) and stamped with the new one. When nothing changed
 * (a rename, a hide, an update without new topics) they are hard-linked as they
 * are. The estimator is saved into the staging folder first to fingerprint it;
 * writeRun saves the same state again, byte for byte.
 */
import { saveEstimator, type EstimatorState } from '../estimator/index.js';
import { carryParts, modelFingerprint, type PartIdentity, type PartsRewrite } from '../store/index.js';
import type { OpenedRun } from './open-run.js';

export async function carryRunParts(run: OpenedRun, dir: string, state: EstimatorState, mapRows?: PartsRewrite['mapRows']): Promise<{ parts: string[]; stamp: PartIdentity }> {
  await saveEstimator(dir, state);
  const stamp = { model: await modelFingerprint(dir), bin: run.partsBin ?? 'month', inputs: run.saved.corpus.inputs };
  const unchanged = !mapRows && (await modelFingerprint(run.dir)) === stamp.model;
  const parts = unchanged ? await carryParts(run.parts, dir) : await carryParts(run.parts, dir, { mapRows: mapRows ?? ((rows) => rows), stamp });
  return { parts, stamp };
}
