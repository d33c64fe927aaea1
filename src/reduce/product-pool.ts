/**
 * Sparse × dense products split by rows between this thread and one worker, for the
 * randomized SVD's power iterations: 12 of them at 52,852 papers spend about 1.1 s
 * each on the two products, on one core while the other idles. Rows are cut where
 * half the stored values lie and every row is computed as `multiplyDense` computes it
 * (vectorize/csr.ts multiplyDenseRows), so the product is the same bit for bit with
 * or without the worker. `multiply` blocks (Atomics.wait) while the worker finishes
 * its half, so callers stay synchronous. Without the compiled worker file (tests run
 * from the TypeScript sources), on one core, or on a matrix too small to repay starting
 * a worker (tens of ms), products run in this thread.
 */
import fs from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { multiplyDense, multiplyDenseRows, type CsrMatrix, type DenseMatrix } from '../vectorize/index.js';

/** Stored values below which one thread does the products: at 100,000 a product takes ~10 ms. */
export const PARALLEL_MIN_NNZ = 100_000;

/** Slots of the shared control array: request number, matrix, columns, operand kind, first worker row, done number. */
export const SLOT = { seq: 0, mat: 1, cols: 2, kind: 3, from: 4, done: 5 } as const;

/** The buffers a worker is started with (see product-worker.ts). */
export interface PoolShared {
  mats: CsrMatrix[];
  b64: Float64Array;
  b32: Float32Array;
  out: Float64Array;
  ctrl: Int32Array;
}

const shared = <T extends Int32Array | Float32Array | Float64Array>(a: T): T => {
  const copy = new (a.constructor as new (b: SharedArrayBuffer) => T)(new SharedArrayBuffer(a.byteLength));
  copy.set(a);
  return copy;
};

export class ProductPool {
  private readonly mats: CsrMatrix[];
  private readonly worker?: Worker;
  private readonly buffers?: PoolShared;
  private seq = 0;

  /** `maxCols`: the widest dense operand `multiply` will be given. */
  constructor(mats: CsrMatrix[], maxCols: number, minNnz = PARALLEL_MIN_NNZ) {
    const workerUrl = new URL('./product-worker.js', import.meta.url);
    const small = Math.max(...mats.map((X) => X.indptr[X.nRows])) < minNnz;
    if (small || os.availableParallelism() < 2 || !fs.existsSync(fileURLToPath(workerUrl))) {
      this.mats = mats;
      return;
    }
    this.mats = mats.map((X) => ({ ...X, indptr: shared(X.indptr), indices: shared(X.indices), data: shared(X.data) }));
    const maxB = Math.max(...mats.map((X) => X.nCols)) * maxCols;
    const maxOut = Math.max(...mats.map((X) => X.nRows)) * maxCols;
    this.buffers = {
      mats: this.mats,
      b64: new Float64Array(new SharedArrayBuffer(maxB * 8)),
      b32: new Float32Array(new SharedArrayBuffer(maxB * 4)),
      out: new Float64Array(new SharedArrayBuffer(maxOut * 8)),
      ctrl: new Int32Array(new SharedArrayBuffer(6 * 4)),
    };
    this.worker = new Worker(workerUrl, { workerData: this.buffers });
    this.worker.unref();
  }

  /** Threads the products run on: 2 with the worker, else 1. */
  get threads(): number {
    return this.worker ? 2 : 1;
  }

  /** `mats[m] · B`, B dense `nCols × bCols` row-major. */
  multiply(m: number, B: DenseMatrix, bCols: number): Float64Array {
    const X = this.mats[m];
    if (!this.worker || !this.buffers) return multiplyDense(X, B, bCols);
    if (B.length !== X.nCols * bCols) throw new Error(`ProductPool: B has ${B.length} values, expected ${X.nCols} × ${bCols}`);
    const { b64, b32, out, ctrl } = this.buffers;
    const kind = B instanceof Float32Array ? 1 : 0;
    const operand = (kind ? b32 : b64).subarray(0, B.length);
    operand.set(B);
    out.fill(0, 0, X.nRows * bCols);
    const from = splitRow(X);
    ctrl[SLOT.mat] = m;
    ctrl[SLOT.cols] = bCols;
    ctrl[SLOT.kind] = kind;
    ctrl[SLOT.from] = from;
    const seq = ++this.seq;
    Atomics.store(ctrl, SLOT.seq, seq);
    Atomics.notify(ctrl, SLOT.seq);
    multiplyDenseRows(X, operand, bCols, out, 0, from);
    for (let done = Atomics.load(ctrl, SLOT.done); done !== seq; done = Atomics.load(ctrl, SLOT.done)) Atomics.wait(ctrl, SLOT.done, done);
    return out.slice(0, X.nRows * bCols);
  }

  close(): void {
    if (!this.worker || !this.buffers) return;
    Atomics.store(this.buffers.ctrl, SLOT.seq, -1);
    Atomics.notify(this.buffers.ctrl, SLOT.seq);
    void this.worker.terminate();
  }
}

/** The first row of the second half by stored values. */
function splitRow(X: CsrMatrix): number {
  const half = X.indptr[X.nRows] / 2;
  let lo = 0;
  let hi = X.nRows;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (X.indptr[mid] < half) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
