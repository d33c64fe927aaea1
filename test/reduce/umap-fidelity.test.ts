import { beforeAll, describe, expect, it } from 'vitest';
import { UMAP } from 'umap-js';
import { Umap, neighborhoodPreservation } from '../../src/reduce/index.js';
import { mulberry32, gaussian } from '../../src/util/random.js';
import { labeledSlice } from '../topics/labeled-slice.js';

describe('neighborhoodPreservation', () => {
  it('is 1 for an embedding that keeps every distance, and falls for a shuffled one', () => {
    const random = mulberry32(1);
    const n = 200;
    const X = Float32Array.from({ length: n * 3 }, () => gaussian(random));
    const same = neighborhoodPreservation(X, 3, X, 3, 10);
    expect(same.trustworthiness).toBeCloseTo(1, 10);
    expect(same.recall).toBe(1);
    const shuffled = Float32Array.from({ length: n * 2 }, () => gaussian(random));
    const bad = neighborhoodPreservation(X, 3, shuffled, 2, 10);
    expect(bad.trustworthiness).toBeLessThan(0.6);
    expect(bad.recall).toBeLessThan(0.15);
  });
});

/**
 * Our typed-array UMAP against umap-js (the reference it replaced for speed) on
 * 2,000 real abstracts: neighbourhoods of the 50-D LSA space kept in the 2-D map.
 * Measured (2,500 papers of papers.jsonl, seeds 1/2/3): trustworthiness 0.937/0.941/0.939
 * ours vs 0.939/0.943/0.942 umap-js; kNN recall@15 0.372/0.382/0.379 vs 0.370/0.377/0.377.
 */
describe('UMAP fidelity against umap-js (2,000 papers of labeled-recent.jsonl)', () => {
  let scores: { ours: ReturnType<typeof neighborhoodPreservation>; ref: ReturnType<typeof neighborhoodPreservation> };
  beforeAll(async () => {
    const s = await labeledSlice('labeled-recent.jsonl', 2000);
    const n = s.papers.length;
    const ours = new Umap({ nComponents: 2, nNeighbors: 15, minDist: 0.1, seed: 1 }).fitTransform(s.lsa, n, s.dim);
    const rows = Array.from({ length: n }, (_, i) => Array.from(s.lsa.subarray(i * s.dim, (i + 1) * s.dim)));
    const ref = new UMAP({ nComponents: 2, nNeighbors: 15, minDist: 0.1, random: mulberry32(1) }).fit(rows);
    scores = {
      ours: neighborhoodPreservation(s.lsa, s.dim, ours, 2, 15),
      ref: neighborhoodPreservation(s.lsa, s.dim, Float32Array.from(ref.flat()), 2, 15),
    };
  }, 240_000);

  it('keeps neighbourhoods as well as umap-js (trustworthiness and kNN recall@15 within 0.03)', () => {
    expect(scores.ref.trustworthiness).toBeGreaterThan(0.85);
    expect(scores.ours.trustworthiness).toBeGreaterThan(scores.ref.trustworthiness - 0.03);
    expect(scores.ours.recall).toBeGreaterThan(scores.ref.recall - 0.03);
  });
});
