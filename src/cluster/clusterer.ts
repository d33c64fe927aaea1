/**
 * The clustering interface: every method (k-means, graph communities, any future
 * one) takes the same input and returns the same result, so the pipeline looks a
 * method up by name (registry.ts) and never knows which one ran — BERTopic's
 * swappable `hdbscan_model` is the model.
 */

/** A kNN graph over the points: row i lists i itself first, then its m - 1 nearest points. */
export interface ClusterGraph {
  /** n × m neighbour indices. */
  indices: Int32Array;
  /** n × m distances (cosine distance in the engine), ascending within a row. */
  distances: Float32Array;
  m: number;
}

export interface ClusterInput {
  /** n × d row-major points (the clustering space). */
  X: Float32Array;
  n: number;
  d: number;
  /** kNN graph over the same points (indices n×m, distances n×m, self first). */
  graph?: ClusterGraph;
  /** Number of clusters, or 'auto' to let the method choose it. */
  k: number | 'auto';
  seed: number;
  /** Work done so far out of all, where the method counts it (k-means: the restarts; its auto k: the k values tried). */
  onProgress?: (done: number, total: number) => void;
}

export interface ClusterResult {
  /** Cluster of each point in [0, k); 0 = largest cluster. */
  labels: Int32Array;
  k: number;
  /** k×d mean of members in X space (always, so transform can use nearest centroid). */
  centroids: Float32Array;
  /** Parameters actually used, recorded in run.json. */
  params: Record<string, unknown>;
  /** Criterion per k tried when k was 'auto'. */
  curve?: KCurvePoint[];
}

/** One point of an auto-k curve: the criterion `score` (higher is better) plus method-specific extras. */
export interface KCurvePoint {
  k: number;
  score: number;
  [extra: string]: number;
}

export interface Clusterer {
  readonly name: string;
  fit(input: ClusterInput): ClusterResult | Promise<ClusterResult>;
}

/** k × d mean of the members of each cluster (a cluster without members keeps a zero row). */
export function clusterMeans(X: Float32Array, n: number, d: number, labels: ArrayLike<number>, k: number): Float32Array {
  const sums = new Float64Array(k * d);
  const size = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    const l = labels[i];
    size[l]++;
    for (let c = 0; c < d; c++) sums[l * d + c] += X[i * d + c];
  }
  const out = new Float32Array(k * d);
  for (let j = 0; j < k; j++) if (size[j] > 0) for (let c = 0; c < d; c++) out[j * d + c] = sums[j * d + c] / size[j];
  return out;
}

/** Check a clusterer's input before any work, with a message a user can act on. */
export function validateInput(input: ClusterInput): void {
  const { X, n, d, k, graph } = input;
  if (!(Number.isInteger(n) && n >= 2 && Number.isInteger(d) && d >= 1)) throw new Error(`clusterer: n=${n}, d=${d} must be integers, n ≥ 2, d ≥ 1`);
  if (X.length !== n * d) throw new Error(`clusterer: expected ${n}×${d} values, got ${X.length}`);
  if (k !== 'auto' && !(Number.isInteger(k) && k >= 2 && k < n)) throw new Error(`k must be an integer in [2, ${n - 1}]; got ${k}.`);
  if (graph && (graph.indices.length !== n * graph.m || graph.distances.length !== n * graph.m)) {
    throw new Error(`clusterer: graph must be ${n}×${graph.m}, got ${graph.indices.length} indices`);
  }
}
