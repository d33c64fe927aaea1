/**
 * `curate --merge A,B,…`: topics a person says are one. The papers of B, …
 * move to A (the first id given) and keep their former topic as `subtopic`,
 * as `reduce` does; A is labelled anew by c-TF-IDF; the estimator's centroids
 * of B, … now answer for A, so `update` puts new papers into the merged topic.
 * The ids B, … are retired, never given to another topic.
 */
import { roundRobin } from '../topics/index.js';
import type { TopicModel } from '../model/index.js';
import type { EstimatorState } from './state.js';
import { relabel, withSizes } from './curate-labels.js';

export function mergeTopics(model: TopicModel, state: EstimatorState, ids: readonly number[]): { model: TopicModel; state: EstimatorState } {
  const into = ids[0];
  const gone = new Set(ids.slice(1));
  const parts = model.topics.filter((t) => ids.includes(t.id)).sort((a, b) => b.size - a.size || a.id - b.id);
  const papers = model.papers.map((p) => (gone.has(p.topic) ? { ...p, topic: into, subtopic: p.subtopic ?? p.topic } : p));
  const moved = withSizes({ ...model, papers, topics: model.topics.filter((t) => !gone.has(t.id)), hierarchy: undefined });
  const described = relabel(moved, [into]).get(into)!;
  const representativeIds = roundRobin(parts.map((s) => s.representativeIds));
  // The machine label is recomputed; a curated name of A, if any, is laid over it again from curation.json.
  const topics = moved.topics.map((t) => {
    if (t.id !== into) return t;
    const { machineLabel: _m, ...rest } = t;
    return { ...rest, ...described, representativeIds };
  });
  return {
    model: { ...moved, topics },
    state: { ...state, topicIds: state.topicIds.map((id) => (gone.has(id) ? into : id)) },
  };
}
