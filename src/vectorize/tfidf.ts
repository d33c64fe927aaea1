import { type CsrMatrix, makeIndptr } from './csr.js';
import { NoTermsLeftError } from './errors.js';

/** Options of {@link TfidfVectorizer}; the formulas follow scikit-learn's `TfidfVectorizer`. */
export interface TfidfOptions {
  /**
   * Ignore terms found in fewer documents than this. A number below 1 is a fraction of
   * the documents; a number ≥ 1 is a document count (an integer). Default 2.
   */
  minDf?: number;
  /**
   * Ignore terms found in more documents than this (same count/fraction rule as
   * `minDf`; `Infinity` disables it). Default 0.5, i.e. half the documents.
   */
  maxDf?: number;
  /** Keep at most this many terms, those with the highest document frequency (ties: lower term id). Default 50,000. */
  maxFeatures?: number;
  /** Use `1 + ln(tf)` instead of the raw count `tf`. Default true. */
  sublinearTf?: boolean;
  /** idf = ln((1 + n) / (1 + df)) + 1 when true, ln(n / df) + 1 when false. Default true. */
  smoothIdf?: boolean;
  /** Row normalization of the output. Default 'l2'. */
  norm?: 'l2' | 'l1' | 'none';
}

/** A fitted vectorizer as plain data. */
export interface TfidfState {
  options: Omit<Required<TfidfOptions>, 'maxDf'> & { maxDf: number | null };
  /** Number of analyzer terms the vectorizer was fitted over. */
  nTerms: number;
  termIds: Int32Array;
  idf: Float32Array;
  df: Int32Array;
}

/** Resolve a count-or-fraction threshold to a document count. */
function documentCount(value: number, nDocs: number, name: string): number {
  if (!(value >= 0) || Number.isNaN(value)) throw new Error(`TfidfVectorizer: ${name} must be ≥ 0, got ${value}`);
  if (value === Infinity) return Infinity;
  if (value < 1) return value * nDocs;
  if (!Number.isInteger(value)) throw new Error(`TfidfVectorizer: ${name} ≥ 1 is a document count and must be an integer, got ${value}`);
  return value;
}

/**
 * Sparse TF-IDF over documents given as term-id arrays (one id per occurrence).
 * Columns are the kept terms in ascending term-id order; `termIds` maps back.
 */
export class TfidfVectorizer {
  readonly minDf: number;
  readonly maxDf: number;
  readonly maxFeatures: number;
  readonly sublinearTf: boolean;
  readonly smoothIdf: boolean;
  readonly norm: 'l2' | 'l1' | 'none';
  /** Column → original term id. */
  termIds: Int32Array = new Int32Array(0);
  /** Inverse document frequency per column. */
  idf: Float32Array = new Float32Array(0);
  /** Document frequency per column (in the fitted corpus). */
  df: Int32Array = new Int32Array(0);
  /** Original term id → column, or -1 when the term was dropped. */
  private columnOf: Int32Array = new Int32Array(0);

  constructor(options: TfidfOptions = {}) {
    this.minDf = options.minDf ?? 2;
    this.maxDf = options.maxDf ?? 0.5;
    this.maxFeatures = options.maxFeatures ?? 50_000;
    this.sublinearTf = options.sublinearTf ?? true;
    this.smoothIdf = options.smoothIdf ?? true;
    this.norm = options.norm ?? 'l2';
  }

  /** Learn the vocabulary (document-frequency filters) and the idf weights. */
  fit(docs: Int32Array[], nTerms: number): this {
    const nDocs = docs.length;
    if (nDocs === 0) throw new Error('TfidfVectorizer.fit: no documents');
    const dfAll = new Int32Array(nTerms);
    const lastDoc = new Int32Array(nTerms).fill(-1);
    for (let d = 0; d < nDocs; d++) {
      const doc = docs[d];
      for (let t = 0; t < doc.length; t++) {
        const term = doc[t];
        if (!(term >= 0 && term < nTerms)) {
          throw new Error(`TfidfVectorizer.fit: document ${d} has term id ${term}, outside [0, ${nTerms})`);
        }
        if (lastDoc[term] !== d) {
          lastDoc[term] = d;
          dfAll[term]++;
        }
      }
    }
    const lo = documentCount(this.minDf, nDocs, 'minDf');
    const hi = documentCount(this.maxDf, nDocs, 'maxDf');
    if (hi < lo) throw new NoTermsLeftError(`TfidfVectorizer: maxDf (${this.maxDf}) corresponds to fewer documents than minDf (${this.minDf})`);
    let kept: number[] = [];
    for (let term = 0; term < nTerms; term++) if (dfAll[term] >= lo && dfAll[term] <= hi && dfAll[term] > 0) kept.push(term);
    if (kept.length > this.maxFeatures) {
      kept.sort((a, b) => dfAll[b] - dfAll[a] || a - b);
      kept = kept.slice(0, this.maxFeatures).sort((a, b) => a - b);
    }
    if (kept.length === 0) throw new NoTermsLeftError('TfidfVectorizer.fit: no terms remain after minDf/maxDf pruning');

    this.termIds = Int32Array.from(kept);
    this.df = new Int32Array(kept.length);
    this.idf = new Float32Array(kept.length);
    this.columnOf = new Int32Array(nTerms).fill(-1);
    for (let c = 0; c < kept.length; c++) {
      const df = dfAll[kept[c]];
      this.columnOf[kept[c]] = c;
      this.df[c] = df;
      this.idf[c] = this.smoothIdf ? Math.log((1 + nDocs) / (1 + df)) + 1 : Math.log(nDocs / df) + 1;
    }
    return this;
  }

  /** Weight documents with the fitted vocabulary; unknown and dropped terms are ignored. */
  transform(docs: Int32Array[]): CsrMatrix {
    if (this.termIds.length === 0) throw new Error('TfidfVectorizer.transform: call fit() first');
    const { columnOf } = this;
    const nKnown = columnOf.length;
    const nCols = this.termIds.length;
    const counts = new Float64Array(nCols);
    const touched = new Int32Array(nCols);

    // First pass: row lengths, so the arrays are allocated once at their final size.
    const rowLength = new Int32Array(docs.length);
    const seen = new Int32Array(nCols).fill(-1);
    let total = 0;
    for (let d = 0; d < docs.length; d++) {
      const doc = docs[d];
      let len = 0;
      for (let t = 0; t < doc.length; t++) {
        const term = doc[t];
        const c = term >= 0 && term < nKnown ? columnOf[term] : -1;
        if (c >= 0 && seen[c] !== d) {
          seen[c] = d;
          len++;
        }
      }
      rowLength[d] = len;
      total += len;
    }

    const indptr = makeIndptr(docs.length, total);
    const indices = new Int32Array(total);
    const data = new Float32Array(total);
    let p = 0;
    for (let d = 0; d < docs.length; d++) {
      const doc = docs[d];
      let nTouched = 0;
      for (let t = 0; t < doc.length; t++) {
        const term = doc[t];
        const c = term >= 0 && term < nKnown ? columnOf[term] : -1;
        if (c < 0) continue;
        if (counts[c] === 0) touched[nTouched++] = c;
        counts[c]++;
      }
      const row = touched.subarray(0, nTouched).sort();
      let sum = 0;
      const start = p;
      for (let r = 0; r < nTouched; r++) {
        const c = row[r];
        const tf = this.sublinearTf ? 1 + Math.log(counts[c]) : counts[c];
        const w = tf * this.idf[c];
        counts[c] = 0;
        indices[p] = c;
        data[p++] = w;
        sum += this.norm === 'l2' ? w * w : w;
      }
      if (this.norm !== 'none' && sum > 0) {
        const scale = this.norm === 'l2' ? 1 / Math.sqrt(sum) : 1 / sum;
        for (let q = start; q < p; q++) data[q] *= scale;
      }
      indptr[d + 1] = p;
    }
    return { nRows: docs.length, nCols, indptr, indices, data };
  }

  /** The fitted vocabulary and weights as plain data (saved with a model). */
  toState(): TfidfState {
    const { minDf, maxDf, maxFeatures, sublinearTf, smoothIdf, norm } = this;
    return { options: { minDf, maxDf: maxDf === Infinity ? null : maxDf, maxFeatures, sublinearTf, smoothIdf, norm }, nTerms: this.columnOf.length, termIds: this.termIds, idf: this.idf, df: this.df };
  }

  static fromState(s: TfidfState): TfidfVectorizer {
    const v = new TfidfVectorizer({ ...s.options, maxDf: s.options.maxDf ?? Infinity });
    v.termIds = s.termIds;
    v.idf = s.idf;
    v.df = s.df;
    v.columnOf = new Int32Array(s.nTerms).fill(-1);
    s.termIds.forEach((term, c) => (v.columnOf[term] = c));
    return v;
  }

  fitTransform(docs: Int32Array[], nTerms: number): CsrMatrix {
    return this.fit(docs, nTerms).transform(docs);
  }
}
