import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { alignTopics } from '../../src/topics/align.js';
import { hungarian } from '../../src/util/hungarian.js';
import { repoRoot, runCli } from '../helpers/cli.js';

describe('hungarian', () => {
  it('finds the minimum-cost assignment, also on rectangular matrices', () => {
    expect(Array.from(hungarian([[4, 1, 3], [2, 0, 5], [3, 2, 2]]))).toEqual([1, 0, 2]);
    // Three rows, two columns: row 2 takes column 1 at cost 0, cheaper than row 1 at cost 1.
    expect(Array.from(hungarian([[1, 9], [9, 1], [0, 0]]))).toEqual([0, -1, 1]);
    expect(Array.from(hungarian([[5, 1, 9]]))).toEqual([1]);
  });
});

describe('alignTopics', () => {
  const terms = (...t: string[]) => t.map((term, i) => ({ term, weight: 1 / (i + 1) }));
  it('keeps ids of matched topics, numbers the rest after the largest old id, and explains splits, merges, new and retired topics', () => {
    const topicOf = (spec: Record<string, number>) => new Map(Object.entries(spec));
    // Old: 0 = speech (p1-p6), 1 = vision (p7-p12), 2 = agents (p13-p16), 3 = retrieval (p17-p18).
    // New: 0 = vision (p7-p12), 1 = speech (p1-p3), 2 = the rest of speech (p4-p6),
    // 3 = agents + retrieval (p13-p18), 4 = brand new (p19-p20).
    const old = {
      topics: [{ id: 0, terms: terms('speech', 'asr') }, { id: 1, terms: terms('vision', 'image') }, { id: 2, terms: terms('agents', 'planning') }, { id: 3, terms: terms('retrieval', 'rag') }],
      topicOf: topicOf({ p1: 0, p2: 0, p3: 0, p4: 0, p5: 0, p6: 0, p7: 1, p8: 1, p9: 1, p10: 1, p11: 1, p12: 1, p13: 2, p14: 2, p15: 2, p16: 2, p17: 3, p18: 3 }),
    };
    const neu = {
      topics: [{ id: 0, terms: terms('vision', 'image') }, { id: 1, terms: terms('speech', 'asr') }, { id: 2, terms: terms('speaker', 'speech') }, { id: 3, terms: terms('agents', 'planning', 'rag') }, { id: 4, terms: terms('robots') }],
      topicOf: topicOf({ p7: 0, p8: 0, p9: 0, p10: 0, p11: 0, p12: 0, p1: 1, p2: 1, p3: 1, p4: 2, p5: 2, p6: 2, p13: 3, p14: 3, p15: 3, p16: 3, p17: 3, p18: 3, p19: 4, p20: 4 }),
    };
    const { idOf, lineage } = alignTopics(old, neu);
    expect(idOf.get(0)).toBe(1); // vision keeps old id 1
    expect(idOf.get(1)).toBe(0); // speech keeps old id 0
    expect(idOf.get(3)).toBe(2); // agents keeps 2
    const rel = (o: number | null, n: number | null) => lineage.find((r) => r.oldTopic === o && r.newTopic === n)?.relation;
    expect(rel(0, idOf.get(2)!)).toBe('split');
    expect(rel(3, 2)).toBe('merge');
    expect(rel(null, idOf.get(4)!)).toBe('new');
    expect([idOf.get(2), idOf.get(4)].sort()).toEqual([4, 5]);
    expect(lineage.filter((r) => r.relation === 'retired')).toEqual([]);
  });
});

describe('run --align-to on the seed corpus', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'tt-align-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  it('a refit with another seed keeps matched topics on most of their old papers and writes lineage.csv', () => {
    const seed = path.join(repoRoot, 'data/seed.jsonl');
    expect(runCli(['run', '--input', seed, '--out', path.join(root, 'a'), '--no-report', '-q']).code).toBe(0);
    const r = runCli(['run', '--input', seed, '--out', path.join(root, 'b'), '--seed', '7', '--align-to', path.join(root, 'a', 'model.json'), '--no-report', '-q']);
    expect(r.code, r.stderr).toBe(0);
    const lineage: Record<string, string>[] = parse(readFileSync(path.join(root, 'b', 'lineage.csv')), { columns: true });
    expect(Object.keys(lineage[0])).toEqual(['old_topic', 'new_topic', 'relation', 'similarity', 'shared_papers']);
    const same = lineage.filter((l) => l.relation === 'same');
    expect(same.length).toBeGreaterThan(0);
    const docs = (d: string) => new Map((parse(readFileSync(path.join(root, d, 'documents.csv')), { columns: true }) as Record<string, string>[]).map((x) => [x.id, x.topic]));
    const [a, b] = [docs('a'), docs('b')];
    let kept = 0;
    let total = 0;
    for (const l of same) {
      for (const [id, t] of a) if (t === l.old_topic) (total++, b.get(id) === l.new_topic && kept++);
    }
    expect(kept / total).toBeGreaterThan(0.5);
  });

  it('keeps the earlier model\'s k unless --k is given', () => {
    const seed = path.join(repoRoot, 'data/seed.jsonl');
    const out = (d: string) => path.join(root, d);
    const k = (d: string) => (JSON.parse(readFileSync(path.join(out(d), 'model.json'), 'utf8')) as { topics: unknown[] }).topics.length;
    const kScores = (d: string) => (JSON.parse(readFileSync(path.join(out(d), 'run.json'), 'utf8')) as { kScores?: unknown[] }).kScores;
    expect(runCli(['run', '--input', seed, '--out', out('k3'), '--k', '3', '--no-report', '-q']).code).toBe(0);
    expect(k('k3')).toBe(3);
    // No --k: the refit takes the earlier model's 3 topics, where auto (kScores in run.json) chose its own.
    const kept = runCli(['run', '--input', seed, '--out', out('k3-kept'), '--seed', '7', '--align-to', path.join(out('k3'), 'model.json'), '--no-report', '-q']);
    expect(kept.code, kept.stderr).toBe(0);
    expect(k('k3-kept')).toBe(3);
    expect(kScores('k3-kept')).toBeUndefined();
    const auto = runCli(['run', '--input', seed, '--out', out('k3-auto'), '--seed', '7', '--k', 'auto', '--align-to', path.join(out('k3'), 'model.json'), '--no-report', '-q']);
    expect(auto.code, auto.stderr).toBe(0);
    expect(kScores('k3-auto')?.length).toBeGreaterThan(0);
    expect(k('k3-auto')).not.toBe(3);
  });
});
