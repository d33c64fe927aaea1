import { describe, expect, it } from 'vitest';
import { TextAnalyzer } from '../../src/text/index.js';
import { classTfidf, classTfidfOverTime } from '../../src/topics/index.js';
import { loadSeed } from '../text/seed.js';

const docs = (...lists: number[][]) => lists.map((l) => Int32Array.from(l));

describe('classTfidf', () => {
  it('follows the BERTopic formula on a hand-computed case', () => {
    // group 0: t0 x2, t1 x1; group 1: t1, t2; doc 2 is an outlier and must not count.
    const c = classTfidf(docs([0, 0], [1], [1, 2], [2, 2, 2]), Int32Array.from([0, 0, 1, -1]), 2, 3, { reduceFrequentWords: false });
    const A = 5 / 2;
    const idf = [Math.log(1 + A / 2), Math.log(1 + A / 2), Math.log(1 + A / 1)];
    expect(Array.from(c.idf)).toEqual(idf.map((x) => expect.closeTo(x, 12)));
    expect(c.topTerms(0, 5)).toEqual([
      { term: 0, weight: expect.closeTo((2 / 3) * idf[0], 12) },
      { term: 1, weight: expect.closeTo((1 / 3) * idf[1], 12) },
    ]);
    expect(c.topTerms(1, 1)).toEqual([{ term: 2, weight: expect.closeTo(0.5 * idf[2], 12) }]);
    expect(Array.from(c.sizes)).toEqual([2, 1]);
    // Default: square-rooted counts, sqrt(2) : 1 before normalization.
    const damped = classTfidf(docs([0, 0], [1], [1, 2], [2, 2, 2]), Int32Array.from([0, 0, 1, -1]), 2, 3);
    const s = Math.SQRT2 + 1;
    expect(damped.topTerms(0, 2).map((x) => x.weight)).toEqual([expect.closeTo((Math.SQRT2 / s) * idf[0], 12), expect.closeTo((1 / s) * idf[1], 12)]);
  });

  it('rejects groups and terms out of range', () => {
    expect(() => classTfidf(docs([0]), Int32Array.from([2]), 2, 1)).toThrow(/group 2/);
    expect(() => classTfidf(docs([5]), Int32Array.from([0]), 1, 3)).toThrow(/term 5/);
  });

  it('puts distillation on top of the papers that mention it (seed corpus)', () => {
    const { texts } = loadSeed();
    const a = new TextAnalyzer();
    const d = a.fitTransform(texts);
    const groups = Int32Array.from(texts, (t) => (/distil/i.test(t) ? 1 : 0));
    const c = classTfidf(d.terms, groups, 2, a.terms.length);
    const top = c.topTerms(1, 10).map((x) => a.surfaces[x.term]);
    expect(top[0]).toBe('distillation');
    expect(top).toContain('teacher');
    expect(top).toContain('student');
    expect(c.topTerms(0, 20).map((x) => a.surfaces[x.term])).not.toContain('distillation');
  });
});

describe('classTfidfOverTime', () => {
  // topic 0 in bins 0 and 1, topic 1 in bin 1 only.
  const terms = docs([0, 0, 1], [0, 2], [2, 2, 3], [3]);
  const topics = Int32Array.from([0, 0, 1, 1]);
  const bins = Int32Array.from([0, 1, 1, -1]);
  const global = classTfidf(terms, topics, 2, 4);
  const weights = (v: { ids: Int32Array; values: Float64Array }) => Object.fromEntries(Array.from(v.ids, (t, k) => [t, v.values[k]]));

  it('without tuning equals c-TF-IDF per (topic, bin) with the global idf', () => {
    const plain = classTfidfOverTime(terms, topics, bins, 2, global, { globalTuning: false, evolutionTuning: false });
    const direct = classTfidf(terms, Int32Array.from([0, 1, 3, -1]), 4, 4, { idf: global.idf });
    expect(weights(plain.vector(0, 1))).toEqual(weights(direct.vector(1)));
    expect(plain.vector(1, 0).ids.length).toBe(0);
    expect(plain.size(1, 1)).toBe(1);
  });

  it('averages with the previous bin and with the global vector', () => {
    const plain = classTfidfOverTime(terms, topics, bins, 2, global, { globalTuning: false, evolutionTuning: false });
    const evo = classTfidfOverTime(terms, topics, bins, 2, global, { globalTuning: false });
    const w0 = weights(plain.vector(0, 0));
    const w1 = weights(plain.vector(0, 1));
    const e1 = weights(evo.vector(0, 1));
    for (const t of [0, 1, 2]) expect(e1[t]).toBeCloseTo(((w0[t] ?? 0) + (w1[t] ?? 0)) / 2, 12);
    const both = classTfidfOverTime(terms, topics, bins, 2, global);
    const g = weights(global.vector(1));
    const p = weights(plain.vector(1, 1));
    const b = weights(both.vector(1, 1));
    for (const t of [2, 3]) expect(b[t]).toBeCloseTo(((g[t] ?? 0) + (p[t] ?? 0)) / 2, 12);
  });
});
