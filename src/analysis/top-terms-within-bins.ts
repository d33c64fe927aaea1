/** The words of a topic within each time bin, for the trend tables and the topic page. */
import { classTfidf, classTfidfOverTime } from '../topics/index.js';
import type { TopTermsFn } from '../trends/index.js';
import type { TopicModel } from '../model/index.js';

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
