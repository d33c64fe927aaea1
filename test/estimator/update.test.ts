import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { runCli } from '../helpers/cli.js';
import { haveShared, primary, writeSlice } from './slices.js';

type Doc = Record<string, string>;
const docs = (dir: string): Map<string, Doc> =>
  new Map((parse(readFileSync(path.join(dir, 'documents.csv')), { columns: true }) as Doc[]).map((d) => [d.id, d]));
const topics = (dir: string): Doc[] => parse(readFileSync(path.join(dir, 'topics.csv')), { columns: true });

/**
 * A model of cs.CL papers only, then an update with later cs.CL papers and a
 * planted group of robotics papers (cs.RO), a subject the model never saw.
 */
describe.skipIf(!haveShared)('update on real papers: a cs.CL model takes new cs.CL papers and a planted cs.RO group', () => {
  let root: string;
  let robotics: Set<string>;
  let base: string;
  let first: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'tt-update-'));
    const baseFile = path.join(root, 'base.jsonl');
    const newFile = path.join(root, 'new.jsonl');
    writeSlice(baseFile, (r, h) => primary(r) === 'cs.CL' && h < 0.05);
    const added = writeSlice(newFile, (r, h) => (primary(r) === 'cs.CL' && h >= 0.05 && h < 0.06) || (primary(r) === 'cs.RO' && h < 0.25));
    const ro = writeSlice(path.join(root, 'ro.jsonl'), (r, h) => primary(r) === 'cs.RO' && h < 0.25);
    robotics = new Set(ro);
    expect(added.length).toBeGreaterThan(250);
    base = path.join(root, 'base');
    first = path.join(root, 'first');
    const fit = runCli(['run', '--input', baseFile, '--out', base, '--no-report', '-q']);
    expect(fit.code, fit.stderr).toBe(0);
    const up = runCli(['update', '--model', path.join(base, 'model.json'), '--input', newFile, '--out', first, '-q']);
    expect(up.code, up.stderr).toBe(0);
    expect(up.stderr).toMatch(/0 already in the model \(skipped\), \d+ added, \d+ novel/);
  }, 240_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('old papers keep their topic, label and map position exactly; old topics keep id and label', () => {
    const before = docs(base);
    const after = docs(first);
    for (const [id, d] of before) {
      const a = after.get(id)!;
      expect([a.topic, a.topic_label, a.x, a.y]).toEqual([d.topic, d.topic_label, d.x, d.y]);
    }
    const oldTopics = topics(base);
    const newTopics = topics(first);
    for (const t of oldTopics) {
      const n = newTopics.find((x) => x.topic === t.topic)!;
      expect(n.label).toBe(t.label);
      expect(Number(n.size)).toBeGreaterThanOrEqual(Number(t.size));
    }
    const added = JSON.parse(readFileSync(path.join(first, 'run.json'), 'utf8')).update.added;
    expect(after.size).toBe(before.size + added);
    // The model's reading statistics cover both reads: the report and the dashboard count every paper.
    const read = JSON.parse(readFileSync(path.join(first, 'model.json'), 'utf8')).corpus.read;
    expect(read.kept).toBe(after.size);
    const sum = (o: Record<string, number>) => Object.values(o).reduce((x, y) => x + y, 0);
    expect(read.kept + sum(read.skipped) + sum(read.filtered)).toBe(read.read);
    expect(newTopics.reduce((s, t) => s + Number(t.size), 0)).toBe(after.size);
  });

  it('flags the planted robotics papers as novel far more often than the new cs.CL papers, and proposes them as a new topic with the next free id', () => {
    const after = docs(first);
    const before = docs(base);
    const fresh = [...after.values()].filter((d) => !before.has(d.id));
    const rate = (ds: Doc[]) => ds.filter((d) => d.novel === 'true').length / ds.length;
    const ro = fresh.filter((d) => robotics.has(d.id));
    const cl = fresh.filter((d) => !robotics.has(d.id));
    expect(rate(ro)).toBeGreaterThan(3 * rate(cl));
    expect(rate(cl)).toBeLessThan(0.12);
    const novelty: Doc[] = parse(readFileSync(path.join(first, 'novelty.csv')), { columns: true });
    expect(novelty.length).toBeGreaterThanOrEqual(1);
    const maxOld = Math.max(...topics(base).map((t) => Number(t.topic)));
    expect(Number(novelty[0].topic)).toBe(maxOld + 1);
    const members = novelty[0].paper_ids.split(' ');
    expect(members.filter((id) => robotics.has(id)).length / members.length).toBeGreaterThan(0.8);
    expect(members.every((id) => after.get(id)!.topic === novelty[0].topic)).toBe(true);
    const report = readFileSync(path.join(first, 'report.html'), 'utf8');
    expect(report).toContain('id="novelty"');
    expect(report).toContain(`#${novelty[0].topic} ${novelty[0].label.replace(/&/g, '&amp;')}`);
  });

  it('running the same update again adds nothing and rewrites the same files', () => {
    const again = path.join(root, 'again');
    const r = runCli(['update', '--model', path.join(first, 'model.json'), '--input', path.join(root, 'new.jsonl'), '--out', again, '--no-report', '-q']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/(\d+) already in the model \(skipped\), 0 added, 0 novel/);
    for (const f of ['documents.csv', 'topics.csv', 'novelty.csv', 'topic_trends.csv']) {
      expect(readFileSync(path.join(again, f), 'utf8'), f).toBe(readFileSync(path.join(first, f), 'utf8'));
    }
  });

  it('a reduced model takes updates too: new papers land in the merged topics', () => {
    const reduced = path.join(root, 'reduced');
    const r = runCli(['reduce', '--model', path.join(base, 'model.json'), '--to', '6', '--out', reduced, '--no-report']);
    expect(r.code, r.stderr).toBe(0);
    const up = runCli(['update', '--model', path.join(reduced, 'model.json'), '--input', path.join(root, 'new.jsonl'), '--out', path.join(root, 'reduced-up'), '--no-report', '--min-novel-group', '1000', '-q']);
    expect(up.code, up.stderr).toBe(0);
    const ids = new Set(topics(reduced).map((t) => t.topic));
    expect(ids.size).toBe(6);
    for (const d of docs(path.join(root, 'reduced-up')).values()) expect(ids.has(d.topic)).toBe(true);
  });

  it('writes every file run writes', () => {
    const listing = (d: string) => JSON.parse(readFileSync(path.join(d, 'run.json'), 'utf8')).files as string[];
    const runFiles = runCli(['run', '--input', path.join(root, 'base.jsonl'), '--out', path.join(root, 'full'), '-q', '--k', '8']);
    expect(runFiles.code, runFiles.stderr).toBe(0);
    const missing = listing(path.join(root, 'full')).filter((f) => !listing(first).includes(f));
    expect(missing).toEqual([]);
  }, 120_000);
});
