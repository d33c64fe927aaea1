import { describe, expect, it } from 'vitest';
import { KMeans, ari, chooseK, kmeansPlusPlus } from '../../src/cluster/index.js';
import { mulberry32 } from '../../src/util/random.js';
import { blobs } from '../reduce/blobs.js';

describe('KMeans', () => {
  const { X, labels, n } = blobs([400, 300, 200, 100], 5, 0.3, 8);

  it('finds planted blobs and numbers clusters by size, largest = 0', () => {
    const km = new KMeans({ k: 4, seed: 1 }).fit(X, n, 5);
    expect(ari(labels, km.labels)).toBe(1);
    // Blob b (sizes 400, 300, 200, 100) must come out as cluster b.
    for (let i = 0; i < n; i++) expect(km.labels[i]).toBe(labels[i]);
    // Centroids are the blob means; inertia is the sum of squared distances to them.
    let inertia = 0;
    for (let b = 0; b < 4; b++) {
      const members = [...labels.keys()].filter((i) => labels[i] === b);
      for (let c = 0; c < 5; c++) {
        const mean = members.reduce((s, i) => s + X[i * 5 + c], 0) / members.length;
        expect(km.centroids[b * 5 + c]).toBeCloseTo(mean, 4);
        for (const i of members) inertia += (X[i * 5 + c] - mean) ** 2;
      }
    }
    expect(km.inertia).toBeCloseTo(inertia, 2);
    expect(Array.from(km.predict(X, n, 5))).toEqual(Array.from(km.labels));
  });

  it('is reproducible for a seed and keeps the best of its restarts', () => {
    const a = new KMeans({ k: 7, seed: 5 }).fit(X, n, 5);
    const b = new KMeans({ k: 7, seed: 5 }).fit(X, n, 5);
    expect(Array.from(a.labels)).toEqual(Array.from(b.labels));
    expect(Array.from(a.centroids)).toEqual(Array.from(b.centroids));
    const single = new KMeans({ k: 7, seed: 5, nInit: 1 }).fit(X, n, 5);
    expect(a.inertia).toBeLessThanOrEqual(single.inertia + 1e-9);
    for (let j = 1; j < 7; j++) {
      const size = (l: number) => a.labels.filter((x) => x === l).length;
      expect(size(j)).toBeLessThanOrEqual(size(j - 1));
    }
  });

  it('rejects impossible k', () => {
    expect(() => new KMeans({ k: n + 1 }).fit(X, n, 5)).toThrow(/k=/);
    expect(() => new KMeans({ k: 2 }).fit(X, n, 4)).toThrow(/expected/);
  });
});

describe('kmeansPlusPlus', () => {
  it('seeds one centre per well-separated blob, at data points, reproducibly', () => {
    const { X, labels, n } = blobs([50, 50, 50, 50, 50], 3, 0.01, 10);
    for (const seed of [1, 2, 3]) {
      const centers = kmeansPlusPlus(X, n, 3, 5, mulberry32(seed));
      const blobOf = new Set<number>();
      for (let j = 0; j < 5; j++) {
        const i = [...Array(n).keys()].find((p) => [0, 1, 2].every((c) => X[p * 3 + c] === Math.fround(centers[j * 3 + c])));
        expect(i).toBeDefined();
        blobOf.add(labels[i!]);
      }
      expect(blobOf.size).toBe(5);
      expect(Array.from(kmeansPlusPlus(X, n, 3, 5, mulberry32(seed)))).toEqual(Array.from(centers));
    }
  });
});

describe('chooseK', () => {
  it('picks the planted number of blobs by silhouette', () => {
    const { X, n } = blobs([200, 180, 160, 140, 120, 100], 4, 0.15, 9);
    const { k, scores } = chooseK(X, n, 4, { kMin: 2, kMax: 10, step: 1, sampleSize: 500, seed: 1 });
    expect(k).toBe(6);
    expect(scores.map((s) => s.k)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const best = scores.find((s) => s.k === 6)!.silhouette;
    for (const s of scores) expect(s.silhouette).toBeLessThanOrEqual(best);
  });
});
