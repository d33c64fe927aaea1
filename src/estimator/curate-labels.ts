/**
 * Labels of topics a curation reshaped (merged or split): c-TF-IDF of each
 * against every other topic of the model, as `update` labels its new topics.
 * The other topics keep the labels they have: a person may have read them.
 */
import { describeGroups, labelVocab, type TopicTerm } from '../topics/index.js';
import type { TopicModel } from '../model/index.js';

export function relabel(model: TopicModel, ids: readonly number[]): Map<number, { label: string; terms: TopicTerm[] }> {
  const slot = new Map(model.topics.map((t, s) => [t.id, s]));
  const groups = Int32Array.from(model.papers, (p) => slot.get(p.topic) ?? -1);
  const topTerms = model.topics[0]?.terms.length || 10;
  const described = describeGroups(model.docTerms, groups, model.topics.length, labelVocab(model.surfaces, model.labelTerms), topTerms);
  return new Map(ids.map((id) => [id, described[slot.get(id)!]]));
}

/** Sizes counted from the papers (after papers moved between topics). */
export function withSizes(model: TopicModel): TopicModel {
  const sizes = new Map<number, number>();
  for (const p of model.papers) sizes.set(p.topic, (sizes.get(p.topic) ?? 0) + 1);
  return { ...model, topics: model.topics.map((t) => ({ ...t, size: sizes.get(t.id) ?? 0 })) };
}
