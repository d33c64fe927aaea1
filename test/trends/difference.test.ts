import { describe, expect, it } from 'vitest';
import { differenceInterval, shareDifferenceInterval, wilsonInterval } from '../../src/trends/index.js';

describe('shareDifferenceInterval (Newcombe 1998, method 10)', () => {
  // Newcombe's Table II (published to 4 decimals), examples (a)-(d): p1 − p2 for x1/n1 against x2/n2, so B = the first sample here.
  const cases: [number, number, number, number, number, number][] = [
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.8090],
    [6, 7, 2, 7, 0.0582, 0.8062],
    [5, 56, 0, 29, -0.0381, 0.1926],
  ];
  it.each(cases)('%i/%i − %i/%i', (xb, nb, xa, na, lo, hi) => {
    const ci = shareDifferenceInterval(xa, na, xb, nb);
    expect(ci.lo).toBeCloseTo(lo, 3);
    expect(ci.hi).toBeCloseTo(hi, 3);
  });

  it('is the negated interval with A and B swapped, and holds the difference', () => {
    const ab = shareDifferenceInterval(12, 400, 30, 380);
    const ba = shareDifferenceInterval(30, 380, 12, 400);
    expect(ab.lo).toBeCloseTo(-ba.hi, 12);
    expect(ab.hi).toBeCloseTo(-ba.lo, 12);
    const d = 30 / 380 - 12 / 400;
    expect(ab.lo).toBeLessThan(d);
    expect(ab.hi).toBeGreaterThan(d);
  });

  it('from any two intervals: equal shares give an interval around 0', () => {
    const w = { share: 0.1, ...wilsonInterval(10, 100) };
    const ci = differenceInterval(w, w);
    expect(ci.lo).toBeLessThan(0);
    expect(ci.hi).toBeCloseTo(-ci.lo, 12);
  });
});
