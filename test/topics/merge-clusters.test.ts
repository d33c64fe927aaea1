import { describe, expect, it } from 'vitest';
import { mergeClusters } from '../../src/topics/merge-clusters.js';

// Four clusters of three papers on a line: 0 and 1 close and sharing words 0-1, 2 and 3 close and sharing 2-3.
const labels = Int32Array.from([0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3]);
const xs = [0, 0.1, 0.2, 1, 1.1, 1.2, 10, 10.1, 10.2, 11, 11.1, 11.2];
const space = Float32Array.from(xs.flatMap((x) => [x, 0]));
const docTerms = [...labels].map((l) => Int32Array.from(l < 2 ? [0, 1, 4 + l] : [2, 3, 4 + l]));

describe('mergeClusters', () => {
  it('joins the clusters that sit together and share their words', () => {
    const m = mergeClusters({ labels, k: 4, to: 2, docTerms, nTerms: 8, space, dim: 2 });
    expect([...m.groupOf]).toEqual([0, 0, 1, 1]);
    expect([...m.labels]).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1]);
  });

  it('keeps every cluster when asked for as many, and refuses more', () => {
    expect([...mergeClusters({ labels, k: 4, to: 4, docTerms, nTerms: 8, space, dim: 2 }).labels]).toEqual([...labels]);
    expect(() => mergeClusters({ labels, k: 4, to: 5, docTerms, nTerms: 8, space, dim: 2 })).toThrow(/cannot merge 4 clusters into 5/);
  });
});
