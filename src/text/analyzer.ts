import { Lexicon, SURFACE_MASK } from './lexicon.js';
import { ABSTRACT_BOILERPLATE, ENGLISH_STOP_WORDS, STOP_PHRASES } from './stopwords.js';
import { corpusPhrases, type PhraseOptions } from './phrases.js';
import { PhraseMatcher } from './phrase-matcher.js';
import { NoAnalysableTermsError } from './coverage.js';
import { phraseSurfaces } from './phrase-surfaces.js';
import { labelTermsOf, type LabelTerms } from './label-terms.js';

export interface TextOptions extends PhraseOptions {
  /** Extra stop words (lowercase surface forms) on top of the built-in lists. Default: none. */
  extraStopWords?: readonly string[];
  /** Find multi-word phrases and add them as terms. Default: true. */
  phrases?: boolean;
}

/**
 * Output of `TextAnalyzer.transform`, one entry per input text. Term ids index
 * `analyzer.terms`; unigram ids come first (0 .. unigramCount-1), then phrases.
 */
export interface AnalyzedDocs {
  /** Per doc: term ids, unigrams then phrases, repeated per occurrence (input for TF-IDF). */
  terms: Int32Array[];
  /**
   * Per doc: the unigram id sequence with BREAK (-1) wherever punctuation, a
   * stop word or an unknown word was, for phrase and query matching. Never starts
   * or ends with -1 and never has two -1 in a row.
   */
  tokens: Int32Array[];
}

/** A fitted analyzer as plain data (`TextAnalyzer.toState` / `fromState`). */
export interface AnalyzerState {
  options: TextOptions;
  terms: string[];
  surfaces: string[];
  unigramCount: number;
  counts: number[];
  phrases: PhraseInfo[];
  /** Abbreviation pairs and cut-off phrases (absent in models saved before them). */
  labelTerms?: LabelTerms;
}

/** A learned phrase: its term id, corpus count and NPMI. */
export interface PhraseInfo {
  term: number;
  count: number;
  npmi: number;
}

/**
 * Tokenize, stem and find phrases. Text of a paper is `title + ". " + abstract`.
 * Terms are Porter stems ("distil") and phrases of stems ("knowledg distil");
 * each is displayed by its most frequent surface form ("distillation",
 * "knowledge distillation", hyphens kept: "fine-tuning").
 * Unigram ids are ordered by corpus count, most frequent first (ties by stem),
 * phrases likewise after them; the result does not depend on anything but the input.
 */
export class TextAnalyzer {
  terms: string[] = [];
  surfaces: string[] = [];
  phrases: PhraseInfo[] = [];
  /** Number of unigram terms; term ids >= this are phrases. */
  unigramCount = 0;
  /** Corpus count of each term in the fitted texts. */
  counts = new Int32Array(0);
  /** Abbreviation pairs defined in the fitted texts and cut-off phrases, for labels. */
  labelTerms: LabelTerms = { aliases: [], cut: [] };
  private lexicon: Lexicon;
  private stemTerm = new Int32Array(0);
  private matcher: PhraseMatcher | null = null;
  private fittedTokens: Int32Array[] | null = null;

  constructor(readonly options: TextOptions = {}) {
    this.lexicon = this.newLexicon();
  }

  private newLexicon(): Lexicon {
    return new Lexicon([...ENGLISH_STOP_WORDS, ...ABSTRACT_BOILERPLATE, ...(this.options.extraStopWords ?? [])], STOP_PHRASES);
  }

  /** `onProgress`: papers read so far out of all (the text stage took 18 s at 52,852 papers on a busy machine). */
  fit(texts: readonly string[], onProgress?: (done: number, total: number) => void): this {
    this.fittedTokens = null;
    const lex = (this.lexicon = this.newLexicon());
    const seqs = texts.map((t, i) => {
      if (onProgress && i % 500 === 0) onProgress(i, texts.length);
      return lex.analyze(t);
    });
    onProgress?.(texts.length, texts.length);

    const surfaceCounts = new Int32Array(lex.size);
    for (const seq of seqs) for (let i = 0; i < seq.length; i++) if (seq[i] >= 0) surfaceCounts[seq[i] & SURFACE_MASK]++;
    const stemCounts = new Int32Array(lex.stems.length);
    const bestSurface = new Int32Array(lex.stems.length).fill(-1);
    for (let s = 0; s < surfaceCounts.length; s++) {
      if (surfaceCounts[s] === 0) continue;
      const stem = lex.stemOf(s);
      stemCounts[stem] += surfaceCounts[s];
      const best = bestSurface[stem];
      if (best < 0 || surfaceCounts[s] > surfaceCounts[best] || (surfaceCounts[s] === surfaceCounts[best] && lex.surfaces[s] < lex.surfaces[best])) bestSurface[stem] = s;
    }
    const stemOrder = [...stemCounts.keys()].filter((s) => stemCounts[s] > 0);
    stemOrder.sort((a, b) => stemCounts[b] - stemCounts[a] || (lex.stems[a] < lex.stems[b] ? -1 : 1));
    this.stemTerm = new Int32Array(lex.stems.length).fill(-1);
    stemOrder.forEach((stem, term) => (this.stemTerm[stem] = term));
    if (stemOrder.length === 0 && texts.length > 0) throw new NoAnalysableTermsError(texts.length);
    this.unigramCount = stemOrder.length;
    this.terms = stemOrder.map((s) => lex.stems[s]);
    this.surfaces = stemOrder.map((s) => lex.surfaces[bestSurface[s]]);
    const unigramCounts = Int32Array.from(stemOrder, (s) => stemCounts[s]);

    const tokens = seqs.map((seq) => this.toTokens(seq));
    const found = this.options.phrases === false ? [] : corpusPhrases(tokens, unigramCounts, texts.length, this.options);
    const U = this.unigramCount;
    this.matcher = new PhraseMatcher(found.map((p) => p.words), U, U);
    this.phrases = found.map((p, k) => ({ term: U + k, count: p.count, npmi: p.npmi }));
    this.terms.push(...found.map((p) => p.words.map((w) => this.terms[w]).join(' ')));
    this.surfaces.push(...phraseSurfaces(this.matcher, this.lexicon, U, found.map((p) => p.words.length), seqs, tokens));
    this.counts = new Int32Array(this.terms.length);
    this.counts.set(unigramCounts);
    for (const p of this.phrases) this.counts[p.term] = p.count;
    this.labelTerms = labelTermsOf(texts, found, tokens, this.terms, U);
    this.fittedTokens = tokens;
    return this;
  }

  transform(texts: readonly string[]): AnalyzedDocs {
    if (!this.matcher) throw new Error('TextAnalyzer: call fit() before transform()');
    const tokens = texts.map((t) => this.toTokens(this.lexicon.analyze(t)));
    return { tokens, terms: tokens.map((seq) => this.docTerms(seq)) };
  }

  fitTransform(texts: readonly string[], onProgress?: (done: number, total: number) => void): AnalyzedDocs {
    this.fit(texts, onProgress);
    const tokens = this.fittedTokens!;
    this.fittedTokens = null;
    return { tokens, terms: tokens.map((seq) => this.docTerms(seq)) };
  }

  /** What `transform` needs, as plain data (saved with a model). */
  toState(): AnalyzerState {
    if (!this.matcher) throw new Error('TextAnalyzer: call fit() before toState()');
    return { options: this.options, terms: this.terms, surfaces: this.surfaces, unigramCount: this.unigramCount, counts: Array.from(this.counts), phrases: this.phrases, labelTerms: this.labelTerms };
  }

  /** A fitted analyzer from `toState()`: transforms new texts exactly as the original would. */
  static fromState(state: AnalyzerState): TextAnalyzer {
    const a = new TextAnalyzer(state.options);
    const U = state.unigramCount;
    Object.assign(a, { terms: [...state.terms], surfaces: [...state.surfaces], unigramCount: U, counts: Int32Array.from(state.counts), phrases: state.phrases, labelTerms: state.labelTerms ?? { aliases: [], cut: [] } });
    const termOfStem = new Map<string, number>();
    for (let t = 0; t < U; t++) termOfStem.set(state.terms[t], t);
    const stemIds = state.terms.slice(0, U).map((stem) => a.lexicon.stemId(stem));
    a.stemTerm = new Int32Array(a.lexicon.stems.length).fill(-1);
    stemIds.forEach((sid, t) => (a.stemTerm[sid] = t));
    const words = state.terms.slice(U).map((phrase) => phrase.split(' ').map((stem) => termOfStem.get(stem) ?? -1));
    if (words.some((w) => w.some((t) => t < 0))) throw new Error('TextAnalyzer.fromState: a phrase uses a word that is not a term');
    a.matcher = new PhraseMatcher(words, U, U);
    return a;
  }

  /** Stems of a term: one for a unigram, several for a phrase (for label redundancy checks). */
  termStems(term: number): string[] {
    return this.terms[term].split(' ');
  }

  private toTokens(seq: Int32Array): Int32Array {
    const out = new Int32Array(seq.length);
    let len = 0;
    for (let i = 0; i < seq.length; i++) {
      const v = seq[i];
      const stem = v < 0 ? -1 : this.lexicon.stemOf(v & SURFACE_MASK);
      const term = stem >= 0 && stem < this.stemTerm.length ? this.stemTerm[stem] : -1;
      if (term >= 0) out[len++] = term;
      else if (len > 0 && out[len - 1] !== -1) out[len++] = -1; // unknown words break like stop words
    }
    if (len > 0 && out[len - 1] === -1) len--;
    return len === seq.length ? out : out.slice(0, len);
  }

  private docTerms(tokens: Int32Array): Int32Array {
    const phraseIds: number[] = [];
    this.matcher!.forEach(tokens, (term) => phraseIds.push(term));
    let n = 0;
    for (let i = 0; i < tokens.length; i++) if (tokens[i] >= 0) n++;
    const out = new Int32Array(n + phraseIds.length);
    let k = 0;
    for (let i = 0; i < tokens.length; i++) if (tokens[i] >= 0) out[k++] = tokens[i];
    out.set(phraseIds, k);
    return out;
  }
}
