/**
 * UMAP's fuzzy simplicial set from a kNN graph, on typed arrays, following
 * umap-learn's `smooth_knn_dist`, `compute_membership_strengths` and the fuzzy
 * union `A + Aᵀ - A∘Aᵀ` (set_op_mix_ratio = 1).
 */
import type { KnnGraph } from './knn.js';

/** A symmetric weighted graph as a list of directed edges (both directions stored). */
export interface FuzzyGraph {
  n: number;
  /** Edge source (umap-learn's `graph.row`, the "head"). */
  head: Int32Array;
  /** Edge target (`graph.col`, the "tail"). */
  tail: Int32Array;
  weight: Float32Array;
}

const SMOOTH_K_TOLERANCE = 1e-5;
const MIN_K_DIST_SCALE = 1e-3;

/**
 * The kernel width σ with Σ exp(-(d_j - rho)/σ) = target over distances[from..to)
 * (terms with d_j ≤ rho count 1), by bisection as umap-learn's smooth_knn_dist.
 */
export function kernelWidth(distances: ArrayLike<number>, from: number, to: number, rho: number, target: number): number {
  let lo = 0;
  let hi = Infinity;
  let mid = 1;
  for (let it = 0; it < 64; it++) {
    let psum = 0;
    for (let j = from; j < to; j++) {
      const dd = distances[j] - rho;
      psum += dd > 0 ? Math.exp(-dd / mid) : 1;
    }
    if (Math.abs(psum - target) < SMOOTH_K_TOLERANCE) break;
    if (psum > target) {
      hi = mid;
      mid = (lo + hi) / 2;
    } else {
      lo = mid;
      mid = hi === Infinity ? mid * 2 : (lo + hi) / 2;
    }
  }
  return mid;
}

/** Per point: rho (distance to the nearest non-identical neighbour) and sigma (the kernel width). */
export function smoothKnnDistances(knn: KnnGraph, k: number): { sigmas: Float64Array; rhos: Float64Array } {
  const { n, distances } = knn;
  const width = knn.k;
  const target = Math.log2(k);
  const sigmas = new Float64Array(n);
  const rhos = new Float64Array(n);
  let meanAll = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < k; j++) meanAll += distances[i * width + j];
  meanAll /= n * k;

  for (let i = 0; i < n; i++) {
    const base = i * width;
    let rho = 0;
    let rowMean = 0;
    for (let j = 0; j < k; j++) {
      const dij = distances[base + j];
      rowMean += dij;
      if (rho === 0 && dij > 0) rho = dij; // local_connectivity = 1: first non-zero distance
    }
    rowMean /= k;
    // Column 0 is the point itself: the kernel sums over its neighbours.
    const mid = kernelWidth(distances, base + 1, base + k, rho, target);
    const floor = MIN_K_DIST_SCALE * (rho > 0 ? rowMean : meanAll);
    sigmas[i] = mid < floor ? floor : mid;
    rhos[i] = rho;
  }
  return { sigmas, rhos };
}

/** The symmetric fuzzy graph of the first `k` neighbours of each row of `knn`. */
export function fuzzySimplicialSet(knn: KnnGraph, k: number = knn.k): FuzzyGraph {
  const { n, indices, distances } = knn;
  const width = knn.k;
  if (k > width) throw new Error(`fuzzySimplicialSet: k=${k} exceeds the graph's ${width} neighbours`);
  const { sigmas, rhos } = smoothKnnDistances(knn, k);

  // Directed membership strengths, row i → column indices[i, j].
  const w = new Float64Array(n * k);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < k; j++) {
      const col = indices[i * width + j];
      if (col < 0 || col === i) continue;
      const dd = distances[i * width + j] - rhos[i];
      w[i * k + j] = dd <= 0 || sigmas[i] === 0 ? 1 : Math.exp(-dd / sigmas[i]);
    }
  }
  const reverse = (i: number, target: number): number => {
    for (let j = 0; j < k; j++) if (indices[i * width + j] === target) return w[i * k + j];
    return -1;
  };

  // Each undirected pair once per direction: i→j always from i's row; j→i from j's row
  // when j also lists i, otherwise emitted here as the mirror of i→j.
  const capacity = 2 * n * k;
  const head = new Int32Array(capacity);
  const tail = new Int32Array(capacity);
  const weight = new Float32Array(capacity);
  let e = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < k; j++) {
      const a = w[i * k + j];
      if (a === 0) continue;
      const col = indices[i * width + j];
      const back = reverse(col, i);
      const b = back > 0 ? back : 0;
      const union = a + b - a * b;
      head[e] = i;
      tail[e] = col;
      weight[e++] = union;
      if (back <= 0) {
        head[e] = col;
        tail[e] = i;
        weight[e++] = union;
      }
    }
  }
  return { n, head: head.slice(0, e), tail: tail.slice(0, e), weight: weight.slice(0, e) };
}
