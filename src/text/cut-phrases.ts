import { defaultMinCount, defaultMinNpmi, findPhrases, type Phrase, type PhraseOptions } from './phrases.js';
import { PhraseMatcher } from './phrase-matcher.js';

/**
 * Share of a phrase's occurrences followed by one same word above which the phrase
 * is a cut-off piece of a longer one: "multimodal large language" (nearly always
 * followed by "models") was a topic label on papers.jsonl, "large language" without
 * its noun reads as a mistake. Phrases stop at 3 words, so such pieces would
 * otherwise be kept whenever the whole is longer.
 */
export const CUT_SHARE = 0.5;

/** The phrases that are not cut-off pieces: at most `CUT_SHARE` of their occurrences continue with one same word. */
export function uncutPhrases(found: readonly Phrase[], tokens: readonly Int32Array[], unigramCount: number): Phrase[] {
  const matcher = new PhraseMatcher(found.map((p) => p.words), unigramCount, 0);
  const next = found.map(() => new Map<number, number>());
  const total = new Int32Array(found.length);
  for (const seq of tokens) {
    matcher.forEach(seq, (k, at) => {
      total[k]++;
      const after = seq[at + found[k].words.length];
      if (after === undefined || after < 0) return;
      next[k].set(after, (next[k].get(after) ?? 0) + 1);
    });
  }
  return found.filter((_, k) => {
    let most = 0;
    for (const c of next[k].values()) most = Math.max(most, c);
    return most <= CUT_SHARE * total[k];
  });
}

/** The phrases of `nTexts` fitted texts: `findPhrases` with the analyzer's defaults, less the cut-off pieces. */
export function corpusPhrases(tokens: readonly Int32Array[], unigramCounts: Int32Array, nTexts: number, options: PhraseOptions): Phrase[] {
  const found = findPhrases(tokens, unigramCounts, {
    minCount: options.minCount ?? defaultMinCount(nTexts),
    minNpmi: options.minNpmi ?? defaultMinNpmi(unigramCounts.reduce((a, b) => a + b, 0)),
    maxWords: options.maxWords ?? 3,
    maxSubsumed: options.maxSubsumed ?? 0.9,
  });
  return uncutPhrases(found, tokens, unigramCounts.length);
}
