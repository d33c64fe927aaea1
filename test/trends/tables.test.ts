import { describe, expect, it } from 'vitest';
import {
  categoryTrends, chooseWindows, detectBursts, makePeriods, primaryCategories, restrictBinning, selectDocs,
  themeTrends, topicSeries, topicTrends,
} from '../../src/trends/index.js';

// Ten papers over three months; February is empty of topic 1, March has an outlier (-1).
const papers = [
  { date: '2024-01-03', categories: ['cs.CL'], source: 'a', topic: 0 },
  { date: '2024-01-09', categories: ['cs.CL', 'cs.LG'], source: 'a', topic: 1 },
  { date: '2024-01-20', categories: ['cs.CV'], source: 'a', topic: 1 },
  { date: '2024-01-31', categories: ['cs.LG', 'cs.CL'], source: 'a', topic: 0 },
  { date: '2024-02-14', categories: ['cs.CL'], source: 'b', topic: 0 },
  { date: undefined, categories: ['cs.CL'], source: 'b', topic: 0 },
  { date: '2024-03-01', categories: ['cs.CV'], source: 'b', topic: 1 },
  { date: '2024-03-05', categories: ['cs.CV'], source: 'b', topic: 0 },
  { date: '2024-03-30', categories: ['cs.CL'], source: 'b', topic: -1 },
  { date: '2024-03-31', categories: ['cs.CV'], source: 'b', topic: 1 },
];
const topics = [{ id: 0, label: 'zero' }, { id: 1, label: 'one' }];
const docTopic = papers.map((p) => p.topic);
const { periods, docPeriod } = makePeriods(papers.map((p) => p.date), 'month');

describe('topicTrends', () => {
  it('counts topics per bin with shares of all papers in the bin', () => {
    const rows = topicTrends(docTopic, docPeriod, periods, topics);
    expect(rows).toHaveLength(6);
    const r = (topic: number, period: string) => rows.find((x) => x.topic === topic && x.period === period)!;
    expect(r(0, '2024-01')).toMatchObject({ count: 2, share: 0.5, period_total: 4, label: 'zero', top_terms: '' });
    expect(r(1, '2024-02')).toMatchObject({ count: 0, share: 0, period_total: 1 });
    // The outlier counts in March's total (4) but in no topic.
    expect(r(1, '2024-03')).toMatchObject({ count: 2, share: 0.5, period_total: 4 });
    expect(r(0, '2024-03').share).toBe(0.25);
  });

  it('hands the top-terms callback exactly the papers of the topic in the bin', () => {
    const seen: string[] = [];
    const rows = topicTrends(docTopic, docPeriod, periods, topics, {
      topTerms: (topic, p, docs) => {
        seen.push(`${topic}@${p}:${Array.from(docs).join(',')}`);
        return `t${topic}p${p}`;
      },
    });
    expect(seen).toContain('0@0:0,3');
    expect(seen).toContain('1@2:6,9');
    expect(rows.find((x) => x.topic === 1 && x.period === '2024-03')!.top_terms).toBe('t1p2');
  });
});

describe('themeTrends and topicSeries', () => {
  it('counts theme documents per bin, skipping undated ones', () => {
    const rows = themeTrends([{ name: 'x', docs: Uint32Array.from([0, 1, 5, 9]) }], docPeriod, periods);
    expect(rows.map((r) => [r.period, r.count, r.share])).toEqual([
      ['2024-01', 2, 0.5],
      ['2024-02', 0, 0],
      ['2024-03', 1, 0.25],
    ]);
    expect(() => themeTrends([{ name: 'bad', docs: Uint32Array.from([99]) }], docPeriod, periods)).toThrow(/out of range/);
  });

  it('builds topic count series matching the trend rows', () => {
    const s = topicSeries(docTopic, docPeriod, periods, topics);
    expect(Array.from(s[1].counts)).toEqual([2, 0, 2]);
    expect(s[1]).toMatchObject({ kind: 'topic', topic: 1, name: 'one' });
  });
});

describe('segments', () => {
  it('selects by primary or any category, source and dates', () => {
    expect(Array.from(selectDocs(papers, { category: 'cs.CL' }))).toEqual([0, 1, 4, 5, 8]);
    expect(Array.from(selectDocs(papers, { category: 'cs.CL', categoryMatch: 'any' }))).toEqual([0, 1, 3, 4, 5, 8]);
    expect(Array.from(selectDocs(papers, { source: 'a', category: ['cs.CV', 'cs.LG'] }))).toEqual([2, 3]);
    expect(Array.from(selectDocs(papers, { from: '2024-02-01', to: '2024-03-05' }))).toEqual([4, 6, 7]);
  });

  it('re-runs the same trend functions on a subset with subset totals', () => {
    const sub = restrictBinning(docPeriod, periods, selectDocs(papers, { category: 'cs.CV' }));
    expect(sub.periods.map((p) => p.total)).toEqual([1, 0, 3]);
    expect(sub.periods.map((p) => p.key)).toEqual(periods.map((p) => p.key));
    const rows = topicTrends(docTopic, sub.docPeriod, sub.periods, topics);
    expect(rows.find((r) => r.topic === 1 && r.period === '2024-03')).toMatchObject({ count: 2, period_total: 3 });
  });

  it('gives topic shares within the top categories per bin', () => {
    const rows = categoryTrends(primaryCategories(papers), docTopic, docPeriod, periods, topics, { top: 2 });
    expect(new Set(rows.map((r) => r.category))).toEqual(new Set(['cs.CL', 'cs.CV'])); // cs.LG (1 paper) is cut
    expect(rows).toHaveLength(2 * 3 * 2);
    const cv = rows.find((r) => r.category === 'cs.CV' && r.period === '2024-03' && r.topic === 1)!;
    expect(cv).toMatchObject({ count: 2, category_total: 3 });
    expect(cv.share).toBeCloseTo(2 / 3, 12);
    const clMarch = rows.filter((r) => r.category === 'cs.CL' && r.period === '2024-03');
    expect(clMarch.map((r) => [r.count, r.category_total])).toEqual([[0, 1], [0, 1]]); // its paper is an outlier
  });
});

describe('chooseWindows', () => {
  const dates = Array.from({ length: 15 }, (_, m) => `2024-${String((m % 12) + 1).padStart(2, '0')}-01`).map((d, m) => (m >= 12 ? d.replace('2024', '2025') : d));
  it('skips a partial last bin and takes 6 against the 6 before', () => {
    const b = makePeriods([...dates, '2025-04-10'], 'month'); // April 2025 is partial
    const { before, after } = chooseWindows(b.periods);
    expect(after.keys).toEqual(['2024-10', '2024-11', '2024-12', '2025-01', '2025-02', '2025-03']);
    expect(before.keys).toEqual(['2024-04', '2024-05', '2024-06', '2024-07', '2024-08', '2024-09']);
  });
  it('shrinks both windows when there are too few bins, and refuses one bin', () => {
    const b = makePeriods(['2024-01-01', '2024-05-31'], 'month');
    const { before, after } = chooseWindows(b.periods);
    expect(before.keys.length + after.keys.length).toBe(5);
    expect(before.keys.length).toBeGreaterThanOrEqual(1);
    expect(() => chooseWindows(makePeriods(['2024-01-01', '2024-01-31'], 'month').periods)).toThrow(/at least 2 full/);
    expect(() => chooseWindows(b.periods, { before: { from: '2020-01-01', to: '2020-12-31' }, after: { from: '2024-01-01', to: '2024-12-31' } })).toThrow(/no time bin/);
  });
});

describe('detectBursts', () => {
  it('marks a plain step burst and reports the cost difference as strength', () => {
    const d = Array(20).fill(100);
    const r = [2, 1, 3, 2, 2, 1, 2, 20, 25, 22, 2, 3, 1, 2, 2, 3, 2, 1, 2, 2];
    const [b, ...rest] = detectBursts(r, d);
    expect(rest).toEqual([]);
    expect([b.start, b.end]).toEqual([7, 9]);
    // Recompute the strength by hand from the definition.
    const R = r.reduce((a, x) => a + x, 0), p0 = R / 2000, p1 = 2 * p0;
    const cost = (x: number, p: number) => -(x * Math.log(p) + (100 - x) * Math.log(1 - p));
    const want = [7, 8, 9].reduce((s, t) => s + cost(r[t], p0) - cost(r[t], p1), 0);
    expect(b.strength).toBeCloseTo(want, 9);
    expect(detectBursts(r, d, { minStrength: want + 1 })).toEqual([]);
  });
  it('finds nothing in an all-zero or all-relevant series and rejects impossible counts', () => {
    expect(detectBursts([0, 0, 0], [10, 10, 10])).toEqual([]);
    expect(detectBursts([10, 10, 10], [10, 10, 10])).toEqual([]);
    expect(() => detectBursts([5], [3])).toThrow(/bin 0/);
  });
  it('needs a higher gamma to enter for a weaker burst', () => {
    const d = Array(30).fill(200);
    const r = d.map((_, t) => (t === 12 ? 14 : 5));
    expect(detectBursts(r, d, { gamma: 0.1 }).length).toBe(1);
    expect(detectBursts(r, d, { gamma: 3 })).toEqual([]);
  });
});
