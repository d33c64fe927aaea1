/** Cosine geometry on row-major Float32 matrices. */

/** A unit-length copy of each row (zero rows stay zero), so cosine distance is `1 - dot`. */
export function unitRows(X: Float32Array, n: number, d: number): Float32Array {
  if (X.length !== n * d) throw new Error(`expected ${n}×${d} values, got ${X.length}`);
  const out = new Float32Array(n * d);
  for (let i = 0; i < n; i++) {
    const o = i * d;
    let s = 0;
    for (let j = 0; j < d; j++) s += X[o + j] * X[o + j];
    const inv = s > 0 ? 1 / Math.sqrt(s) : 0;
    for (let j = 0; j < d; j++) out[o + j] = X[o + j] * inv;
  }
  return out;
}

/** Cosine distance between unit rows a and b of U (clamped at 0 against rounding). */
export function cosineDistance(U: Float32Array, d: number, a: number, b: number): number {
  const oa = a * d;
  const ob = b * d;
  // Four independent accumulators break the add dependency chain (~2× in V8).
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let j = 0;
  for (; j + 3 < d; j += 4) {
    s0 += U[oa + j] * U[ob + j];
    s1 += U[oa + j + 1] * U[ob + j + 1];
    s2 += U[oa + j + 2] * U[ob + j + 2];
    s3 += U[oa + j + 3] * U[ob + j + 3];
  }
  for (; j < d; j++) s0 += U[oa + j] * U[ob + j];
  const dist = 1 - (s0 + s1 + s2 + s3);
  return dist > 0 ? dist : 0;
}
