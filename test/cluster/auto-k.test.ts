import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readCorpus } from '../../src/corpus/index.js';
import { fitTopics } from '../../src/estimator/fit.js';
import { oneSdK } from '../../src/cluster/stability.js';
import { sharedData } from '../helpers/cli.js';

const labeledFile = path.join(sharedData, 'labeled.jsonl');

describe.skipIf(!existsSync(labeledFile))('auto k on a real sample (3,000 papers of labeled.jsonl)', () => {
  it('the criterion peaks inside the range instead of climbing to the cap; the k chosen is the smallest within one sd of the peak', async () => {
    const { papers } = await readCorpus([labeledFile], { sample: 3000, seed: 42 });
    const fitted = await fitTopics(papers, { k: 'auto', kRange: [5, 30], seed: 42, skipMap: true });
    const curve = fitted.kScores!;
    console.log(`auto k = ${fitted.k}: ${curve.map((p) => `${p.k}:${p.score.toFixed(3)}`).join(' ')}`);
    expect(curve.length).toBeGreaterThan(5);
    expect(curve[curve.length - 1].k).toBe(30);
    const best = curve.reduce((a, b) => (b.score > a.score ? b : a));
    const chosen = curve.find((p) => p.k === fitted.k)!;
    expect(chosen.score).toBeGreaterThanOrEqual(best.score - best.sd);
    expect(curve.filter((p) => p.k < fitted.k).every((p) => p.score < best.score - best.sd)).toBe(true);
    // The silhouette criterion it replaces rose all the way to the cap (0.419 at k = 5 … 0.460 at k = 29 on papers.jsonl).
    expect(fitted.k).toBeLessThan(30);
    // A peak, not a plateau: the cap scores clearly below it.
    expect(curve[curve.length - 1].score).toBeLessThan(best.score - 0.05);
    expect(fitted.clusterer).toMatchObject({ name: 'kmeans', auto: 'stability' });
  }, 300_000);
});

describe('the one-sd rule', () => {
  const curve = (points: [number, number, number][]) => points.map(([k, score, sd]) => ({ k, score, sd }));
  it('takes the smallest k within one sd of the peak, the peak itself when nothing is that close', () => {
    expect(oneSdK(curve([[5, 0.80, 0.1], [8, 0.75, 0.1], [11, 0.89, 0.05], [14, 0.87, 0.04]]))).toBe(11);
    expect(oneSdK(curve([[5, 0.80, 0.1], [8, 0.75, 0.1], [11, 0.85, 0.06], [14, 0.87, 0.04]]))).toBe(11);
    expect(oneSdK(curve([[5, 0.84, 0.1], [8, 0.75, 0.1], [14, 0.87, 0.04]]))).toBe(5);
    // papers.jsonl's curve (model.json kScores, seed 42): k = 14 stays.
    expect(oneSdK(curve([[5, 0.772, 0.143], [8, 0.730, 0.107], [11, 0.737, 0.040], [14, 0.824, 0.044], [17, 0.759, 0.058], [29, 0.804, 0.033]]))).toBe(14);
  });
});
