/**
 * Topic structure computed after the clustering: the merge tree
 * (hierarchy.csv), each paper's assignment confidence and the topics'
 * coherence and diversity. Pure functions of the model's plain data plus the
 * clustering space; `run` and `reduce` share them.
 */
import { classTfidf, clusterMeans, type ClassTfidf, type HierarchyNode, type TopicQuality } from '../topics/index.js';
import { averageLinkage, hierarchyNodes, topicDistances, type Merge } from '../topics/index.js';
import { mergedLabeller, termKeysFromSurfaces, topicTermCounts } from '../topics/index.js';
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
  const label = mergedLabeller(counts, ctfidf.idf, termKeysFromSurfaces(model.surfaces), model.surfaces);
  return hierarchyNodes(
    merges,
    model.topics.map((t) => t.size),
    model.topics.map((t) => t.label),
    (_, leaves) => label(leaves),
  );
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
export function addTopicStructure(model: TopicModel, spaces: FitSpaces): void {
  const k = model.topics.length;
  // Topic ids are 0..k-1 after a fit; `run --align-to` may renumber them, so work by position.
  const slot = new Map(model.topics.map((t, i) => [t.id, i]));
  const docTopic = Int32Array.from(model.papers, (p) => slot.get(p.topic) ?? -1);
  const { clusterSpace, clusterDims: dim } = spaces;
  const centroids = clusterMeans(clusterSpace, dim, docTopic, k);
  const ctfidf = classTfidf(model.docTerms, docTopic, k, model.surfaces.length);
  model.quality = qualityOf(ctfidf, model.docTerms);
  // The tree names topics by id (leaves 0..k-1, merged nodes k..): only for ids that are positions.
  if (model.topics.some((t, i) => t.id !== i)) return;
  model.hierarchy = topicTree(model, docTopic, ctfidf, centroids, dim);
}

/** The merge tree over a model whose topic ids are positions: average linkage on centroid and term distances. */
export function topicTree(model: TopicModel, docTopic: Int32Array, ctfidf: ClassTfidf, centroids: Float32Array, dim: number): HierarchyNode[] {
  const k = model.topics.length;
  if (k < 2) return labelledTree(model, docTopic, ctfidf, []);
  const dist = topicDistances({ centroids, dim, termVectors: Array.from({ length: k }, (_, t) => ctfidf.vector(t)) });
  return labelledTree(model, docTopic, ctfidf, averageLinkage(dist, model.topics.map((t) => t.size)));
}
