import { classTfidf } from './ctfidf.js';
import { topicLabel } from './labels.js';

export interface GroupDescription {
  label: string;
  /** Display forms of the top terms, heaviest first. */
  terms: { term: string; weight: number }[];
}

/**
 * c-TF-IDF label and top terms of arbitrary groups of documents (merged topics,
 * novel groups, aligned topics), judged against all the other groups given.
 */
export function describeGroups(
  docTerms: readonly Int32Array[],
  groups: Int32Array,
  nGroups: number,
  termKeys: readonly string[],
  surfaces: readonly string[],
  topTerms = 10,
): GroupDescription[] {
  const ct = classTfidf(docTerms, groups, nGroups, termKeys.length);
  return Array.from({ length: nGroups }, (_, g) => {
    const candidates = ct.topTerms(g, Math.max(30, topTerms));
    return {
      label: topicLabel(candidates, termKeys, surfaces),
      terms: candidates.slice(0, topTerms).map((c) => ({ term: surfaces[c.term], weight: c.weight })),
    };
  });
}
