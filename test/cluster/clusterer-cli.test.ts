import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot, runCli } from '../helpers/cli.js';

const seedCorpus = path.join(repoRoot, 'data/seed.jsonl');

describe('--clusterer', () => {
  it('an unknown method is a usage error naming the flag and the known methods', () => {
    const r = runCli(['eval', '--input', seedCorpus, '--clusterer', 'hdbscan', '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--clusterer');
    expect(r.stderr).toContain('kmeans');
  });

  it('graph communities run end to end and record their parameters in run.json', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'tt-clusterer-'));
    try {
      const r = runCli(['run', '--input', seedCorpus, '--out', out, '--clusterer', 'louvain', '--k', '4', '--no-report', '--quiet']);
      expect(r.code, r.stderr).toBe(0);
      const run = JSON.parse(readFileSync(path.join(out, 'run.json'), 'utf8'));
      expect(run.params.clusterer).toMatchObject({ name: 'louvain', method: 'louvain', k: 4 });
      expect(run.params.clusterer.resolution).toBeGreaterThan(0);
      expect(run.params.k).toBe(4);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
