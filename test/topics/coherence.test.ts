import { beforeAll, describe, expect, it } from 'vitest';
import { npmiCoherence, topicDiversity, topicQuality } from '../../src/topics/coherence.js';
import { classTfidf } from '../../src/topics/index.js';
import { mulberry32 } from '../../src/util/random.js';
import { labeledSlice, type LabeledSlice } from './labeled-slice.js';

describe('npmiCoherence and topicDiversity', () => {
  const docs = [[0, 1, 2], [0, 1], [2, 3], [3], [0, 1, 3]].map((d) => Int32Array.from(d));
  it('scores pairs that always co-occur 1, never -1, independent about 0', () => {
    expect(npmiCoherence([[0, 1]], docs)[0]).toBeCloseTo(1 - 0, 0); // 0 and 1 always together: log(p/(p*p)) / -log p = 1
    expect(npmiCoherence([[0, 1]], docs)[0]).toBeCloseTo(1, 6);
    expect(npmiCoherence([[1, 4]], [...docs, Int32Array.from([4])])[0]).toBe(-1);
    // 2 and 3 co-occur once in 5 docs, each in 2 and 3 docs: log(0.2 / (0.4 * 0.6)) / -log 0.2.
    expect(npmiCoherence([[2, 3]], docs)[0]).toBeCloseTo(Math.log(0.2 / 0.24) / -Math.log(0.2), 6);
  });
  it('diversity is the share of distinct terms', () => {
    expect(topicDiversity([[1, 2], [3, 4]])).toBe(1);
    expect(topicDiversity([[1, 2], [2, 1]])).toBe(0.5);
  });
});

describe('coherence on labeled.jsonl (3,000 papers)', () => {
  let s: LabeledSlice;
  beforeAll(async () => {
    s = await labeledSlice('labeled.jsonl', 3000, 20);
  }, 120_000);

  it('is higher for the top terms of real categories than for the same terms regrouped across categories', () => {
    const k = s.classes.length;
    const real = classTfidf(s.docTerms, s.truth, k, s.analyzer.terms.length);
    const top = Array.from({ length: k }, (_, t) => real.topTerms(t, 10).map((x) => x.term));
    // Same terms, same frequencies; only which terms form a topic changes (term i of topic t goes to topic t + i).
    const regrouped: number[][] = top.map(() => []);
    for (let t = 0; t < k; t++) for (let i = 0; i < 10; i++) regrouped[(t + i) % k].push(top[t][i]);
    const mean = (a: number[]) => a.reduce((x, y) => x + y, 0) / a.length;
    const q = topicQuality(k, (t, n) => real.topTerms(t, n).map((x) => x.term), s.docTerms);
    expect(q.topicCoherence).toHaveLength(k);
    expect(q.coherence).toBeCloseTo(mean(npmiCoherence(top, s.docTerms)), 3);
    expect(mean(npmiCoherence(top, s.docTerms))).toBeGreaterThan(mean(npmiCoherence(regrouped, s.docTerms)) + 0.05);
  });

  it('diversity is higher for categories than for the same papers split at random', () => {
    const k = s.classes.length;
    const nTerms = s.analyzer.terms.length;
    const random = mulberry32(5);
    const shuffled = Int32Array.from(s.truth, () => Math.floor(random() * k));
    const q = (groups: Int32Array) => {
      const c = classTfidf(s.docTerms, groups, k, nTerms);
      return topicQuality(k, (t, n) => c.topTerms(t, n).map((x) => x.term), s.docTerms);
    };
    expect(q(s.truth).diversity).toBeGreaterThan(q(shuffled).diversity + 0.1);
  });
});
