import { describe, expect, it } from 'vitest';
import { knnRecall, nearestNeighbors } from '../../src/reduce/index.js';
import { blobs } from './blobs.js';

/** Neighbours by sorting all cosine distances: the obviously correct reference. */
function naive(X: Float32Array, n: number, d: number, k: number): number[][] {
  const norm = (i: number) => Math.hypot(...X.subarray(i * d, (i + 1) * d));
  return Array.from({ length: n }, (_, i) => {
    const dist = Array.from({ length: n }, (_, j) => {
      let dot = 0;
      for (let c = 0; c < d; c++) dot += X[i * d + c] * X[j * d + c];
      return { j, dist: j === i ? -1 : 1 - dot / (norm(i) * norm(j)) };
    });
    dist.sort((a, b) => a.dist - b.dist || a.j - b.j);
    return dist.slice(0, k).map((e) => e.j);
  });
}

describe('nearestNeighbors', () => {
  it('exact: matches sorting all distances, self first at distance 0', () => {
    const { X, n } = blobs([60, 60, 80], 8, 0.7, 1);
    const k = 10;
    const g = nearestNeighbors(X, n, 8, k, { method: 'exact' });
    const ref = naive(X, n, 8, k);
    expect(g.k).toBe(k);
    for (let i = 0; i < n; i++) {
      expect(g.indices[i * k]).toBe(i);
      expect(g.distances[i * k]).toBe(0);
      // Same neighbour sets (order may differ only between float-equal distances).
      expect(new Set(g.indices.subarray(i * k, (i + 1) * k))).toEqual(new Set(ref[i]));
      for (let s = 2; s < k; s++) expect(g.distances[i * k + s]).toBeGreaterThanOrEqual(g.distances[i * k + s - 1]);
    }
  });

  it('nn-descent: recall ≥ 0.9 against exact, deterministic for a seed', () => {
    const { X, n } = blobs([1500, 1200, 900, 600, 300], 20, 0.6, 2);
    const d = 20;
    const exact = nearestNeighbors(X, n, d, 15, { method: 'exact' });
    const a = nearestNeighbors(X, n, d, 15, { method: 'nndescent', seed: 7 });
    const b = nearestNeighbors(X, n, d, 15, { method: 'nndescent', seed: 7 });
    const recall = knnRecall(a, exact);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(Array.from(a.indices)).toEqual(Array.from(b.indices));
    for (let i = 0; i < n; i++) expect(a.indices[i * 15]).toBe(i);
  });

  it('auto picks exact below 5,000 rows and validates its input', () => {
    const { X, n } = blobs([100, 100], 5, 0.5, 3);
    const auto = nearestNeighbors(X, n, 5, 6);
    const exact = nearestNeighbors(X, n, 5, 6, { method: 'exact' });
    expect(Array.from(auto.indices)).toEqual(Array.from(exact.indices));
    expect(() => nearestNeighbors(X, n, 5, 1)).toThrow(/k=1/);
    expect(() => nearestNeighbors(X, n + 1, 5, 6)).toThrow(/expected/);
  });
});
