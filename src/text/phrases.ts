/**
 * Collocations found in the corpus itself ("knowledge distillation",
 * "large language model") by normalized pointwise mutual information.
 *
 * NPMI(x, y) = ln(p(xy) / (p(x) p(y))) / -ln p(xy), with every p a count over
 * N, the number of word tokens (as gensim's `npmi_scorer`). It is 1 when x and
 * y only occur together, 0 when independent. Unlike raw PMI it does not favour
 * rare pairs without bound, but a count of 3 out of 9M still scores high, hence
 * the minimum count. Pairs never span a BREAK (-1).
 *
 * Trigrams extend accepted pairs: "large language model" is scored as the
 * pair ("large", "language model") and ("large language", "model") when those
 * parts are accepted phrases; the better split counts. Pairs that occur almost
 * only inside accepted trigrams are then dropped (`maxSubsumed`).
 */

export interface PhraseOptions {
  /**
   * Minimum occurrences of a phrase in the corpus.
   * Default: max(3, ceil(nDocs / 2000)): 3 on a few hundred abstracts, 27 on 52,852,
   * i.e. a phrase must be in roughly 1 in 2,000 papers to be a corpus-wide term.
   */
  minCount?: number;
  /**
   * Minimum NPMI. Default: 0.3 on corpora of 1M tokens or more, rising to 0.5
   * on a few thousand tokens, where chance pairs of rare words reach the minimum count.
   */
  minNpmi?: number;
  /** Longest phrase in words, 2 or 3. Default: 3. */
  maxWords?: 2 | 3;
  /**
   * Drop a pair when at least this share of its occurrences lies inside accepted
   * trigrams: "large language" is nearly always "large language model" and as a
   * term of its own would only duplicate it. Default: 0.9.
   */
  maxSubsumed?: number;
}

/** A phrase as unigram term ids, with its corpus count and the NPMI it was accepted with. */
export interface Phrase {
  words: number[];
  count: number;
  npmi: number;
}

export function defaultMinCount(nDocs: number): number {
  return Math.max(3, Math.ceil(nDocs / 2000));
}

export function defaultMinNpmi(nTokens: number): number {
  // 0.5 at <= 10k tokens, 0.3 at >= 1M, linear in log10 between.
  const t = Math.min(1, Math.max(0, (Math.log10(Math.max(1, nTokens)) - 4) / 2));
  return 0.5 - 0.2 * t;
}

function npmi(countXY: number, countX: number, countY: number, total: number): number {
  const pxy = countXY / total;
  if (pxy >= 1) return 1;
  return Math.log((countXY * total) / (countX * countY)) / -Math.log(pxy);
}

/**
 * Find phrases in unigram-id sequences. `counts[t]` is the corpus count of unigram t.
 * Returned most frequent first (ties: lower word ids first), so the order is deterministic.
 */
export function findPhrases(
  tokens: readonly Int32Array[],
  counts: Int32Array,
  options: Required<PhraseOptions>,
): Phrase[] {
  const nUnigrams = counts.length;
  const { minCount, minNpmi, maxWords } = options;
  let total = 0;
  for (let t = 0; t < nUnigrams; t++) total += counts[t];
  if (total === 0) return [];

  const pairCounts = new Map<number, number>();
  for (const seq of tokens) {
    for (let i = 0; i + 1 < seq.length; i++) {
      const a = seq[i];
      const b = seq[i + 1];
      if (a < 0 || b < 0 || counts[a] < minCount || counts[b] < minCount) continue;
      const key = a * nUnigrams + b;
      pairCounts.set(key, (pairCounts.get(key) ?? 0) + 1);
    }
  }
  const pairs = new Map<number, Phrase>();
  for (const [key, c] of pairCounts) {
    if (c < minCount) continue;
    const a = Math.floor(key / nUnigrams);
    const b = key - a * nUnigrams;
    const score = npmi(c, counts[a], counts[b], total);
    if (score >= minNpmi) pairs.set(key, { words: [a, b], count: c, npmi: score });
  }

  const trigrams = maxWords >= 3 && pairs.size > 0 ? extendToTrigrams(tokens, counts, pairs, total, options) : [];
  const covered = new Map<number, number>();
  for (const { words: [a, b, c], count } of trigrams) {
    covered.set(a * nUnigrams + b, (covered.get(a * nUnigrams + b) ?? 0) + count);
    covered.set(b * nUnigrams + c, (covered.get(b * nUnigrams + c) ?? 0) + count);
  }
  const phrases = [...pairs].filter(([key, p]) => (covered.get(key) ?? 0) < options.maxSubsumed * p.count).map(([, p]) => p);
  phrases.push(...trigrams);
  return phrases.sort((x, y) => y.count - x.count || compareWords(x.words, y.words));
}

function compareWords(x: number[], y: number[]): number {
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}

function extendToTrigrams(
  tokens: readonly Int32Array[],
  counts: Int32Array,
  pairs: Map<number, Phrase>,
  total: number,
  { minCount, minNpmi }: Required<PhraseOptions>,
): Phrase[] {
  const n = counts.length;
  const triCounts = new Map<string, number>();
  for (const seq of tokens) {
    for (let i = 0; i + 2 < seq.length; i++) {
      const a = seq[i];
      const b = seq[i + 1];
      const c = seq[i + 2];
      if (a < 0 || b < 0 || c < 0) continue;
      if (!pairs.has(a * n + b) && !pairs.has(b * n + c)) continue;
      const key = `${a} ${b} ${c}`;
      triCounts.set(key, (triCounts.get(key) ?? 0) + 1);
    }
  }
  const out: Phrase[] = [];
  for (const [key, count] of triCounts) {
    if (count < minCount) continue;
    const [a, b, c] = key.split(' ').map(Number);
    const left = pairs.get(a * n + b);
    const right = pairs.get(b * n + c);
    let best = -1;
    if (left) best = Math.max(best, npmi(count, left.count, counts[c], total));
    if (right) best = Math.max(best, npmi(count, counts[a], right.count, total));
    if (best >= minNpmi) out.push({ words: [a, b, c], count, npmi: best });
  }
  return out;
}

/** The phrases of `nTexts` fitted texts: `findPhrases` with the analyzer's defaults for options not given. */
export function corpusPhrases(tokens: readonly Int32Array[], unigramCounts: Int32Array, nTexts: number, options: PhraseOptions): Phrase[] {
  return findPhrases(tokens, unigramCounts, {
    minCount: options.minCount ?? defaultMinCount(nTexts),
    minNpmi: options.minNpmi ?? defaultMinNpmi(unigramCounts.reduce((a, b) => a + b, 0)),
    maxWords: options.maxWords ?? 3,
    maxSubsumed: options.maxSubsumed ?? 0.9,
  });
}
