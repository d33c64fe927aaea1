import type { Topic } from './types.js';
import { classTfidf, type ClassTfidf, type ClassTfidfOptions } from './ctfidf.js';
import type { LabelOptions } from './labels.js';
import { distinctLabelTerms } from './distinct-labels.js';
import type { LabelVocab } from './label-vocab.js';
import { clusterMeans, representatives } from './representatives.js';

export interface DescribeInput {
  /** Paper ids, one per doc. */
  docIds: readonly string[];
  /** Cluster of each doc, 0..nTopics-1, or -1 for outliers. */
  labels: Int32Array;
  nTopics: number;
  /** Term ids per doc (`AnalyzedDocs.terms`). */
  docTerms: readonly Int32Array[];
  /** Display forms of the terms and which of them say the same thing (`labelVocab`). */
  vocab: LabelVocab;
  /** The embedding the clusters were found in, row-major, and its dimension; without it topics get no representatives. */
  embedding?: Float32Array;
  dim?: number;
  /** Cluster centroids in that embedding, row-major by original cluster id. Default: the clusters' means. */
  centroids?: Float32Array;
  /** Terms per topic. Default: 10. */
  topTerms?: number;
  /** Representatives per topic. Default: 3. */
  representatives?: number;
  /** Papers nearest each centroid that label terms must mostly appear in (`LabelOptions.representatives`). Default: 10. */
  labelCheck?: number;
  label?: LabelOptions;
  ctfidf?: ClassTfidfOptions;
}

export interface DescribedTopics {
  /** Topics numbered by size, largest first (ties: lower original id first). */
  topics: Topic[];
  /** New topic id of each original cluster id. */
  newId: Int32Array;
  /** `labels` renumbered to the new ids (-1 kept). */
  labels: Int32Array;
  /** c-TF-IDF by new topic id, e.g. for `classTfidfOverTime`. */
  ctfidf: ClassTfidf;
}

/** Everything `Topic[]` needs from a clustering: sizes, c-TF-IDF terms, labels, representatives. */
export function describeTopics(input: DescribeInput): DescribedTopics {
  const { labels, nTopics, docTerms, vocab } = input;
  const sizes = new Int32Array(nTopics);
  for (const l of labels) if (l >= 0) sizes[l]++;
  const order = Array.from(sizes.keys()).sort((a, b) => sizes[b] - sizes[a] || a - b);
  const newId = new Int32Array(nTopics);
  order.forEach((old, id) => (newId[old] = id));
  const renumbered = labels.map((l) => (l >= 0 ? newId[l] : -1));

  const ctfidf = classTfidf(docTerms, renumbered, nTopics, vocab.surfaces.length, input.ctfidf);
  let reps: Int32Array[] | null = null;
  if (input.embedding && input.dim) {
    const centroids = input.centroids ?? clusterMeans(input.embedding, input.dim, labels, nTopics);
    reps = representatives(input.embedding, input.dim, labels, centroids, Math.max(input.representatives ?? 3, input.labelCheck ?? 10));
  }
  const candidates = order.map((_, id) => ctfidf.topTerms(id, Math.max(30, input.topTerms ?? 10)));
  // Label terms must be in most of the papers nearest the topic's centre: checked on the 3 shown
  // alone, 4 of 19 topics of a 4,000-paper slice kept one or two label terms ("speech").
  const repTerms = (id: number) => (reps ? Array.from(reps[order[id]], (d) => docTerms[d]) : undefined);
  const chosen = distinctLabelTerms(candidates, vocab, (id) => ({ ...input.label, representatives: repTerms(id) }));
  const topics = order.map((old, id): Topic => {
    return {
      id,
      size: sizes[old],
      label: chosen[id].map((t) => vocab.surfaces[t]).join(', '),
      terms: candidates[id].slice(0, input.topTerms ?? 10).map((c) => ({ term: vocab.surfaces[c.term], weight: c.weight })),
      representativeIds: reps ? Array.from(reps[old].subarray(0, input.representatives ?? 3), (d) => input.docIds[d]) : [],
    };
  });
  return { topics, newId, labels: renumbered, ctfidf };
}
