import { HYPHEN_BIT, SURFACE_MASK, type Lexicon } from './lexicon.js';
import type { PhraseMatcher } from './phrase-matcher.js';

/**
 * Display form of each phrase: its most frequent surface sequence in the fitted
 * texts, hyphens as written most often ("fine-tuning", "knowledge distillation").
 * Ties go to the lexicographically smaller key, so the result is order-free.
 */
export function phraseSurfaces(matcher: PhraseMatcher, lexicon: Lexicon, firstId: number, lengths: number[], seqs: Int32Array[], tokens: Int32Array[]): string[] {
  const variants = lengths.map(() => new Map<string, number>());
  seqs.forEach((seq, d) => {
    // Tokens and surface sequences align position by position unless a word was unknown, which cannot happen on fitted text.
    matcher.forEach(tokens[d], (term, at) => {
      const key = Array.from(seq.subarray(at, at + lengths[term - firstId])).join(',');
      const m = variants[term - firstId];
      m.set(key, (m.get(key) ?? 0) + 1);
    });
  });
  return variants.map((m) => {
    let bestKey = '';
    let bestCount = -1;
    for (const [key, c] of m) if (c > bestCount || (c === bestCount && key < bestKey)) [bestKey, bestCount] = [key, c];
    return bestKey
      .split(',')
      .map(Number)
      .map((v, i) => (i > 0 ? ((v & HYPHEN_BIT) !== 0 ? '-' : ' ') : '') + lexicon.surfaces[v & SURFACE_MASK])
      .join('');
  });
}
