import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TopicEstimator } from '../../src/estimator/index.js';
import { readCorpus } from '../../src/corpus/index.js';
import type { Paper } from '../../src/corpus/types.js';
import { haveShared, writeSlice } from './slices.js';

// 1,500-odd papers: enough for topics found in UMAP space, where over-clustering applies.
let dir: string;
let papers: Paper[];
let est: TopicEstimator;
beforeAll(async () => {
  if (!haveShared) return;
  dir = mkdtempSync(path.join(tmpdir(), 'tt-over-'));
  const file = path.join(dir, 'slice.jsonl');
  writeSlice(file, (_r, h) => h < 0.03);
  papers = (await readCorpus([file])).papers;
  est = await new TopicEstimator({ seed: 7, k: 6, overCluster: 18 }).fit(papers); // 18 × 50 ≤ 1,500-odd papers
  await est.save(dir);
}, 300_000);
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!haveShared)('an over-clustered estimator (18 clusters merged to 6 topics)', () => {
  it('has 6 topics and records the merge in its parameters', () => {
    expect(papers.length).toBeGreaterThan(1000);
    expect(est.model!.topics.length).toBe(6);
    expect(new Set(est.model!.papers.map((p) => p.topic)).size).toBe(6);
    expect(est.model!.params.clusterer).toMatchObject({ overCluster: 18, mergedTo: 6 });
  });

  it('transform puts training papers back in their merged topic (assigned by the nearest of the 18 clusters)', () => {
    const placed = est.transform(papers);
    const fitted = new Map(est.model!.papers.map((p) => [p.id, p.topic]));
    const agree = placed.filter((p) => p.topic === fitted.get(p.id)).length / papers.length;
    expect(agree).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps its 18 clusters through save and load', async () => {
    const loaded = await TopicEstimator.load(path.join(dir, 'model.json'));
    const state = loaded.parts!.state;
    expect(state.subRow.length).toBe(18);
    expect(new Set(state.subRow).size).toBe(6);
    expect(loaded.transform(papers.slice(0, 50))).toEqual(est.transform(papers.slice(0, 50)));
  });
});
