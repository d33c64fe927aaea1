/**
 * Topic structure computed after the clustering: the merge tree
 * (hierarchy.csv), each paper's assignment confidence and the topics'
 * coherence and diversity. Pure functions of the model's plain data plus the
 * clustering space; `run` and `reduce` share them.
 */
import { classTfidf, clusterMeans, type ClassTfidf, type HierarchyNode, type TopicQuality } from '../topics/index.js';
import { averageLinkage, hierarchyNodes, topicDistances, type Merge } from '../topics/hierarchy.js';
import { mergedLabeller, termKeysFromSurfaces, topicTermCounts } from '../topics/hierarchy-labels.js';
import { assignmentConfidence } from '../topics/confidence.js';
import { topicQuality } from '../topics/coherence.js';
import type { TopicModel } from './model.js';

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

/**
 * Add hierarchy, per-paper confidence and quality to a freshly built model.
 * `clusterSpace` (n × dim) is where the topics were found; centroids are the
 * topics' means there (k-means centroids, renumbered by size).
 */
export function addTopicStructure(model: TopicModel, clusterSpace: Float32Array, dim: number): void {
  const k = model.topics.length;
  const docTopic = Int32Array.from(model.papers, (p) => p.topic);
  const centroids = clusterMeans(clusterSpace, dim, docTopic, k);
  const confidence = assignmentConfidence(clusterSpace, dim, docTopic, centroids);
  model.papers.forEach((p, i) => (p.confidence = Math.round(confidence[i] * 1e4) / 1e4));
  const ctfidf = classTfidf(model.docTerms, docTopic, k, model.surfaces.length);
  model.quality = qualityOf(ctfidf, model.docTerms);
  if (k < 2) {
    model.hierarchy = labelledTree(model, docTopic, ctfidf, []);
    return;
  }
  const dist = topicDistances({ centroids, dim, termVectors: Array.from({ length: k }, (_, t) => ctfidf.vector(t)) });
  model.hierarchy = labelledTree(model, docTopic, ctfidf, averageLinkage(dist, model.topics.map((t) => t.size)));
}
