import type { CsrMatrix } from './csr.js';

/** Dot product of row i of A and row j of B (both with sorted column indices). */
export function dotRows(A: CsrMatrix, i: number, B: CsrMatrix, j: number): number {
  let p = A.indptr[i];
  const pEnd = A.indptr[i + 1];
  let q = B.indptr[j];
  const qEnd = B.indptr[j + 1];
  let s = 0;
  while (p < pEnd && q < qEnd) {
    const a = A.indices[p];
    const b = B.indices[q];
    if (a === b) s += A.data[p++] * B.data[q++];
    else if (a < b) p++;
    else q++;
  }
  return s;
}
