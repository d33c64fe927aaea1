import { mulberry32, DEFAULT_SEED } from '../util/index.js';

export interface SilhouetteOptions {
  /** Score a seeded random subset of this many points (all points when omitted or ≥ n), like sklearn's `sample_size`. */
  sampleSize?: number;
  /** Seed of the subset. Default DEFAULT_SEED (42). */
  seed?: number;
  /** Distance between rows. Default 'euclidean'. */
  metric?: 'euclidean' | 'cosine';
}

/** `m` distinct indices from 0..n-1, ascending (partial Fisher–Yates). */
export function sampleIndices(n: number, m: number, seed: number): Int32Array {
  if (m >= n) return Int32Array.from({ length: n }, (_, i) => i);
  const pool = Int32Array.from({ length: n }, (_, i) => i);
  const random = mulberry32(seed);
  for (let i = 0; i < m; i++) {
    const j = i + Math.floor(random() * (n - i));
    const t = pool[i];
    pool[i] = pool[j];
    pool[j] = t;
  }
  return pool.slice(0, m).sort();
}

/**
 * Mean silhouette coefficient (b - a) / max(a, b) over the (sampled) points, where a is
 * the mean distance to the other members of the point's cluster and b the smallest
 * mean distance to another cluster; points alone in their cluster score 0. As in
 * scikit-learn, with a sample both a and b are computed within the sample.
 */
export function silhouette(X: Float32Array, n: number, d: number, labels: ArrayLike<number>, options: SilhouetteOptions = {}): number {
  if (X.length !== n * d) throw new Error(`silhouette: expected ${n}×${d} values, got ${X.length}`);
  if (labels.length !== n) throw new Error(`silhouette: ${labels.length} labels for ${n} points`);
  const idx = sampleIndices(n, options.sampleSize ?? n, options.seed ?? DEFAULT_SEED);
  const m = idx.length;
  const clusterOf = new Map<number, number>();
  const lab = new Int32Array(m);
  for (let s = 0; s < m; s++) {
    const l = labels[idx[s]];
    let c = clusterOf.get(l);
    if (c === undefined) clusterOf.set(l, (c = clusterOf.size));
    lab[s] = c;
  }
  const nClusters = clusterOf.size;
  if (nClusters < 2 || nClusters > m - 1) {
    throw new Error(`silhouette: needs 2 to ${m - 1} clusters among the scored points, got ${nClusters}`);
  }
  const cosine = options.metric === 'cosine';
  const invNorm = new Float64Array(m);
  if (cosine) {
    for (let s = 0; s < m; s++) {
      let q = 0;
      for (let c = 0; c < d; c++) q += X[idx[s] * d + c] ** 2;
      invNorm[s] = q > 0 ? 1 / Math.sqrt(q) : 0;
    }
  }
  const size = new Float64Array(nClusters);
  for (let s = 0; s < m; s++) size[lab[s]]++;
  // sums[s * nClusters + c]: total distance from point s to the members of cluster c.
  const sums = new Float64Array(m * nClusters);
  for (let s = 0; s < m; s++) {
    const os = idx[s] * d;
    for (let t = s + 1; t < m; t++) {
      const ot = idx[t] * d;
      let dist: number;
      if (cosine) {
        let dot = 0;
        for (let c = 0; c < d; c++) dot += X[os + c] * X[ot + c];
        dist = Math.max(0, 1 - dot * invNorm[s] * invNorm[t]);
      } else {
        let q = 0;
        for (let c = 0; c < d; c++) q += (X[os + c] - X[ot + c]) ** 2;
        dist = Math.sqrt(q);
      }
      sums[s * nClusters + lab[t]] += dist;
      sums[t * nClusters + lab[s]] += dist;
    }
  }
  let total = 0;
  for (let s = 0; s < m; s++) {
    const own = lab[s];
    if (size[own] <= 1) continue;
    const a = sums[s * nClusters + own] / (size[own] - 1);
    let b = Infinity;
    for (let c = 0; c < nClusters; c++) if (c !== own) b = Math.min(b, sums[s * nClusters + c] / size[c]);
    const denom = Math.max(a, b);
    total += denom > 0 ? (b - a) / denom : 0;
  }
  return total / m;
}
