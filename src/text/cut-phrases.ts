import type { Phrase } from './phrases.js';
import { PhraseMatcher } from './phrase-matcher.js';

/**
 * Share of a phrase's occurrences followed by one same word above which the phrase
 * is a cut-off piece of a longer one: "multimodal large language" (nearly always
 * followed by "models") was a topic label on papers.jsonl, "large language" without
 * its noun reads as a mistake. Phrases stop at 3 words, so such pieces would
 * otherwise be shown whenever the whole is longer. They stay terms (features of
 * TF-IDF, so the clustering is what it was: dropping them moved NMI on labeled.jsonl
 * from 0.304 to 0.300, seeds 42/1/2) and are only never label words.
 */
export const CUT_SHARE = 0.5;

/** Indices (into `found`) of the cut-off pieces: more than `CUT_SHARE` of their occurrences continue with one same word. */
export function cutPhrases(found: readonly Phrase[], tokens: readonly Int32Array[], unigramCount: number): number[] {
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
  const cut: number[] = [];
  next.forEach((followers, k) => {
    let most = 0;
    for (const c of followers.values()) most = Math.max(most, c);
    if (most > CUT_SHARE * total[k]) cut.push(k);
  });
  return cut;
}
