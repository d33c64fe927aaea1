import { describe, expect, it } from 'vitest';
import { ami, nmi } from '../../src/cluster/index.js';
import { mulberry32 } from '../../src/util/random.js';

// Expected values from scikit-learn 1.2.1 (Debian python3-sklearn), printed with
// /usr/bin/python3 -c "from sklearn.metrics import adjusted_mutual_info_score as ami; print(repr(ami(t, p)))"
// on the same label vectors (the generated ones with the same comprehensions in Python).
describe('ami (sklearn adjusted_mutual_info_score, arithmetic normalization)', () => {
  it('matches sklearn on small hand-written labelings', () => {
    expect(ami([0, 0, 1, 1], [0, 0, 1, 2])).toBeCloseTo(0.5714285714285715, 12);
    expect(ami([0, 0, 1, 1, 2, 2, 2, 3], [0, 1, 1, 1, 2, 2, 3, 3])).toBeCloseTo(0.31989551577364345, 12);
    expect(ami([0, 0, 0, 1, 1, 1, 2, 2, 2, 2], [1, 1, 0, 0, 2, 2, 2, 0, 1, 2])).toBeCloseTo(-0.002712434598785665, 12);
  });

  it('matches sklearn on generated labelings of 300 and 400 points', () => {
    // Python: t = [i % 5 for i in range(300)]; p = [(i*i + 3*i) % 7 for i in range(300)]
    const t1 = Array.from({ length: 300 }, (_, i) => i % 5);
    const p1 = Array.from({ length: 300 }, (_, i) => (i * i + 3 * i) % 7);
    expect(ami(t1, p1)).toBeCloseTo(-0.013563218264710936, 10);
    expect(nmi(t1, p1)).toBeCloseTo(0.0003943785740138603, 12);
    // Python: t = [i // 40 for i in range(400)];
    //         p = [(i // 40 + (1 if i % 9 == 0 else 0)) % 10 if i % 3 else (i * 7) % 13 for i in range(400)]
    const t2 = Array.from({ length: 400 }, (_, i) => Math.floor(i / 40));
    const p2 = Array.from({ length: 400 }, (_, i) => (i % 3 ? (Math.floor(i / 40) + (i % 9 === 0 ? 1 : 0)) % 10 : (i * 7) % 13));
    expect(ami(t2, p2)).toBeCloseTo(0.4252912669525624, 10);
    expect(nmi(t2, p2)).toBeCloseTo(0.4612685435860178, 12);
  });

  it('handles the degenerate cases as sklearn does', () => {
    expect(ami(['a', 'a', 'b', 'b'], [5, 5, 7, 7])).toBeCloseTo(1, 12); // same partition, other names
    expect(ami([0, 0, 0], [1, 1, 1])).toBe(1); // one class and one cluster
    expect(ami([0, 0, 1, 1], [0, 0, 0, 0])).toBe(0); // one cluster: MI = E[MI] = 0
    expect(Math.abs(ami([0, 1, 2, 3], [0, 0, 1, 1]))).toBeLessThan(1e-12); // sklearn: -3.2e-16
  });

  it('is ≈ 0 for independent labelings, where NMI grows with the number of clusters', () => {
    const random = mulberry32(1);
    const t = Array.from({ length: 2000 }, () => Math.floor(random() * 5));
    const p = Array.from({ length: 2000 }, () => Math.floor(random() * 60));
    expect(Math.abs(ami(t, p))).toBeLessThan(0.01);
    expect(nmi(t, p)).toBeGreaterThan(0.01);
  });
});
