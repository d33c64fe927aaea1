import { describe, expect, it } from 'vitest';
import { ari, completeness, homogeneity, homogeneityCompletenessV, nmi, silhouette, vMeasure } from '../../src/cluster/index.js';
import { mulberry32 } from '../../src/util/random.js';

describe('external metrics (scikit-learn definitions)', () => {
  it('score a perfect match 1, whatever the label names', () => {
    const t = [0, 0, 1, 1, 2, 2];
    const p = ['b', 'b', 'c', 'c', 'a', 'a'];
    expect(nmi(t, p)).toBeCloseTo(1, 12);
    expect(ari(t, p)).toBeCloseTo(1, 12);
    expect(vMeasure(t, p)).toBeCloseTo(1, 12);
  });

  it('ARI([0,0,1,1], [0,0,1,2]) = 4/7 (sklearn docs: 0.57)', () => {
    // Pairs: Σ C(n_ij,2) = 1; Σ C(a_i,2) = 2; Σ C(b_j,2) = 1; C(4,2) = 6.
    // expected = 2·1/6 = 1/3; max = (2+1)/2 = 3/2; ARI = (1 - 1/3)/(3/2 - 1/3) = 4/7.
    expect(ari([0, 0, 1, 1], [0, 0, 1, 2])).toBeCloseTo(4 / 7, 12);
    expect(ari([0, 0, 1, 2], [0, 0, 1, 1])).toBeCloseTo(4 / 7, 12);
    expect(ari([0, 0, 0, 0], [0, 1, 2, 3])).toBe(0); // sklearn docs: 0.0
  });

  it('homogeneity, completeness, V and NMI on [0,0,1,1] vs [0,0,1,2]', () => {
    // H(C) = ln 2; H(K) = -(½ ln ½ + 2·¼ ln ¼) = 1.5 ln 2; the clusters split no class, so
    // MI = H(C) = ln 2: homogeneity 1, completeness ln2 / 1.5 ln2 = 2/3,
    // V = 2·1·(2/3)/(1 + 2/3) = 0.8 (sklearn docs), NMI = ln2 / ((ln2 + 1.5 ln2)/2) = 0.8.
    const t = [0, 0, 1, 1];
    const p = [0, 0, 1, 2];
    expect(homogeneity(t, p)).toBeCloseTo(1, 12);
    expect(completeness(t, p)).toBeCloseTo(2 / 3, 12);
    expect(vMeasure(t, p)).toBeCloseTo(0.8, 12);
    expect(nmi(t, p)).toBeCloseTo(0.8, 12);
    // Swapping the roles swaps homogeneity and completeness (sklearn docs: completeness([0,1,2,3],[0,0,1,1]) = 1).
    expect(homogeneityCompletenessV(p, t)).toMatchObject({ completeness: 1 });
    expect(completeness([0, 0, 1, 1], [0, 1, 0, 1])).toBeCloseTo(0, 12);
  });

  it('handles the degenerate cases as sklearn does', () => {
    expect(nmi([0, 0, 0], [1, 1, 1])).toBe(1); // one class and one cluster
    expect(nmi([0, 0, 1, 1], [0, 0, 0, 0])).toBe(0); // no information
    expect(homogeneity([0, 0, 0], [0, 1, 2])).toBe(1); // H(C) = 0
    expect(() => nmi([0, 1], [0])).toThrow(/length/);
  });

  it('are ≈ 0 for independent labelings', () => {
    const random = mulberry32(1);
    const t = Array.from({ length: 20000 }, () => Math.floor(random() * 5));
    const p = Array.from({ length: 20000 }, () => Math.floor(random() * 8));
    expect(Math.abs(ari(t, p))).toBeLessThan(0.005);
    expect(nmi(t, p)).toBeLessThan(0.005);
  });
});

describe('silhouette', () => {
  it('matches a hand computation on a line: {0, 1} vs {10, 11}', () => {
    // x=0: a = 1, b = (10 + 11)/2 = 10.5 → 1 - 1/10.5; x=1: a = 1, b = (9 + 10)/2 → 1 - 1/9.5;
    // 10 and 11 mirror 1 and 0.
    const X = Float32Array.from([0, 1, 10, 11]);
    const expected = (1 - 1 / 10.5 + (1 - 1 / 9.5)) / 2;
    expect(silhouette(X, 4, 1, [0, 0, 1, 1])).toBeCloseTo(expected, 10);
    // Swapping a point to the wrong cluster makes it negative for that point: overall lower.
    expect(silhouette(X, 4, 1, [0, 1, 0, 1])).toBeLessThan(0);
  });

  it('cosine metric: directions count, lengths do not', () => {
    const X = Float32Array.from([1, 0, 5, 0.1, 0, 1, 0.1, 7]);
    // Within-cluster cosine distances ≈ 0.0002, across ≈ 1: silhouette close to 1.
    expect(silhouette(X, 4, 2, [0, 0, 1, 1], { metric: 'cosine' })).toBeGreaterThan(0.99);
    expect(silhouette(X, 4, 2, [0, 0, 1, 1])).toBeLessThan(0.6); // Euclidean sees the lengths
  });

  it('scores singletons 0, samples reproducibly, and refuses a single cluster', () => {
    const X = Float32Array.from([0, 1, 10, 11, 50]);
    const withSingleton = silhouette(X, 5, 1, [0, 0, 1, 1, 2]);
    expect(withSingleton).toBeGreaterThan(0);
    expect(withSingleton).toBeLessThan(1);
    const random = mulberry32(4);
    const big = Float32Array.from({ length: 3000 }, (_, i) => (i < 1500 ? 0 : 5) + random());
    const labels = Array.from({ length: 3000 }, (_, i) => (i < 1500 ? 0 : 1));
    const a = silhouette(big, 3000, 1, labels, { sampleSize: 500, seed: 3 });
    expect(silhouette(big, 3000, 1, labels, { sampleSize: 500, seed: 3 })).toBe(a);
    expect(a).toBeCloseTo(silhouette(big, 3000, 1, labels), 1);
    expect(() => silhouette(X, 5, 1, [0, 0, 0, 0, 0])).toThrow(/clusters/);
  });
});
