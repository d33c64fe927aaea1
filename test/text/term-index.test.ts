import { describe, expect, it } from 'vitest';
import { TermIndex, TextAnalyzer, decodeSequences, encodeSequences } from '../../src/text/index.js';
import { BOUND_PREFIXES } from '../../src/text/scan.js';
import { loadSeed, regexDocs } from './seed.js';

const { texts } = loadSeed();
const analyzer = new TextAnalyzer();
const docs = analyzer.fitTransform(texts);
const index = new TermIndex(analyzer.terms.slice(0, analyzer.unigramCount), docs.tokens);
const arr = (x: Uint32Array) => Array.from(x);

describe('TermIndex on the seed corpus', () => {
  it('matches "dual-stream" and "dual stream" to the same papers, as a plain regex does', () => {
    const expected = regexDocs(texts, /\bdual[\s-]+stream/i);
    expect(expected.length).toBeGreaterThan(5);
    expect(arr(index.matchDocs('dual-stream'))).toEqual(expected);
    expect(arr(index.matchDocs('Dual Stream'))).toEqual(expected);
  });

  it('matches inflections through stems', () => {
    const expected = regexDocs(texts, /\bdistil(l|led|ling|lation|lations|ls)?\b/i);
    expect(arr(index.matchDocs('distillation'))).toEqual(expected);
    expect(arr(index.matchDocs('distilled'))).toEqual(expected);
  });

  it('treats a trailing * as a prefix wildcard', () => {
    // A bound prefix makes one word ("two-stream", "multi-stream"), which "stream*" does not start.
    const bound = [...BOUND_PREFIXES].join('|');
    expect(arr(index.matchDocs('stream*'))).toEqual(regexDocs(texts, new RegExp(`(?<!\\b(?:${bound})-)\\bstream`, 'i')));
    expect(arr(index.matchDocs('mamba*'))).toEqual(regexDocs(texts, /\bmamba/i));
    expect(index.matchDocs('mamba').length).toBeLessThan(index.matchDocs('mamba*').length);
  });

  it('requires multi-word queries to be adjacent, in order', () => {
    expect(arr(index.matchDocs('knowledge distillation'))).toEqual(regexDocs(texts, /\bknowledge[\s-]+distil/i));
    const reversed = regexDocs(texts, /\bdistil\w*[\s-]+knowledge/i);
    expect(arr(index.matchDocs('distillation knowledge'))).toEqual(reversed);
  });

  it('returns nothing for unknown words and all-stop-word queries', () => {
    expect(index.matchDocs('zyzzyva').length).toBe(0);
    expect(index.matchDocs('knowledge zyzzyva').length).toBe(0);
    expect(index.matchDocs('of the').length).toBe(0);
  });

  it('matches a theme as the union of its terms', () => {
    const theme = { name: 'compression', terms: ['knowledge distillation', 'quantization', 'pruning'] };
    const union = new Set([...index.matchDocs('knowledge distillation'), ...index.matchDocs('quantization'), ...index.matchDocs('pruning')]);
    expect(arr(index.matchTheme(theme))).toEqual([...union].sort((a, b) => a - b));
  });

  it('round-trips through JSON without the texts', () => {
    const json = JSON.parse(JSON.stringify(index.toJSON()));
    const restored = TermIndex.fromJSON(json);
    expect(restored.tokens.map((t) => Array.from(t))).toEqual(docs.tokens.map((t) => Array.from(t)));
    for (const q of ['dual-stream', 'mamba*', 'knowledge distillation', 'continual learning']) {
      expect(arr(restored.matchDocs(q))).toEqual(arr(index.matchDocs(q)));
    }
    expect(() => TermIndex.fromJSON({ ...json, version: 2 })).toThrow(/version/);
    expect(() => TermIndex.fromJSON({ ...json, docCount: json.docCount + 1 })).toThrow(/truncated/);
  });
});

describe('TermIndex on hand-made texts', () => {
  const small = ['A mixture of experts layer.', 'Mixture, experts and more.', 'Experts of mixture.', 'The model. Streaming data.', 'Model streaming works.'];
  const a = new TextAnalyzer({ phrases: false });
  const d = a.fitTransform(small);
  const idx = new TermIndex(a.terms.slice(0, a.unigramCount), d.tokens);

  it('lets a stop word in the query stand for a gap, never for adjacency', () => {
    expect(arr(idx.matchDocs('mixture of experts'))).toEqual([0, 1]);
    expect(arr(idx.matchDocs('mixture experts'))).toEqual([]);
  });

  it('does not match across a sentence end', () => {
    expect(arr(idx.matchDocs('model streaming'))).toEqual([4]);
    expect(arr(idx.matchDocs('model'))).toEqual([3, 4]);
  });

  it('encodes sequences compactly and exactly, including large ids and breaks', () => {
    const seqs = [Int32Array.from([0, -1, 5, 127, 128, 70000, -1, 2 ** 24]), new Int32Array(0), Int32Array.from([3])];
    expect(decodeSequences(encodeSequences(seqs), 3).map((s) => Array.from(s))).toEqual(seqs.map((s) => Array.from(s)));
  });
});
