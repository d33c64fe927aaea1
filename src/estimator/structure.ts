/**
 * Topic structure computed after the clustering: the merge tree
 * (hierarchy.csv), each paper's assignment confidence and the topics'
 * coherence and diversity. Pure functions of the model's plain data plus the
 * clustering space; `run` and `reduce` share them.
 */
import { classTfidf, clusterMeans, type ClassTfidf, type HierarchyNode, type TopicQuality } from '../topics/index.js';
import { averageLinkage, hierarchyNodes, topicDistances, type Merge } from '../topics/index.js';
import { labelVocab, mergedLabeller, topicTermCounts } from '../topics/index.js';
import { topicQuality } from '../topics/index.js';
import type { TopicModel } from '../model/index.js';

/** Coherence and diversity of the topics of a grouping, from its c-TF-IDF. */
export function qualityOf(ctfidf: ClassTfidf, docTerms: readonly Int32Array[]): TopicQuality {
  return topicQuality(ctfidf.nGroups, (t, n) => ctfidf.topTerms(t, n).map((x) => x.term), docTerms);
}

/** Tree nodes for given merges over the model's current topics, merged nodes labelled by c-TF-IDF. */
export function labelledTree(model: TopicModel, docTopic: Int32Array, ctfidf: ClassTfidf, merges: readonly Merge[]): HierarchyNode[] {
  const k = model.topics.length;
  const counts = topicTermCounts(model.docTerms, docTopic, k, model.surfaces.length);
  const label = mergedLabeller(counts, ctfidf.idf, labelVocab(model.surfaces, model.labelTerms));
  return hierarchyNodes(
    merges,
    model.topics.map((t) => t.size),
    model.topics.map((t) => t.label),
    (_, leaves, children) => label(leaves, children),
    model.topics.map((t) => t.id),
  );
}

/** The merge tree over the model's topics from their centroids (k × dim, by topic position) and c-TF-IDF. */
function treeOf(model: TopicModel, docTopic: Int32Array, ctfidf: ClassTfidf, centroids: Float32Array, dim: number): HierarchyNode[] {
  const k = model.topics.length;
  if (k < 2) return labelledTree(model, docTopic, ctfidf, []);
  const dist = topicDistances({ centroids, dim, termVectors: Array.from({ length: k }, (_, t) => ctfidf.vector(t)) });
  return labelledTree(model, docTopic, ctfidf, averageLinkage(dist, model.topics.map((t) => t.size)));
}

/** Each paper's topic position (topic ids may have gaps after `--align-to`, or new ids after `update`). */
function positions(model: TopicModel): Int32Array {
  const slot = new Map(model.topics.map((t, i) => [t.id, i]));
  return Int32Array.from(model.papers, (p) => slot.get(p.topic) ?? -1);
}

/**
 * Rebuild the tree after `update` added topics, from the estimator's
 * centroids (the mean of each topic's centroid rows): the old tree named
 * neither the new topics nor ids that do not clash with them.
 */
export function rebuildTree(model: TopicModel, state: { topicIds: Int32Array; centroids: Float32Array; clusterDims: number }): void {
  const dim = state.clusterDims;
  const slot = new Map(model.topics.map((t, i) => [t.id, i]));
  const rows = new Int32Array(state.topicIds.length);
  state.topicIds.forEach((id, r) => (rows[r] = slot.get(id) ?? -1));
  const centroids = clusterMeans(state.centroids, dim, rows, model.topics.length);
  const docTopic = positions(model);
  const ctfidf = classTfidf(model.docTerms, docTopic, model.topics.length, model.surfaces.length);
  model.hierarchy = treeOf(model, docTopic, ctfidf, centroids, dim);
}

/** The spaces of a fit: where the topics were found, and the text (or user) vectors it started from. */
export interface FitSpaces {
  /** n × clusterDims; the tree's centroid distances are measured here. */
  clusterSpace: Float32Array;
  clusterDims: number;
}

/**
 * Add the hierarchy and topic quality to a freshly built model (each paper's
 * confidence comes with the fit: see TopicEstimator.fit).
 * Centroids are the topics' means (k-means centroids, renumbered by size).
 */
/** @param onStep the steps done of 3, for a progress counter (4.5 s on the 52,852-paper run). */
export function addTopicStructure(model: TopicModel, spaces: FitSpaces, onStep?: (done: number, total: number) => void): void {
  const k = model.topics.length;
  // Topic ids are 0..k-1 after a fit; `run --align-to` may renumber them, so work by position (the tree's leaves keep the ids).
  const docTopic = positions(model);
  const { clusterSpace, clusterDims: dim } = spaces;
  const centroids = clusterMeans(clusterSpace, dim, docTopic, k);
  const ctfidf = classTfidf(model.docTerms, docTopic, k, model.surfaces.length);
  onStep?.(1, 3);
  model.quality = qualityOf(ctfidf, model.docTerms);
  onStep?.(2, 3);
  model.hierarchy = treeOf(model, docTopic, ctfidf, centroids, dim);
  onStep?.(3, 3);
}
