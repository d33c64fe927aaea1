import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { ABSTRACT_BOILERPLATE, ENGLISH_STOP_WORDS, STOP_PHRASES } from './stopwords.js';
import { BOUND_PREFIXES, SPAN_BREAK, SPAN_HYPHENATED, SPAN_JOINED, SpanBuffer, normalizeText, scanTokens } from './scan.js';

/** Set on a surface id in a raw sequence when the word was hyphen-joined to the previous one. */
export const HYPHEN_BIT = 1 << 30;
export const SURFACE_MASK = HYPHEN_BIT - 1;

const IS_STOP = 1;
const STARTS_STOP_PHRASE = 2;

const NOT_WORD = /[^\p{L}\p{N}']+/gu;

/**
 * Surface of a bound prefix and its word: "pre–training" -> "pre-training".
 * It stems as the closed form ("pretraining"), so both spellings are one term,
 * and each spelling keeps its own surface for display.
 */
export function joinWord(span: string): string {
  return span.replace(NOT_WORD, '-');
}

/** The words of a displayed term: "fine-tuning" -> fine, tuning; "co-training" stays one word. */
export function surfaceWords(surface: string): string[] {
  const words: string[] = [];
  for (const part of surface.split(/\s+/)) {
    let pending = '';
    for (const piece of part.split('-')) {
      if (BOUND_PREFIXES.has(piece)) pending += `${piece}-`;
      else {
        words.push(pending + piece);
        pending = '';
      }
    }
    if (pending) words.push(pending.slice(0, -1));
  }
  return words.filter((w) => w.length > 0);
}

/** Porter stem of a lowercase word (natural's implementation); hyphens of joined prefixes are ignored. */
export function stemWord(word: string): string {
  return PorterStemmer.stem(word.includes('-') ? word.replace(/-/g, '') : word);
}

/**
 * Every distinct lowercase word seen so far, with its stem and stop flags,
 * so that each is stemmed once however often it occurs.
 */
export class Lexicon {
  private readonly surfaceIds = new Map<string, number>();
  private readonly stemIds = new Map<string, number>();
  private readonly stopWords: Set<string>;
  /** Stop phrases as stem-id sequences, keyed by their first stem id, longest first. */
  private readonly stopPhrases = new Map<number, Int32Array[]>();
  readonly surfaces: string[] = [];
  readonly stems: string[] = [];
  private stemOfSurface = new Int32Array(1024);
  private flags = new Uint8Array(1024);
  private readonly spans = new SpanBuffer();
  private raw = new Int32Array(1024);

  constructor(stopWords: Iterable<string> = [...ENGLISH_STOP_WORDS, ...ABSTRACT_BOILERPLATE], stopPhrases: readonly string[] = STOP_PHRASES) {
    this.stopWords = new Set(stopWords);
    const byLength = stopPhrases.map((p) => p.trim().split(/\s+/)).sort((a, b) => b.length - a.length);
    for (const words of byLength) {
      const ids = words.map((w) => this.stemId(stemWord(w.toLowerCase())));
      const list = this.stopPhrases.get(ids[0]) ?? [];
      list.push(Int32Array.from(ids));
      this.stopPhrases.set(ids[0], list);
    }
  }

  get size(): number {
    return this.surfaces.length;
  }

  /** Id of the stem of a surface id. */
  stemOf(surfaceId: number): number {
    return this.stemOfSurface[surfaceId];
  }

  isStop(surfaceId: number): boolean {
    return (this.flags[surfaceId] & IS_STOP) !== 0;
  }

  /** Stem and stop flag of a word without adding it: queries must not grow the cache of a long-running server. */
  peek(word: string): { stem: string; stop: boolean } {
    const id = this.surfaceIds.get(word);
    if (id !== undefined) return { stem: this.stems[this.stemOfSurface[id]], stop: (this.flags[id] & IS_STOP) !== 0 };
    return { stem: stemWord(word), stop: this.stopWords.has(word) };
  }

  stemId(stem: string): number {
    let id = this.stemIds.get(stem);
    if (id === undefined) {
      id = this.stems.length;
      this.stems.push(stem);
      this.stemIds.set(stem, id);
    }
    return id;
  }

  /** Id of a lowercase surface word, adding (and stemming) it on first sight. */
  surfaceId(word: string): number {
    let id = this.surfaceIds.get(word);
    if (id !== undefined) return id;
    id = this.surfaces.length;
    if (id === this.flags.length) {
      const stems = new Int32Array(id * 2);
      stems.set(this.stemOfSurface);
      this.stemOfSurface = stems;
      const flags = new Uint8Array(id * 2);
      flags.set(this.flags);
      this.flags = flags;
    }
    this.surfaces.push(word);
    this.surfaceIds.set(word, id);
    this.stemOfSurface[id] = this.stemId(stemWord(word));
    this.setFlags(id);
    return id;
  }

  private setFlags(id: number): void {
    let f = this.stopWords.has(this.surfaces[id]) ? IS_STOP : 0;
    if (this.stopPhrases.has(this.stemOfSurface[id])) f |= STARTS_STOP_PHRASE;
    this.flags[id] = f;
  }

  /**
   * Tokenize one text into surface ids: BREAK (-1) where punctuation, a stop word
   * or a stop phrase was; hyphen-joined words carry HYPHEN_BIT. Consecutive breaks
   * are collapsed; the sequence neither starts nor ends with a break.
   */
  analyze(text: string): Int32Array {
    const norm = normalizeText(text);
    const spans = this.spans;
    scanTokens(norm, spans);
    if (this.raw.length < spans.length) this.raw = new Int32Array(spans.length * 2);
    const raw = this.raw;
    const d = spans.data;
    for (let k = 0; k < spans.length; k++) {
      const kind = d[3 * k + 2];
      if (kind === SPAN_BREAK) raw[k] = -1;
      else {
        const word = norm.slice(d[3 * k], d[3 * k + 1]);
        const id = this.surfaceId(kind & SPAN_JOINED ? joinWord(word) : word);
        raw[k] = kind & SPAN_HYPHENATED ? id | HYPHEN_BIT : id;
      }
    }
    return this.dropStops(raw, spans.length);
  }

  private dropStops(raw: Int32Array, n: number): Int32Array {
    const out = new Int32Array(n);
    let len = 0;
    let pendingBreak = false;
    for (let i = 0; i < n; i++) {
      const v = raw[i];
      if (v < 0) {
        pendingBreak = true;
        continue;
      }
      const id = v & SURFACE_MASK;
      const f = this.flags[id];
      if (f & STARTS_STOP_PHRASE) {
        const matched = this.matchStopPhrase(raw, i, n);
        if (matched > 0) {
          i += matched - 1;
          pendingBreak = true;
          continue;
        }
      }
      if (f & IS_STOP) {
        pendingBreak = true;
        continue;
      }
      if (pendingBreak) {
        if (len > 0) out[len++] = -1;
        pendingBreak = false;
        out[len++] = id; // joined to a removed word: the hyphen no longer links anything
      } else out[len++] = v;
    }
    return out.slice(0, len);
  }

  private matchStopPhrase(raw: Int32Array, at: number, n: number): number {
    const candidates = this.stopPhrases.get(this.stemOfSurface[raw[at] & SURFACE_MASK]);
    if (!candidates) return 0;
    outer: for (const phrase of candidates) {
      if (at + phrase.length > n) continue;
      for (let j = 1; j < phrase.length; j++) {
        const v = raw[at + j];
        if (v < 0 || this.stemOfSurface[v & SURFACE_MASK] !== phrase[j]) continue outer;
      }
      return phrase.length;
    }
    return 0;
  }
}
