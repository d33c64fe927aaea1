/**
 * c-TF-IDF labels of merged topics: the term counts of the merged papers with
 * the idf of the topic-level c-TF-IDF, as BERTopic's `hierarchical_topics`
 * does (it transforms the merged words with the fitted c-TF-IDF model).
 */
import { labelAvoiding, leadOf } from './distinct-labels.js';
import type { LabelVocab } from './label-vocab.js';
import { topEntries, type SparseVector } from './sparse.js';

/** Term counts of each topic's papers, dense (k × nTerms). */
export function topicTermCounts(docTerms: readonly Int32Array[], docTopic: ArrayLike<number>, k: number, nTerms: number): Float64Array[] {
  const counts = Array.from({ length: k }, () => new Float64Array(nTerms));
  for (let d = 0; d < docTerms.length; d++) {
    const t = docTopic[d];
    if (t < 0) continue;
    const row = counts[t];
    for (const term of docTerms[d]) row[term]++;
  }
  return counts;
}

/** c-TF-IDF of one group from its term counts: sqrt counts, L1-normalised, times idf (as `classTfidf`). */
export function groupTfidf(counts: Float64Array, idf: Float64Array): SparseVector {
  const ids: number[] = [];
  let sum = 0;
  for (let t = 0; t < counts.length; t++) {
    if (counts[t] > 0) {
      ids.push(t);
      sum += Math.sqrt(counts[t]);
    }
  }
  return { ids: Int32Array.from(ids), values: Float64Array.from(ids, (t) => (Math.sqrt(counts[t]) / sum) * idf[t]) };
}

/**
 * A labeller for merged nodes: sums the counts of the leaf topics under a node and labels it by
 * c-TF-IDF, sharing fewer than two lead concepts with each child's label: a parent named like its
 * larger child says nothing about what the merge added.
 */
export function mergedLabeller(leafCounts: readonly Float64Array[], idf: Float64Array, vocab: LabelVocab) {
  const termOf = new Map(vocab.surfaces.map((s, t) => [s, t]));
  const lead = (label: string) => leadOf(label.split(', ').flatMap((s) => termOf.get(s) ?? []), vocab);
  return (leaves: readonly number[], childLabels: readonly string[] = []): string => {
    const sum = new Float64Array(idf.length);
    for (const l of leaves) {
      const c = leafCounts[l];
      for (let t = 0; t < c.length; t++) sum[t] += c[t];
    }
    const terms = labelAvoiding(topEntries(groupTfidf(sum, idf), 30), vocab, {}, childLabels.map(lead));
    return terms.map((t) => vocab.surfaces[t]).join(', ');
  };
}
