/**
 * Worker-thread entry for {@link ProductPool}: waits for a request in the shared
 * control array, computes its rows of the product into the shared output, and says
 * so. Runs only from the compiled dist/ file.
 */
import { workerData } from 'node:worker_threads';
import { multiplyDenseRows } from '../vectorize/index.js';
import { SLOT, type PoolShared } from './product-pool.js';

const { mats, b64, b32, out, ctrl } = workerData as PoolShared;
for (let seen = 0; ; ) {
  Atomics.wait(ctrl, SLOT.seq, seen);
  const seq = Atomics.load(ctrl, SLOT.seq);
  if (seq < 0) break;
  if (seq === seen) continue;
  seen = seq;
  const X = mats[ctrl[SLOT.mat]];
  const cols = ctrl[SLOT.cols];
  const B = (ctrl[SLOT.kind] ? b32 : b64).subarray(0, X.nCols * cols);
  multiplyDenseRows(X, B, cols, out, ctrl[SLOT.from], X.nRows);
  Atomics.store(ctrl, SLOT.done, seq);
  Atomics.notify(ctrl, SLOT.done);
}
