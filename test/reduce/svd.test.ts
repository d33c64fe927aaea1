import { describe, expect, it } from 'vitest';
import { TruncatedSVD, symmetricEigen } from '../../src/reduce/index.js';
import { TfidfVectorizer, fromDense, multiplyDense } from '../../src/vectorize/index.js';
import { gaussian, mulberry32 } from '../../src/util/random.js';
import { crudeTokenize, readLabeled } from '../vectorize/crude-tokenizer.js';
import { ENGINE_DEFAULTS } from '../../src/model/index.js';

/** Random n × m matrix with orthonormal columns (Gram–Schmidt on Gaussians). */
function orthonormalColumns(n: number, m: number, random: () => number): Float64Array {
  const Q = new Float64Array(n * m);
  for (let c = 0; c < m; c++) {
    for (let i = 0; i < n; i++) Q[i * m + c] = gaussian(random);
    for (let p = 0; p < c; p++) {
      let dot = 0;
      for (let i = 0; i < n; i++) dot += Q[i * m + c] * Q[i * m + p];
      for (let i = 0; i < n; i++) Q[i * m + c] -= dot * Q[i * m + p];
    }
    let norm = 0;
    for (let i = 0; i < n; i++) norm += Q[i * m + c] ** 2;
    for (let i = 0; i < n; i++) Q[i * m + c] /= Math.sqrt(norm);
  }
  return Q;
}

describe('TruncatedSVD', () => {
  // Planted rank-4 matrix A = U diag(s) Vᵀ (120 × 80).
  const [n, m, r] = [120, 80, 4];
  const planted = [20, 10, 5, 2];
  const random = mulberry32(11);
  const U = orthonormalColumns(n, r, random);
  const V = orthonormalColumns(m, r, random);
  const A = new Float64Array(n * m);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let c = 0; c < r; c++) s += U[i * r + c] * planted[c] * V[j * r + c];
      A[i * m + j] = s;
    }
  const X = fromDense(A, n, m);

  it('recovers the planted singular values and right singular vectors', () => {
    const svd = new TruncatedSVD({ nComponents: 4, seed: 1 }).fit(X);
    for (let c = 0; c < r; c++) {
      expect(svd.singularValues[c]).toBeCloseTo(planted[c], 4); // float32 storage of X limits precision
      let dot = 0;
      for (let j = 0; j < m; j++) dot += svd.components[c * m + j] * V[j * r + c];
      expect(Math.abs(dot)).toBeCloseTo(1, 5);
    }
    // Nothing left beyond rank 4: the explained variance ratios cannot exceed 1 in total.
    const total = svd.explainedVarianceRatio.reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(1 + 1e-6);
    expect(total).toBeGreaterThan(0.95);
  });

  it('fixes signs (largest |entry| of each component positive) and is reproducible', () => {
    const a = new TruncatedSVD({ nComponents: 3, seed: 1 }).fit(X);
    const b = new TruncatedSVD({ nComponents: 3, seed: 99 }).fit(X);
    for (let c = 0; c < 3; c++) {
      const row = a.components.subarray(c * m, (c + 1) * m);
      let best = 0;
      for (const v of row) if (Math.abs(v) > Math.abs(best)) best = v;
      expect(best).toBeGreaterThan(0);
      // A different seed finds the same components with the same signs.
      for (let j = 0; j < m; j++) expect(b.components[c * m + j]).toBeCloseTo(row[j], 4);
    }
    const again = new TruncatedSVD({ nComponents: 3, seed: 1 }).fit(X);
    expect(Buffer.from(again.components.buffer).equals(Buffer.from(a.components.buffer))).toBe(true);
  });

  it('transform is X · Vᵀ and fitTransform equals fit then transform', () => {
    const svd = new TruncatedSVD({ nComponents: 2, seed: 3 });
    const Z = svd.fitTransform(X);
    const Vt = new Float64Array(m * 2);
    for (let c = 0; c < 2; c++) for (let j = 0; j < m; j++) Vt[j * 2 + c] = svd.components[c * m + j];
    const expected = multiplyDense(X, Vt, 2);
    for (let i = 0; i < n * 2; i++) expect(Z[i]).toBeCloseTo(expected[i], 4);
    expect(Array.from(svd.transform(X))).toEqual(Array.from(Z));
    expect(() => new TruncatedSVD({ nComponents: 81 }).fit(X)).toThrow(/nComponents/);
  });

  it('matches the exact top singular values of real TF-IDF (eigenvalues of XᵀX)', () => {
    const papers = readLabeled(300);
    const { docs, vocabulary } = crudeTokenize(papers.map((p) => `${p.title} ${p.abstract}`));
    const T = new TfidfVectorizer({ minDf: 5 }).fitTransform(docs, vocabulary.length);
    const k = 10;
    const quick = new TruncatedSVD({ nComponents: k, seed: 42 }).fit(T); // default nIter = 4
    const converged = new TruncatedSVD({ nComponents: k, seed: 42, nIter: 30 }).fit(T);
    // Exact: eigenvalues of the n × n matrix X Xᵀ (dense, small).
    const nr = T.nRows;
    const rows = Array.from({ length: nr }, (_, i) => {
      const map = new Map<number, number>();
      for (let p = T.indptr[i]; p < T.indptr[i + 1]; p++) map.set(T.indices[p], T.data[p]);
      return map;
    });
    const G = new Float64Array(nr * nr);
    for (let i = 0; i < nr; i++)
      for (let j = i; j < nr; j++) {
        let s = 0;
        for (const [c, v] of rows[i]) s += v * (rows[j].get(c) ?? 0);
        G[i * nr + j] = G[j * nr + i] = s;
      }
    const { values } = symmetricEigen(G, nr);
    for (let c = 0; c < k; c++) {
      const exact = Math.sqrt(values[c]);
      // Many power iterations converge to the exact values...
      expect(converged.singularValues[c] / exact).toBeCloseTo(1, 5);
      // ...4 are within a few percent on this flat TF-IDF spectrum (measured: ≥ 0.975), never above.
      expect(quick.singularValues[c] / exact).toBeGreaterThan(c < 5 ? 0.99 : 0.96);
      expect(quick.singularValues[c] / exact).toBeLessThan(1 + 1e-6);
    }
  });

  it('with 12 iterations and 30 oversamples two seeds find the same 50-D subspace of real TF-IDF, which 4 and 10 do not', () => {
    const papers = readLabeled(1500);
    const { docs, vocabulary } = crudeTokenize(papers.map((p) => `${p.title} ${p.abstract}`));
    const T = new TfidfVectorizer({ minDf: 2 }).fitTransform(docs, vocabulary.length);
    const k = 50;
    const m = T.nCols;
    // Mean squared cosine of the principal angles between the two row spaces (1 = the same subspace).
    const overlap = (a: TruncatedSVD, b: TruncatedSVD) => {
      let s = 0;
      for (let i = 0; i < k; i++)
        for (let j = 0; j < k; j++) {
          let dot = 0;
          for (let c = 0; c < m; c++) dot += a.components[i * m + c] * b.components[j * m + c];
          s += dot * dot;
        }
      return s / k;
    };
    const fit = (seed: number, nIter: number, nOversamples: number) => new TruncatedSVD({ nComponents: k, seed, nIter, nOversamples }).fit(T);
    const converged = overlap(fit(1, 12, 30), fit(2, 12, 30));
    const quick = overlap(fit(1, 4, 10), fit(2, 4, 10));
    // Measured: 0.777 with 4 iterations and 10 oversamples (the default until 2026-12), 0.993 with 12 and 30.
    expect(converged).toBeGreaterThan(0.99);
    expect(converged).toBeGreaterThan(quick);
  });
});

