/**
 * The names of the registered clusterers, without their implementations: the
 * option table (and so the CLI's start-up and --help) needs only these, while
 * loading k-means pulls in ml-kmeans (~110 ms). registry.ts has one row per name,
 * and the compiler checks that every name has one.
 */
export const CLUSTERER_NAMES = ['kmeans', 'louvain'] as const;
export type ClustererName = (typeof CLUSTERER_NAMES)[number];
