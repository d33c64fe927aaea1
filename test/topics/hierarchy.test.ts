import { beforeAll, describe, expect, it } from 'vitest';
import { averageLinkage, cutTree, hierarchyNodes, topicDistances } from '../../src/topics/hierarchy.js';
import { classTfidf, clusterMeans } from '../../src/topics/index.js';
import { labeledSlice, type LabeledSlice } from './labeled-slice.js';

describe('averageLinkage', () => {
  it('joins the closest pairs first and averages by weight', () => {
    // Items 0,1 close; 2,3 close; the two pairs far apart.
    const d = Float64Array.from([0, 1, 9, 9, 1, 0, 9, 9, 9, 9, 0, 2, 9, 9, 2, 0]);
    const merges = averageLinkage(d, [1, 1, 1, 1]);
    expect(merges.map((m) => [m.a, m.b, m.node, m.distance])).toEqual([[0, 1, 4, 1], [2, 3, 5, 2], [4, 5, 6, 9]]);
    // Weighted: item 2 has 3x the weight of item 1, so node(1,2)'s distance to 0 leans to d(0,2).
    const w = averageLinkage(Float64Array.from([0, 4, 8, 4, 0, 1, 8, 1, 0]), [1, 1, 3]);
    expect(w[1].distance).toBeCloseTo((1 * 4 + 3 * 8) / 4);
  });

  it('builds nodes whose sizes add up, and cuts back to any number of groups', () => {
    const d = Float64Array.from([0, 1, 9, 9, 1, 0, 9, 9, 9, 9, 0, 2, 9, 9, 2, 0]);
    const nodes = hierarchyNodes(averageLinkage(d, [5, 3, 2, 1]), [5, 3, 2, 1], ['a', 'b', 'c', 'd'], (_, leaves) => leaves.join('+'));
    expect(nodes.map((n) => n.parent)).toEqual([4, 4, 5, 5, 6, 6, null]);
    expect(nodes[6]).toMatchObject({ size: 11, label: '0+1+2+3', children: [4, 5] });
    expect(nodes[0].distance).toBe(1);
    expect(Array.from(cutTree(nodes, 2).groupOfLeaf)).toEqual([0, 0, 1, 1]);
    // Groups in node-id order: leaves 2 and 3, then merged node 4 = {0, 1}.
    expect(Array.from(cutTree(nodes, 3).groupOfLeaf)).toEqual([2, 2, 0, 1]);
    expect(Array.from(cutTree(nodes, 4).groupOfLeaf)).toEqual([0, 1, 2, 3]);
    expect(() => cutTree(nodes, 5)).toThrow(/4 topics into 5/);
  });
});

describe('topic tree over the arXiv categories of labeled.jsonl (4,000 papers)', () => {
  let s: LabeledSlice;
  beforeAll(async () => {
    s = await labeledSlice('labeled.jsonl', 4000);
  }, 120_000);

  const tree = (centroidWeight: number) => {
    const k = s.classes.length;
    const ctfidf = classTfidf(s.docTerms, s.truth, k, s.analyzer.terms.length);
    const dist = topicDistances({
      centroids: clusterMeans(s.lsa, s.dim, s.truth, k),
      dim: s.dim,
      termVectors: s.classes.map((_, c) => ctfidf.vector(c)),
      centroidWeight,
    });
    const sizes = Array.from(ctfidf.sizes);
    return hierarchyNodes(averageLinkage(dist, sizes), sizes, s.classes, () => '');
  };

  it('puts the two audio categories (cs.SD, eess.AS) side by side, and cs.CL nearer cs.AI than cs.CV', () => {
    for (const w of [0.5, 0, 1]) {
      const nodes = tree(w);
      const at = (c: string) => s.classes.indexOf(c);
      expect(nodes[at('cs.SD')].parent, `weight ${w}`).toBe(nodes[at('eess.AS')].parent);
      const ancestors = (i: number) => {
        const out: number[] = [];
        for (let p = nodes[i].parent; p !== null; p = nodes[p].parent) out.push(p);
        return out;
      };
      const lca = (a: number, b: number) => ancestors(a).find((x) => ancestors(b).includes(x))!;
      // The CL-AI join sits lower in the tree (earlier merge) than the CL-CV one.
      expect(lca(at('cs.CL'), at('cs.AI')), `weight ${w}`).toBeLessThan(lca(at('cs.CL'), at('cs.CV')));
    }
  });

  it('merges at non-decreasing distances up to one root holding every paper', () => {
    const nodes = tree(0.5);
    const merged = nodes.slice(s.classes.length);
    const heights = merged.map((n) => nodes[n.children[0]].distance);
    for (let i = 1; i < heights.length; i++) expect(heights[i]).toBeGreaterThanOrEqual(heights[i - 1] - 1e-9);
    expect(nodes.filter((n) => n.parent === null)).toHaveLength(1);
    expect(nodes[nodes.length - 1].size).toBe(s.papers.length);
  });
});
