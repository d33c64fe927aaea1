import { classTfidf } from './ctfidf.js';
import { distinctLabelTerms } from './distinct-labels.js';
import type { LabelVocab } from './label-vocab.js';

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
  vocab: LabelVocab,
  topTerms = 10,
): GroupDescription[] {
  const ct = classTfidf(docTerms, groups, nGroups, vocab.surfaces.length);
  const candidates = Array.from({ length: nGroups }, (_, g) => ct.topTerms(g, Math.max(30, topTerms)));
  const labels = distinctLabelTerms(candidates, vocab);
  return candidates.map((c, g) => ({
    label: labels[g].map((t) => vocab.surfaces[t]).join(', '),
    terms: c.slice(0, topTerms).map((x) => ({ term: vocab.surfaces[x.term], weight: x.weight })),
  }));
}
