import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { runCli, sharedData } from '../helpers/cli.js';

const labeled = path.join(sharedData, 'labeled.jsonl');

describe.skipIf(!existsSync(labeled))('topictrends eval on labeled.jsonl', () => {
  it('scores clusters against the labels, and prints the same numbers twice for the same seed', () => {
    // A seeded 2,500-paper sample keeps the test short; the full figure is in bench/.
    const args = ['eval', '--input', labeled, '--label-field', 'label', '--k', '10', '--sample', '2500', '--seed', '7', '--quiet'];
    const a = runCli(args);
    expect(a.code, a.stderr).toBe(0);
    const b = runCli(args);
    expect(b.stdout).toBe(a.stdout);
    const r = JSON.parse(a.stdout);
    expect(r).toMatchObject({ n: 2500, k: 10, labels: 10, seed: 7, unlabeled: 0 });
    for (const key of ['nmi', 'ari', 'homogeneity', 'completeness', 'v_measure']) {
      expect(r[key], key).toBeGreaterThan(0);
      expect(r[key], key).toBeLessThanOrEqual(1);
    }
    // Far above what chance gives (≈ 0.005 for 10 random clusters of 2,500 papers).
    expect(r.nmi).toBeGreaterThan(0.15);
    // V-measure with beta = 1 is NMI with arithmetic normalization.
    expect(r.v_measure).toBeCloseTo(r.nmi, 3);
  });

  it('fails with a message naming the field when no paper has the label', () => {
    const r = runCli(['eval', '--input', labeled, '--label-field', 'no_such_field', '--sample', '300', '--k', '5', '--quiet']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('no_such_field');
  });
});
