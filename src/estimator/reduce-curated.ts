/**
 * `reduce` on any saved run, curated ones included. A curated model's ids have
 * gaps (merged, split) and it has no topic tree, so the topics are put in
 * positions and given a tree from the estimator's centroids (as the fit builds
 * one) before the tree is cut. `members` says which earlier topics each reduced
 * topic holds (model/carry-curation.ts carries names by it); the papers'
 * `subtopic` is always an earlier topic id.
 */
import { classTfidf } from '../topics/index.js';
import type { TopicModel } from '../model/index.js';
import { reduceTopics } from './reduce-topics.js';
import { topicTree } from './structure.js';
import type { EstimatorState } from './state.js';

export interface Reduced {
  model: TopicModel;
  state: EstimatorState;
  /** Earlier topic ids in each reduced topic, by reduced id. */
  members: Map<number, number[]>;
}

export function reduceRun(model: TopicModel, state: EstimatorState, n: number): Reduced {
  const idOfSlot = model.topics.map((t) => t.id);
  const k = idOfSlot.length;
  const positional = idOfSlot.every((id, s) => id === s) && model.hierarchy?.length === 2 * k - 1;
  const base = positional ? model : withTree(model, state);
  const cut = reduceTopics(base, n);
  const members = new Map<number, number[]>();
  const groupOf = new Map<number, number>();
  base.papers.forEach((p, i) => groupOf.set(idOfSlot[p.topic], cut.papers[i].topic));
  for (const [old, neu] of [...groupOf].sort((a, b) => a[0] - b[0])) members.set(neu, [...(members.get(neu) ?? []), old]);
  const papers = cut.papers.map((p, i) => ({ ...p, subtopic: model.papers[i].subtopic ?? model.papers[i].topic }));
  return { model: { ...cut, papers }, state: { ...state, topicIds: state.topicIds.map((id) => groupOf.get(id) ?? id) }, members };
}

/** The model with topics at positions 0..k-1 and a tree built from the estimator's centroids (mean of a topic's rows). */
function withTree(model: TopicModel, state: EstimatorState): TopicModel {
  const k = model.topics.length;
  const d = state.clusterDims;
  const slot = new Map(model.topics.map((t, s) => [t.id, s]));
  const centroids = new Float32Array(k * d);
  const rows = new Int32Array(k);
  state.topicIds.forEach((id, r) => {
    const s = slot.get(id);
    if (s === undefined) return;
    rows[s]++;
    for (let j = 0; j < d; j++) centroids[s * d + j] += state.centroids[r * d + j];
  });
  for (let i = 0; i < k * d; i++) centroids[i] /= Math.max(1, rows[Math.floor(i / d)]);
  const papers = model.papers.map((p) => ({ ...p, topic: slot.get(p.topic)! }));
  const positional: TopicModel = { ...model, papers, topics: model.topics.map((t, s) => ({ ...t, id: s })) };
  const docTopic = Int32Array.from(papers, (p) => p.topic);
  const ctfidf = classTfidf(model.docTerms, docTopic, k, model.surfaces.length);
  return { ...positional, hierarchy: topicTree(positional, docTopic, ctfidf, centroids, d) };
}
