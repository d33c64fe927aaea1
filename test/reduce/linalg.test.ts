import { describe, expect, it } from 'vitest';
import { symmetricEigen, orthonormalize, gram, l2NormalizeRows } from '../../src/reduce/index.js';
import { mulberry32, gaussian } from '../../src/util/random.js';

function randomSymmetric(m: number, seed: number): Float64Array {
  const random = mulberry32(seed);
  const A = new Float64Array(m * m);
  for (let i = 0; i < m; i++) for (let j = i; j < m; j++) A[i * m + j] = A[j * m + i] = random() - 0.5;
  return A;
}

describe('symmetricEigen (Jacobi)', () => {
  it('solves a 2×2 case by hand: [[2,1],[1,2]] has eigenvalues 3 and 1', () => {
    const { values, vectors } = symmetricEigen([2, 1, 1, 2], 2);
    expect(values[0]).toBeCloseTo(3, 12);
    expect(values[1]).toBeCloseTo(1, 12);
    expect(Math.abs(vectors[0])).toBeCloseTo(Math.SQRT1_2, 12); // (1,1)/√2
  });

  it('satisfies A V = V Λ with orthonormal V on a random 60×60 matrix', () => {
    const m = 60;
    const A = randomSymmetric(m, 3);
    const { values, vectors: V } = symmetricEigen(A, m);
    for (let j = 1; j < m; j++) expect(values[j]).toBeLessThanOrEqual(values[j - 1]);
    for (let i = 0; i < m; i++)
      for (let j = 0; j < m; j++) {
        let av = 0;
        let vtv = 0;
        for (let p = 0; p < m; p++) {
          av += A[i * m + p] * V[p * m + j];
          vtv += V[p * m + i] * V[p * m + j];
        }
        expect(av).toBeCloseTo(V[i * m + j] * values[j], 10);
        expect(vtv).toBeCloseTo(i === j ? 1 : 0, 10);
      }
  });
});

describe('orthonormalize', () => {
  it('returns orthonormal columns spanning Y', () => {
    const random = mulberry32(5);
    const [n, l] = [500, 12];
    const Y = Float64Array.from({ length: n * l }, () => gaussian(random));
    const copy = Float64Array.from(Y);
    const Q = orthonormalize(Y, n, l);
    const G = gram(Q, n, l);
    for (let a = 0; a < l; a++) for (let b = 0; b < l; b++) expect(G[a * l + b]).toBeCloseTo(a === b ? 1 : 0, 10);
    // The first column of Y lies in span(Q): its projection keeps its norm.
    let norm2 = 0;
    for (let i = 0; i < n; i++) norm2 += copy[i * l] ** 2;
    let proj2 = 0;
    for (let b = 0; b < l; b++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += copy[i * l] * Q[i * l + b];
      proj2 += s * s;
    }
    expect(proj2 / norm2).toBeCloseTo(1, 10);
  });

  it('copes with rank deficiency (falls back to the eigen route, zero columns for missing rank)', () => {
    const [n, l] = [200, 6];
    const random = mulberry32(9);
    const Y = new Float64Array(n * l);
    for (let i = 0; i < n; i++) {
      const u = gaussian(random);
      const v = gaussian(random);
      for (let c = 0; c < l; c++) Y[i * l + c] = c % 2 ? u + c * v : u; // rank 2
    }
    const Q = orthonormalize(Y, n, l);
    expect(Q.every(Number.isFinite)).toBe(true);
    const G = gram(Q, n, l);
    let trace = 0;
    for (let a = 0; a < l; a++) trace += G[a * l + a];
    expect(trace).toBeCloseTo(2, 8);
  });
});

describe('l2NormalizeRows', () => {
  it('scales rows to unit length and keeps zero rows', () => {
    const X = l2NormalizeRows(Float32Array.from([3, 4, 0, 0]), 2, 2);
    expect(Array.from(X)).toEqual([Math.fround(0.6), Math.fround(0.8), 0, 0]);
  });
});
