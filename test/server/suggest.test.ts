import { describe, expect, it } from 'vitest';
import { buildSuggester } from '../../src/server/suggest.js';
import { buildSeedModel } from './fixture.js';

describe('term suggestions', () => {
  it('offers words and phrases that start with the prefix or have a word that does, most papers first', () => {
    const surfaces = ['distillation', 'knowledge distillation', 'distance', 'model', 'self-distillation', 'unused'];
    const docTerms = [[0, 1, 3], [0, 3], [1, 2], [4, 0], [3]].map((t) => Int32Array.from(t));
    const suggest = buildSuggester(surfaces, docTerms);
    expect(suggest('dist', 8)).toEqual([
      { term: 'distillation', papers: 3 },
      { term: 'distance', papers: 1 },
      { term: 'knowledge distillation', papers: 2 },
      { term: 'self-distillation', papers: 1 },
    ]);
    expect(suggest('DIST', 1)).toEqual([{ term: 'distillation', papers: 3 }]);
    expect(suggest('unused', 8)).toEqual([]); // in no paper
    expect(suggest('  ', 8)).toEqual([]);
  });

  it('on the seed model, every suggestion is found by the term index with the count it claims', async () => {
    const { model, cleanup } = await buildSeedModel(false);
    try {
      const got = buildSuggester(model.surfaces, model.docTerms)('stream', 5);
      expect(got.length).toBeGreaterThan(0);
      for (const s of got) {
        expect(s.term.toLowerCase()).toMatch(/(^|[ -])stream/);
        expect(model.termIndex.matchDocs(s.term).length).toBe(s.papers);
      }
    } finally {
      cleanup();
    }
  });
});
