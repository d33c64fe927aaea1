import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DOCUMENTS, readParquet } from '../../src/tables/index.js';
import { repoRoot, runCli } from '../helpers/cli.js';
import { loadRunModel } from '../../src/pipeline/index.js';
import { computeTrendTables } from '../../src/analysis/index.js';
import { TopicEstimator } from '../../src/estimator/index.js';
import { readCorpus } from '../../src/corpus/index.js';
import { decodeMap } from '../../src/server/map-binary.js';
import { serve } from '../server/fixture.js';

const file = path.join(repoRoot, '../shared/data/papers.jsonl');
const hasData = existsSync(file);
if (!hasData) console.warn(`skipping the scaled run test: ${file} is absent`);
let dir: string;
let input: string;
let result: ReturnType<typeof runCli>;

beforeAll(() => {
  if (!hasData) return;
  dir = mkdtempSync(path.join(tmpdir(), 'tt-scaled-'));
  // Every 18th paper: 2,937 papers over all 29 months (4.4 MB, above the 1 KB-a-paper size check).
  const lines = readFileSync(file, 'utf8').split('\n').filter((l, i) => l && i % 18 === 0);
  input = path.join(dir, 'slice.jsonl');
  writeFileSync(input, lines.join('\n') + '\n');
  // The threshold lowered to 1,000 papers sends this corpus down the large-corpus path.
  result = runCli(['run', '--input', input, '--out', path.join(dir, 'out'), '--scale-threshold', '1000', '--fit-sample', '900', '--workers', '2', '--k', '6', '--tables', 'both', '--no-report', '--quiet']);
}, 300_000);
afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

describe.runIf(hasData)('run above the scale threshold', () => {
  it('fits on the sample, transforms every paper into parts, and accounts for all of them', async () => {
    expect(result.code, result.stderr).toBe(0);
    const out = path.join(dir, 'out');
    const run = JSON.parse(readFileSync(path.join(out, 'run.json'), 'utf8'));
    expect(run.counts.kept).toBe(2937);
    expect(run.counts.fitted).toBe(900);
    expect(run.counts.transformed).toBe(2937);
    const parts = readdirSync(path.join(out, 'parts')).filter((f) => f.endsWith('.parquet'));
    expect(parts).toHaveLength(2);
    const rows = (await Promise.all(parts.map((p) => readParquet(path.join(out, 'parts', p))))).flat();
    expect(new Set(rows.map((r) => r.id)).size).toBe(2937);
    // The saved model holds the sample only; topic sizes and trend counts cover the whole corpus.
    const model = JSON.parse(readFileSync(path.join(out, 'model.json'), 'utf8'));
    expect(model.papers.id).toHaveLength(900);
    const topics = await readParquet(path.join(out, 'topics.parquet'));
    expect(topics.reduce((s, t) => s + (t.size as number), 0)).toBe(2937);
    // documents.parquet (streamed from the parts by DuckDB): every paper once, in id order, the columns of DOCUMENTS.
    const documents = await readParquet(path.join(out, 'documents.parquet'));
    expect(documents.map((d) => d.id)).toEqual(rows.map((r) => r.id as string).sort());
    expect(Object.keys(documents[0])).toEqual(DOCUMENTS.columns.map((c) => c.name));
    const trends = await readParquet(path.join(out, 'topic_trends.parquet'));
    expect(trends.reduce((s, t) => s + (t.count as number), 0)).toBe(2937);
    for (const t of topics) {
      expect(trends.filter((r) => r.topic === t.topic).reduce((s, r) => s + (r.count as number), 0)).toBe(t.size);
      expect(rows.filter((r) => r.topic === t.topic).length).toBe(t.size);
    }
  });

  it('adjusts its trends for the category mix like an in-memory run of the same papers and topics', async () => {
    const out = path.join(dir, 'out');
    const served = await loadRunModel(path.join(out, 'model.json'));
    // 29 months: bin auto is month for the parts and in memory alike.
    const mem = computeTrendTables(served);
    expect(mem.bin).toBe('month');
    expect(mem.strata.by).toBe('category');
    const fromParts = await readParquet(path.join(out, 'topic_trends.parquet'));
    const key = (r: { period: unknown; topic: unknown }) => `${r.period} ${r.topic}`;
    const want = new Map(mem.topicTrends.map((r) => [key(r), r]));
    expect(fromParts).toHaveLength(mem.topicTrends.length);
    for (const r of fromParts) {
      const m = want.get(key(r))!;
      expect(r.adjusted_share, key(r)).toBeCloseTo(m.adjusted_share!, 12);
      expect(r.adjusted_lo, key(r)).toBeCloseTo(m.adjusted_lo!, 12);
    }
    expect(fromParts.some((r) => Math.abs((r.adjusted_share as number) - (r.share as number)) > 0.01)).toBe(true);
    const emerging = await readParquet(path.join(out, 'emerging.parquet'));
    expect(emerging.length).toBeGreaterThan(0);
    expect(emerging.every((r) => r.adjusted_by === 'category' && typeof r.raw_p === 'number')).toBe(true);
    // The CMH statistic of each topic is the in-memory one (q differs: the in-memory run tests themes too).
    for (const r of emerging.filter((e) => e.kind === 'topic')) {
      const m = mem.emergence.rows.find((x) => x.kind === 'topic' && x.topic === r.topic)!;
      expect(r.z as number, String(r.topic)).toBeCloseTo(m.z, 10);
      expect(r.change as number).toBeCloseTo(m.change, 12);
    }
  }, 120_000);

  it('serves the whole corpus from the parts: every paper, its title, terms and tokens as a fit would see them', async () => {
    const out = path.join(dir, 'out');
    const served = await loadRunModel(path.join(out, 'model.json'));
    expect(served.papers).toHaveLength(2937);
    expect(served.termIndex.docCount).toBe(2937);
    expect(served.docTerms).toHaveLength(2937);
    // The topic tree (from the fit sample) reaches the dashboard and hierarchy.csv: k leaves, k - 1 merges.
    expect(served.hierarchy).toHaveLength(2 * served.topics.length - 1);
    expect(readFileSync(path.join(out, 'hierarchy.csv'), 'utf8').trim().split('\n')).toHaveLength(2 * served.topics.length);
    const ids = served.papers.map((p) => p.id);
    expect(ids).toEqual([...ids].sort());
    const { papers } = await readCorpus([input]);
    const byId = new Map(papers.map((p) => [p.id, p]));
    expect(served.papers.every((p) => p.title === byId.get(p.id)?.title)).toBe(true);
    // Topic sizes are the corpus's, and equal the parts' counts.
    const topics = await readParquet(path.join(out, 'topics.parquet'));
    for (const t of topics) expect(served.topics.find((s) => s.id === t.topic)?.size).toBe(t.size);
    // Term rows equal what the estimator computes for the same papers now.
    const est = await TopicEstimator.load(out);
    const some = [...served.papers.keys()].filter((i) => i % 97 === 0);
    const fresh = est.transformBatch(some.map((i) => byId.get(served.papers[i].id)!));
    some.forEach((i, k) => {
      expect(Array.from(served.docTerms[i])).toEqual(Array.from(fresh.docs.terms[k]));
      expect(fresh.placements[k].topic).toBe(served.papers[i].topic);
    });
    // Held as columns: a paper is built when read, and the view refuses writes.
    expect(served.papers[5]).toEqual(served.papers[5]);
    expect(() => { (served.papers as unknown as unknown[])[5] = null; }).toThrow(/read-only/);
    // A word's papers are found among all 2,937, not the 900 of the sample.
    const word = served.termIndex.matchDocs('language');
    const inTitles = papers.filter((p) => /\blanguage\b/i.test(p.title)).length;
    expect(word.length).toBeGreaterThanOrEqual(inTitles);
    expect(word.length).toBeGreaterThan(900 * 0.5);

    const { running, url } = await serve(served, { rateLimit: false, runDir: out });
    try {
      const summary = await (await fetch(url('/api/summary'))).json();
      expect(summary.papers).toBe(2937);
      const docs = await (await fetch(url('/api/documents?q=language'))).json();
      expect(docs.total).toBe(word.length);
      // Snippets come from the parts' .abstracts.tsv files: each is a piece of that paper's abstract.
      for (const d of docs.documents as { id: string; snippet?: string }[]) {
        expect(d.snippet, d.id).toBeTruthy();
        const words = d.snippet!.replace(/…/g, '').trim().split(/\s+/).slice(1, 6).join(' ');
        expect(byId.get(d.id)!.abstract.replace(/\s+/g, ' ')).toContain(words);
      }
      const decoded = decodeMap(Buffer.from(await (await fetch(url('/api/map.bin'))).arrayBuffer()));
      expect(decoded.n).toBe(2937);
      expect(decoded.sampled).toBe(false);
    } finally {
      await running.close();
    }
  });

  it('refuses to serve parts that lost their .terms file, naming it', async () => {
    const out = path.join(dir, 'out');
    const part = path.join(out, 'parts', readdirSync(path.join(out, 'parts')).find((f) => f.endsWith('.terms'))!);
    renameSync(part, part + '.moved');
    try {
      await expect(loadRunModel(path.join(out, 'model.json'))).rejects.toThrow(/\.terms.*run it again/);
    } finally {
      renameSync(part + '.moved', part);
    }
  });

  it('rejects a bad --fit-sample with exit 2 before any work', () => {
    const r = runCli(['run', '--input', 'missing.jsonl', '--out', path.join(dir, 'never'), '--fit-sample', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--fit-sample');
  });
});
