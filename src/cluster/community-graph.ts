import { UndirectedGraph } from 'graphology';
import { fuzzySimplicialSet } from '../reduce/index.js';
import type { ClusterGraph } from './clusterer.js';

/**
 * The kNN graph as an undirected weighted graph for community detection, with
 * UMAP's fuzzy-union weights (membership strength from each point's local
 * distance scale), so dense and sparse regions weigh alike. Nodes are added in
 * row order: with canonically ordered rows (canonical.ts) the graph, and so
 * Louvain's traversal, does not depend on the caller's order.
 */
export function communityGraph(graph: ClusterGraph, n: number): UndirectedGraph {
  const fuzzy = fuzzySimplicialSet({ indices: graph.indices, distances: graph.distances, n, k: graph.m });
  const g = new UndirectedGraph({ allowSelfLoops: false });
  for (let i = 0; i < n; i++) g.addNode(i);
  // The fuzzy set is symmetric: keep each pair once (head < tail).
  const edges: [number, number, number][] = [];
  for (let e = 0; e < fuzzy.head.length; e++) {
    const a = fuzzy.head[e];
    const b = fuzzy.tail[e];
    if (a < b && fuzzy.weight[e] > 0) edges.push([a, b, fuzzy.weight[e]]);
  }
  edges.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  for (const [a, b, w] of edges) g.mergeEdge(a, b, { weight: w });
  return g;
}

/**
 * Merge communities greedily by the largest modularity gain until `k` remain
 * (Clauset–Newman–Moore on the community graph): Louvain's partition at the
 * resolution that gives at least k communities, brought down to exactly k along
 * the graph's own structure. Returns labels in [0, k) (not yet size-ordered).
 */
export function mergeCommunities(g: UndirectedGraph, labels: Int32Array, k: number): Int32Array {
  const count = Math.max(...labels) + 1;
  if (count <= k) return labels;
  const deg = new Float64Array(count);
  const between = new Map<number, number>();
  let total = 0;
  const key = (a: number, b: number) => (a < b ? a * count + b : b * count + a);
  g.forEachEdge((_e: string, attr: Record<string, unknown>, s: string, t: string) => {
    const a = labels[Number(s)];
    const b = labels[Number(t)];
    const w = attr.weight as number;
    deg[a] += w;
    deg[b] += w;
    total += 2 * w;
    if (a !== b) between.set(key(a, b), (between.get(key(a, b)) ?? 0) + w);
  });
  const parent = Int32Array.from({ length: count }, (_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x])));
  let alive = count;
  while (alive > k) {
    let best = -Infinity;
    let bestA = -1;
    let bestB = -1;
    for (const [pair, w] of between) {
      const a = Math.floor(pair / count);
      const b = pair % count;
      const gain = (2 * w) / total - (2 * deg[a] * deg[b]) / (total * total);
      if (gain > best || (gain === best && pair < key(bestA, bestB))) [best, bestA, bestB] = [gain, a, b];
    }
    if (bestA < 0) {
      // Disconnected communities: merge the two smallest.
      const roots = [...new Set(Array.from({ length: count }, (_, i) => find(i)))].sort((a, b) => deg[a] - deg[b] || a - b);
      [bestA, bestB] = [roots[0], roots[1]];
    }
    parent[bestB] = bestA;
    deg[bestA] += deg[bestB];
    const next = new Map<number, number>();
    for (const [pair, w] of between) {
      let a = Math.floor(pair / count);
      let b = pair % count;
      if (a === bestB) a = bestA;
      if (b === bestB) b = bestA;
      if (a !== b) next.set(key(a, b), (next.get(key(a, b)) ?? 0) + w);
    }
    between.clear();
    for (const [p, w] of next) between.set(p, w);
    alive--;
  }
  const roots = new Map<number, number>();
  return labels.map((l) => {
    const r = find(l);
    if (!roots.has(r)) roots.set(r, roots.size);
    return roots.get(r)!;
  });
}
