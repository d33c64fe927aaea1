/**
 * `transform`: place papers the model has never seen. Text → the fitted
 * analyzer → TF-IDF with the fitted idf → the fitted SVD → unit LSA rows →
 * nearest training papers → UMAP transform into the clustering space and the
 * map → nearest topic centroid. Each paper is placed on its own (its own
 * neighbours, its own seeded optimisation), so a paper gets the same topic,
 * distance and coordinates in any batch, order or shard.
 */
import { findABParams } from 'umap-js/dist/umap.js';
import type { Paper } from '../corpus/types.js';
import { l2NormalizeRows, queryNeighbors, umapTransform } from '../reduce/index.js';
import type { AnalyzedDocs } from '../text/index.js';
import { deriveSeed } from '../util/random.js';
import { paperText } from '../pipeline/fit.js';
import type { FittedParts } from './parts.js';
import { margin, nearestCentroids } from './nearest.js';
import { typicality } from './novelty.js';
import type { CsrMatrix } from '../vectorize/csr.js';

/** Where `transform` put one paper. */
export interface Placement {
  id: string;
  topic: number;
  /** Euclidean distance to the topic's centroid in the clustering space. */
  distance: number;
  /** 1 - distance / distance to the second nearest topic, in [0, 1]. */
  confidence: number;
  /** Less like its most similar training papers than 95% of its topic's training papers are like theirs (see novelty.ts). */
  novel: boolean;
  x: number;
  y: number;
}

export interface PlacedBatch {
  placements: Placement[];
  docs: AnalyzedDocs;
  /** m × terms TF-IDF rows. */
  X: CsrMatrix;
  /** m × svdComponents unit LSA rows. */
  lsa: Float32Array;
  /** m × clusterDims positions in the clustering space. */
  cluster: Float32Array;
}

/** umap-learn's transform epochs: 100 for up to 10,000 training points, else 30. */
const transformEpochs = (nTrain: number) => (nTrain <= 10_000 ? 100 : 30);

export function place(parts: FittedParts, papers: readonly Paper[]): PlacedBatch {
  const { state } = parts;
  const m = papers.length;
  const c = state.svdComponents;
  const docs = parts.analyzer.transform(papers.map(paperText));
  const X = parts.tfidf.transform(docs.terms);
  const lsa = l2NormalizeRows(parts.svd.transform(X), m, c);
  if (m === 0) return { placements: [], docs, X, lsa, cluster: new Float32Array(0) };
  const nTrain = state.ids.length;
  const knn = queryNeighbors(state.lsa, nTrain, lsa, m, c, Math.min(state.nNeighbors, nTrain));
  const seeds = Int32Array.from(papers, (p) => deriveSeed(state.seed, `transform:${p.id}`));
  const embed = (train: Float32Array, dim: number, minDist: number) => {
    const { a, b } = findABParams(1, minDist);
    return umapTransform(knn, train, dim, { a, b, nEpochs: transformEpochs(nTrain), seeds });
  };
  const cluster = state.clusterOn === 'umap' ? embed(state.cluster, state.clusterDims, state.minDist.cluster) : lsa;
  const map = state.map.length ? embed(state.map, 2, state.minDist.map) : new Float32Array(2 * m);
  const near = nearestCentroids(cluster, m, state.clusterDims, state.centroids);
  const typical = typicality(X, parts.reference, knn.indices, knn.k, 0);
  const placements = papers.map((p, i): Placement => {
    const row = near.row[i];
    const empty = X.indptr[i + 1] === X.indptr[i];
    return {
      id: p.id,
      topic: state.topicIds[row],
      distance: near.distance[i],
      confidence: empty ? 0 : margin(near.distance[i], near.second[i]),
      // A paper with no known term has nothing in common with the training papers: novel by definition.
      novel: empty || typical[i] < state.thresholds[row],
      x: map[2 * i],
      y: map[2 * i + 1],
    };
  });
  return { placements, docs, X, lsa, cluster };
}
