import type { TextOptions } from '../text/index.js';
import type { TfidfOptions } from '../vectorize/index.js';
import type { BinUnit } from '../trends/index.js';
import { DEFAULT_SEED } from '../util/index.js';

/** Options of the topic engine. Every default is stated where the option is declared. */
export interface EngineOptions {
  /** One seed drives every random choice (SVD, kNN, UMAP, k-means, samples). Default DEFAULT_SEED (42). */
  seed?: number;
  /** Number of topics, or 'auto': the clusterer's own criterion within `kRange` (k-means: a size prior, 0.3·√n, moved by clustering stability). Default 'auto'. */
  k?: number | 'auto';
  /** Range of k 'auto' may choose from. Default [5, 120] (clipped to the corpus size). */
  kRange?: [number, number];
  /** Tokenizing and phrase options. Default: see `TextOptions`. */
  text?: TextOptions;
  /** TF-IDF options. Default: minDf 2, maxDf 0.5, maxFeatures 50,000, sublinear tf. */
  tfidf?: TfidfOptions;
  /**
   * LSA dimensions (randomized truncated SVD). Default 50; below 1,000 papers √n (at
   * least 10). 50 rather than the customary 100: on labeled.jsonl (k = 10) NMI is
   * 0.283-0.295 at 40-60 components against 0.268-0.273 at 100 over seeds, since the
   * trailing components add noise to the cosine kNN graph; and the SVD takes half the time.
   */
  svdComponents?: number;
  /**
   * Power iterations and extra random directions of the randomized SVD. Default 12 and 30
   * (scikit-learn's 4 and 10 before issue #24). A TF-IDF spectrum is flat near the 50th
   * component, so with 4 and 10 the LSA subspace is not converged and moves with the seed
   * (σ₅₀ of labeled-recent.jsonl 3.09–3.12 by seed against 3.23 converged), and the SVD's seed
   * alone moved a 2,000-paper slice's topics as much as every seed together (bench/seed-sources.js:
   * NMI 0.665 vs 0.680). 12 and 30 converge it (two seeds' subspaces overlap 0.999, not 0.85):
   * at a fixed k = 27 two seeds' topics on labeled-recent.jsonl agree at NMI 0.869 instead of
   * 0.736. The cost is about 3× the SVD stage (docs/performance.md).
   */
  svdIter?: number;
  /** See `svdIter`. Default 30. */
  svdOversamples?: number;
  /**
   * Space k-means runs in: 'umap' (5-D UMAP of the LSA vectors), 'lsa' (the
   * normalized LSA vectors), or 'auto': UMAP from 1,000 papers, LSA below, where a
   * 15-neighbour graph over a few dozen points is mostly noise. Default 'auto'.
   */
  clusterOn?: 'auto' | 'umap' | 'lsa';
  /** Neighbours in the shared kNN graph, self included. Default 15. */
  nNeighbors?: number;
  /** UMAP dimensions of the clustering space. Default 5. */
  clusterDims?: number;
  /**
   * Clustering method, by name in the cluster registry (src/cluster/registry.ts):
   * 'kmeans' (in the clustering space) or 'louvain' (communities of the kNN graph).
   * Default 'kmeans': see the Quality section of the README for the measurements.
   */
  clusterer?: string;
  /**
   * k-means restarts (best inertia wins), or 'auto': 40,000 / n, between 5 and 20
   * (cluster/restarts.ts), so a small corpus, where restarts are cheap, gets more.
   * Default 'auto' in the UMAP space, 5 where a corpus below 1,000 papers is clustered in LSA space.
   */
  kmeansInit?: number | 'auto';
  /**
   * Clusters found before merging along the topic tree down to k (see
   * topics/merge-clusters.ts); 0, a value ≤ k, or one leaving fewer than 50 papers
   * per cluster, clusters straight to k. Default 30: NMI 0.304 against 0.291
   * straight (labeled.jsonl, k = 10) and 0.332 against 0.293 (labeled-recent.jsonl, k = 7),
   * better on both halves of both by date too (bench/results/quality-overcluster.json).
   */
  overCluster?: number;
  /** Top terms kept per topic. Default 10. */
  topTerms?: number;
  /** Skip the 2-D map embedding (used by `eval`, which needs no map). Default false. */
  skipMap?: boolean;
}

/** Options of the trend tables. */
export interface TrendOptions {
  /**
   * Time bin, or 'auto': the finest of month/quarter/year with ≥ 20 papers per bin on average and ≥ 6 bins;
   * on a short corpus the coarsest of week/day giving ≥ 4 such bins (see `chooseBin`). At most 520 bins. Default 'auto'.
   */
  bin?: BinUnit | 'auto';
  /** Recent window for growth tests, in full bins. Default 6. */
  recent?: number;
  /** Baseline window before it, in full bins. Default 6. */
  baseline?: number;
  /** Significance level (Benjamini-Hochberg across items). Default 0.05. */
  alpha?: number;
  /** Keep only papers in these categories for the trend tables (primary category). Default: all. */
  category?: string[];
  /** Keep only papers from these sources. Default: all. */
  source?: string[];
  /** Date range of the trend tables, inclusive (YYYY-MM-DD). Default: the whole corpus. */
  from?: string;
  to?: string;
  /** Words or phrases whose trends are computed too (term_trends.csv). Default: none. */
  terms?: string[];
  /** Categories shown in the per-category view (largest first). Default 6. */
  topCategories?: number;
  /**
   * Leave papers whose topic confidence is below this out of topic shares (they stay
   * in documents.csv, themes and terms; no paper moves to a catch-all). Default 0 (all count).
   */
  minConfidence?: number;
  /**
   * Strata that shares and growth tests are adjusted by (src/trends/strata.ts): 'auto' uses the
   * primary category when there are two or more, else the source when there are several, else none.
   * Default 'auto'.
   */
  adjustBy?: 'auto' | 'category' | 'source' | 'none';
}

export const ENGINE_DEFAULTS = {
  seed: DEFAULT_SEED,
  k: 'auto' as number | 'auto',
  // 'auto' picks near 0.3·√n (cluster/size-prior.ts): 69 topics on 52,852 papers, so the cap sits above it.
  kRange: [5, 120] as [number, number],
  svdComponents: 50,
  svdIter: 12,
  svdOversamples: 30,
  /** Below this many papers, 'auto' clusters in LSA space with √n components. */
  smallCorpus: 1000,
  nNeighbors: 15,
  clusterDims: 5,
  kmeansInit: 'auto' as number | 'auto',
  overCluster: 30,
  /** Over-clustering needs at least this many papers per cluster on average. */
  overClusterMinPapers: 50,
  clusterer: 'kmeans',
  topTerms: 10,
};

export const TREND_DEFAULTS = {
  bin: 'auto' as BinUnit | 'auto',
  recent: 6,
  baseline: 6,
  alpha: 0.05,
  topCategories: 6,
  minConfidence: 0,
  adjustBy: 'auto' as 'auto' | 'category' | 'source' | 'none',
};
