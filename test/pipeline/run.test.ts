import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TERM_TREND_COLUMNS } from '../../src/analysis/index.js';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { runPipeline, type RunResult } from '../../src/pipeline/run.js';
import { loadModel } from '../../src/model/model.js';
import { loadThemes } from '../../src/trends/index.js';
import { repoRoot } from '../helpers/cli.js';

const seed = path.join(repoRoot, 'data/seed.jsonl');
const themes = loadThemes(path.join(repoRoot, 'data/themes.json'));
const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(path.join(tmpdir(), 'tt-run-'));
  dirs.push(d);
  return d;
};
const read = (dir: string, f: string) => readFileSync(path.join(dir, f));

let a: RunResult;
let dirA: string;
beforeAll(async () => {
  dirA = tmp();
  a = await runPipeline({ inputs: [seed], out: dirA, themes, report: false });
});
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('runPipeline on the bundled seed corpus', () => {
  it('accounts for every paper: read = analysed + skipped + filtered', () => {
    const r = a.read;
    const skipped = Object.values(r.skipped).reduce((x, y) => x + y, 0);
    const filtered = Object.values(r.filtered).reduce((x, y) => x + y, 0);
    expect(r.read).toBe(89);
    expect(r.kept + skipped + filtered).toBe(r.read);
    expect(a.model.papers).toHaveLength(r.kept);
    expect(a.model.topics.reduce((s, t) => s + t.size, 0)).toBe(r.kept);
  });

  it('numbers topics by size, largest first, and labels them with words, not stems', () => {
    const sizes = a.model.topics.map((t) => t.size);
    expect([...sizes].sort((x, y) => y - x)).toEqual(sizes);
    const terms = a.model.topics.flatMap((t) => t.terms.map((x) => x.term));
    expect(terms).not.toContain('distil');
    for (const t of a.model.topics) {
      expect(t.label.split(', ').length).toBeGreaterThanOrEqual(2);
      expect(t.representativeIds).toHaveLength(3);
    }
  });

  it('finds a topic about distillation', () => {
    const withDistillation = a.model.topics.filter((t) => t.terms.some((x) => /distillation/.test(x.term)));
    expect(withDistillation.length).toBeGreaterThan(0);
  });

  it('writes the documented files with their columns', () => {
    for (const f of ['documents.csv', 'topics.csv', 'model.json', 'run.json', 'topic_trends.csv', 'theme_trends.csv', 'emerging.csv', 'bursts.csv']) {
      expect(existsSync(path.join(dirA, f)), f).toBe(true);
    }
    expect(read(dirA, 'documents.csv').toString().split('\n')[0]).toBe('id,title,date,categories,source,topic,topic_label,machine_label,hidden,x,y,confidence,novel,subtopic');
    expect(read(dirA, 'topics.csv').toString().split('\n')[0]).toBe('topic,size,label,machine_label,hidden,top_terms,representative_ids');
    const run = JSON.parse(read(dirA, 'run.json').toString());
    expect(run.params.seed).toBe(42);
    expect(run.counts.read).toBe(89);
    expect(run.seconds.svd).toBeGreaterThan(0);
    expect(run.peakRssMb).toBeGreaterThan(0);
  });

  it('is reproducible: same input and seed give byte-identical outputs; another seed differs', async () => {
    const dirB = tmp();
    await runPipeline({ inputs: [seed], out: dirB, themes, report: false });
    for (const f of ['documents.csv', 'topics.csv', 'model.json', 'topic_trends.csv', 'theme_trends.csv', 'emerging.csv']) {
      expect(read(dirB, f).equals(read(dirA, f)), f).toBe(true);
    }
    const dirC = tmp();
    await runPipeline({ inputs: [seed], out: dirC, themes, report: false, engine: { seed: 7 } });
    expect(read(dirC, 'documents.csv').equals(read(dirA, 'documents.csv'))).toBe(false);
  });

  it('saves a model that reloads to the same papers, topics and term index', async () => {
    const m = await loadModel(path.join(dirA, 'model.json'));
    expect(m.papers.map((p) => p.id)).toEqual(a.model.papers.map((p) => p.id));
    expect(m.topics).toEqual(a.model.topics);
    expect(Array.from(m.termIndex.matchDocs('distillation'))).toEqual(Array.from(a.model.termIndex.matchDocs('distillation')));
    expect(m.docTerms.map((d) => d.length)).toEqual(a.model.docTerms.map((d) => d.length));
  });
});

describe('term trends', () => {
  it('track any word or phrase asked for, from the term index, per bin (term_trends.csv)', async () => {
    const dir = tmp();
    const r = await runPipeline({ inputs: [seed], out: dir, themes, report: false, trends: { bin: 'year', terms: ['dual-stream', 'knowledge distillation'] } });
    const lines = read(dir, 'term_trends.csv').toString().trim().split('\n');
    expect(lines[0]).toBe(TERM_TREND_COLUMNS.join(','));
    const rows = lines.slice(1).map((l) => l.split(','));
    for (const term of ['dual-stream', 'knowledge distillation']) {
      const total = rows.filter((x) => x[1] === term).reduce((sum, x) => sum + Number(x[2]), 0);
      expect(total, term).toBe(r.model.termIndex.matchDocs(term).length);
      expect(total, term).toBeGreaterThan(0);
    }
  });
});

describe('CSV output is RFC 4180', () => {
  it('round-trips titles with commas and quotes through danfojs', async () => {
    const dfd = await import('danfojs-node');
    const df = await dfd.readCSV(path.join(dirA, 'documents.csv'));
    expect(df.shape[0]).toBe(89);
    const titles = df.column('title').values as string[];
    expect(titles).toEqual(a.model.papers.map((p) => p.title));
    expect(titles.some((t) => t.includes(','))).toBe(true);
  });

  const hasPandas = spawnSync('/usr/bin/python3', ['-c', 'import pandas'], { encoding: 'utf8' }).status === 0;
  it.runIf(hasPandas)('reads unchanged with pandas.read_csv', () => {
    const script = `import pandas as pd, json, sys
d = pd.read_csv(sys.argv[1], keep_default_na=False, dtype={'id': str})
t = pd.read_csv(sys.argv[2])
print(json.dumps({'rows': len(d), 'cols': list(d.columns), 'titles': list(d['title']), 'topics': len(t)}))`;
    const r = spawnSync('/usr/bin/python3', ['-c', script, path.join(dirA, 'documents.csv'), path.join(dirA, 'topics.csv')], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out.rows).toBe(89);
    expect(out.topics).toBe(a.model.topics.length);
    expect(out.titles).toEqual(a.model.papers.map((p) => p.title));
  });
});
