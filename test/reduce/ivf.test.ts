import { describe, expect, it } from 'vitest';
import { buildIvf, queryIvf } from '../../src/cluster/ivf.js';
import { queryNeighbors } from '../../src/reduce/knn-query.js';
import { unitRows } from '../../src/reduce/cosine.js';
import { mulberry32 } from '../../src/util/random.js';

// 40 topics' worth of unit rows in 20-D: noisy points around random directions, like LSA rows of papers.
function rows(n: number, d: number, seed: number, centres: Float32Array): Float32Array {
  const r = mulberry32(seed);
  const X = new Float32Array(n * d);
  for (let i = 0; i < n; i++) {
    const c = Math.floor(r() * (centres.length / d));
    for (let t = 0; t < d; t++) X[i * d + t] = centres[c * d + t] + 0.6 * (r() - 0.5);
  }
  return unitRows(X, n, d);
}
const d = 20;
const r = mulberry32(3);
const centres = Float32Array.from({ length: 40 * d }, () => r() - 0.5);
const ref = rows(6000, d, 1, centres);
const queries = rows(300, d, 2, centres);

describe('IVF neighbour search', () => {
  const index = buildIvf(ref, 6000, d, { seed: 5 });

  it('puts every reference row in exactly one cell', () => {
    expect(index.cells).toBe(Math.round(Math.sqrt(6000)));
    expect([...index.members].sort((a, b) => a - b)).toEqual(Array.from({ length: 6000 }, (_, i) => i));
  });

  it('finds most of the exact neighbours, and all of them when every cell is probed', () => {
    const k = 15;
    const exact = queryNeighbors(ref, 6000, queries, 300, d, k);
    const recall = (nProbe: number) => {
      const got = queryIvf(index, ref, queries, 300, k, nProbe);
      let hit = 0;
      for (let i = 0; i < 300; i++) {
        const truth = new Set(exact.indices.subarray(i * k, (i + 1) * k));
        for (const j of got.indices.subarray(i * k, (i + 1) * k)) if (truth.has(j)) hit++;
      }
      return hit / (300 * k);
    };
    expect(recall(12)).toBeGreaterThan(0.9);
    expect(recall(index.cells)).toBe(1);
    expect(recall(1)).toBeLessThan(recall(12));
  });

  it('answers a query the same alone as in a batch', () => {
    const all = queryIvf(index, ref, queries, 300, 10, 12);
    const one = queryIvf(index, ref, queries.slice(7 * d, 8 * d), 1, 10, 12);
    expect([...one.indices]).toEqual([...all.indices.subarray(70, 80)]);
  });
});
