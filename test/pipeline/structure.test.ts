import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { runPipeline, type RunResult } from '../../src/pipeline/run.js';
import { reduceTopics } from '../../src/estimator/reduce-topics.js';
import { cutTree } from '../../src/topics/hierarchy.js';
import { loadThemes } from '../../src/trends/index.js';
import { repoRoot, runCli } from '../helpers/cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'tt-reduce-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const csv = (f: string) => parse(readFileSync(f), { columns: true }) as Record<string, string>[];
let run: RunResult;

beforeAll(async () => {
  run = await runPipeline({ inputs: [path.join(repoRoot, 'data/seed.jsonl')], out: path.join(dir, 'run'), themes: loadThemes(path.join(repoRoot, 'data/themes.json')) });
}, 120_000);

describe('hierarchy of a run (seed corpus)', () => {
  it('writes hierarchy.csv: every topic a leaf, merged nodes labelled, one root holding every paper', () => {
    const k = run.model.topics.length;
    const rows = csv(path.join(dir, 'run/hierarchy.csv'));
    expect(Object.keys(rows[0])).toEqual(['child', 'parent', 'distance', 'size', 'label']);
    expect(rows).toHaveLength(2 * k - 1);
    expect(rows.filter((r) => r.parent === '')).toEqual([expect.objectContaining({ child: String(2 * k - 2), size: '89' })]);
    for (const r of rows.slice(0, k)) expect(r.label).toBe(run.model.topics[Number(r.child)].label);
    for (const r of rows.slice(k)) {
      const kids = rows.filter((c) => c.parent === r.child);
      expect(kids).toHaveLength(2);
      expect(Number(kids[0].size) + Number(kids[1].size)).toBe(Number(r.size));
      expect(r.label.split(', ').length).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('reduce', () => {
  it('merges along the tree: each new topic is a union of old topics, relabelled, numbered by size', () => {
    const k = run.model.topics.length;
    const r = reduceTopics(run.model, 3);
    expect(r.topics).toHaveLength(3);
    expect(r.topics.map((t) => t.size)).toEqual([...r.topics.map((t) => t.size)].sort((a, b) => b - a));
    const { groupOfLeaf } = cutTree(run.model.hierarchy!, 3);
    const newOfOld = new Map<number, number>();
    r.papers.forEach((p, i) => {
      expect(p.subtopic).toBe(run.model.papers[i].topic);
      if (!newOfOld.has(p.subtopic!)) newOfOld.set(p.subtopic!, p.topic);
      expect(newOfOld.get(p.subtopic!)).toBe(p.topic); // one old topic never splits
    });
    for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) expect(groupOfLeaf[a] === groupOfLeaf[b]).toBe(newOfOld.get(a) === newOfOld.get(b));
    expect(r.hierarchy).toHaveLength(5);
    expect(r.quality!.coherence).toBeGreaterThan(-1);
    // Reducing to k changes no assignment.
    expect(reduceTopics(run.model, k).papers.map((p) => p.topic)).toEqual(run.model.papers.map((p) => p.topic));
  });

  it('CLI writes a complete run folder with a subtopic column', () => {
    const out = path.join(dir, 'reduced');
    const r = runCli(['reduce', '--model', path.join(dir, 'run/model.json'), '--to', '3', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    // Every file of the run folder except model/ (the estimator state `update` and `transform` need).
    const files = (d: string) => readdirSync(d, { recursive: true }).map(String).filter((f) => !f.startsWith('model/') && f !== 'model').sort();
    expect(files(out)).toEqual(files(path.join(dir, 'run')));
    const docs = csv(path.join(out, 'documents.csv'));
    const before = csv(path.join(dir, 'run/documents.csv'));
    expect(docs).toHaveLength(89);
    expect(new Set(docs.map((d) => d.topic))).toEqual(new Set(['0', '1', '2']));
    expect(docs.map((d) => d.subtopic)).toEqual(before.map((d) => d.topic));
    expect(csv(path.join(out, 'topics.csv'))).toHaveLength(3);
    expect(JSON.parse(readFileSync(path.join(out, 'run.json'), 'utf8')).params).toMatchObject({ k: 3, reducedFrom: run.model.topics.length });
    expect(readFileSync(path.join(out, 'report.html'), 'utf8')).toContain('id="hierarchy"');
  });

  it('CLI: --to out of range exits 2 naming the flag; a missing model exits 3', () => {
    let r = runCli(['reduce', '--model', path.join(dir, 'run/model.json'), '--to', '99', '--out', path.join(dir, 'x')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--to: must be an integer from 1 to \d+/);
    r = runCli(['reduce', '--model', path.join(dir, 'nope/model.json'), '--to', '2', '--out', path.join(dir, 'x')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('nope/model.json');
  });
});

describe('--min-confidence', () => {
  it('leaves low-confidence papers out of topic shares and their totals, not out of themes or documents', async () => {
    const { computeTrendTables } = await import('../../src/analysis/trend-tables.js');
    const conf = run.model.papers.map((p) => p.confidence!);
    expect(conf.every((c) => c >= 0 && c <= 1)).toBe(true);
    const threshold = [...conf].sort((a, b) => a - b)[Math.floor(conf.length / 3)];
    const all = computeTrendTables(run.model, { bin: 'year' });
    const some = computeTrendTables(run.model, { bin: 'year', minConfidence: threshold });
    const dated = run.model.papers.filter((p) => p.date);
    const low = dated.filter((p) => p.confidence! < threshold).length;
    expect(low).toBeGreaterThan(0);
    expect(some.lowConfidence).toEqual({ threshold, papers: low });
    const sum = (rows: { count: number }[]) => rows.reduce((s, r) => s + r.count, 0);
    expect(sum(all.topicTrends)).toBe(dated.length);
    expect(sum(some.topicTrends)).toBe(dated.length - low);
    for (const period of new Set(some.topicTrends.map((r) => r.period))) {
      const rows = some.topicTrends.filter((r) => r.period === period);
      const total = rows[0].period_total;
      expect(sum(rows)).toBe(total); // shares of a bin add up to 1 over the confident papers
    }
    expect(some.themeTrends).toEqual(all.themeTrends);
    const r = runCli(['trends', '--model', path.join(dir, 'run/model.json'), '--min-confidence', '1.5', '--out', path.join(dir, 'x')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--min-confidence');
  });
});
