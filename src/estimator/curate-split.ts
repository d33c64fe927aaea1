/**
 * `curate --split ID:N`: a catch-all topic re-clustered into N new topics by
 * k-means on its papers' rows of the clustering space (where the fit found the
 * topics), seeded from the run's seed. The new topics take the next free ids
 * (ID is retired), are labelled by c-TF-IDF against every other topic, and get
 * their own centroids in the estimator, so `update` places new papers among them.
 */
import { KMeans, assign } from '../cluster/index.js';
import { clusterMeans, representatives } from '../topics/index.js';
import { deriveSeed } from '../util/index.js';
import type { TopicModel } from '../model/index.js';
import type { EstimatorState } from './state.js';
import { relabel, withSizes } from './curate-labels.js';
import type { FittedParts } from './parts.js';
import { positions } from './place.js';

/** The estimator rows of a topic's papers, or the ids of the papers it has no row for (added by `update`). */
export function trainingRows(model: TopicModel, state: EstimatorState, id: number): { rows: number[]; missing: string[] } {
  const rowOf = new Map(state.ids.map((pid, r) => [pid, r]));
  const rows: number[] = [];
  const missing: string[] = [];
  for (const p of model.papers) {
    if (p.topic !== id) continue;
    const r = rowOf.get(p.id);
    if (r === undefined) missing.push(p.id);
    else rows.push(r);
  }
  return { rows, missing };
}

export function splitTopic(model: TopicModel, state: EstimatorState, id: number, n: number, firstId: number): { model: TopicModel; state: EstimatorState; into: number[] } {
  const d = state.clusterDims;
  const { rows } = trainingRows(model, state, id);
  const X = new Float32Array(rows.length * d);
  rows.forEach((r, i) => X.set(state.cluster.subarray(r * d, (r + 1) * d), i * d));
  const km = new KMeans({ k: n, seed: deriveSeed(state.seed, `split-${id}`) }).fit(X, rows.length, d);
  const into = Array.from({ length: n }, (_, j) => firstId + j);
  const topicOfRow = new Map(rows.map((r, i) => [state.ids[r], into[km.labels[i]]]));
  const papers = model.papers.map((p) => (p.topic === id ? { ...p, topic: topicOfRow.get(p.id)! } : p));
  const reps = representatives(X, d, km.labels, km.centroids, 3).map((idx) => Array.from(idx, (i) => state.ids[rows[i]]));
  const fresh = into.map((t, j) => ({ id: t, size: 0, label: '', terms: [], representativeIds: reps[j] }));
  const at = model.topics.findIndex((t) => t.id === id);
  const topics = [...model.topics.slice(0, at), ...model.topics.slice(at + 1), ...fresh];
  const moved = withSizes({ ...model, papers, topics, hierarchy: undefined });
  const described = relabel(moved, into);
  // c-TF-IDF against each other almost always labels the parts apart; where it does not, number them.
  const seen = new Map<string, number>();
  for (const t of into) seen.set(described.get(t)!.label, (seen.get(described.get(t)!.label) ?? 0) + 1);
  const labelOf = (t: number, j: number) => (seen.get(described.get(t)!.label)! > 1 ? `${described.get(t)!.label} (part ${j + 1} of ${n})` : described.get(t)!.label);
  const labelled = moved.topics.map((t) => (described.has(t.id) ? { ...t, ...described.get(t.id)!, label: labelOf(t.id, into.indexOf(t.id)) } : t));
  const lsa = new Float32Array(rows.length * state.svdComponents);
  rows.forEach((r, i) => lsa.set(state.lsa.subarray(r * state.svdComponents, (r + 1) * state.svdComponents), i * state.svdComponents));
  const lsaMeans = clusterMeans(lsa, state.svdComponents, km.labels, n);
  return { model: { ...moved, topics: labelled }, state: replaceRows(state, id, into, km.centroids, lsaMeans), into };
}

/** The estimator with the centroid rows of `id` (one, or several after a merge) replaced by one row per new topic. */
function replaceRows(state: EstimatorState, id: number, into: number[], centroids: Float32Array, lsaMeans: Float32Array): EstimatorState {
  const d = state.clusterDims;
  const s = state.svdComponents;
  const keep = Array.from(state.topicIds.keys()).filter((r) => state.topicIds[r] !== id);
  const newRow = new Map(keep.map((r, i) => [r, i]));
  const gone = Array.from(state.topicIds.keys()).filter((r) => state.topicIds[r] === id);
  const finite = gone.map((r) => state.thresholds[r]).filter(Number.isFinite);
  // The most lenient threshold of the old topic: its papers were all typical of it.
  const threshold = finite.length ? Math.min(...finite) : -Infinity;
  const rowsOf = (a: Float32Array, w: number) => keep.flatMap((r) => Array.from(a.subarray(r * w, (r + 1) * w)));
  const subs = Array.from(state.subRow.keys()).filter((j) => newRow.has(state.subRow[j]));
  return {
    ...state,
    topicIds: Int32Array.from([...keep.map((r) => state.topicIds[r]), ...into]),
    centroids: Float32Array.from([...rowsOf(state.centroids, d), ...centroids]),
    lsaCentroids: Float32Array.from([...rowsOf(state.lsaCentroids, s), ...lsaMeans]),
    thresholds: Float32Array.from([...keep.map((r) => state.thresholds[r]), ...into.map(() => threshold)]),
    // Each new topic is one cluster of its own.
    subCentroids: Float32Array.from([...subs.flatMap((j) => Array.from(state.subCentroids.subarray(j * d, (j + 1) * d))), ...centroids]),
    subRow: Int32Array.from([...subs.map((j) => newRow.get(state.subRow[j])!), ...into.map((_, j) => keep.length + j)]),
  };
}

/**
 * A scaled run's papers of a split topic, beyond the fit sample the k-means
 * saw: each goes to the nearest of the split's centroids (rows of `split`,
 * the estimator after the split, whose topic is one of `into`) at its place in
 * the clustering space, computed from its term ids as `transform` placed it.
 * Only the split topic's papers move, as in memory: no other topic's border shifts.
 */
export function assignToSplit(parts: FittedParts, split: EstimatorState, into: readonly number[], ids: readonly string[], terms: Int32Array[]): number[] {
  if (ids.length === 0) return [];
  const d = split.clusterDims;
  const rows = Array.from(split.topicIds.keys()).filter((r) => into.includes(split.topicIds[r]));
  const centroids = new Float32Array(rows.length * d);
  rows.forEach((r, j) => centroids.set(split.centroids.subarray(r * d, (r + 1) * d), j * d));
  const { cluster } = positions(parts, ids, terms, false);
  const { labels } = assign(cluster, ids.length, d, centroids, rows.length);
  return Array.from(labels, (j) => split.topicIds[rows[j]]);
}
