import louvainModule from 'graphology-communities-louvain';
import type { UndirectedGraph } from 'graphology';
import { deriveSeed, mulberry32 } from '../util/index.js';
import { fitCanonical } from './canonical.js';
import { validateInput, type Clusterer, type ClusterInput, type ClusterResult, type KCurvePoint } from './clusterer.js';
import { communityGraph, mergeCommunities } from './community-graph.js';
import { ari } from './metrics.js';

export interface LouvainClustererOptions {
  /** Resolutions tried by 'auto' (and to reach a fixed k). Default 0.1 … 3. */
  resolutions?: number[];
  /** Louvain runs (different seeds) per resolution for the stability score. Default 4. */
  rounds?: number;
}

// The package is CommonJS with an ESM-style default in its types; Node hands ESM the function itself.
const louvain = ((louvainModule as unknown as { default?: unknown }).default ?? louvainModule) as typeof louvainModule.default;

const RESOLUTIONS = [0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.7, 1, 1.5, 2, 3];

/**
 * Graph communities: Louvain (graphology) on the shared kNN graph with UMAP's
 * fuzzy weights. A fixed k takes the smallest resolution giving at least k
 * communities and merges down to k by modularity gain; 'auto' takes the
 * resolution whose partitions agree best across seeds (mean pairwise ARI).
 */
export function louvainClusterer(options: LouvainClustererOptions = {}): Clusterer {
  const resolutions = options.resolutions ?? RESOLUTIONS;
  const rounds = Math.max(2, options.rounds ?? 4);
  return {
    name: 'louvain',
    fit(input: ClusterInput): Promise<ClusterResult> {
      validateInput(input);
      if (!input.graph) throw new Error('louvain: needs the kNN graph (ClusterInput.graph)');
      return fitCanonical(input, ({ n, graph, k: requested, seed }) => {
        const g = communityGraph(graph!, n);
        const run = (resolution: number, r: number) => communities(g, n, resolution, deriveSeed(seed, `louvain-${resolution}-${r}`));
        if (requested !== 'auto') {
          let chosen = resolutions[resolutions.length - 1];
          let labels = run(chosen, 0);
          for (const resolution of resolutions) {
            const l = run(resolution, 0);
            if (Math.max(...l) + 1 >= requested) {
              chosen = resolution;
              labels = l;
              break;
            }
          }
          const merged = mergeCommunities(g, labels, requested);
          return { labels: merged, k: Math.max(...merged) + 1, centroids: new Float32Array(0), params: { method: 'louvain', k: requested, resolution: chosen, communities: Math.max(...labels) + 1 } };
        }
        const curve: KCurvePoint[] = [];
        let best: { labels: Int32Array; score: number; resolution: number } | null = null;
        for (const resolution of resolutions) {
          const runs = Array.from({ length: rounds }, (_, r) => run(resolution, r));
          const scores: number[] = [];
          for (let a = 0; a < rounds; a++) for (let b = a + 1; b < rounds; b++) scores.push(ari(runs[a], runs[b]));
          const score = scores.reduce((s, v) => s + v, 0) / scores.length;
          const k = Math.max(...runs[0]) + 1;
          curve.push({ k, score, resolution });
          if (k >= 2 && (!best || score > best.score)) best = { labels: runs[0], score, resolution };
        }
        if (!best) throw new Error('louvain: every resolution gave a single community');
        return { labels: best.labels, k: Math.max(...best.labels) + 1, centroids: new Float32Array(0), params: { method: 'louvain', k: 'auto', resolution: best.resolution, auto: 'stability' }, curve };
      });
    },
  };
}

function communities(g: UndirectedGraph, n: number, resolution: number, seed: number): Int32Array {
  const found = louvain(g, { resolution, rng: mulberry32(seed), getEdgeWeight: 'weight' });
  const ids = new Map<number, number>();
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = found[i];
    if (!ids.has(c)) ids.set(c, ids.size);
    labels[i] = ids.get(c)!;
  }
  return labels;
}
