import { type SparseVector, EMPTY_VECTOR, topEntries } from './sparse.js';

export interface ClassTfidfOptions {
  /**
   * Use this idf instead of computing one from the groups given. BERTopic's
   * topics-over-time computes per-(topic, bin) vectors with the global idf, so
   * that a term's rarity is judged against the whole corpus. Default: computed.
   */
  idf?: Float64Array;
  /**
   * Square-root the term counts before normalizing (BERTopic's `reduce_frequent_words`).
   * Default: true (BERTopic's default is false): on labeled.jsonl grouped by category,
   * without it "models" is among the top 4 terms of 7 of 10 groups; with it, of none.
   */
  reduceFrequentWords?: boolean;
}

/** Class-based TF-IDF weights of every group. */
export interface ClassTfidf {
  readonly nGroups: number;
  readonly nTerms: number;
  /** log(1 + A / f_t) per term (0 for terms absent from every group). */
  readonly idf: Float64Array;
  /** Number of docs in each group. */
  readonly sizes: Int32Array;
  /** Weights of a group, sparse. */
  vector(group: number): SparseVector;
  /** The n heaviest terms of a group, heaviest first (ties: lower term id). */
  topTerms(group: number, n: number): { term: number; weight: number }[];
}

/**
 * c-TF-IDF as in BERTopic: all docs of a group are one document;
 * tf_{t,c} = count of t in c / count of all terms in c (L1 per class; counts
 * square-rooted first unless `reduceFrequentWords: false`);
 * weight = tf_{t,c} * log(1 + A / f_t), with A the mean number of term occurrences
 * per non-empty group (BERTopic truncates it to an int; we do not) and f_t the
 * count of t over all groups.
 *
 * Generic over the grouping: `groups[d]` is doc d's group in 0..nGroups-1, or -1
 * to leave it out (outliers, undated papers). Works per topic, per (topic, bin) or
 * any hand-made split. Memory is sparse: O(distinct (group, term) pairs).
 */
export function classTfidf(
  docTerms: readonly Int32Array[],
  groups: Int32Array,
  nGroups: number,
  nTerms: number,
  options: ClassTfidfOptions = {},
): ClassTfidf {
  if (groups.length !== docTerms.length) throw new Error(`classTfidf: ${docTerms.length} docs but ${groups.length} group labels`);
  const sizes = new Int32Array(nGroups);
  for (let d = 0; d < groups.length; d++) {
    const g = groups[d];
    if (g >= nGroups || g < -1) throw new Error(`classTfidf: doc ${d} has group ${g}, outside -1..${nGroups - 1}`);
    if (g >= 0) sizes[g]++;
  }
  // Docs bucketed by group (counting sort) so each group is one pass over a dense scratch row.
  const start = new Int32Array(nGroups + 1);
  for (let g = 0; g < nGroups; g++) start[g + 1] = start[g] + sizes[g];
  const docsByGroup = new Int32Array(start[nGroups]);
  const fill = start.slice(0, nGroups);
  for (let d = 0; d < groups.length; d++) if (groups[d] >= 0) docsByGroup[fill[groups[d]]++] = d;

  const scratch = new Float64Array(nTerms);
  const touched: number[] = [];
  const counts: SparseVector[] = [];
  const termTotals = new Float64Array(nTerms);
  let total = 0;
  for (let g = 0; g < nGroups; g++) {
    touched.length = 0;
    for (let k = start[g]; k < start[g + 1]; k++) {
      const terms = docTerms[docsByGroup[k]];
      for (let i = 0; i < terms.length; i++) {
        const t = terms[i];
        if (t < 0 || t >= nTerms) throw new Error(`classTfidf: doc ${docsByGroup[k]} has term ${t}, outside 0..${nTerms - 1}`);
        if (scratch[t] === 0) touched.push(t);
        scratch[t]++;
      }
    }
    touched.sort((a, b) => a - b);
    const ids = Int32Array.from(touched);
    const values = Float64Array.from(touched, (t) => scratch[t]);
    for (const t of touched) {
      termTotals[t] += scratch[t];
      total += scratch[t];
      scratch[t] = 0;
    }
    counts.push({ ids, values });
  }

  const nonEmpty = counts.filter((c) => c.ids.length > 0).length;
  const idf = options.idf ?? new Float64Array(nTerms);
  if (!options.idf) {
    const avgWords = nonEmpty > 0 ? total / nonEmpty : 0;
    for (let t = 0; t < nTerms; t++) idf[t] = termTotals[t] > 0 ? Math.log(1 + avgWords / termTotals[t]) : 0;
  } else if (idf.length !== nTerms) throw new Error(`classTfidf: idf has ${idf.length} terms, expected ${nTerms}`);

  const weights = counts.map(({ ids, values }) => {
    if (ids.length === 0) return EMPTY_VECTOR;
    const tf = options.reduceFrequentWords !== false ? values.map(Math.sqrt) : values.slice();
    let sum = 0;
    for (const v of tf) sum += v;
    for (let k = 0; k < tf.length; k++) tf[k] = (tf[k] / sum) * idf[ids[k]];
    return { ids, values: tf };
  });

  return {
    nGroups,
    nTerms,
    idf,
    sizes,
    vector: (group) => weights[group],
    topTerms: (group, n) => topEntries(weights[group], n),
  };
}
