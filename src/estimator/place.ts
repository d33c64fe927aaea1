/**
 * `transform`: place papers the model has never seen. Text → the fitted
 * analyzer → TF-IDF with the fitted idf → the fitted SVD → unit LSA rows →
 * nearest training papers → UMAP transform into the clustering space and the
 * map → nearest topic centroid. Each paper is placed on its own (its own
 * neighbours, its own seeded optimisation), so a paper gets the same topic,
 * distance and coordinates in any batch, order or shard.
 */
import { findABParams } from 'umap-js/dist/umap.js';
import type { Paper } from '../corpus/index.js';
import { l2NormalizeRows, queryNeighbors, umapTransform } from '../reduce/index.js';
import { queryIvf } from '../cluster/index.js';
import { IVF_PROBES } from './from-fit.js';
import type { AnalyzedDocs } from '../text/index.js';
import { deriveSeed } from '../util/index.js';
import { paperText } from './fit.js';
import type { FittedParts } from './parts.js';
import { assign } from '../cluster/index.js';
import { assignmentConfidence } from '../topics/index.js';
import { ModelError } from '../model/index.js';
import { typicality } from './novelty.js';
import type { CsrMatrix } from '../vectorize/index.js';

/** Where `transform` put one paper. */
export interface Placement {
  id: string;
  topic: number;
  /** Euclidean distance to the topic's centroid in the clustering space. */
  distance: number;
  /** 1 - (LSA distance to the topic's mean) / (to the nearest other topic's mean), in [0, 1]; as `fit` measures it. */
  confidence: number;
  /** Less like its most similar training papers than 95% of its topic's training papers are like theirs (see novelty.ts). */
  novel: boolean;
  /** In a reduced model: the topic before the merge of the nearest centroid (state.fineTopicIds). */
  subtopic?: number;
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
  const docs = parts.analyzer.transform(papers.map(paperText));
  if (m === 0) return { placements: [], docs, X: parts.tfidf.transform(docs.terms), lsa: new Float32Array(0), cluster: new Float32Array(0) };
  const { X, lsa, knn, cluster, map } = positions(parts, papers.map((p) => p.id), docs.terms, true);
  const c = state.svdComponents;
  const d = state.clusterDims;
  const { labels: sub } = assign(cluster, m, d, state.subCentroids, state.subRow.length);
  const row = Int32Array.from(sub, (s) => state.subRow[s]);
  // Confidence in LSA space, as the fit measures it (see TopicEstimator.fit for why not UMAP's).
  const confidence = assignmentConfidence(lsa, c, row, state.lsaCentroids);
  const typical = typicality(X, parts.reference, knn.indices, knn.k, 0);
  const placements = papers.map((p, i): Placement => {
    const empty = X.indptr[i + 1] === X.indptr[i];
    return {
      id: p.id,
      topic: state.topicIds[row[i]],
      distance: euclidean(cluster, i, state.centroids, row[i], d),
      confidence: empty ? 0 : confidence[i],
      // A paper with no known term has nothing in common with the training papers: novel by definition.
      novel: empty || typical[i] < state.thresholds[row[i]],
      ...(state.fineTopicIds && state.fineTopicIds[row[i]] >= 0 ? { subtopic: state.fineTopicIds[row[i]] } : {}),
      x: map[2 * i],
      y: map[2 * i + 1],
    };
  });
  return { placements, docs, X, lsa, cluster };
}

/**
 * Where papers given as term ids fall: TF-IDF with the fitted idf → SVD → unit
 * LSA rows → nearest training papers → UMAP transform into the clustering space
 * (and the map, when asked). `place` starts from the text; `curate --split` on a
 * scaled run starts from the term ids a part keeps beside it (.terms), and gets
 * the positions `transform` gave, since each paper's optimisation is seeded by its id.
 */
export function positions(parts: FittedParts, ids: readonly string[], terms: Int32Array[], withMap: boolean) {
  const { state } = parts;
  const m = ids.length;
  const c = state.svdComponents;
  const X = parts.tfidf.transform(terms);
  const lsa = l2NormalizeRows(parts.svd.transform(X), m, c);
  const nTrain = state.ids.length;
  const k = Math.min(state.nNeighbors, nTrain);
  const knn = state.ivfCentres && state.ivfOffsets && state.ivfMembers
    ? queryIvf({ nRef: nTrain, d: c, cells: state.ivfOffsets.length - 1, centres: state.ivfCentres, offsets: state.ivfOffsets, members: state.ivfMembers }, state.lsa, lsa, m, k, IVF_PROBES)
    : queryNeighbors(state.lsa, nTrain, lsa, m, c, k);
  const seeds = Int32Array.from(ids, (id) => deriveSeed(state.seed, `transform:${id}`));
  const embed = (train: Float32Array, dim: number, minDist: number) => {
    const { a, b } = findABParams(1, minDist);
    return umapTransform(knn, train, dim, { a, b, nEpochs: transformEpochs(nTrain), seeds });
  };
  const cluster = state.clusterOn === 'umap' ? embed(state.cluster, state.clusterDims, state.minDist.cluster) : lsa;
  const map = withMap && state.map.length ? embed(state.map, 2, state.minDist.map) : new Float32Array(2 * m);
  if (cluster.length !== m * state.clusterDims) {
    throw new ModelError('this model clustered your own --embeddings in their own space; papers without such vectors cannot be placed in it (refit, or fit on more than 1,000 papers so topics are found in UMAP space)');
  }
  return { X, lsa, knn, cluster, map };
}

/** Distance between row i of A and row j of B (both with d columns). */
function euclidean(A: Float32Array, i: number, B: Float32Array, j: number, d: number): number {
  let s = 0;
  for (let t = 0; t < d; t++) s += (A[i * d + t] - B[j * d + t]) ** 2;
  return Math.sqrt(s);
}
