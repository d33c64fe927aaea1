/** Glue between the clustering and the topic representation (src/topics). */
import { describeTopics as describe, labelVocab } from '../topics/index.js';
import type { TextAnalyzer } from '../text/index.js';
import type { Topic } from '../topics/index.js';

export interface DescribeArgs {
  ids: string[];
  analyzer: TextAnalyzer;
  docTerms: Int32Array[];
  labels: Int32Array;
  k: number;
  clusterSpace: Float32Array;
  clusterDims: number;
  centroids: Float32Array;
  topTerms: number;
}

/** Topics with c-TF-IDF terms, MMR labels and representatives; labels renumbered by size. */
export function describeTopics(a: DescribeArgs): { topics: Topic[]; labels: Int32Array } {
  const d = describe({
    docIds: a.ids,
    labels: a.labels,
    nTopics: a.k,
    docTerms: a.docTerms,
    vocab: labelVocab(a.analyzer.surfaces, a.analyzer.labelTerms),
    embedding: a.clusterSpace,
    dim: a.clusterDims,
    centroids: a.centroids,
    topTerms: a.topTerms,
  });
  return { topics: d.topics, labels: d.labels };
}
