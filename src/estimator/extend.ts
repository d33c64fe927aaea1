/**
 * `update`'s core, pure: a fitted model plus new papers placed by `transform`
 * → the extended model. Old papers keep their topic, label and map position;
 * topics keep their ids and labels (sizes grow); dense groups of novel papers
 * become new topics with the next free ids, never renumbering existing ones.
 */
import type { Paper } from '../corpus/index.js';
import type { TopicModel, ModelPaper } from '../model/index.js';
import { TermIndex } from '../text/index.js';
import { describeGroups, labelVocab } from '../topics/index.js';
import type { NoveltyGroup } from '../topics/index.js';
import type { Topic } from '../topics/index.js';
import { clusterMeans } from '../topics/index.js';
import { denseGroups } from './novelty.js';
import type { PlacedBatch } from './place.js';
import type { EstimatorState } from './state.js';

const round5 = (v: number) => Math.round(v * 1e5) / 1e5;

export interface NoveltyOptions {
  /** Smallest group of novel papers proposed as a new topic. Default: 10, or 2% of the median topic size if larger. */
  minGroup?: number;
}

export interface Extended {
  model: TopicModel;
  state: EstimatorState;
  groups: NoveltyGroup[];
}

export function extendModel(model: TopicModel, state: EstimatorState, papers: readonly Paper[], batch: PlacedBatch, options: NoveltyOptions = {}): Extended {
  const m = papers.length;
  const sizes = model.topics.map((t) => t.size).sort((a, b) => a - b);
  const minGroup = options.minGroup ?? Math.max(10, Math.round(0.02 * (sizes[sizes.length >> 1] ?? 0)));
  const novelRows = batch.placements.flatMap((p, i) => (p.novel ? [i] : []));
  const rawGroups = denseGroups(batch.X, novelRows, state.linkSimilarity, minGroup);

  const nextId = Math.max(-1, ...model.topics.map((t) => t.id)) + 1;
  const topicOf = Int32Array.from(batch.placements, (p) => p.topic);
  rawGroups.forEach((g, gi) => g.forEach((r) => (topicOf[r] = nextId + gi)));

  // Labels of the new topics: c-TF-IDF of each group against every existing topic.
  const docTerms = [...model.docTerms, ...batch.docs.terms];
  const ids = [...model.topics.map((t) => t.id), ...rawGroups.map((_, gi) => nextId + gi)];
  const slot = new Map(ids.map((id, s) => [id, s]));
  const groupsOfDocs = Int32Array.from([...model.papers.map((p) => p.topic), ...topicOf], (t) => slot.get(t) ?? -1);
  const described = rawGroups.length ? describeGroups(docTerms, groupsOfDocs, ids.length, labelVocab(model.surfaces, model.labelTerms)) : [];

  const newPapers: ModelPaper[] = papers.map((p, i) => ({
    id: p.id, title: p.title, date: p.date, categories: p.categories, source: p.source,
    topic: topicOf[i], x: round5(batch.placements[i].x), y: round5(batch.placements[i].y),
    confidence: Math.round(batch.placements[i].confidence * 1000) / 1000,
    ...(batch.placements[i].novel ? { novel: true } : {}),
    // A reduced model's fine topic; none for a paper that went to a new topic.
    ...(batch.placements[i].subtopic !== undefined && topicOf[i] === batch.placements[i].topic ? { subtopic: batch.placements[i].subtopic } : {}),
  }));
  const added = new Map<number, number>();
  for (const t of topicOf) added.set(t, (added.get(t) ?? 0) + 1);
  const groups: NoveltyGroup[] = rawGroups.map((g, gi) => {
    const d = described[model.topics.length + gi];
    return { topic: nextId + gi, size: g.length, label: d.label, terms: d.terms.map((t) => t.term), paperIds: g.map((r) => papers[r].id) };
  });
  const topics: Topic[] = [
    ...model.topics.map((t) => ({ ...t, size: t.size + (added.get(t.id) ?? 0) })),
    ...groups.map((g, gi) => ({
      id: g.topic, size: g.size, label: g.label, terms: described[model.topics.length + gi].terms,
      representativeIds: g.paperIds.slice(0, 3),
    })),
  ];

  // Papers of both sets in id order, their term sequences alongside.
  const order = [...model.papers.keys(), ...newPapers.map((_, i) => model.papers.length + i)];
  const all = [...model.papers, ...newPapers];
  order.sort((a, b) => (all[a].id < all[b].id ? -1 : all[a].id > all[b].id ? 1 : 0));
  const tokens = [...model.termIndex.tokens, ...batch.docs.tokens];
  const extended: TopicModel = {
    ...model,
    params: { ...model.params, updates: [...(model.params.updates ?? []), { added: m, novel: novelRows.length, newTopics: groups.length }] },
    papers: order.map((i) => all[i]),
    topics,
    docTerms: order.map((i) => docTerms[i]),
    termIndex: new TermIndex(model.termIndex.vocabulary, order.map((i) => tokens[i])),
    novelty: [...(model.novelty ?? []), ...groups],
  };
  return { model: extended, state: withGroupCentroids(state, batch, rawGroups, nextId), groups };
}

/** New topics get a centroid (their members' mean position) and the most lenient existing threshold. */
function withGroupCentroids(state: EstimatorState, batch: PlacedBatch, groups: number[][], nextId: number): EstimatorState {
  if (!groups.length) return state;
  const d = state.clusterDims;
  const labels = new Int32Array(batch.placements.length).fill(-1);
  groups.forEach((g, gi) => g.forEach((r) => (labels[r] = gi)));
  const means = clusterMeans(batch.cluster, d, labels, groups.length);
  const lsaMeans = clusterMeans(batch.lsa, state.svdComponents, labels, groups.length);
  const finite = Array.from(state.thresholds).filter(Number.isFinite);
  const widest = finite.length ? Math.min(...finite) : -Infinity;
  return {
    ...state,
    topicIds: Int32Array.from([...state.topicIds, ...groups.map((_, gi) => nextId + gi)]),
    centroids: Float32Array.from([...state.centroids, ...means]),
    // A new topic is one cluster of its own.
    subCentroids: Float32Array.from([...state.subCentroids, ...means]),
    subRow: Int32Array.from([...state.subRow, ...groups.map((_, gi) => state.topicIds.length + gi)]),
    lsaCentroids: Float32Array.from([...state.lsaCentroids, ...lsaMeans]),
    thresholds: Float32Array.from([...state.thresholds, ...groups.map(() => widest)]),
    ...(state.fineTopicIds ? { fineTopicIds: Int32Array.from([...state.fineTopicIds, ...groups.map(() => -1)]) } : {}),
  };
}
