import type { ClusterInput, ClusterResult } from './clusterer.js';
import { clusterMeans } from './clusterer.js';

/**
 * Order independence for any clusterer: the points are put in a canonical order
 * that depends only on their coordinates (lexicographic over the row values), the
 * method runs there, and labels come back in the caller's order. The same points
 * in any order — permuted together with their graph — get the same partition and
 * the same topic numbers, which saved models and incremental updates rely on.
 */
export function canonicalOrder(X: Float32Array, n: number, d: number): Int32Array {
  const order = Int32Array.from({ length: n }, (_, i) => i);
  return order.sort((a, b) => {
    for (let c = 0; c < d; c++) {
      const diff = X[a * d + c] - X[b * d + c];
      if (diff !== 0) return diff;
    }
    return 0;
  });
}

/** Rows of the input in `order` (new row q = old row order[q]), the graph renumbered to match. */
export function permuteInput(input: ClusterInput, order: Int32Array): ClusterInput {
  const { X, n, d, graph } = input;
  const rank = new Int32Array(n);
  order.forEach((old, q) => (rank[old] = q));
  const Xp = new Float32Array(n * d);
  for (let q = 0; q < n; q++) Xp.set(X.subarray(order[q] * d, order[q] * d + d), q * d);
  if (!graph) return { ...input, X: Xp };
  const { m } = graph;
  const indices = new Int32Array(n * m);
  const distances = new Float32Array(n * m);
  for (let q = 0; q < n; q++) {
    const o = order[q] * m;
    for (let j = 0; j < m; j++) {
      const nb = graph.indices[o + j];
      indices[q * m + j] = nb >= 0 ? rank[nb] : -1;
      distances[q * m + j] = graph.distances[o + j];
    }
  }
  return { ...input, X: Xp, graph: { indices, distances, m } };
}

/**
 * Renumber clusters by size, largest = 0; equal sizes by their first member in
 * `order` (the canonical order), so numbering never depends on the input order.
 * Empty clusters are dropped, so k may shrink.
 */
export function relabelBySize(labels: Int32Array, order: Int32Array): { labels: Int32Array; k: number } {
  const size = new Map<number, number>();
  const first = new Map<number, number>();
  order.forEach((i, q) => {
    const l = labels[i];
    size.set(l, (size.get(l) ?? 0) + 1);
    if (!first.has(l)) first.set(l, q);
  });
  const ids = [...size.keys()].sort((a, b) => size.get(b)! - size.get(a)! || first.get(a)! - first.get(b)!);
  const rank = new Map(ids.map((l, j) => [l, j]));
  return { labels: labels.map((l) => rank.get(l)!), k: ids.length };
}

/** Run `fit` on the canonically ordered points and map the result back to the caller's order. */
export async function fitCanonical(input: ClusterInput, fit: (canonical: ClusterInput) => ClusterResult | Promise<ClusterResult>): Promise<ClusterResult> {
  const order = canonicalOrder(input.X, input.n, input.d);
  const result = await fit(permuteInput(input, order));
  const back = new Int32Array(input.n);
  order.forEach((old, q) => (back[old] = result.labels[q]));
  const { labels, k } = relabelBySize(back, order);
  return { ...result, labels, k, centroids: clusterMeans(input.X, input.n, input.d, labels, k) };
}
