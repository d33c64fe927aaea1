import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TopicEstimator } from '../../src/estimator/index.js';
import { readCorpus } from '../../src/corpus/index.js';
import type { Paper } from '../../src/corpus/types.js';
import { repoRoot, runCli } from '../helpers/cli.js';

const seed = path.join(repoRoot, 'data/seed.jsonl');
let dir: string;
let papers: Paper[];
let est: TopicEstimator;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'tt-est-'));
  papers = (await readCorpus([seed])).papers;
  est = await new TopicEstimator({ seed: 42 }).fit(papers);
  await est.save(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('TopicEstimator on the seed corpus', () => {
  it('transform puts every training paper back in the topic fit gave it', () => {
    const placed = est.transform(papers);
    const fitted = new Map(est.model!.papers.map((p) => [p.id, p.topic]));
    const agree = placed.filter((p) => p.topic === fitted.get(p.id)).length;
    expect(agree / papers.length).toBeGreaterThanOrEqual(0.95);
    for (const p of placed) {
      expect(p.confidence).toBeGreaterThanOrEqual(0);
      expect(p.confidence).toBeLessThanOrEqual(1);
      expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    }
  });

  it('a saved and reloaded estimator transforms exactly like the one in memory', async () => {
    const loaded = await TopicEstimator.load(path.join(dir, 'model.json'));
    expect(loaded.transform(papers)).toEqual(est.transform(papers));
    expect(loaded.model!.papers).toEqual(est.model!.papers);
  });

  it('places a paper the same way whatever batch it comes in (sharded transforms agree)', () => {
    const all = est.transform(papers);
    const halves = [...est.transform(papers.slice(0, 40)), ...est.transform(papers.slice(40))];
    const reversed = est.transform([...papers].reverse()).reverse();
    expect(halves).toEqual(all);
    expect(reversed).toEqual(all);
  });

  it('a paper with no known word is novel with confidence 0, not silently put in a topic at full confidence', () => {
    const [p] = est.transform([{ id: 'x1', title: '量子纠缠', abstract: '完全未知的文字。' } as Paper]);
    expect(p.novel).toBe(true);
    expect(p.confidence).toBe(0);
  });
});

describe('saved model checks', () => {
  it('rejects a model.json of the previous format with a re-run message (exit 3)', () => {
    const old = mkdtempSync(path.join(tmpdir(), 'tt-v1-'));
    const json = JSON.parse(readFileSync(path.join(dir, 'model.json'), 'utf8'));
    writeFileSync(path.join(old, 'model.json'), JSON.stringify({ ...json, version: 1 }));
    const r = runCli(['trends', '--model', path.join(old, 'model.json')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/older topictrends.*re-run `topictrends run`/s);
    rmSync(old, { recursive: true, force: true });
  });

  it('names the field of an inconsistent model.json instead of failing with a TypeError (exit 3)', () => {
    const bad = mkdtempSync(path.join(tmpdir(), 'tt-bad-'));
    const json = JSON.parse(readFileSync(path.join(dir, 'model.json'), 'utf8'));
    json.papers.topic = json.papers.topic.slice(1);
    writeFileSync(path.join(bad, 'model.json'), JSON.stringify(json));
    const r = runCli(['report', '--model', path.join(bad, 'model.json')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/papers\.topic.*88 values for 89 papers/);
    rmSync(bad, { recursive: true, force: true });
  });

  it('a truncated estimator array is reported with its path, not read as garbage', async () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'tt-trunc-'));
    await est.save(copy);
    truncateSync(path.join(copy, 'model', 'lsa.f32'), 100);
    await expect(TopicEstimator.load(copy)).rejects.toThrow(/lsa\.f32: 25 values, manifest says \d+/);
    rmSync(copy, { recursive: true, force: true });
  });
});
