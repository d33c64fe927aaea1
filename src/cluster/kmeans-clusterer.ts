import { deriveSeed } from '../util/index.js';
import { fitCanonical } from './canonical.js';
import { validateInput, type Clusterer, type ClusterInput, type ClusterResult } from './clusterer.js';
import { KMeans } from './kmeans.js';
import { stabilityCurve, type StabilityOptions } from './stability.js';
import { closestStableK, priorK, priorWindow } from './size-prior.js';
import { restartsFor } from './restarts.js';

export interface KMeansClustererOptions {
  /** Restarts (best inertia wins), or 'auto' (the default): more on small inputs, see restarts.ts. */
  nInit?: number | 'auto';
  /** Converged when no centroid moves more than this (squared). Default 1e-4: UMAP coordinates span ~10 units. */
  tolerance?: number;
  /** Range of k 'auto' may choose from. Default [5, 120]. */
  kRange?: [number, number];
  /** Tuning of the stability criterion behind 'auto'. */
  stability?: Omit<StabilityOptions, 'seed'>;
}

/** k-means (k-means++ seeding, Lloyd) as a {@link Clusterer}; 'auto' k by a size prior and clustering stability around it. */
export function kmeansClusterer(options: KMeansClustererOptions = {}): Clusterer {
  const tolerance = options.tolerance ?? 1e-4;
  const [kMin, kMax] = options.kRange ?? [5, 120];
  return {
    name: 'kmeans',
    fit(input: ClusterInput): Promise<ClusterResult> {
      validateInput(input);
      return fitCanonical(input, ({ X, n, d, k: requested, seed }) => {
        const nInit = restartsFor(n, options.nInit);
        let k: number;
        let curve: ClusterResult['curve'];
        if (requested === 'auto') {
          // Two restarts per subsample: enough that instability reflects the data, not an unlucky start.
          const fitter = (S: Float32Array, m: number, dd: number, kk: number, s: number) => new KMeans({ k: kk, nInit: 2, tolerance, seed: s }).fit(S, m, dd).labels;
          const prior = priorK(n, kMin, kMax);
          // The stage's work: the k values tried, then the restarts of the chosen k.
          const onProgress = input.onProgress && ((done: number, total: number) => input.onProgress!(done, total + nInit));
          const scored = stabilityCurve(X, n, d, fitter, priorWindow(prior, kMin, kMax), { ...options.stability, seed: deriveSeed(seed, 'auto-k'), onProgress });
          k = closestStableK(scored, prior);
          curve = scored.map((p) => ({ ...p, prior }));
        } else k = requested;
        const tried = curve?.length ?? 0;
        const onProgress = input.onProgress && ((done: number, total: number) => input.onProgress!(tried + done, tried + total));
        const km = new KMeans({ k, nInit, tolerance, seed: deriveSeed(seed, 'kmeans'), onProgress }).fit(X, n, d);
        return {
          labels: km.labels,
          k,
          centroids: km.centroids,
          params: { method: 'kmeans', k, nInit, tolerance, ...(requested === 'auto' ? { auto: 'size prior + stability', kRange: [kMin, kMax] } : {}) },
          curve,
        };
      });
    },
  };
}
