import { describe, expect, it } from 'vitest';
import { benjaminiHochberg, normalCdf, twoProportionZTest } from '../../src/trends/index.js';

describe('normalCdf', () => {
  // Reference values of the standard normal CDF (from tables / high-precision erfc).
  const reference: [number, number][] = [
    [0, 0.5],
    [1, 0.8413447460685429],
    [-1, 0.15865525393145707],
    [1.96, 0.9750021048517795],
    [3, 0.9986501019683699],
  ];
  it.each(reference)('Φ(%d) is accurate to 1e-7', (x, want) => {
    expect(Math.abs(normalCdf(x) - want)).toBeLessThan(1e-7);
  });
  it('keeps relative accuracy in the far tail', () => {
    const want = 2.866515718791939e-7; // Φ(-5)
    expect(Math.abs(normalCdf(-5) - want) / want).toBeLessThan(1e-6);
  });
});

describe('twoProportionZTest', () => {
  it('matches a hand-computed example', () => {
    // 30/200 vs 50/200: pooled 0.2, se = sqrt(0.2·0.8·(1/200 + 1/200)) = 0.04, z = 0.10 / 0.04 = 2.5,
    // two-sided p = 2·(1 - Φ(2.5)) = 0.0124193306515523.
    const { z, p } = twoProportionZTest(30, 200, 50, 200);
    expect(z).toBeCloseTo(2.5, 12);
    expect(p).toBeCloseTo(0.0124193306515523, 7);
    expect(twoProportionZTest(50, 200, 30, 200).z).toBeCloseTo(-2.5, 12);
  });
  it('reports no evidence when there is no variance', () => {
    expect(twoProportionZTest(0, 100, 0, 100)).toEqual({ z: 0, p: 1 });
    expect(twoProportionZTest(5, 0, 5, 10)).toEqual({ z: 0, p: 1 });
  });
});

describe('benjaminiHochberg', () => {
  it('adjusts p-values by rank, monotonically, in input order', () => {
    // Sorted 0.005, 0.01, 0.03, 0.04 (m = 4): p·m/rank = 0.02, 0.02, 0.04, 0.04.
    const q = benjaminiHochberg([0.01, 0.04, 0.03, 0.005]);
    expect(q.map((x) => +x.toFixed(10))).toEqual([0.02, 0.04, 0.04, 0.02]);
    // 0.5 is not rejected at 0.05 and rank 3 rescues nothing above it.
    const r = benjaminiHochberg([0.01, 0.02, 0.03, 0.5]);
    expect(r.map((x) => x <= 0.05)).toEqual([true, true, true, false]);
    expect(benjaminiHochberg([])).toEqual([]);
  });
});
