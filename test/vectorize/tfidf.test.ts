import { describe, expect, it } from 'vitest';
import { TfidfVectorizer, fromDense, multiplyDense, normalizeRows, toDense, transpose, transposeMultiplyDense } from '../../src/vectorize/index.js';
import { mulberry32 } from '../../src/util/random.js';
import { crudeTokenize, readLabeled } from './crude-tokenizer.js';

const docs = (...rows: number[][]) => rows.map((r) => Int32Array.from(r));

describe('TfidfVectorizer', () => {
  // Terms: 0 in 3 docs, 1 in 2 docs, 2 in 1 doc, 3 in all 4 docs.
  const corpus = docs([0, 0, 0, 1, 3], [0, 1, 3], [0, 2, 3], [3]);

  it('uses smoothed idf and sublinear tf, then l2-normalizes rows', () => {
    const v = new TfidfVectorizer({ minDf: 1, maxDf: 1.0 - 1e-9 });
    const X = v.fitTransform(corpus, 4);
    // maxDf just under 100% drops term 3 (in every doc); columns are terms 0, 1, 2.
    expect(Array.from(v.termIds)).toEqual([0, 1, 2]);
    expect(Array.from(v.df)).toEqual([3, 2, 1]);
    const idf = [3, 2, 1].map((df) => Math.log((1 + 4) / (1 + df)) + 1);
    for (let c = 0; c < 3; c++) expect(v.idf[c]).toBeCloseTo(idf[c], 6);
    // Row 0: term 0 three times, term 1 once.
    const w0 = (1 + Math.log(3)) * idf[0];
    const w1 = 1 * idf[1];
    const norm = Math.hypot(w0, w1);
    const dense = toDense(X);
    expect(dense[0]).toBeCloseTo(w0 / norm, 6);
    expect(dense[1]).toBeCloseTo(w1 / norm, 6);
    expect(dense[2]).toBe(0);
    // Row 3 only had the dropped term: it stays empty.
    expect(X.indptr[4] - X.indptr[3]).toBe(0);
  });

  it('supports raw tf, unsmoothed idf and no normalization', () => {
    const v = new TfidfVectorizer({ minDf: 1, maxDf: Infinity, sublinearTf: false, smoothIdf: false, norm: 'none' });
    const dense = toDense(v.fitTransform(corpus, 4));
    expect(dense[0]).toBeCloseTo(3 * (Math.log(4 / 3) + 1), 5);
    expect(dense[3]).toBeCloseTo(1, 6); // term 3: df = n, idf = 1
  });

  it('treats minDf/maxDf below 1 as fractions and at or above 1 as counts', () => {
    expect(Array.from(new TfidfVectorizer({ minDf: 2, maxDf: 3 }).fit(corpus, 4).termIds)).toEqual([0, 1]);
    expect(Array.from(new TfidfVectorizer({ minDf: 0.5, maxDf: 0.75 }).fit(corpus, 4).termIds)).toEqual([0, 1]);
    expect(Array.from(new TfidfVectorizer({ minDf: 1, maxDf: Infinity, maxFeatures: 2 }).fit(corpus, 4).termIds)).toEqual([0, 3]);
    expect(() => new TfidfVectorizer({ minDf: 1.5 }).fit(corpus, 4)).toThrow(/integer/);
    expect(() => new TfidfVectorizer({ minDf: 3, maxDf: 2 }).fit(corpus, 4)).toThrow(/fewer documents than minDf/);
  });

  it('names the document with a bad term id, and ignores unseen terms at transform', () => {
    expect(() => new TfidfVectorizer({ minDf: 1 }).fit(docs([0], [5]), 4)).toThrow(/document 1 has term id 5/);
    const v = new TfidfVectorizer({ minDf: 1, maxDf: Infinity }).fit(corpus, 4);
    const X = v.transform(docs([0, 9, 9]));
    expect(Array.from(X.indices)).toEqual([0]);
    expect(X.data[0]).toBeCloseTo(1, 6);
  });

  it('on real abstracts: sparse, unit rows, filters respected', () => {
    const papers = readLabeled(3000);
    const { docs: tokenized, vocabulary } = crudeTokenize(papers.map((p) => `${p.title} ${p.abstract}`));
    const v = new TfidfVectorizer();
    const X = v.fitTransform(tokenized, vocabulary.length);
    expect(X.nRows).toBe(3000);
    expect(X.nCols).toBeGreaterThan(3000);
    expect(X.indptr[X.nRows] / X.nRows).toBeLessThan(200); // far from dense
    for (let c = 0; c < X.nCols; c++) {
      expect(v.df[c]).toBeGreaterThanOrEqual(2);
      expect(v.df[c]).toBeLessThanOrEqual(1500);
    }
    for (let i = 0; i < X.nRows; i += 97) {
      let s = 0;
      for (let p = X.indptr[i]; p < X.indptr[i + 1]; p++) {
        s += X.data[p] ** 2;
        if (p > X.indptr[i]) expect(X.indices[p]).toBeGreaterThan(X.indices[p - 1]);
      }
      expect(s).toBeCloseTo(1, 4);
    }
    // Kept exactly the terms with 2 ≤ df ≤ 1500, df counted here independently.
    const df = new Int32Array(vocabulary.length);
    for (const doc of tokenized) for (const t of new Set(doc)) df[t]++;
    const expected = [...df.keys()].filter((t) => df[t] >= 2 && df[t] <= 1500);
    expect(Array.from(v.termIds)).toEqual(expected);
    expect(expected.length).toBeLessThan(vocabulary.length);
  });
});

describe('CSR products', () => {
  it('match dense arithmetic in both directions', () => {
    const random = mulberry32(7);
    const [n, m, l] = [13, 9, 4];
    const A = Array.from({ length: n * m }, () => (random() < 0.3 ? random() - 0.5 : 0));
    const X = fromDense(A, n, m);
    const B = Float64Array.from({ length: m * l }, () => random());
    const C = Float64Array.from({ length: n * l }, () => random());
    const XB = multiplyDense(X, B, l);
    const XtC = transposeMultiplyDense(X, C, l);
    for (let i = 0; i < n; i++)
      for (let c = 0; c < l; c++) {
        let s = 0;
        for (let j = 0; j < m; j++) s += A[i * m + j] * B[j * l + c];
        expect(XB[i * l + c]).toBeCloseTo(s, 6);
      }
    for (let j = 0; j < m; j++)
      for (let c = 0; c < l; c++) {
        let s = 0;
        for (let i = 0; i < n; i++) s += A[i * m + j] * C[i * l + c];
        expect(XtC[j * l + c]).toBeCloseTo(s, 6);
      }
    expect(() => multiplyDense(X, C, l)).toThrow(/expected/);
    // transpose() gives Xᵀ as CSR, so the fast gather kernel computes Xᵀ·C too.
    const Xt = transpose(X);
    expect([Xt.nRows, Xt.nCols]).toEqual([m, n]);
    const viaTranspose = multiplyDense(Xt, C, l);
    for (let q = 0; q < XtC.length; q++) expect(viaTranspose[q]).toBeCloseTo(XtC[q], 10);
    const dense = toDense(Xt);
    for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) expect(dense[j * n + i]).toBeCloseTo(A[i * m + j], 6);
  });

  it('normalizeRows scales rows to unit norm and leaves empty rows empty', () => {
    const X = normalizeRows(fromDense([3, 4, 0, 0, 0, 0], 2, 3));
    expect(Array.from(toDense(X))).toEqual([0.6, 0.800000011920929, 0, 0, 0, 0].map((v) => Math.fround(v)));
    const L1 = normalizeRows(fromDense([1, 3, 0], 1, 3), 'l1');
    expect(L1.data[0]).toBeCloseTo(0.25, 6);
  });
});
