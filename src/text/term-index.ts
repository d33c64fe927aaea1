import { Lexicon } from './lexicon.js';
import { decodeSequences, encodeSequences } from './codec.js';
import { parseQuery, type QuerySlot, type ThemeQuery } from './query.js';

/** Serialized `TermIndex`: the unigram vocabulary and the token sequences (see codec.ts). */
export interface TermIndexJSON {
  format: 'topictrends-term-index';
  version: 1;
  vocabulary: string[];
  docCount: number;
  /** base64 of deflated varints: per doc its length, then token + 1 (0 = break). */
  tokens: string;
}

/**
 * Which papers mention a word, phrase or pattern. Built once from the
 * analyzer's unigram token sequences (`AnalyzedDocs.tokens`) and its unigram
 * vocabulary (`analyzer.terms.slice(0, analyzer.unigramCount)`, stems).
 * Queries are tokenized and stemmed like the documents (see `parseQuery`),
 * so "distillation" also finds "distilled" and "dual-stream" equals "dual stream".
 * Multi-word queries need the words adjacent and in order, without a break
 * (punctuation, stop word) between them.
 */
export class TermIndex {
  private readonly lexicon = new Lexicon();
  private readonly termIds: Map<string, number>;
  private readonly sortedStems: { stem: string; id: number }[];
  /** CSR posting lists: docs of term t are postings[offsets[t] .. offsets[t+1]), ascending. */
  private readonly offsets: Uint32Array;
  private readonly postings: Uint32Array;

  constructor(
    readonly vocabulary: readonly string[],
    readonly tokens: readonly Int32Array[],
  ) {
    this.termIds = new Map(vocabulary.map((stem, id) => [stem, id]));
    this.sortedStems = vocabulary.map((stem, id) => ({ stem, id })).sort((a, b) => (a.stem < b.stem ? -1 : a.stem > b.stem ? 1 : 0));
    const V = vocabulary.length;
    const df = new Uint32Array(V + 1);
    const lastDoc = new Int32Array(V).fill(-1);
    tokens.forEach((seq, d) => {
      for (let i = 0; i < seq.length; i++) {
        const t = seq[i];
        if (t < 0) continue;
        if (t >= V) throw new Error(`TermIndex: doc ${d} has term id ${t}, beyond the vocabulary of ${V}`);
        if (lastDoc[t] !== d) {
          lastDoc[t] = d;
          df[t]++;
        }
      }
    });
    this.offsets = new Uint32Array(V + 1);
    for (let t = 0; t < V; t++) this.offsets[t + 1] = this.offsets[t] + df[t];
    this.postings = new Uint32Array(this.offsets[V]);
    const fill = this.offsets.slice(0, V);
    lastDoc.fill(-1);
    tokens.forEach((seq, d) => {
      for (let i = 0; i < seq.length; i++) {
        const t = seq[i];
        if (t >= 0 && lastDoc[t] !== d) {
          lastDoc[t] = d;
          this.postings[fill[t]++] = d;
        }
      }
    });
  }

  get docCount(): number {
    return this.tokens.length;
  }

  /** Sorted indices of the docs containing unigram term `id`. */
  docsWithTerm(id: number): Uint32Array {
    return this.postings.subarray(this.offsets[id], this.offsets[id + 1]);
  }

  /** The unigram id when `query` is exactly one known word (no phrase, no pattern), else undefined. */
  singleTerm(query: string): number | undefined {
    const slots = parseQuery(query, this.lexicon, this.termIds, this.sortedStems);
    return slots.length === 1 && slots[0].kind === 'terms' && slots[0].ids.length === 1 ? slots[0].ids[0] : undefined;
  }

  /** Sorted indices of the docs mentioning `query` (a word, a phrase, `prefix*`). Empty for an all-stop-word query. */
  matchDocs(query: string): Uint32Array {
    const slots = parseQuery(query, this.lexicon, this.termIds, this.sortedStems);
    const termSlots = slots.filter((s): s is { kind: 'terms'; ids: number[] } => s.kind === 'terms');
    if (termSlots.length === 0 || termSlots.some((s) => s.ids.length === 0)) return new Uint32Array(0);
    // Rarest slot first keeps the intersections small.
    const lists = termSlots.map((s) => this.slotDocs(s.ids)).sort((a, b) => a.length - b.length);
    let docs = lists[0];
    for (let k = 1; k < lists.length && docs.length > 0; k++) docs = intersect(docs, lists[k]);
    if (slots.length === 1) return docs;
    const sets = slots.map((s) => (s.kind === 'terms' ? new Set(s.ids) : null));
    return docs.filter((d) => containsSequence(this.tokens[d], sets));
  }

  /** Sorted indices of the docs matching any of the theme's terms (outside its `exclude` phrases). */
  matchTheme(theme: ThemeQuery): Uint32Array {
    const hit = new Uint8Array(this.docCount);
    const exclude = (theme.exclude ?? []).map((q) => ({ docs: new Set(this.matchDocs(q)), slots: this.slotSets(q) }));
    for (const term of theme.terms) {
      const slots = exclude.length ? this.slotSets(term) : [];
      for (const d of this.matchDocs(term)) {
        if (hit[d]) continue;
        const inside = exclude.filter((e) => e.docs.has(d));
        if (inside.length === 0 || hasFreeOccurrence(this.tokens[d], slots, inside.map((e) => e.slots))) hit[d] = 1;
      }
    }
    let n = 0;
    for (let d = 0; d < hit.length; d++) n += hit[d];
    const out = new Uint32Array(n);
    for (let d = 0, k = 0; d < hit.length; d++) if (hit[d]) out[k++] = d;
    return out;
  }

  /** A query as a sequence of term-id sets (null = a break). */
  private slotSets(query: string): (Set<number> | null)[] {
    return parseQuery(query, this.lexicon, this.termIds, this.sortedStems).map((s) => (s.kind === 'terms' ? new Set(s.ids) : null));
  }

  toJSON(): TermIndexJSON {
    return {
      format: 'topictrends-term-index',
      version: 1,
      vocabulary: [...this.vocabulary],
      docCount: this.tokens.length,
      tokens: encodeSequences(this.tokens),
    };
  }

  static fromJSON(json: TermIndexJSON): TermIndex {
    if (json?.format !== 'topictrends-term-index' || json.version !== 1) {
      throw new Error(`TermIndex.fromJSON: expected format "topictrends-term-index" version 1, got ${JSON.stringify(json?.format)} version ${JSON.stringify(json?.version)}`);
    }
    return new TermIndex(json.vocabulary, decodeSequences(json.tokens, json.docCount));
  }

  private slotDocs(ids: number[]): Uint32Array {
    if (ids.length === 1) return this.docsWithTerm(ids[0]);
    const merged = new Set<number>();
    for (const id of ids) for (const d of this.docsWithTerm(id)) merged.add(d);
    return Uint32Array.from(merged).sort();
  }
}

function intersect(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(Math.min(a.length, b.length));
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] < b[j]) i++;
    else if (a[i] > b[j]) j++;
    else {
      out[n++] = a[i];
      i++;
      j++;
    }
  }
  return out.slice(0, n);
}

/** Whether `seq` holds the slots in order at adjacent positions; a null slot must meet a break. */
function containsSequence(seq: Int32Array, slots: (Set<number> | null)[]): boolean {
  return occurrences(seq, slots).length > 0;
}

/** Start positions where the slots occur in `seq`. */
function occurrences(seq: Int32Array, slots: (Set<number> | null)[]): number[] {
  const L = slots.length;
  const found: number[] = [];
  outer: for (let i = 0; i + L <= seq.length; i++) {
    for (let k = 0; k < L; k++) {
      const t = seq[i + k];
      const slot = slots[k];
      if (slot === null ? t !== -1 : !slot.has(t)) continue outer;
    }
    found.push(i);
  }
  return found;
}

/** Whether some occurrence of `slots` lies outside every occurrence of the excluded phrases. */
function hasFreeOccurrence(seq: Int32Array, slots: (Set<number> | null)[], excluded: (Set<number> | null)[][]): boolean {
  const covers = excluded.flatMap((ex) => occurrences(seq, ex).map((start) => [start, start + ex.length] as const));
  return occurrences(seq, slots).some((start) => !covers.some(([a, b]) => a <= start && start + slots.length <= b));
}

export type { QuerySlot };
