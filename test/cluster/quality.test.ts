import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { evaluate } from '../../src/estimator/evaluate.js';
import { ENGINE_DEFAULTS } from '../../src/model/options.js';
import { clusterers } from '../../src/cluster/index.js';
import { sharedData } from '../helpers/cli.js';

const labeled = path.join(sharedData, 'labeled.jsonl');

describe.skipIf(!existsSync(labeled))('the default clusterer on 2,500 labelled papers (k = 10 arXiv categories)', () => {
  it('agrees with the labels at least as well as every other registered clusterer (tolerance 0.01 NMI)', async () => {
    const run = (clusterer: string) =>
      evaluate({ inputs: [labeled], read: { sample: 2500, seed: 7 }, engine: { clusterer, k: 10, seed: 7 }, labelField: 'label' });
    const chosen = await run(ENGINE_DEFAULTS.clusterer);
    for (const name of Object.keys(clusterers)) {
      if (name === ENGINE_DEFAULTS.clusterer) continue;
      const other = await run(name);
      console.log(`NMI ${ENGINE_DEFAULTS.clusterer} ${chosen.nmi} vs ${name} ${other.nmi}`);
      // bench/quality.js on the whole files: k-means 0.294 vs Louvain 0.25 on labeled.jsonl (seed 42).
      expect(chosen.nmi).toBeGreaterThanOrEqual(other.nmi - 0.01);
    }
    expect(chosen.k).toBe(10);
  }, 300_000);
});
