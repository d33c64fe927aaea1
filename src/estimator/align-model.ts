import type { TopicModel } from '../model/index.js';
import { alignTopics, type AlignOptions } from '../topics/index.js';
import type { EstimatorState } from './state.js';

/**
 * Renumber a fresh fit's topics to an earlier model's ids (see topics/align.ts):
 * papers, topics and the estimator's centroids all follow, and the model gets
 * its lineage. Topics are then listed by id.
 */
export function alignModel(fresh: TopicModel, state: EstimatorState, earlier: TopicModel, options?: AlignOptions): { model: TopicModel; state: EstimatorState } {
  const side = (m: TopicModel) => ({ topics: m.topics, topicOf: new Map(m.papers.map((p) => [p.id, p.topic])) });
  const { idOf, lineage } = alignTopics(side(earlier), side(fresh), options);
  const to = (id: number) => idOf.get(id) ?? id;
  const model: TopicModel = {
    ...fresh,
    params: { ...fresh.params, alignedTo: earlier.corpus.inputs },
    papers: fresh.papers.map((p) => ({ ...p, topic: to(p.topic) })),
    topics: fresh.topics.map((t) => ({ ...t, id: to(t.id) })).sort((a, b) => a.id - b.id),
    lineage,
  };
  return { model, state: { ...state, topicIds: state.topicIds.map(to) } };
}
