import { beforeAll, describe, expect, it } from 'vitest';
import { assignmentConfidence } from '../../src/topics/confidence.js';
import { KMeans } from '../../src/cluster/index.js';
import { labeledSlice, type LabeledSlice } from './labeled-slice.js';

describe('assignmentConfidence', () => {
  it('is 1 on the own centroid, 0 half way to another, and clipped', () => {
    const centroids = Float32Array.from([0, 0, 4, 0]);
    const X = Float32Array.from([0, 0, 2, 0, 1, 0, 3, 0]);
    const c = assignmentConfidence(X, 2, [0, 0, 0, 0], centroids);
    expect(Array.from(c)).toEqual([1, 0, Math.fround(1 - 1 / 3), 0]);
  });
});

describe('confidence on labeled.jsonl (4,000 papers, k-means k = 10 on LSA)', () => {
  let s: LabeledSlice;
  beforeAll(async () => {
    s = await labeledSlice('labeled.jsonl', 4000);
  }, 120_000);

  // Within each topic, the more confident half of its papers carries the topic's majority category more
  // often than the less confident half. (Across topics the comparison is confounded: a well separated
  // topic can be a 50/50 mix of overlapping categories such as cs.SD and eess.AS.)
  it("ranks a topic's papers: the confident half agrees more often with the topic's majority category", () => {
    const n = s.papers.length;
    const k = 10;
    const km = new KMeans({ k, seed: 3 }).fit(s.lsa, n, s.dim);
    const conf = assignmentConfidence(s.lsa, s.dim, km.labels, km.centroids);
    expect(Math.min(...conf)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...conf)).toBeLessThanOrEqual(1);
    let hi = 0, lo = 0, nHi = 0, nLo = 0;
    for (let t = 0; t < k; t++) {
      const members = Array.from(km.labels.keys()).filter((i) => km.labels[i] === t).sort((a, b) => conf[a] - conf[b] || a - b);
      const counts = new Map<number, number>();
      for (const i of members) counts.set(s.truth[i], (counts.get(s.truth[i]) ?? 0) + 1);
      const majority = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
      const half = Math.floor(members.length / 2);
      members.forEach((i, r) => {
        const agrees = s.truth[i] === majority ? 1 : 0;
        if (r < half) [lo, nLo] = [lo + agrees, nLo + 1];
        else [hi, nHi] = [hi + agrees, nHi + 1];
      });
    }
    expect(hi / nHi).toBeGreaterThan(lo / nLo + 0.02);
  });
});
