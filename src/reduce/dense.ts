/**
 * Dense row-major helpers for the tall-and-thin matrices of the randomized SVD
 * (n × l with l ≈ 110) and the embeddings.
 */
import { symmetricEigen } from './jacobi.js';

/** Gram matrix `Yᵀ Y` (l × l) of the n × l row-major matrix Y. */
export function gram(Y: Float64Array, n: number, l: number): Float64Array {
  const G = new Float64Array(l * l);
  // Two rows per pass halves the traffic on G, which is re-read for every row.
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const o0 = i * l;
    const o1 = o0 + l;
    for (let a = 0; a < l; a++) {
      const y0 = Y[o0 + a];
      const y1 = Y[o1 + a];
      const g = a * l;
      for (let b = a; b < l; b++) G[g + b] += y0 * Y[o0 + b] + y1 * Y[o1 + b];
    }
  }
  for (; i < n; i++) {
    const o = i * l;
    for (let a = 0; a < l; a++) {
      const ya = Y[o + a];
      const g = a * l;
      for (let b = a; b < l; b++) G[g + b] += ya * Y[o + b];
    }
  }
  for (let a = 0; a < l; a++) for (let b = 0; b < a; b++) G[a * l + b] = G[b * l + a];
  return G;
}

/**
 * Cholesky QR: Y ← Y R⁻¹ in place, where Yᵀ Y = Rᵀ R. Costs one Gram matrix and one
 * triangular solve per row, a third of the eigen route, but squares cond(Y); returns
 * false (Y untouched) when the Gram matrix is numerically singular.
 */
export function choleskyQr(Y: Float64Array, n: number, l: number): boolean {
  const G = gram(Y, n, l);
  const R = new Float64Array(l * l);
  let maxDiag = 0;
  for (let a = 0; a < l; a++) maxDiag = Math.max(maxDiag, G[a * l + a]);
  for (let j = 0; j < l; j++) {
    let diag = G[j * l + j];
    for (let p = 0; p < j; p++) diag -= R[p * l + j] * R[p * l + j];
    if (!(diag > maxDiag * 1e-12)) return false;
    const rjj = Math.sqrt(diag);
    R[j * l + j] = rjj;
    for (let c = j + 1; c < l; c++) {
      let v = G[j * l + c];
      for (let p = 0; p < j; p++) v -= R[p * l + j] * R[p * l + c];
      R[j * l + c] = v / rjj;
    }
  }
  // Y R⁻¹ row by row with R⁻¹ upper triangular: contiguous inner loops, unlike a
  // forward substitution that walks R by columns.
  const Rinv = new Float64Array(l * l);
  for (let j = l - 1; j >= 0; j--) {
    Rinv[j * l + j] = 1 / R[j * l + j];
    for (let c = j + 1; c < l; c++) {
      let v = 0;
      for (let p = j + 1; p <= c; p++) v += R[j * l + p] * Rinv[p * l + c];
      Rinv[j * l + c] = -v / R[j * l + j];
    }
  }
  const row = new Float64Array(l);
  for (let i = 0; i < n; i++) {
    const o = i * l;
    row.fill(0);
    for (let p = 0; p < l; p++) {
      const y = Y[o + p];
      if (y === 0) continue;
      const r = p * l;
      for (let c = p; c < l; c++) row[c] += y * Rinv[r + c];
    }
    Y.set(row, o);
  }
  return true;
}

/** `Y · M` for Y n × l and M l × m, both row-major. */
export function multiplySmall(Y: Float64Array, n: number, l: number, M: Float64Array, m: number): Float64Array {
  const out = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    const o = i * m;
    const y = i * l;
    for (let a = 0; a < l; a++) {
      const v = Y[y + a];
      if (v === 0) continue;
      const r = a * m;
      for (let c = 0; c < m; c++) out[o + c] += v * M[r + c];
    }
  }
  return out;
}

/**
 * An orthonormal basis of the column space of Y (n × l), via the eigen-decomposition
 * of the Gram matrix: Q = Y V Λ^(-1/2). Row-major friendly (no column sweeps as in
 * Gram–Schmidt) and rank-safe: directions with negligible energy become zero columns.
 * `passes` = 2 restores the orthogonality one pass loses in proportion to cond(Y)².
 */
export function orthonormalizeEigen(Y: Float64Array, n: number, l: number, passes = 2): Float64Array {
  let Q = Y;
  for (let pass = 0; pass < passes; pass++) {
    const { values, vectors } = symmetricEigen(gram(Q, n, l), l);
    // Gram eigenvalues below ~1e-13·max are rounding noise (relative σ ≈ 3e-7), not directions.
    const floor = Math.max(values[0], 0) * 1e-13;
    const M = new Float64Array(l * l);
    for (let a = 0; a < l; a++) {
      for (let j = 0; j < l; j++) {
        M[a * l + j] = values[j] > floor ? vectors[a * l + j] / Math.sqrt(values[j]) : 0;
      }
    }
    Q = multiplySmall(Q, n, l, M, l);
  }
  return Q;
}

/**
 * Orthonormal basis of Y's columns (Y may be overwritten). `exact` = false is for the
 * intermediate power-iteration steps, where one Cholesky QR pass is enough to keep
 * the columns from collapsing; `exact` = true (two passes) for the final basis.
 * Falls back to the eigen route when Y is (nearly) rank deficient.
 */
export function orthonormalize(Y: Float64Array, n: number, l: number, exact = true): Float64Array {
  const passes = exact ? 2 : 1;
  for (let p = 0; p < passes; p++) {
    if (!choleskyQr(Y, n, l)) return orthonormalizeEigen(Y, n, l);
  }
  return Y;
}

/** Scale each row of the n × d row-major matrix to unit Euclidean length, in place; zero rows stay zero. */
export function l2NormalizeRows<T extends Float32Array | Float64Array>(X: T, n: number, d: number): T {
  if (X.length !== n * d) throw new Error(`l2NormalizeRows: expected ${n}×${d} values, got ${X.length}`);
  for (let i = 0; i < n; i++) {
    const o = i * d;
    let s = 0;
    for (let j = 0; j < d; j++) s += X[o + j] * X[o + j];
    if (s === 0) continue;
    const inv = 1 / Math.sqrt(s);
    for (let j = 0; j < d; j++) X[o + j] *= inv;
  }
  return X;
}
