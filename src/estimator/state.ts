/**
 * What a fitted topic model keeps so that `transform` can place papers it has
 * never seen exactly as `fit` placed the training papers: the analyzer's
 * vocabulary and phrases, TF-IDF term ids and idf, SVD components, the training
 * papers' unit LSA rows (the reference set new papers find neighbours in), both
 * UMAP embeddings, and one centroid and one novelty threshold per topic.
 */
import type { AnalyzerState } from '../text/index.js';
import type { TfidfState } from '../vectorize/index.js';

export const ESTIMATOR_FORMAT = 'topictrends-estimator';
export const ESTIMATOR_VERSION = 1;

export interface EstimatorState {
  seed: number;
  /** Training paper ids, in the row order of every n-row array below (sorted by id). */
  ids: string[];
  analyzer: AnalyzerState;
  tfidf: TfidfState;
  /** SVD components (svdComponents × tfidf columns, row-major). */
  components: Float32Array;
  svdComponents: number;
  /** n × svdComponents unit-length LSA rows of the training papers. */
  lsa: Float32Array;
  /** Neighbours used by UMAP, in the fit and for new papers. */
  nNeighbors: number;
  /** Where topics were found: 'umap' (the clustering embedding) or 'lsa'. */
  clusterOn: 'umap' | 'lsa';
  /** n × clusterDims clustering space (the UMAP embedding, or the LSA rows). */
  cluster: Float32Array;
  clusterDims: number;
  /** n × 2 map coordinates (empty when the fit skipped the map). */
  map: Float32Array;
  minDist: { cluster: number; map: number };
  /** Topic id of each centroid row (ids are stable: never renumbered, may have gaps after alignment). */
  topicIds: Int32Array;
  /** topicIds.length × clusterDims centroids in the clustering space (a new paper goes to the nearest). */
  centroids: Float32Array;
  /**
   * The clusters a new paper is assigned among (s × clusterDims) and the centroid row each belongs to.
   * With over-clustering a topic is several clusters merged: its papers' nearest cluster, not the
   * merged mean (which can sit between its parts), says where they belong. Otherwise one per topic.
   */
  subCentroids: Float32Array;
  subRow: Int32Array;
  /** topicIds.length × svdComponents topic means of the unit LSA rows (confidence is measured against them, as in the fit). */
  lsaCentroids: Float32Array;
  /** Per centroid: the 5th percentile of its training papers' typicality (see novelty.ts); below it a new paper is novel. */
  thresholds: Float32Array;
  /**
   * The IVF index over `lsa` that new papers' neighbours are searched in (reduce/ivf.ts), present
   * when the reference has at least IVF_MIN_REFERENCE rows; exact search below that.
   */
  ivfCentres?: Float32Array;
  ivfOffsets?: Int32Array;
  ivfMembers?: Int32Array;
  /**
   * After `reduce`: the topic id each centroid row had before the merge (-1 for topics `update` added
   * since), so a paper `update` places in a reduced model gets its fine topic as `subtopic`.
   */
  fineTopicIds?: Int32Array;
  /** Median TF-IDF similarity of a training paper to its most similar other one: novel papers at least this similar form a group. */
  linkSimilarity: number;
}
