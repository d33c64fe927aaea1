import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readCorpus } from '../../src/corpus/index.js';
import { fitTopics } from '../../src/pipeline/fit.js';
import { sharedData } from '../helpers/cli.js';

const labeledFile = path.join(sharedData, 'labeled.jsonl');

describe.skipIf(!existsSync(labeledFile))('auto k on a real sample (3,000 papers of labeled.jsonl)', () => {
  it('the criterion peaks inside the range instead of climbing to the cap, and the peak is the k chosen', async () => {
    const { papers } = await readCorpus([labeledFile], { sample: 3000, seed: 42 });
    const fitted = await fitTopics(papers, { k: 'auto', kRange: [5, 30], seed: 42, skipMap: true });
    const curve = fitted.kScores!;
    console.log(`auto k = ${fitted.k}: ${curve.map((p) => `${p.k}:${p.score.toFixed(3)}`).join(' ')}`);
    expect(curve.length).toBeGreaterThan(5);
    expect(curve[curve.length - 1].k).toBe(30);
    const best = curve.reduce((a, b) => (b.score > a.score ? b : a));
    expect(fitted.k).toBe(best.k);
    // The silhouette criterion it replaces rose all the way to the cap (0.419 at k = 5 … 0.460 at k = 29 on papers.jsonl).
    expect(fitted.k).toBeLessThan(30);
    // A peak, not a plateau: the cap scores clearly below it.
    expect(curve[curve.length - 1].score).toBeLessThan(best.score - 0.05);
    expect(fitted.clusterer).toMatchObject({ name: 'kmeans', auto: 'stability' });
  }, 300_000);
});
