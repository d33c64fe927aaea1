import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readCorpus } from '../../src/corpus/index.js';
import { fitTopics } from '../../src/estimator/fit.js';
import { closestStableK, priorK, priorWindow, PRIOR_WINDOW } from '../../src/cluster/size-prior.js';
import { restartsFor } from '../../src/cluster/index.js';
import { sharedData } from '../helpers/cli.js';

describe('k-means restarts', () => {
  it('gives small corpora more restarts, for about the same rows, between 5 and 20; a number asked for is kept', () => {
    expect([1000, 2000, 3000, 4000, 8000, 10_000, 52_852, 1_000_000].map((n) => restartsFor(n))).toEqual([20, 20, 13, 10, 5, 5, 5, 5]);
    expect(restartsFor(2000, 3)).toBe(3);
  });
});

const labeledFile = path.join(sharedData, 'labeled.jsonl');

describe.skipIf(!existsSync(labeledFile))('auto k on a real sample (3,000 papers of labeled.jsonl)', () => {
  it('stays near the size prior under two seeds, reads the stability curve only around it, and keeps the fine topics unmerged', async () => {
    const { papers } = await readCorpus([labeledFile], { sample: 3000, seed: 42 });
    const fits = [];
    for (const seed of [42, 7]) fits.push(await fitTopics(papers, { k: 'auto', seed, skipMap: true }));
    const prior = priorK(papers.length, 5, 120);
    for (const fitted of fits) {
      const curve = fitted.kScores!;
      console.log(`auto k = ${fitted.k} (prior ${prior}): ${curve.map((p) => `${p.k}:${p.score.toFixed(3)}±${p.sd.toFixed(3)}`).join(' ')}`);
      expect(curve.every((p) => p.prior === prior)).toBe(true);
      expect(curve.every((p) => Math.abs(p.k - prior) <= Math.ceil(PRIOR_WINDOW * prior))).toBe(true);
      const best = curve.reduce((a, b) => (b.score > a.score ? b : a));
      expect(curve.find((p) => p.k === fitted.k)!.score).toBeGreaterThanOrEqual(best.score - best.sd);
      // Fine topics are the unit: no over-clustering and merging behind 'auto'.
      expect(fitted.subLabels).toBeUndefined();
      expect(fitted.topics).toHaveLength(fitted.k);
      // 3,000 papers: 40,000 / 3,000 rounds to 13 restarts.
      expect(fitted.clusterer).toMatchObject({ nInit: 13 });
    }
    const [a, b] = fits.map((f) => f.k);
    expect(Math.abs(a - b) / ((a + b) / 2)).toBeLessThanOrEqual(0.4);
  }, 600_000);
});

describe('the size prior', () => {
  it('grows like √n and is clamped into the range', () => {
    expect(priorK(10_000, 5, 120)).toBe(30);
    expect(priorK(52_852, 5, 120)).toBe(69);
    expect(priorK(40_000, 5, 120)).toBeLessThan(priorK(52_852, 5, 120));
    expect(priorK(89, 5, 7)).toBe(5);
    expect(priorK(1e7, 5, 120)).toBe(120);
    // A 90% subsample moves it by about 5%, well inside ±20%.
    expect(priorK(0.9 * 52_852, 5, 120) / priorK(52_852, 5, 120)).toBeGreaterThan(0.93);
  });

  it('scores a window of ±15% around it, inside the range', () => {
    expect(priorWindow(30, 5, 120)).toEqual([26, 28, 30, 32, 35]);
    expect(priorWindow(6, 5, 7)).toEqual([5, 6, 7]);
    expect(priorWindow(69, 5, 60).every((k) => k <= 60)).toBe(true);
  });

  it('takes the k closest to the prior among those within one sd of the peak', () => {
    const curve = (points: [number, number, number][]) => points.map(([k, score, sd]) => ({ k, score, sd }));
    expect(closestStableK(curve([[26, 0.8, 0.02], [28, 0.82, 0.03], [30, 0.81, 0.02], [32, 0.8, 0.02]]), 30)).toBe(30);
    // A clearly more stable k wins over the prior.
    expect(closestStableK(curve([[26, 0.9, 0.02], [28, 0.82, 0.03], [30, 0.81, 0.02], [32, 0.8, 0.02]]), 30)).toBe(26);
    // Equally near on both sides: the smaller.
    expect(closestStableK(curve([[28, 0.82, 0.03], [32, 0.82, 0.02]]), 30)).toBe(28);
  });
});
