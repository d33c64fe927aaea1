import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot, runCli } from '../helpers/cli.js';
import { openRun } from '../../src/pipeline/index.js';

const file = path.join(repoRoot, '../shared/data/papers.jsonl');
const hasData = existsSync(file);
if (!hasData) console.warn(`skipping the scaled-run command tests: ${file} is absent`);
let dir: string;
const at = (...p: string[]) => path.join(dir, ...p);
/** The scaled path every corpus above 150,000 papers takes, on 2,000 papers. */
const SCALED = ['--scale-threshold', '1000', '--fit-sample', '800', '--k', '5', '--workers', '2', '--quiet'];
const CORPUS = 2000;
const NEW = 400;

/** Rows of a CSV file as objects (the files here quote only titles and labels, never with newlines). */
function csv(file: string): Record<string, string>[] {
  const [head, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  const split = (l: string) => [...l.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].map((m) => m[1].replace(/^"|"$/g, '').replace(/""/g, '"')).slice(0, head.split(',').length);
  const cols = split(head);
  return lines.map((l) => Object.fromEntries(split(l).map((v, i) => [cols[i], v])));
}
const sumOf = (rows: Record<string, string>[], col: string) => rows.reduce((s, r) => s + Number(r[col]), 0);
const runJson = (d: string) => JSON.parse(readFileSync(path.join(d, 'run.json'), 'utf8'));
function filesOf(d: string, sub = ''): string[] {
  return readdirSync(path.join(d, sub), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesOf(d, path.join(sub, e.name)) : [path.join(sub, e.name)])).sort();
}

beforeAll(() => {
  if (!hasData) return;
  dir = mkdtempSync(path.join(tmpdir(), 'tt-scaled-cmds-'));
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  // Every 20th paper (2,000 over all 29 months), and 400 others for `update`.
  writeFileSync(at('a.jsonl'), lines.filter((_, i) => i % 20 === 0).slice(0, CORPUS).join('\n') + '\n');
  writeFileSync(at('b.jsonl'), lines.filter((_, i) => i % 20 === 1).slice(0, NEW).join('\n') + '\n');
  for (const [out, extra] of [['scaled', SCALED], ['memory', ['--k', '5', '--quiet']]] as const) {
    const r = runCli(['run', '--input', at('a.jsonl'), '--out', at(out), ...extra]);
    if (r.code !== 0) throw new Error(r.stderr);
  }
}, 600_000);
afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

describe.runIf(hasData)('a scaled run, and every command on it', () => {
  it('writes the same files as an in-memory run of the same corpus (plus its parts), documents.csv with every paper', () => {
    const run = runJson(at('scaled'));
    expect(run.counts.transformed).toBe(CORPUS);
    expect(run.counts.fitted).toBe(800);
    // The abstracts live beside the parts in a scaled run, in model/abstracts.tsv in an in-memory one.
    const scaled = filesOf(at('scaled')).filter((f) => !f.startsWith('parts/'));
    const memory = filesOf(at('memory')).filter((f) => f !== 'model/abstracts.tsv');
    expect(scaled).toEqual(memory);
    expect(filesOf(at('scaled')).filter((f) => f.startsWith('parts/'))).toHaveLength(6);
    expect([...run.files, 'run.json'].sort()).toEqual(expect.arrayContaining(scaled));
    const docs = csv(at('scaled', 'documents.csv'));
    const ids = docs.map((d) => d.id);
    expect(ids).toEqual(csv(at('memory', 'documents.csv')).map((d) => d.id));
    expect(new Set(ids).size).toBe(CORPUS);
    // Topic sizes, trend counts and documents agree: every paper, once.
    const topics = csv(at('scaled', 'topics.csv'));
    expect(sumOf(topics, 'size')).toBe(CORPUS);
    for (const t of topics) expect(docs.filter((d) => d.topic === t.topic).length).toBe(Number(t.size));
    expect(sumOf(csv(at('scaled', 'topic_trends.csv')), 'count') + run.counts.undated).toBe(CORPUS);
    // Papers in = analysed + skipped.
    const skipped = Object.values(run.counts.skipped as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(run.counts.read).toBe(run.counts.kept + skipped);
  });

  it('opens by folder or model.json, rebuilds every paper from the parts, and names a missing model (exit 3)', async () => {
    const byDir = await openRun(at('scaled'));
    const byFile = await openRun(at('scaled', 'model.json'));
    expect(byDir.scaled && byFile.scaled).toBe(true);
    expect(byDir.modelFile).toBe(byFile.modelFile);
    expect(byDir.saved.papers).toHaveLength(800);
    expect((await byDir.model()).papers).toHaveLength(CORPUS);
    expect((await openRun(at('memory'))).scaled).toBe(false);
    const r = runCli(['trends', '--model', at('nowhere')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(path.join(at('nowhere'), 'model.json'));
  });

  it('trends --bin quarter counts every paper, not the fit sample; a segment flag is refused by name (exit 2)', () => {
    const r = runCli(['trends', '--model', at('scaled'), '--bin', 'quarter', '--out', at('quarters')]);
    expect(r.code, r.stderr).toBe(0);
    const rows = csv(at('quarters', 'topic_trends.csv'));
    expect(rows.every((x) => /^\d{4}-Q[1-4]$/.test(x.period))).toBe(true);
    expect(sumOf(rows, 'count')).toBe(CORPUS);
    const seg = runCli(['trends', '--model', at('scaled'), '--category', 'cs.CL', '--out', at('never')]);
    expect(seg.code).toBe(2);
    expect(seg.stderr).toContain('--category');
    // `run` refuses such a flag before its fit, not after the transform.
    const run = runCli(['run', '--input', at('a.jsonl'), '--out', at('never'), ...SCALED, '--min-confidence', '0.2']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--min-confidence');
    expect(existsSync(at('never'))).toBe(false);
  });

  it('aggregate takes any bin unit: another than the parts\' is re-keyed from the dates; too many bins is exit 2 naming --bin', () => {
    const parts = path.join(at('scaled'), 'parts', '*.parquet');
    const r = runCli(['aggregate', '--model', at('scaled'), '--parts', parts, '--bin', 'year', '--out', at('years'), '--no-report']);
    expect(r.code, r.stderr).toBe(0);
    const rows = csv(at('years', 'topic_trends.csv'));
    expect(rows.every((x) => /^\d{4}$/.test(x.period))).toBe(true);
    expect(sumOf(rows, 'count')).toBe(CORPUS);
    const days = runCli(['aggregate', '--model', at('scaled'), '--parts', parts, '--bin', 'day', '--out', at('days'), '--no-report']);
    expect(days.code).toBe(2);
    expect(days.stderr).toContain('--bin day');
  });

  it('adjusts the trends of parts like an in-memory run (by category by default), and aggregate takes --adjust-by', () => {
    const adjustedBy = (d: string) => new Set(csv(path.join(d, 'emerging.csv')).map((r) => r.adjusted_by));
    expect(adjustedBy(at('scaled'))).toEqual(new Set(['category']));
    expect(adjustedBy(at('memory'))).toEqual(new Set(['category']));
    // The mix shifts do not depend on the fit: the parts give the in-memory run's, dated to the day.
    const shifts = (d: string) => (runJson(d).notes as string[]).filter((n) => /^\d{4}-\d{2}-\d{2}: /.test(n));
    expect(shifts(at('scaled')).some((n) => n.startsWith('2025-03-18'))).toBe(true);
    expect(shifts(at('scaled'))).toEqual(shifts(at('memory')));
    const parts = path.join(at('scaled'), 'parts', '*.parquet');
    for (const by of ['source', 'none']) {
      const r = runCli(['aggregate', '--model', at('scaled'), '--parts', parts, '--adjust-by', by, '--out', at(`by-${by}`), '--no-report']);
      expect(r.code, r.stderr).toBe(0);
      expect(adjustedBy(at(`by-${by}`))).toEqual(new Set([by]));
    }
    const bad = runCli(['aggregate', '--model', at('scaled'), '--parts', parts, '--adjust-by', 'venue', '--out', at('by-venue')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--adjust-by');
  });

  it('report draws every paper: tables over the corpus, topic sizes of the corpus', () => {
    const r = runCli(['report', '--model', at('scaled', 'model.json'), '--out', at('report')]);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(at('report', 'report.html'))).toBe(true);
    expect(sumOf(csv(at('report', 'topic_trends.csv')), 'count')).toBe(CORPUS);
    const html = readFileSync(at('report', 'report.html'), 'utf8');
    for (const t of csv(at('scaled', 'topics.csv'))) expect(html).toContain(Number(t.size).toLocaleString('en-US'));
  });

  it('reduce relabels every paper of the parts through the merge map', () => {
    const r = runCli(['reduce', '--model', at('scaled'), '--to', '3', '--out', at('reduced'), '--no-report']);
    expect(r.code, r.stderr).toBe(0);
    const before = new Map(csv(at('scaled', 'documents.csv')).map((d) => [d.id, d.topic]));
    const after = csv(at('reduced', 'documents.csv'));
    expect(after).toHaveLength(CORPUS);
    expect(new Set(after.map((d) => d.topic))).toEqual(new Set(['0', '1', '2']));
    // The topic before the merge is kept as subtopic, and one old topic goes into one new one.
    const into = new Map<string, Set<string>>();
    for (const d of after) {
      expect(d.subtopic).toBe(before.get(d.id));
      into.set(d.subtopic, (into.get(d.subtopic) ?? new Set()).add(d.topic));
    }
    expect([...into.values()].every((s) => s.size === 1)).toBe(true);
    expect(sumOf(csv(at('reduced', 'topics.csv')), 'size')).toBe(CORPUS);
    expect(sumOf(csv(at('reduced', 'topic_trends.csv')), 'count')).toBe(CORPUS);
    expect(runJson(at('reduced')).counts.transformed).toBe(CORPUS);
  });

  it('update keeps every old paper and adds the new ones as one more part', () => {
    // 400 new papers and 100 the run already has.
    const old = readFileSync(at('a.jsonl'), 'utf8').split('\n').slice(0, 100).join('\n');
    writeFileSync(at('b-and-old.jsonl'), readFileSync(at('b.jsonl'), 'utf8') + old + '\n');
    const r = runCli(['update', '--model', at('scaled'), '--input', at('b-and-old.jsonl'), '--out', at('updated'), '--no-report', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    const run = runJson(at('updated'));
    expect(run.update.alreadyInModel).toBe(100);
    expect(run.update.added).toBe(NEW);
    expect(run.counts.transformed).toBe(CORPUS + NEW);
    const docs = csv(at('updated', 'documents.csv'));
    expect(new Set(docs.map((d) => d.id)).size).toBe(CORPUS + NEW);
    for (const d of csv(at('scaled', 'documents.csv'))) expect(docs.find((x) => x.id === d.id)?.topic, d.id).toBe(d.topic);
    expect(sumOf(csv(at('updated', 'topic_trends.csv')), 'count')).toBe(CORPUS + NEW);
    expect(sumOf(csv(at('updated', 'topics.csv')), 'size')).toBe(CORPUS + NEW);
    expect(readdirSync(at('updated', 'parts')).filter((f) => f.endsWith('.parquet'))).toHaveLength(3);
    // The run it started from is untouched.
    expect(runJson(at('scaled')).counts.transformed).toBe(CORPUS);
  }, 120_000);
});
