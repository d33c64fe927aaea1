/**
 * Over-cluster, then merge: find more clusters than topics wanted and join
 * them along the topic tree (centroid + c-TF-IDF distance, average linkage; see
 * hierarchy.ts) down to the number asked for. k-means alone cuts the UMAP
 * space into nearly equal cells; the tree joins cells that say the same thing,
 * so topics follow subjects rather than area. Measured with `bench/reduce.js`
 * (30 clusters merged to the label count, seeds 1 and 2): NMI 0.300 against
 * 0.290 direct on labeled.jsonl (k = 10) and 0.326 against 0.296 on
 * labeled-recent.jsonl (k = 7); bench/quality.js has the full table.
 */
import { classTfidf } from './ctfidf.js';
import { averageLinkage, topicDistances } from './hierarchy.js';
import { clusterMeans } from './representatives.js';

export interface MergeInput {
  /** Cluster of each paper, 0..k-1. */
  labels: Int32Array;
  k: number;
  /** Clusters wanted after merging (≤ k). */
  to: number;
  /** Term ids of each paper (for the c-TF-IDF half of the distance). */
  docTerms: readonly Int32Array[];
  nTerms: number;
  /** n × dim clustering space (for the centroid half). */
  space: Float32Array;
  dim: number;
}

export interface Merged {
  /** Merged cluster of each paper, 0..to-1 (numbered by their smallest cluster). */
  labels: Int32Array;
  /** Merged cluster of each input cluster. */
  groupOf: Int32Array;
}

export function mergeClusters(input: MergeInput): Merged {
  const { labels, k, to } = input;
  if (!Number.isInteger(to) || to < 1 || to > k) throw new Error(`mergeClusters: cannot merge ${k} clusters into ${to}`);
  const sizes = new Float64Array(k);
  for (const l of labels) sizes[l]++;
  let groupOf = Int32Array.from({ length: k }, (_, c) => c);
  if (to < k) {
    const centroids = clusterMeans(input.space, input.dim, labels, k);
    const ctfidf = classTfidf(input.docTerms, labels, k, input.nTerms);
    // 0.5, not the tree's 0.3: the over-clustering default (30 → k) was measured with it (docs/quality.md).
    const dist = topicDistances({ centroids, dim: input.dim, termVectors: Array.from({ length: k }, (_, t) => ctfidf.vector(t)), centroidWeight: 0.5 });
    // The first k - to merges of the tree: each node points to the node it joined.
    const parent = Int32Array.from({ length: 2 * k - 1 }, (_, i) => i);
    for (const m of averageLinkage(dist, sizes).slice(0, k - to)) parent[m.a] = parent[m.b] = m.node;
    const top = (c: number) => {
      while (parent[c] !== c) c = parent[c];
      return c;
    };
    const numberOf = new Map<number, number>();
    groupOf = Int32Array.from({ length: k }, (_, c) => {
      const t = top(c);
      if (!numberOf.has(t)) numberOf.set(t, numberOf.size);
      return numberOf.get(t)!;
    });
  }
  return { labels: Int32Array.from(labels, (l) => groupOf[l]), groupOf };
}
