import type { Clusterer } from './clusterer.js';
import type { ClustererName } from './names.js';
import { kmeansClusterer } from './kmeans-clusterer.js';
import { louvainClusterer } from './louvain-clusterer.js';

/** Options every clusterer factory receives (each uses what applies to it). */
export interface ClustererOptions {
  /** Range of k tried by 'auto'. Default [5, 30]. */
  kRange?: [number, number];
  /** k-means restarts, or 'auto' (restarts.ts). Default 'auto'. */
  nInit?: number | 'auto';
}

/** Every clustering method by name: adding one is one file, its name in names.ts and one row here. */
export const clusterers: Record<ClustererName, (options: ClustererOptions) => Clusterer> = {
  kmeans: (o) => kmeansClusterer({ kRange: o.kRange, nInit: o.nInit }),
  louvain: () => louvainClusterer(),
};

export function makeClusterer(name: string, options: ClustererOptions = {}): Clusterer {
  const factory = clusterers[name as ClustererName];
  if (!factory) throw new Error(`Unknown clusterer "${name}"; known: ${Object.keys(clusterers).join(', ')}.`);
  return factory(options);
}
