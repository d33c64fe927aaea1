import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, sharedData } from '../helpers/cli.js';
import { tempDirs } from '../helpers/tmp.js';

const papers = path.join(sharedData, 'papers.jsonl');
const tmp = tempDirs('tt-cli-run-');

describe('topictrends run, as a user runs it', () => {
  it('exits 3 naming a missing input file, and 2 on a bad option value', () => {
    const missing = runCli(['run', '--input', 'no/such/file.jsonl', '--out', tmp(), '-q']);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('no/such/file.jsonl');
    const bad = runCli(['run', '--input', 'data/seed.jsonl', '--out', tmp(), '--bin', 'fortnight']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--bin');
  });

  it('recomputes trends and regenerates the report from a saved model without re-clustering', () => {
    const dir = tmp();
    expect(runCli(['run', '--input', 'data/seed.jsonl', '--out', dir, '--no-report', '-q']).code).toBe(0);
    const model = path.join(dir, 'model.json');
    const before = readFileSync(path.join(dir, 'documents.csv'));
    const t = runCli(['trends', '--model', model, '--bin', 'quarter', '--terms', 'dual-stream, streaming']);
    expect(t.code, t.stderr).toBe(0);
    expect(t.stderr).toMatch(/89 papers, \d+ quarter bins/);
    expect(readFileSync(path.join(dir, 'topic_trends.csv'), 'utf8').split('\n')[1]).toMatch(/^\d{4}-Q[1-4],/);
    expect(readFileSync(path.join(dir, 'term_trends.csv'), 'utf8')).toContain(',dual-stream,');
    // The tracked terms are tested too: emerging.csv lists them (kind term) with the test the corpus allows.
    const terms = readFileSync(path.join(dir, 'emerging.csv'), 'utf8').split('\n').filter((l) => l.startsWith('term,'));
    expect(terms.map((l) => l.split(',')[1])).toEqual(['dual-stream', 'streaming']);
    const r = runCli(['report', '--model', model]);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(path.join(dir, 'report.html'))).toBe(true);
    expect(existsSync(path.join(dir, 'charts/topic-map.svg'))).toBe(true);
    // The clustering is untouched.
    expect(readFileSync(path.join(dir, 'documents.csv')).equals(before)).toBe(true);
    expect(runCli(['trends', '--model', path.join(dir, 'nope.json')]).code).toBe(3);
  });

  // Above 1,000 papers the engine clusters in UMAP space, with both UMAP runs on worker threads:
  // the path users take on real corpora, checked here for byte-identical reruns.
  it.skipIf(!existsSync(papers))('gives byte-identical tables when rerun on 1,500 papers with the same seed', () => {
    const args = (out: string) => ['run', '--input', papers, '--sample', '1500', '--seed', '3', '--out', out, '--no-report', '-q'];
    const a = tmp();
    const b = tmp();
    const ra = runCli(args(a));
    expect(ra.code, ra.stderr).toBe(0);
    // Auto k: the size prior 0.3·√1500 = 12, read against the stability curve around it.
    const said = ra.stderr.match(/k = (\d+): the size prior (\d+)/);
    expect(said, ra.stderr).not.toBeNull();
    expect(Number(said![2])).toBe(12);
    expect(runCli(args(b)).code).toBe(0);
    for (const f of ['documents.csv', 'topics.csv', 'model.json', 'topic_trends.csv', 'theme_trends.csv', 'emerging.csv', 'bursts.csv']) {
      expect(readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f))), f).toBe(true);
    }
    const run = JSON.parse(readFileSync(path.join(a, 'run.json'), 'utf8'));
    expect(run.params.clusterOn).toBe('umap');
    expect(run.counts.kept).toBe(1500);
    expect(run.seconds.umap).toBeGreaterThan(0);
    // The report says how k was chosen: the curve it read, with the chosen row marked.
    expect(runCli(['report', '--model', path.join(a, 'model.json')]).code).toBe(0);
    const page = readFileSync(path.join(a, 'report.html'), 'utf8');
    expect(page).toContain('id="k-choice"');
    expect(page).toContain(`expects about ${said![2]} for this many papers`);
    expect(page).toMatch(new RegExp(`<tr class="chosen"><td class="num">${said![1]}</td>`));
  });
});
