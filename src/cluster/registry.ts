import type { Clusterer } from './clusterer.js';
import { kmeansClusterer } from './kmeans-clusterer.js';
import { louvainClusterer } from './louvain-clusterer.js';

/** Options every clusterer factory receives (each uses what applies to it). */
export interface ClustererOptions {
  /** Range of k tried by 'auto'. Default [5, 30]. */
  kRange?: [number, number];
  /** k-means restarts. Default 5. */
  nInit?: number;
}

/** Every clustering method by name: adding one is one file and one row here. */
export const clusterers: Record<string, (options: ClustererOptions) => Clusterer> = {
  kmeans: (o) => kmeansClusterer({ kRange: o.kRange, nInit: o.nInit }),
  louvain: () => louvainClusterer(),
};

export type ClustererName = keyof typeof clusterers;

export function makeClusterer(name: string, options: ClustererOptions = {}): Clusterer {
  const factory = clusterers[name];
  if (!factory) throw new Error(`Unknown clusterer "${name}"; known: ${Object.keys(clusterers).join(', ')}.`);
  return factory(options);
}
