/**
 * The topic tree (BERTopic's `hierarchical_topics`): topics merged pairwise by
 * average linkage up to one root. Distance between two topics is the mean of
 *  - where they sit: Euclidean distance of their centroids in the clustering
 *    space, divided by the largest such distance (so it lies in [0, 1]), and
 *  - what they say: 1 - cosine of their c-TF-IDF vectors.
 * Either alone misleads: UMAP places small topics next to unrelated large ones
 * (k-means cuts one dense region in two), and c-TF-IDF alone joins topics that
 * share a generic vocabulary ("benchmark", "evaluation") but not a subject.
 * Linkage is average over papers (each topic weighted by its size), i.e. UPGMA
 * with topic centroids standing in for their papers.
 */
import type { HierarchyNode } from './structure.js';
import type { SparseVector } from './sparse.js';

export interface TopicDistanceInput {
  /** Topic centroids in the clustering space, row-major by topic id. */
  centroids: Float32Array;
  dim: number;
  /** c-TF-IDF vector of each topic, by topic id. */
  termVectors: readonly SparseVector[];
  /** Weight of the centroid distance; the term distance gets 1 - this. Default TREE_CENTROID_WEIGHT. */
  centroidWeight?: number;
}

/**
 * The topic tree's weight of centroid distance against c-TF-IDF distance. 0.3 (was 0.5):
 * `reduce` from the fine topics to the label count scored NMI 0.312 / 0.302 / 0.313 on
 * labeled.jsonl (0.303 / 0.302 / 0.297 at 0.5; seeds 42/1/2) and 0.345 / 0.336 / 0.371 on
 * labeled-recent.jsonl (0.334 / 0.336 / 0.371), and on the halves by date 0.227, 0.290,
 * 0.285 and 0.390 (means of 3 seeds; 0.222, 0.278, 0.288, 0.384 at 0.5). 0.7 and 0.9 lost on
 * both sets, 0 (terms only) on labeled.jsonl (bench/results/tree-weights-*.json).
 */
export const TREE_CENTROID_WEIGHT = 0.3;

/** k × k combined topic distances (row-major), symmetric, 0 on the diagonal. */
export function topicDistances(input: TopicDistanceInput): Float64Array {
  const { centroids, dim, termVectors } = input;
  const k = termVectors.length;
  if (centroids.length !== k * dim) throw new Error(`topicDistances: ${centroids.length / dim} centroids for ${k} topics`);
  const w = input.centroidWeight ?? TREE_CENTROID_WEIGHT;
  const euclid = new Float64Array(k * k);
  let max = 0;
  for (let i = 0; i < k; i++) {
    for (let j = i + 1; j < k; j++) {
      let s = 0;
      for (let c = 0; c < dim; c++) s += (centroids[i * dim + c] - centroids[j * dim + c]) ** 2;
      euclid[i * k + j] = euclid[j * k + i] = Math.sqrt(s);
      max = Math.max(max, Math.sqrt(s));
    }
  }
  const norms = termVectors.map((v) => Math.sqrt(v.values.reduce((a, x) => a + x * x, 0)));
  const out = new Float64Array(k * k);
  for (let i = 0; i < k; i++) {
    for (let j = i + 1; j < k; j++) {
      const cos = norms[i] > 0 && norms[j] > 0 ? sparseDot(termVectors[i], termVectors[j]) / (norms[i] * norms[j]) : 0;
      const d = w * (max > 0 ? euclid[i * k + j] / max : 0) + (1 - w) * (1 - cos);
      out[i * k + j] = out[j * k + i] = d;
    }
  }
  return out;
}

function sparseDot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let s = 0;
  while (i < a.ids.length && j < b.ids.length) {
    if (a.ids[i] === b.ids[j]) s += a.values[i++] * b.values[j++];
    else if (a.ids[i] < b.ids[j]) i++;
    else j++;
  }
  return s;
}

/** One merge: nodes a and b join into `node` at `distance`. */
export interface Merge {
  a: number;
  b: number;
  node: number;
  distance: number;
}

/** A merged node's distance to node o from its parts a and b (Lance–Williams), given the weights. */
export type Linkage = (dao: number, dbo: number, dab: number, wa: number, wb: number, wo: number) => number;

/** Average linkage: the weighted mean of the parts' distances. */
export const AVERAGE_LINKAGE: Linkage = (dao, dbo, _dab, wa, wb) => (wa * dao + wb * dbo) / (wa + wb);

/**
 * Average-linkage agglomeration of k items with the given pairwise distances
 * and weights (papers per topic). Merged nodes get ids k, k+1, … in merge
 * order. Ties go to the pair with the lowest ids, so the tree is deterministic.
 */
export function averageLinkage(dist: Float64Array, weights: ArrayLike<number>): Merge[] {
  return agglomerate(dist, weights, AVERAGE_LINKAGE);
}

/** Agglomeration by any Lance–Williams linkage (bench/tree-variants.js tries Ward). */
export function agglomerate(dist: Float64Array, weights: ArrayLike<number>, linkage: Linkage): Merge[] {
  const k = weights.length;
  if (dist.length !== k * k) throw new Error(`agglomerate: ${dist.length} distances for ${k} items`);
  const total = 2 * k - 1;
  // Distances between active nodes, grown as nodes are created.
  const D = new Float64Array(total * total);
  for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) D[i * total + j] = dist[i * k + j];
  const weight = new Float64Array(total);
  for (let i = 0; i < k; i++) weight[i] = Math.max(weights[i], 1e-9);
  const active = Array.from({ length: k }, (_, i) => i);
  const merges: Merge[] = [];
  for (let node = k; node < total; node++) {
    let best = Infinity;
    let ba = -1;
    let bb = -1;
    for (let x = 0; x < active.length; x++) {
      for (let y = x + 1; y < active.length; y++) {
        const d = D[active[x] * total + active[y]];
        if (d < best) [best, ba, bb] = [d, active[x], active[y]];
      }
    }
    const [a, b] = ba < bb ? [ba, bb] : [bb, ba];
    weight[node] = weight[a] + weight[b];
    for (const o of active) {
      if (o === a || o === b) continue;
      const d = linkage(D[a * total + o], D[b * total + o], D[a * total + b], weight[a], weight[b], weight[o]);
      D[node * total + o] = D[o * total + node] = d;
    }
    active.splice(active.indexOf(a), 1);
    active.splice(active.indexOf(b), 1);
    active.push(node);
    merges.push({ a, b, node, distance: best });
  }
  return merges;
}

/**
 * Tree nodes from the merges (over positions 0..k-1): leaves carry the topic
 * ids (`leafIds`, default the positions), merged nodes the ids after the
 * largest topic id, so a node never shares an id with a topic (an aligned or
 * updated model has gaps or new ids: tree node 6 used to clash with topic 6).
 * `mergedLabel` gets the node's position and its leaves' positions.
 */
export function hierarchyNodes(
  merges: readonly Merge[],
  sizes: ArrayLike<number>,
  leafLabels: readonly string[],
  mergedLabel: (node: number, leaves: number[], childLabels: [string, string]) => string,
  leafIds: readonly number[] = Array.from({ length: sizes.length }, (_, i) => i),
): HierarchyNode[] {
  const k = sizes.length;
  const base = Math.max(k - 1, ...leafIds) + 1;
  const idOf = (pos: number) => (pos < k ? leafIds[pos] : base + pos - k);
  const nodes: HierarchyNode[] = Array.from({ length: k }, (_, i) => ({ id: idOf(i), parent: null, distance: 0, size: sizes[i], label: leafLabels[i] ?? '', children: [] }));
  const leaves: number[][] = Array.from({ length: k }, (_, i) => [i]);
  for (const m of merges) {
    nodes[m.a].parent = nodes[m.b].parent = idOf(m.node);
    nodes[m.a].distance = nodes[m.b].distance = round(m.distance);
    leaves[m.node] = [...leaves[m.a], ...leaves[m.b]].sort((x, y) => x - y);
    nodes[m.node] = { id: idOf(m.node), parent: null, distance: 0, size: nodes[m.a].size + nodes[m.b].size, label: '', children: [idOf(m.a), idOf(m.b)] };
    nodes[m.node].label = mergedLabel(m.node, leaves[m.node], [nodes[m.a].label, nodes[m.b].label]);
  }
  return nodes;
}

const round = (v: number) => Math.round(v * 1e6) / 1e6;

/**
 * Cut the tree to n groups by undoing its last n - 1 merges: the nodes that
 * remain as tops of the groups, and the group of each leaf topic (indexed by
 * topic id; -1 for ids that are not leaves). Nodes are in the order
 * hierarchyNodes gives them (leaves, then merges in order), whatever their
 * ids; groups are returned in that order (callers renumber them by size).
 */
export function cutTree(nodes: readonly HierarchyNode[], n: number): { tops: number[]; groupOfLeaf: Int32Array } {
  const k = nodes.filter((x) => x.children.length === 0).length;
  if (!Number.isInteger(n) || n < 1 || n > k) throw new Error(`cannot cut a tree of ${k} topics into ${n} groups`);
  // Merged nodes at positions k..2k-2 in merge order; keep the first k - n merges.
  const lastKept = k - 1 + (k - n);
  const pos = new Map(nodes.map((x, i) => [x.id, i]));
  const tops = nodes.filter((x, i) => i <= lastKept && (x.parent === null || pos.get(x.parent)! > lastKept)).map((x) => x.id);
  const groupOfLeaf = new Int32Array(Math.max(0, ...nodes.slice(0, k).map((x) => x.id)) + 1).fill(-1);
  tops.forEach((top, g) => {
    const stack = [top];
    while (stack.length) {
      const node = nodes[pos.get(stack.pop()!)!];
      if (node.children.length === 0) groupOfLeaf[node.id] = g;
      else stack.push(...node.children);
    }
  });
  return { tops, groupOfLeaf };
}
