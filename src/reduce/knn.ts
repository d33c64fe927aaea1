import { deriveSeed, DEFAULT_SEED } from '../util/index.js';
import { exactNeighbors } from './knn-exact.js';
import { nnDescent, type NnDescentOptions } from './nn-descent.js';

/** A k-nearest-neighbour graph: row i lists i itself first, then its k - 1 nearest points. */
export interface KnnGraph {
  /** n × k row-major neighbour indices. */
  indices: Int32Array;
  /** n × k cosine distances (1 - cosine similarity), ascending within a row. */
  distances: Float32Array;
  n: number;
  k: number;
}

export interface NearestNeighborsOptions {
  /** Seed of NN-descent's random choices. Default DEFAULT_SEED (42). */
  seed?: number;
  /** 'auto' (default): exact below `exactBelow` rows, NN-descent at or above. */
  method?: 'auto' | 'exact' | 'nndescent';
  /** Row count from which 'auto' switches to NN-descent. Default 5,000. */
  exactBelow?: number;
  /** Tuning passed to NN-descent. */
  nnDescent?: Omit<NnDescentOptions, 'seed'>;
}

/**
 * k nearest neighbours of every row of X (n × d, row-major) by cosine distance,
 * self included as the first neighbour (as umap-learn expects).
 */
export function nearestNeighbors(
  X: Float32Array,
  n: number,
  d: number,
  k: number,
  options: NearestNeighborsOptions = {},
): KnnGraph {
  if (X.length !== n * d) throw new Error(`nearestNeighbors: expected ${n}×${d} values, got ${X.length}`);
  if (!(Number.isInteger(k) && k >= 2 && k <= n)) throw new Error(`nearestNeighbors: k=${k} must be an integer in [2, n=${n}]`);
  const method = options.method ?? 'auto';
  const exact = method === 'exact' || (method === 'auto' && n < (options.exactBelow ?? 5000));
  const result = exact
    ? exactNeighbors(X, n, d, k)
    : nnDescent(X, n, d, k, { ...options.nnDescent, seed: deriveSeed(options.seed ?? DEFAULT_SEED, 'nn-descent') });
  return { ...result, n, k };
}

/** Fraction of true neighbours (self excluded) found by an approximate graph. */
export function knnRecall(approx: KnnGraph, exact: KnnGraph): number {
  if (approx.n !== exact.n || approx.k !== exact.k) throw new Error('knnRecall: graphs differ in shape');
  const { n, k } = exact;
  let hits = 0;
  for (let i = 0; i < n; i++) {
    const truth = new Set(exact.indices.subarray(i * k + 1, (i + 1) * k));
    for (let s = 1; s < k; s++) if (truth.has(approx.indices[i * k + s])) hits++;
  }
  return hits / (n * (k - 1));
}
