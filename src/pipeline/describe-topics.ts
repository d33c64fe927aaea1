/** Glue between the clustering and the topic representation (src/topics). */
import { classTfidf, classTfidfOverTime, describeTopics as describe } from '../topics/index.js';
import type { TextAnalyzer } from '../text/index.js';
import type { TopTermsFn } from '../trends/index.js';
import type { Topic } from '../topics/types.js';
import type { TopicModel } from './model.js';

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
    termKeys: a.analyzer.terms,
    surfaces: a.analyzer.surfaces,
    embedding: a.clusterSpace,
    dim: a.clusterDims,
    centroids: a.centroids,
    topTerms: a.topTerms,
  });
  return { topics: d.topics, labels: d.labels };
}

/** Terms shown per topic and bin. */
const BIN_TERMS = 5;

/**
 * A topic's top terms within each bin: c-TF-IDF per (topic, bin) with the
 * global idf, smoothed with the previous bin and the topic's global
 * representation (BERTopic's evolution and global tuning).
 */
export function topTermsWithinBins(model: TopicModel, docTopic: Int32Array, docPeriod: Int32Array, nPeriods: number): TopTermsFn {
  const nTerms = model.surfaces.length;
  // Topic ids may have gaps after alignment: groups are indexed by id.
  const nGroups = Math.max(0, ...model.topics.map((t) => t.id + 1));
  const global = classTfidf(model.docTerms, docTopic, nGroups, nTerms);
  const overTime = classTfidfOverTime(model.docTerms, docTopic, docPeriod, nPeriods, global);
  return (topic, period) =>
    overTime
      .topTerms(topic, period, BIN_TERMS)
      .map((t) => model.surfaces[t.term])
      .join(', ');
}
