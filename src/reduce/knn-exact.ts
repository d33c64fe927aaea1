import { cosineDistance, unitRows } from './cosine.js';
import { finishWithSelf, heapPush, makeNeighborHeap } from './neighbor-heap.js';

/**
 * Exact k nearest neighbours by cosine distance, brute force over all pairs
 * (each pair computed once and offered to both ends). O(n² d): meant for n ≲ 5,000
 * and as the reference that NN-descent is measured against.
 * Row i of the result starts with i itself at distance 0, then k - 1 neighbours.
 */
export function exactNeighbors(
  X: Float32Array,
  n: number,
  d: number,
  k: number,
): { indices: Int32Array; distances: Float32Array } {
  const U = unitRows(X, n, d);
  const heap = makeNeighborHeap(n, k - 1);
  // Blocks of rows keep the inner loop's working set in cache.
  const block = 256;
  for (let i0 = 0; i0 < n; i0 += block) {
    const i1 = Math.min(n, i0 + block);
    for (let j0 = i0; j0 < n; j0 += block) {
      const j1 = Math.min(n, j0 + block);
      for (let i = i0; i < i1; i++) {
        for (let j = j0 === i0 ? i + 1 : j0; j < j1; j++) {
          const dist = cosineDistance(U, d, i, j);
          heapPush(heap, i, dist, j, 0);
          heapPush(heap, j, dist, i, 0);
        }
      }
    }
  }
  return finishWithSelf(heap);
}
