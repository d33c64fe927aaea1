import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchTerms, segmentBinning, termPeriodCounts, termTrends } from '../../src/analysis/term-trends.js';
import { buildSeedModel } from '../server/fixture.js';

let seed: Awaited<ReturnType<typeof buildSeedModel>>;
beforeAll(async () => { seed = await buildSeedModel(); }, 120_000);
afterAll(() => seed?.cleanup());

describe('term trends from the per-word bin counts', () => {
  it('equal the trends counted from the matched papers, for every word of the model and any binning', () => {
    const { model } = seed;
    const words = model.termIndex.vocabulary.map((_, id) => model.surfaces.find((s) => model.termIndex.singleTerm(s) === id)).filter((w): w is string => !!w);
    expect(words.length).toBeGreaterThan(100);
    const queries = [...words.slice(0, 300), 'knowledge distillation', 'dual-stream', 'stream*', 'of the'];
    for (const options of [{ bin: 'month' as const }, { bin: 'year' as const }, { bin: 'quarter' as const, from: '2024-01-01', to: '2024-12-31' }]) {
      const binning = segmentBinning(model, options);
      const counts = termPeriodCounts(model, binning);
      const fromRows = termTrends(model, queries, binning, matchTerms(model, queries, counts));
      expect(fromRows).toEqual(termTrends(model, queries, binning));
      // Single words take a row of the table; phrases and patterns are matched as before.
      const matched = matchTerms(model, queries, counts);
      expect(matched.filter((m) => m.counts).length).toBe(300);
      expect(matched.slice(300).every((m) => m.counts === undefined)).toBe(true);
    }
  });
});
