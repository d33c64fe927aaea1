/**
 * Cyclic Jacobi eigen-decomposition of a small dense symmetric matrix. The SVD
 * only ever needs it on (k + p) × (k + p) Gram matrices (≈110 × 110), where
 * Jacobi is simple, accurate to machine precision, and fast enough.
 */

export interface SymmetricEigen {
  /** Eigenvalues, descending. */
  values: Float64Array;
  /** Eigenvectors as columns of an m × m row-major matrix (column j ↔ values[j]). */
  vectors: Float64Array;
}

/** Eigen-decompose the symmetric m × m row-major matrix `A` (not modified). */
export function symmetricEigen(A: ArrayLike<number>, m: number, maxSweeps = 100): SymmetricEigen {
  if (A.length !== m * m) throw new Error(`symmetricEigen: expected ${m}×${m} values, got ${A.length}`);
  const a = Float64Array.from(A);
  const v = new Float64Array(m * m);
  for (let i = 0; i < m; i++) v[i * m + i] = 1;

  let scale = 0;
  for (let i = 0; i < m * m; i++) scale += a[i] * a[i];
  const threshold = 1e-30 * Math.max(scale, 1e-300);

  for (let sweep = 0; sweep < maxSweeps; sweep++) {
    let off = 0;
    for (let p = 0; p < m; p++) for (let q = p + 1; q < m; q++) off += a[p * m + q] * a[p * m + q];
    if (off <= threshold) break;
    for (let p = 0; p < m - 1; p++) {
      for (let q = p + 1; q < m; q++) {
        const apq = a[p * m + q];
        if (apq === 0) continue;
        const app = a[p * m + p];
        const aqq = a[q * m + q];
        // Rotation angle that zeroes a[p][q] (the stable form from Golub & Van Loan 8.4).
        const theta = (aqq - app) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < m; k++) {
          const akp = a[k * m + p];
          const akq = a[k * m + q];
          a[k * m + p] = c * akp - s * akq;
          a[k * m + q] = s * akp + c * akq;
        }
        for (let k = 0; k < m; k++) {
          const apk = a[p * m + k];
          const aqk = a[q * m + k];
          a[p * m + k] = c * apk - s * aqk;
          a[q * m + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < m; k++) {
          const vkp = v[k * m + p];
          const vkq = v[k * m + q];
          v[k * m + p] = c * vkp - s * vkq;
          v[k * m + q] = s * vkp + c * vkq;
        }
      }
    }
  }

  const order = Array.from({ length: m }, (_, i) => i).sort((i, j) => a[j * m + j] - a[i * m + i] || i - j);
  const values = new Float64Array(m);
  const vectors = new Float64Array(m * m);
  for (let j = 0; j < m; j++) {
    const src = order[j];
    values[j] = a[src * m + src];
    for (let k = 0; k < m; k++) vectors[k * m + j] = v[k * m + src];
  }
  return { values, vectors };
}
