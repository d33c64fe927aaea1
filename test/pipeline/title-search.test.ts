import { describe, expect, it } from 'vitest';
import { TitleSearch } from '../../src/analysis/title-search.js';

describe('TitleSearch', () => {
  const titles = ['Knowledge Distillation for LLMs', 'Dual-Stream Video', '', 'distillation\nof a line break', 'Streaming ASR', 'x'];
  const hits = (needle: string) => {
    const hit = new Uint8Array(titles.length);
    new TitleSearch(titles).mark(needle, hit);
    return [...hit.keys()].filter((d) => hit[d]);
  };
  it('finds every title containing the lowercase needle, as String.includes would', () => {
    for (const needle of ['distill', 'stream', 'x', 'v', 'asr', 'for llms', 'dual-stream video', 'nothing']) {
      expect(hits(needle), needle).toEqual(titles.flatMap((t, d) => (t.toLowerCase().replace(/\n/g, ' ').includes(needle) ? [d] : [])));
    }
  });
  it('never matches across two titles or an empty needle', () => {
    expect(hits('llms\ndual')).toEqual([]);
    expect(hits('llmsdual')).toEqual([]);
    expect(hits('')).toEqual([]);
  });
});
