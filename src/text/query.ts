import { Lexicon, joinWord, stemWord } from './lexicon.js';
import { SPAN_BREAK, SPAN_JOINED, SpanBuffer, normalizeText, scanTokens } from './scan.js';

/** One position of a parsed query: the term ids any of which may stand there, or a gap. */
export type QuerySlot = { kind: 'terms'; ids: number[] } | { kind: 'break' };

/**
 * Parse a word, phrase or pattern the way documents are tokenized:
 * - "dual-stream" and "dual stream" give the same two slots;
 * - each word is stemmed ("distillation" -> distil) and looked up in `vocabulary`;
 *   an unknown word gives an empty slot (nothing can match);
 * - a trailing `*` makes a prefix wildcard: every term whose stem starts with the
 *   word or with the word's stem ("mamba*" -> mamba, mamba2, mambaout);
 * - stop words and punctuation become a break slot, so "mixture of experts"
 *   matches "mixture", a gap, "experts" (the gap may be any stop words or punctuation:
 *   documents keep no stop words).
 * Breaks at the ends are dropped; an all-stop-word query has no slots.
 */
/**
 * One span buffer for every query: parsing is synchronous, and a new 12 KB buffer per query was
 * an external allocation per dashboard request (at a million papers, 2,400 a second under load,
 * each counting towards V8's external-memory GC trigger).
 */
const QUERY_SPANS = new SpanBuffer();

export function parseQuery(
  query: string,
  lexicon: Lexicon,
  vocabulary: ReadonlyMap<string, number>,
  sortedStems: readonly { stem: string; id: number }[],
): QuerySlot[] {
  const text = normalizeText(query);
  const spans = QUERY_SPANS;
  spans.clear();
  scanTokens(text, spans);
  const slots: QuerySlot[] = [];
  const pushBreak = () => {
    if (slots.length > 0 && slots[slots.length - 1].kind !== 'break') slots.push({ kind: 'break' });
  };
  for (let k = 0; k < spans.length; k++) {
    const [start, end, kind] = spans.data.subarray(3 * k, 3 * k + 3);
    if (kind === SPAN_BREAK) {
      // A break right after a wildcard word is the `*` itself.
      if (!(k > 0 && text.charCodeAt(spans.data[3 * k - 2]) === 42)) pushBreak();
      continue;
    }
    const word = kind & SPAN_JOINED ? joinWord(text.slice(start, end)) : text.slice(start, end);
    const wildcard = text.charCodeAt(end) === 42;
    if (wildcard) {
      slots.push({ kind: 'terms', ids: prefixMatches(sortedStems, [word, stemWord(word)]) });
      continue;
    }
    const { stem, stop } = lexicon.peek(word);
    if (stop) {
      pushBreak();
      continue;
    }
    const term = vocabulary.get(stem);
    slots.push({ kind: 'terms', ids: term === undefined ? [] : [term] });
  }
  if (slots.length > 0 && slots[slots.length - 1].kind === 'break') slots.pop();
  return slots;
}

/** Term ids whose stem starts with any of `prefixes` (binary search over stems in code-unit order). */
function prefixMatches(sortedStems: readonly { stem: string; id: number }[], prefixes: string[]): number[] {
  const ids = new Set<number>();
  for (const prefix of new Set(prefixes)) {
    let lo = 0;
    let hi = sortedStems.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sortedStems[mid].stem < prefix) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < sortedStems.length && sortedStems[i].stem.startsWith(prefix); i++) ids.add(sortedStems[i].id);
  }
  return [...ids].sort((a, b) => a - b);
}

/** A named group of words, phrases and patterns (`mamba*`); a paper matches if it mentions any. */
export interface ThemeQuery {
  name: string;
  terms: readonly string[];
  /**
   * Occurrences inside these phrases do not count: the streaming theme matches
   * "stream" but not the "stream" of "dual-stream". A paper still matches when it
   * has another, free occurrence.
   */
  exclude?: readonly string[];
}
