import { nearestNeighbors } from '../reduce/index.js';
import { buildIvf } from '../cluster/index.js';
import { clusterMeans } from '../topics/index.js';
import { deriveSeed } from '../util/index.js';
import type { FittedTopics } from './fit.js';
import { median, quantileBySlot, typicality } from './novelty.js';
import { dotRows } from '../vectorize/index.js';
import type { EstimatorState } from './state.js';

/**
 * From this many training papers new papers' neighbours are searched in an IVF index (12 of √n
 * cells probed): at 25,000 rows 7.5× faster than exact search with 97% of the exact neighbours
 * (bench/knn-query.js). Below it exact search is fast enough and the index not worth building.
 */
export const IVF_MIN_REFERENCE = 20_000;
export const IVF_PROBES = 12;

/** Share of a topic's training papers less typical than its novelty threshold. */
export const NOVELTY_QUANTILE = 0.05;

/** The transform state of a fit over papers with these ids (in the fit's row order). */
export function stateFromFit(f: FittedTopics, ids: string[], seed: number): EstimatorState {
  const n = ids.length;
  const c = f.svdComponents;
  const knn = f.knn ?? nearestNeighbors(f.lsa, n, c, f.nNeighbors, { seed: deriveSeed(seed, 'knn') });
  // Each training paper against the others (its own row, first in its list, left out).
  const typical = typicality(f.X, f.X, knn.indices, knn.k, 1);
  const nearest = Float32Array.from({ length: n }, (_, i) => (knn.k > 1 ? dotRows(f.X, i, f.X, knn.indices[i * knn.k + 1]) : 0));
  // Over-clustered: each fine cluster belongs to the topic its papers ended in (topics are renumbered by size after the merge).
  const subK = f.subK ?? f.k;
  const subLabels = f.subLabels ?? f.labels;
  const subRow = new Int32Array(subK);
  for (let i = 0; i < n; i++) subRow[subLabels[i]] = f.labels[i];
  const ivf = n >= IVF_MIN_REFERENCE ? buildIvf(f.lsa, n, c, { seed: deriveSeed(seed, 'ivf') }) : undefined;
  return {
    seed,
    ids,
    analyzer: f.analyzer.toState(),
    tfidf: f.tfidf.toState(),
    components: f.svd.components,
    svdComponents: c,
    lsa: f.lsa,
    nNeighbors: f.nNeighbors,
    clusterOn: f.clusterOn,
    cluster: f.clusterSpace,
    clusterDims: f.clusterDims,
    map: f.map,
    minDist: f.minDist,
    topicIds: Int32Array.from({ length: f.k }, (_, t) => t),
    centroids: clusterMeans(f.clusterSpace, f.clusterDims, f.labels, f.k),
    subCentroids: clusterMeans(f.clusterSpace, f.clusterDims, subLabels, subK),
    subRow,
    lsaCentroids: clusterMeans(f.lsa, c, f.labels, f.k),
    thresholds: quantileBySlot(typical, f.labels, f.k, NOVELTY_QUANTILE),
    linkSimilarity: median(nearest),
    ...(ivf ? { ivfCentres: ivf.centres, ivfOffsets: ivf.offsets, ivfMembers: ivf.members } : {}),
  };
}
