/**
 * Fixed-size neighbour lists for all points at once: n rows of k slots in flat
 * typed arrays, each row a max-heap on distance (slot 0 holds the current worst),
 * so "is this candidate better than my worst neighbour?" is one comparison.
 */
export interface NeighborHeap {
  n: number;
  k: number;
  indices: Int32Array;
  distances: Float32Array;
  /** 1 while a neighbour is "new" (not yet used in a local join of NN-descent). */
  flags: Uint8Array;
}

export function makeNeighborHeap(n: number, k: number): NeighborHeap {
  return {
    n,
    k,
    indices: new Int32Array(n * k).fill(-1),
    distances: new Float32Array(n * k).fill(Infinity),
    flags: new Uint8Array(n * k),
  };
}

/**
 * Offer neighbour `j` at distance `d` to row `row`. Returns 1 when the row changed.
 * Duplicates are refused (a point appears at most once per row).
 */
export function heapPush(heap: NeighborHeap, row: number, d: number, j: number, flag: number): number {
  const { k, indices, distances, flags } = heap;
  const base = row * k;
  if (!(d < distances[base])) return 0;
  for (let s = 0; s < k; s++) if (indices[base + s] === j) return 0;
  // Replace the root (worst) and sift down.
  let pos = 0;
  for (;;) {
    const left = 2 * pos + 1;
    const right = left + 1;
    let swap = pos;
    let swapDist = d;
    if (left < k && distances[base + left] > swapDist) {
      swap = left;
      swapDist = distances[base + left];
    }
    if (right < k && distances[base + right] > swapDist) {
      swap = right;
    }
    if (swap === pos) break;
    distances[base + pos] = distances[base + swap];
    indices[base + pos] = indices[base + swap];
    flags[base + pos] = flags[base + swap];
    pos = swap;
  }
  distances[base + pos] = d;
  indices[base + pos] = j;
  flags[base + pos] = flag;
  return 1;
}

/**
 * Turn the heap into the `{ indices, distances }` n × (k+1) result: each row sorted by
 * distance (ties by index) and preceded by the point itself at distance 0.
 */
export function finishWithSelf(heap: NeighborHeap): { indices: Int32Array; distances: Float32Array } {
  const { n, k } = heap;
  const width = k + 1;
  const indices = new Int32Array(n * width);
  const distances = new Float32Array(n * width);
  const order = Array.from({ length: k }, (_, s) => s);
  for (let i = 0; i < n; i++) {
    const base = i * k;
    order.sort(
      (a, b) =>
        heap.distances[base + a] - heap.distances[base + b] || heap.indices[base + a] - heap.indices[base + b],
    );
    indices[i * width] = i;
    distances[i * width] = 0;
    for (let s = 0; s < k; s++) {
      indices[i * width + 1 + s] = heap.indices[base + order[s]];
      distances[i * width + 1 + s] = heap.distances[base + order[s]];
    }
  }
  return { indices, distances };
}
