/**
 * Stable topic ids across refits. A new clustering's topics are matched one to
 * one with an old model's by the Hungarian algorithm on a score that mixes the
 * papers they share (Jaccard of their shared papers) and their c-TF-IDF terms
 * (cosine of term weights); matched topics keep the old id, the others get ids
 * after the largest old id, so no id ever changes meaning. Unmatched topics are
 * explained by lineage: a new topic fed mostly by one old topic is a split of
 * it; an old topic whose papers went mostly to one new topic merged into it.
 */
import type { LineageRow } from './structure.js';
import { hungarian } from '../util/index.js';

export interface AlignSide {
  /** Topic ids and their top terms (display form → weight). */
  topics: { id: number; terms: { term: string; weight: number }[] }[];
  /** Paper id → topic id. */
  topicOf: Map<string, number>;
}

export interface AlignOptions {
  /** Lowest score a matched pair needs to keep the old id. Default 0.3. */
  minScore?: number;
  /** Share of a topic's shared papers that must come from (or go to) one topic to call it a split (merge). Default 0.5. */
  lineageShare?: number;
}

export interface Alignment {
  /** New topic id (as fitted) → stable id. */
  idOf: Map<number, number>;
  lineage: LineageRow[];
}

export function alignTopics(old: AlignSide, neu: AlignSide, options: AlignOptions = {}): Alignment {
  const minScore = options.minScore ?? 0.3;
  const share = options.lineageShare ?? 0.5;
  const O = old.topics.length;
  const N = neu.topics.length;
  const C = Array.from({ length: O }, () => new Float64Array(N));
  const oSlot = new Map(old.topics.map((t, i) => [t.id, i]));
  const nSlot = new Map(neu.topics.map((t, i) => [t.id, i]));
  const oShared = new Float64Array(O);
  const nShared = new Float64Array(N);
  for (const [paper, nt] of neu.topicOf) {
    const ot = old.topicOf.get(paper);
    if (ot === undefined) continue;
    const o = oSlot.get(ot)!;
    const n = nSlot.get(nt)!;
    C[o][n]++;
    oShared[o]++;
    nShared[n]++;
  }
  const anyShared = oShared.some((v) => v > 0);
  const termSim = old.topics.map((a) => neu.topics.map((b) => cosine(a.terms, b.terms)));
  const score = (o: number, n: number) => {
    const union = oShared[o] + nShared[n] - C[o][n];
    const jaccard = union > 0 ? C[o][n] / union : 0;
    return anyShared ? 0.5 * jaccard + 0.5 * termSim[o][n] : termSim[o][n];
  };
  const match = hungarian(old.topics.map((_, o) => neu.topics.map((_, n) => 1 - score(o, n))));

  const idOf = new Map<number, number>();
  const lineage: LineageRow[] = [];
  const matchedNew = new Set<number>();
  const matchedOld = new Set<number>();
  match.forEach((n, o) => {
    if (n < 0 || score(o, n) < minScore) return;
    idOf.set(neu.topics[n].id, old.topics[o].id);
    matchedNew.add(n);
    matchedOld.add(o);
    lineage.push(row(old.topics[o].id, old.topics[o].id, 'same', termSim[o][n], C[o][n]));
  });
  let next = Math.max(-1, ...old.topics.map((t) => t.id)) + 1;
  neu.topics.forEach((t, n) => {
    if (matchedNew.has(n)) return;
    idOf.set(t.id, next++);
    const o = argmax(C.map((r) => r[n]));
    if (o >= 0 && nShared[n] > 0 && C[o][n] >= share * nShared[n]) lineage.push(row(old.topics[o].id, idOf.get(t.id)!, 'split', termSim[o][n], C[o][n]));
    else lineage.push(row(null, idOf.get(t.id)!, 'new', 0, 0));
  });
  old.topics.forEach((t, o) => {
    if (matchedOld.has(o)) return;
    const n = argmax(Array.from(C[o]));
    if (n >= 0 && oShared[o] > 0 && C[o][n] >= share * oShared[o]) lineage.push(row(t.id, idOf.get(neu.topics[n].id)!, 'merge', termSim[o][n], C[o][n]));
    else lineage.push(row(t.id, null, 'retired', 0, 0));
  });
  lineage.sort((a, b) => (a.newTopic ?? Infinity) - (b.newTopic ?? Infinity) || (a.oldTopic ?? -1) - (b.oldTopic ?? -1));
  return { idOf, lineage };
}

function row(oldTopic: number | null, newTopic: number | null, relation: LineageRow['relation'], similarity: number, sharedPapers: number): LineageRow {
  return { oldTopic, newTopic, relation, similarity, sharedPapers };
}

function argmax(a: ArrayLike<number>): number {
  let best = -1;
  for (let i = 0; i < a.length; i++) if (a[i] > 0 && (best < 0 || a[i] > a[best])) best = i;
  return best;
}

function cosine(a: { term: string; weight: number }[], b: { term: string; weight: number }[]): number {
  const wb = new Map(b.map((t) => [t.term, t.weight]));
  let dot = 0;
  for (const t of a) dot += t.weight * (wb.get(t.term) ?? 0);
  const na = Math.hypot(...a.map((t) => t.weight));
  const nb = Math.hypot(...b.map((t) => t.weight));
  return na > 0 && nb > 0 ? dot / (na * nb) : 0;
}
