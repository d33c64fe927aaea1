/**
 * Random-projection trees on unit vectors (angular splits, as in pynndescent):
 * each node is split by the hyperplane bisecting two random points of the node.
 * Points sharing a leaf are likely neighbours, which seeds NN-descent well.
 */

/**
 * One tree's leaves as a permutation of 0..n-1 plus leaf boundaries
 * (`order[leafStarts[l] .. leafStarts[l+1])` is leaf l).
 */
export interface RpTreeLeaves {
  order: Int32Array;
  leafStarts: number[];
}

/** Build one tree over the unit rows U (n × d); leaves hold at most `leafSize` points. */
export function rpTreeLeaves(U: Float32Array, n: number, d: number, leafSize: number, random: () => number): RpTreeLeaves {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const leafStarts: number[] = [];
  const normal = new Float64Array(d);
  const side = new Uint8Array(n);
  const stack: [number, number][] = [[0, n]];
  while (stack.length > 0) {
    const [start, end] = stack.pop()!;
    const size = end - start;
    if (size <= leafSize) {
      leafStarts.push(start);
      continue;
    }
    const ia = Math.floor(random() * size);
    let ib = Math.floor(random() * (size - 1));
    if (ib >= ia) ib++;
    const a = order[start + ia];
    const b = order[start + ib];
    for (let j = 0; j < d; j++) normal[j] = U[a * d + j] - U[b * d + j];
    let nLeft = 0;
    for (let p = start; p < end; p++) {
      const o = order[p] * d;
      let dot = 0;
      for (let j = 0; j < d; j++) dot += U[o + j] * normal[j];
      const left = dot > 0 || (dot === 0 && random() < 0.5);
      side[p - start] = left ? 1 : 0;
      if (left) nLeft++;
    }
    // A degenerate cut (duplicates, equal points) would recurse forever: split at random instead.
    if (nLeft === 0 || nLeft === size) {
      nLeft = 0;
      for (let p = 0; p < size; p++) {
        side[p] = random() < 0.5 ? 1 : 0;
        nLeft += side[p];
      }
      if (nLeft === 0 || nLeft === size) {
        for (let p = 0; p < size; p++) side[p] = p < size >> 1 ? 1 : 0;
        nLeft = size >> 1;
      }
    }
    // Stable partition of order[start..end) by side.
    const left: number[] = [];
    const right: number[] = [];
    for (let p = start; p < end; p++) (side[p - start] ? left : right).push(order[p]);
    order.set(left, start);
    order.set(right, start + nLeft);
    stack.push([start + nLeft, end], [start, start + nLeft]);
  }
  leafStarts.sort((x, y) => x - y);
  leafStarts.push(n);
  return { order, leafStarts };
}
