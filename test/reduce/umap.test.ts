import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Umap, fitUmapsInParallel, fuzzySimplicialSet, nearestNeighbors, smoothKnnDistances } from '../../src/reduce/index.js';
import { repoRoot } from '../helpers/cli.js';
import { KMeans, ari } from '../../src/cluster/index.js';
import { blobs } from './blobs.js';

describe('fuzzySimplicialSet', () => {
  const { X, n } = blobs([80, 70], 6, 0.8, 4);
  const knn = nearestNeighbors(X, n, 6, 10, { method: 'exact' });

  it('calibrates sigma so that each point has log2(k) total membership', () => {
    const { sigmas, rhos } = smoothKnnDistances(knn, 10);
    for (let i = 0; i < n; i++) {
      expect(rhos[i]).toBe(knn.distances[i * 10 + 1]); // nearest non-self distance
      let psum = 0;
      for (let j = 1; j < 10; j++) psum += Math.exp(-Math.max(0, knn.distances[i * 10 + j] - rhos[i]) / sigmas[i]);
      expect(psum).toBeCloseTo(Math.log2(10), 3);
    }
  });

  it('is symmetric, without self loops, with weights in (0, 1]', () => {
    const g = fuzzySimplicialSet(knn);
    const w = new Map<string, number>();
    for (let e = 0; e < g.head.length; e++) {
      expect(g.head[e]).not.toBe(g.tail[e]);
      expect(g.weight[e]).toBeGreaterThan(0);
      expect(g.weight[e]).toBeLessThanOrEqual(1);
      const key = `${g.head[e]},${g.tail[e]}`;
      expect(w.has(key)).toBe(false);
      w.set(key, g.weight[e]);
    }
    for (const [key, value] of w) {
      const [i, j] = key.split(',');
      expect(w.get(`${j},${i}`)).toBe(value);
    }
    // Every point's nearest neighbour is joined with weight 1 (d - rho = 0).
    expect(w.get(`0,${knn.indices[1]}`)).toBe(1);
  });
});

describe('Umap', () => {
  const { X, labels, n } = blobs([150, 120, 90], 10, 0.4, 5);
  const knn = nearestNeighbors(X, n, 10, 15, { method: 'exact' });

  it('same seed → identical bytes; different seed → different embedding', () => {
    const a = new Umap({ nComponents: 2, seed: 1, nEpochs: 100 }).fitTransform(X, n, 10, knn);
    const b = new Umap({ nComponents: 2, seed: 1, nEpochs: 100 }).fitTransform(X, n, 10, knn);
    const c = new Umap({ nComponents: 2, seed: 2, nEpochs: 100 }).fitTransform(X, n, 10, knn);
    expect(Buffer.from(a.buffer).equals(Buffer.from(b.buffer))).toBe(true);
    expect(Buffer.from(a.buffer).equals(Buffer.from(c.buffer))).toBe(false);
    expect(a.every(Number.isFinite)).toBe(true);
  });

  it('keeps planted blobs apart (k-means on the 5-D embedding recovers them)', () => {
    const u = new Umap({ nComponents: 5, seed: 3 }).fit(X, n, 10, knn);
    expect(u.nEpochsUsed).toBe(500); // umap-learn's default below 10,000 points
    expect(u.embedding.length).toBe(n * 5);
    const km = new KMeans({ k: 3, seed: 1 }).fit(u.embedding, n, 5);
    expect(ari(labels, km.labels)).toBeGreaterThan(0.95);
  });

  it('computes its own kNN when none is given, and rejects bad input', () => {
    const small = blobs([30, 30], 4, 0.3, 6);
    const e = new Umap({ nNeighbors: 8, nEpochs: 50 }).fitTransform(small.X, small.n, 4);
    expect(e.length).toBe(small.n * 2);
    expect(() => new Umap({ nNeighbors: 15 }).fit(small.X, 10, 4 * 6)).toThrow(/too few/);
    const narrow = nearestNeighbors(small.X, small.n, 4, 5);
    expect(() => new Umap({ nNeighbors: 8 }).fit(small.X, small.n, 4, narrow)).toThrow(/need 8/);
  });
});

describe('fitUmapsInParallel', () => {
  const { X, n } = blobs([100, 80], 6, 0.5, 12);
  const knn = nearestNeighbors(X, n, 6, 10, { method: 'exact' });
  const options = [
    { nComponents: 5, nNeighbors: 10, nEpochs: 60, seed: 1 },
    { nComponents: 2, nNeighbors: 10, nEpochs: 60, seed: 2 },
  ];
  const sequential = options.map((o) => new Umap(o).fitTransform(X, n, 6, knn));

  it('from sources (no compiled worker) runs in-thread with identical results', async () => {
    const out = await fitUmapsInParallel(X, n, 6, knn, options);
    out.forEach((e, i) => expect(Buffer.from(e.buffer).equals(Buffer.from(sequential[i].buffer))).toBe(true));
  });

  it('from the build (npm run build) runs worker threads with identical results', async () => {
    const built = path.join(repoRoot, 'dist/reduce/index.js');
    expect(fs.existsSync(built), 'dist/ missing: run npm run build').toBe(true);
    const dist = (await import(pathToFileURL(built).href)) as typeof import('../../src/reduce/index.js');
    const out = await dist.fitUmapsInParallel(X, n, 6, knn, options);
    out.forEach((e, i) => expect(Buffer.from(e.buffer).equals(Buffer.from(sequential[i].buffer))).toBe(true));
  });
});
