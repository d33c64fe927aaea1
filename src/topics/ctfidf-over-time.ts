import { classTfidf, type ClassTfidf, type ClassTfidfOptions } from './ctfidf.js';
import { type SparseVector, EMPTY_VECTOR, averageVectors, topEntries } from './sparse.js';

export interface OverTimeOptions extends Pick<ClassTfidfOptions, 'reduceFrequentWords'> {
  /** Average each (topic, bin) vector with the topic's global vector, so a bin's label stays recognisably the topic's (BERTopic `global_tuning`). Default: true. */
  globalTuning?: boolean;
  /** Average each (topic, bin) vector with the same topic's (tuned) vector of the previous bin when the topic has papers there, smoothing the evolution (BERTopic `evolution_tuning`). Default: true. */
  evolutionTuning?: boolean;
}

/** c-TF-IDF of each topic within each time bin. */
export interface TopicsOverTime {
  vector(topic: number, bin: number): SparseVector;
  topTerms(topic: number, bin: number, n: number): { term: number; weight: number }[];
  /** Papers of the topic in the bin. */
  size(topic: number, bin: number): number;
}

/**
 * BERTopic's topics-over-time representation: group = (topic, bin), weighted
 * with the global fit's idf (`global`, from `classTfidf` over topics), then
 * evolution tuning, then global tuning, in BERTopic's order. Docs with topic or
 * bin -1 are left out. A (topic, bin) without papers has an empty vector.
 */
export function classTfidfOverTime(
  docTerms: readonly Int32Array[],
  topics: Int32Array,
  bins: Int32Array,
  nBins: number,
  global: ClassTfidf,
  options: OverTimeOptions = {},
): TopicsOverTime {
  const nTopics = global.nGroups;
  const groups = new Int32Array(topics.length);
  for (let d = 0; d < topics.length; d++) groups[d] = topics[d] >= 0 && bins[d] >= 0 ? topics[d] * nBins + bins[d] : -1;
  const raw = classTfidf(docTerms, groups, nTopics * nBins, global.nTerms, { idf: global.idf, reduceFrequentWords: options.reduceFrequentWords });
  const tuned: SparseVector[] = new Array(nTopics * nBins);
  for (let t = 0; t < nTopics; t++) {
    let previous: SparseVector | null = null;
    for (let b = 0; b < nBins; b++) {
      const g = t * nBins + b;
      if (raw.sizes[g] === 0) {
        tuned[g] = EMPTY_VECTOR;
        previous = null;
        continue;
      }
      let v = raw.vector(g);
      if (options.evolutionTuning !== false && previous) v = averageVectors(v, previous);
      if (options.globalTuning !== false) v = averageVectors(v, global.vector(t));
      tuned[g] = v;
      previous = v;
    }
  }
  return {
    vector: (topic, bin) => tuned[topic * nBins + bin],
    topTerms: (topic, bin, n) => topEntries(tuned[topic * nBins + bin], n),
    size: (topic, bin) => raw.sizes[topic * nBins + bin],
  };
}
