import type { Topic } from './types.js';

/** Cosine similarity of two topics' c-TF-IDF term weights (terms absent from one side count 0). */
export function termCosine(a: Topic, b: Topic): number {
  const wa = new Map(a.terms.map((t) => [t.term, t.weight]));
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const t of a.terms) na += t.weight * t.weight;
  for (const t of b.terms) {
    nb += t.weight * t.weight;
    dot += t.weight * (wa.get(t.term) ?? 0);
  }
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}
