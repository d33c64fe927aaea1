/**
 * Topic structure shared by the engine, the tables, the report and the
 * dashboard: the merge tree over topics, lineage across refits, novelty of
 * papers added by `update`, and corpus-level topic quality. Plain data; each
 * field is optional on a model, so every consumer shows it only when present.
 */

/**
 * One node of the topic tree. Leaves are the topics (ids 0..k-1); merged nodes
 * get ids k..2k-2 in merge order; the last one is the root (parent null).
 */
export interface HierarchyNode {
  id: number;
  parent: number | null;
  /** Distance at which this node was merged into its parent (0 for the root). */
  distance: number;
  /** Papers under this node. */
  size: number;
  /** Topic label (leaf) or c-TF-IDF label of the merged papers. */
  label: string;
  /** Direct children (empty for leaves). */
  children: number[];
}

/** How a topic of a refit relates to the topics of the model it was aligned to. */
export type LineageRelation = 'same' | 'split' | 'merge' | 'new' | 'retired';

/** One row of lineage.csv. */
export interface LineageRow {
  oldTopic: number | null;
  newTopic: number | null;
  relation: LineageRelation;
  /** c-TF-IDF cosine similarity of the two topics' terms (0 when one side is missing). */
  similarity: number;
  /** Papers present in both models that sit in oldTopic before and newTopic now. */
  sharedPapers: number;
}

/** A group of novel papers proposed as a new topic by `update`. */
export interface NoveltyGroup {
  /** The id the group would take (next free id; existing ids are never renumbered). */
  topic: number;
  size: number;
  label: string;
  terms: string[];
  paperIds: string[];
}

/** Corpus-level topic quality (BERTopic's evaluation measures). */
export interface TopicQuality {
  /** Mean NPMI of each topic's top terms over the corpus documents, in [-1, 1]. */
  coherence: number;
  /** Share of unique words among the top 25 words of all topics, in [0, 1]. */
  diversity: number;
  /** Per-topic NPMI, by topic id. */
  topicCoherence?: number[];
}
