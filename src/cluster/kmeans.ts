import { kmeans } from 'ml-kmeans';
import { deriveSeed, mulberry32, DEFAULT_SEED } from '../util/index.js';
import { kmeansPlusPlus } from './kmeans-plus-plus.js';

/** Options of {@link KMeans}. */
export interface KMeansOptions {
  /** Number of clusters (required). */
  k: number;
  /** Restarts with derived seeds; the lowest inertia wins. Default 5. */
  nInit?: number;
  /** Maximum Lloyd iterations per restart. Default 300. */
  maxIter?: number;
  /** Converged when no centroid moves more than this (squared Euclidean). Default 1e-6. */
  tolerance?: number;
  /** Seed of the k-means++ initializations. Default DEFAULT_SEED (42). */
  seed?: number;
  /**
   * Restarts done out of all, after each one: the first report comes with the first restart
   * (not a 0 before it), so a progress line has its time left as soon as it turns into a bar.
   */
  onProgress?: (done: number, total: number) => void;
}

/**
 * k-means on an n × d row-major matrix: our seeded k-means++ initialization
 * (see kmeans-plus-plus.ts), then ml-kmeans's Lloyd iterations. Clusters are renumbered by size, largest = 0; equal sizes are
 * ordered by their lowest point index, so the numbering does not depend on the
 * arbitrary order the library produced.
 */
export class KMeans {
  readonly k: number;
  readonly nInit: number;
  readonly maxIter: number;
  readonly tolerance: number;
  readonly seed: number;
  private readonly onProgress?: (done: number, total: number) => void;
  /** Cluster of each point after `fit`. */
  labels: Int32Array = new Int32Array(0);
  /** k × d row-major centroids, in label order. */
  centroids: Float32Array = new Float32Array(0);
  /** Sum of squared distances of points to their centroid. */
  inertia = Infinity;
  private d = 0;

  constructor(options: KMeansOptions) {
    this.k = options.k;
    this.nInit = options.nInit ?? 5;
    this.maxIter = options.maxIter ?? 300;
    this.tolerance = options.tolerance ?? 1e-6;
    this.seed = options.seed ?? DEFAULT_SEED;
    this.onProgress = options.onProgress;
  }

  fit(X: Float32Array, n: number, d: number): this {
    if (X.length !== n * d) throw new Error(`KMeans.fit: expected ${n}×${d} values, got ${X.length}`);
    if (!(Number.isInteger(this.k) && this.k >= 1 && this.k <= n)) throw new Error(`KMeans: k=${this.k} must be an integer in [1, n=${n}]`);
    const rows: number[][] = new Array(n);
    for (let i = 0; i < n; i++) rows[i] = Array.from(X.subarray(i * d, (i + 1) * d));

    let best: { centroids: Float32Array; labels: Int32Array; inertia: number } | null = null;
    const restarts = Math.max(1, this.nInit);
    for (let r = 0; r < restarts; r++) {
      const seeds = kmeansPlusPlus(X, n, d, this.k, mulberry32(deriveSeed(this.seed, `kmeans-restart-${r}`)));
      const initialization = Array.from({ length: this.k }, (_, j) => Array.from(seeds.subarray(j * d, (j + 1) * d)));
      const result = kmeans(rows, this.k, {
        initialization,
        maxIterations: this.maxIter,
        tolerance: this.tolerance,
      });
      const centroids = new Float32Array(this.k * d);
      result.centroids.forEach((c, j) => centroids.set(c, j * d));
      // Assign against the final centroids (the library's labels lag one update behind).
      const { labels, inertia } = assign(X, n, d, centroids, this.k);
      if (!best || inertia < best.inertia) best = { centroids, labels, inertia };
      this.onProgress?.(r + 1, restarts);
    }
    const { order, rank } = sizeOrder(best!.labels, this.k);
    this.labels = best!.labels.map((l) => rank[l]);
    this.centroids = new Float32Array(this.k * d);
    order.forEach((old, j) => this.centroids.set(best!.centroids.subarray(old * d, (old + 1) * d), j * d));
    this.inertia = best!.inertia;
    this.d = d;
    return this;
  }

  /** Nearest fitted centroid of each row of X (n × d). */
  predict(X: Float32Array, n: number, d: number): Int32Array {
    if (this.d === 0) throw new Error('KMeans.predict: call fit() first');
    if (d !== this.d || X.length !== n * d) throw new Error(`KMeans.predict: expected ${n}×${this.d} values`);
    return assign(X, n, d, this.centroids, this.k).labels;
  }

  fitPredict(X: Float32Array, n: number, d: number): Int32Array {
    return this.fit(X, n, d).labels;
  }
}

/** Nearest-centroid labels and the resulting inertia. */
export function assign(X: Float32Array, n: number, d: number, centroids: Float32Array, k: number): { labels: Int32Array; inertia: number } {
  const labels = new Int32Array(n);
  let inertia = 0;
  for (let i = 0; i < n; i++) {
    let bestDist = Infinity;
    let bestJ = 0;
    for (let j = 0; j < k; j++) {
      let s = 0;
      for (let c = 0; c < d; c++) {
        const diff = X[i * d + c] - centroids[j * d + c];
        s += diff * diff;
      }
      if (s < bestDist) {
        bestDist = s;
        bestJ = j;
      }
    }
    labels[i] = bestJ;
    inertia += bestDist;
  }
  return { labels, inertia };
}

/** Clusters ordered by size (desc), then by first member index; rank[old] = new label. */
function sizeOrder(labels: Int32Array, k: number): { order: number[]; rank: Int32Array } {
  const size = new Int32Array(k);
  const first = new Int32Array(k).fill(labels.length);
  labels.forEach((l, i) => {
    size[l]++;
    if (i < first[l]) first[l] = i;
  });
  const order = Array.from({ length: k }, (_, j) => j).sort((a, b) => size[b] - size[a] || first[a] - first[b] || a - b);
  const rank = new Int32Array(k);
  order.forEach((old, j) => (rank[old] = j));
  return { order, rank };
}
