/**
 * Topic coherence and diversity, the two label-free measures of BERTopic's
 * evaluation (Grootendorst 2022, via OCTIS / gensim `c_npmi`).
 *
 * Coherence: NPMI of every pair of a topic's top terms, with probabilities
 * from document co-occurrence over the corpus (a paper = one window), averaged
 * over pairs and then over topics. NPMI = log(p_ij / (p_i p_j)) / -log p_ij; a
 * pair that never co-occurs scores -1 (gensim's epsilon limit).
 * Diversity: share of distinct terms among the top 25 of all topics.
 * Terms are the engine's terms: a phrase ("language model") counts as one term.
 */
import type { TopicQuality } from './structure.js';

/** Sorted doc ids of each requested term. */
function postings(docTerms: readonly Int32Array[], terms: ReadonlySet<number>): Map<number, Int32Array> {
  const lists = new Map<number, number[]>();
  for (const t of terms) lists.set(t, []);
  for (let d = 0; d < docTerms.length; d++) {
    const seen = new Set<number>();
    for (const t of docTerms[d]) {
      if (!seen.has(t) && terms.has(t)) {
        seen.add(t);
        lists.get(t)!.push(d);
      }
    }
  }
  return new Map([...lists].map(([t, l]) => [t, Int32Array.from(l)]));
}

function intersectCount(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let c = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      c++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return c;
}

/** NPMI coherence of each topic's top terms (term ids, heaviest first) over the documents. */
export function npmiCoherence(topTerms: readonly number[][], docTerms: readonly Int32Array[]): number[] {
  const n = docTerms.length;
  const docs = postings(docTerms, new Set(topTerms.flat()));
  return topTerms.map((terms) => {
    let sum = 0;
    let pairs = 0;
    for (let i = 0; i < terms.length; i++) {
      for (let j = i + 1; j < terms.length; j++) {
        const a = docs.get(terms[i])!;
        const b = docs.get(terms[j])!;
        const co = intersectCount(a, b);
        pairs++;
        if (co === 0 || n === 0) {
          sum += -1;
          continue;
        }
        const pij = co / n;
        sum += pij === 1 ? 1 : Math.log(pij / ((a.length / n) * (b.length / n))) / -Math.log(pij);
      }
    }
    return pairs ? sum / pairs : 0;
  });
}

/** Share of distinct terms among all topics' top terms (pass each topic's top 25). */
export function topicDiversity(topTerms: readonly number[][]): number {
  const all = topTerms.flat();
  return all.length ? new Set(all).size / all.length : 0;
}

const r4 = (x: number) => Math.round(x * 1e4) / 1e4;

/**
 * Both measures for a set of topics. `topTerms(t, n)` gives topic t's n
 * heaviest term ids (e.g. `ClassTfidf.topTerms`).
 */
export function topicQuality(k: number, topTerms: (topic: number, n: number) => number[], docTerms: readonly Int32Array[]): TopicQuality {
  const top10 = Array.from({ length: k }, (_, t) => topTerms(t, 10));
  const per = npmiCoherence(top10, docTerms);
  return {
    coherence: r4(per.length ? per.reduce((a, b) => a + b, 0) / per.length : 0),
    diversity: r4(topicDiversity(Array.from({ length: k }, (_, t) => topTerms(t, 25)))),
    topicCoherence: per.map(r4),
  };
}
