import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readCorpus } from '../../src/corpus/index.js';
import { TextAnalyzer } from '../../src/text/index.js';
import { TfidfVectorizer } from '../../src/vectorize/index.js';
import { TruncatedSVD, l2NormalizeRows, nearestNeighbors } from '../../src/reduce/index.js';
import { clusterers, permuteInput, type ClusterInput } from '../../src/cluster/index.js';
import { mulberry32 } from '../../src/util/random.js';
import { sharedData } from '../helpers/cli.js';

const papersFile = path.join(sharedData, 'papers.jsonl');

/** 1,200 real papers → TF-IDF → LSA (20-D) and their 15-NN graph: what the engine hands a clusterer. */
async function realInput(): Promise<ClusterInput> {
  const { papers } = await readCorpus([papersFile], { sample: 1200, seed: 3 });
  const analyzer = new TextAnalyzer();
  const docs = analyzer.fitTransform(papers.map((p) => `${p.title}. ${p.abstract}`));
  const X = new TfidfVectorizer().fitTransform(docs.terms, analyzer.terms.length);
  const n = X.nRows;
  const d = 20;
  const lsa = l2NormalizeRows(new TruncatedSVD({ nComponents: d, seed: 3 }).fitTransform(X), n, d);
  const knn = nearestNeighbors(lsa, n, d, 15, { seed: 3 });
  return { X: lsa, n, d, graph: { indices: knn.indices, distances: knn.distances, m: knn.k }, k: 8, seed: 5 };
}

describe.skipIf(!existsSync(papersFile))('every registered clusterer keeps the Clusterer contract (1,200 papers of papers.jsonl)', async () => {
  const input = existsSync(papersFile) ? await realInput() : (undefined as never);

  it.each(Object.keys(clusterers))('%s: labels in [0, k), centroids = k×d member means, size-ordered, deterministic per seed', async (name) => {
    const clusterer = clusterers[name]({});
    expect(clusterer.name).toBe(name);
    const a = await clusterer.fit(input);
    expect(a.k).toBe(8);
    expect(a.labels).toHaveLength(input.n);
    const size = new Array(a.k).fill(0);
    for (const l of a.labels) {
      expect(l).toBeGreaterThanOrEqual(0);
      expect(l).toBeLessThan(a.k);
      size[l]++;
    }
    // Every cluster has members and topic 0 is the largest.
    expect(Math.min(...size)).toBeGreaterThan(0);
    for (let j = 1; j < a.k; j++) expect(size[j]).toBeLessThanOrEqual(size[j - 1]);
    expect(a.centroids).toHaveLength(a.k * input.d);
    const j = a.labels[0];
    for (let c = 0; c < input.d; c++) {
      let s = 0;
      for (let i = 0; i < input.n; i++) if (a.labels[i] === j) s += input.X[i * input.d + c];
      expect(a.centroids[j * input.d + c]).toBeCloseTo(s / size[j], 4);
    }
    expect(a.params).toMatchObject({ method: name });
    const b = await clusterer.fit(input);
    expect(Array.from(b.labels)).toEqual(Array.from(a.labels));
  });

  it.each(Object.keys(clusterers))('%s: the same points in another order (graph permuted with them) get the same topics', async (name) => {
    const clusterer = clusterers[name]({});
    const a = await clusterer.fit(input);
    const random = mulberry32(11);
    const order = Int32Array.from({ length: input.n }, (_, i) => i);
    for (let i = input.n - 1; i > 0; i--) {
      const r = Math.floor(random() * (i + 1));
      [order[i], order[r]] = [order[r], order[i]];
    }
    const b = await clusterer.fit(permuteInput(input, order));
    // Row q of the permuted input is point order[q]: it must keep its topic number.
    for (let q = 0; q < input.n; q++) expect(b.labels[q]).toBe(a.labels[order[q]]);
  });

  it('a different seed is a different run (the seed reaches the method)', async () => {
    const a = await clusterers.kmeans({ nInit: 1 }).fit({ ...input, seed: 1 });
    const b = await clusterers.kmeans({ nInit: 1 }).fit({ ...input, seed: 2 });
    expect(Array.from(a.labels)).not.toEqual(Array.from(b.labels));
  });

  it('rejects a k it cannot honour, naming k', async () => {
    await expect(Promise.resolve().then(() => clusterers.kmeans({}).fit({ ...input, k: input.n }))).rejects.toThrow(/k must be an integer/);
  });
});
