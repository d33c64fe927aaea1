import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { runCli, sharedData } from '../helpers/cli.js';
import { writeNpy } from '../../src/vectorize/index.js';
import { ari } from '../../src/cluster/index.js';
import { gaussian, mulberry32 } from '../../src/util/random.js';

/**
 * --embeddings end to end: 400 real abstracts get vectors around two distant
 * means by a random split that the text knows nothing of. Clustering on the
 * vectors must find that split; clustering on the text must not.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'tt-emb-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const p = (f: string) => path.join(dir, f);
const D = 8;
let ids: string[] = [];
let planted: number[] = [];

beforeAll(() => {
  const lines = readFileSync(path.join(sharedData, 'labeled.jsonl'), 'utf8').split('\n').filter(Boolean).filter((_, i) => i % 25 === 0); // 400 papers spread over the file's dates
  const random = mulberry32(11);
  planted = lines.map(() => (random() < 0.5 ? 0 : 1));
  const rows = lines.map((l, i) => ({ ...JSON.parse(l), planted: `g${planted[i]}` }));
  ids = rows.map((r) => r.id);
  writeFileSync(p('corpus.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const X = new Float32Array(ids.length * D);
  ids.forEach((_, i) => {
    for (let c = 0; c < D; c++) X[i * D + c] = (c === 0 ? (planted[i] ? 4 : -4) : 0) + gaussian(random);
  });
  writeFileSync(p('emb.npy'), writeNpy(X, ids.length, D));
  writeFileSync(p('emb.npy.ids.txt'), ids.join('\n') + '\n');
  writeFileSync(p('emb.jsonl'), ids.map((id, i) => JSON.stringify({ id, vector: Array.from(X.subarray(i * D, (i + 1) * D)) })).join('\n') + '\n');
});

const topicsOf = (out: string) => {
  const docs = parse(readFileSync(path.join(out, 'documents.csv')), { columns: true }) as { id: string; topic: string; topic_label: string }[];
  const byId = new Map(docs.map((d) => [d.id, d]));
  return ids.map((id) => byId.get(id)!);
};

describe('run/eval --embeddings', () => {
  it('clusters on the given vectors (.npy + ids file) while labels stay words from the text', () => {
    const r = runCli(['run', '--input', p('corpus.jsonl'), '--embeddings', p('emb.npy'), '--k', '2', '--out', p('run'), '--no-report', '-q']);
    expect(r.code, r.stderr).toBe(0);
    const docs = topicsOf(p('run'));
    expect(ari(planted, docs.map((d) => Number(d.topic)))).toBeGreaterThan(0.95);
    expect(docs[0].topic_label).toMatch(/[a-z]{3,}/);
    const run = JSON.parse(readFileSync(p('run/run.json'), 'utf8'));
    expect(run.params.embeddings).toBe(p('emb.npy'));
    // Without the vectors the text cannot see the random split.
    const text = runCli(['run', '--input', p('corpus.jsonl'), '--k', '2', '--out', p('text'), '--no-report', '-q']);
    expect(text.code, text.stderr).toBe(0);
    expect(ari(planted, topicsOf(p('text')).map((d) => Number(d.topic)))).toBeLessThan(0.1);
  });

  it('eval reads JSON Lines vectors and reports coherence and diversity', () => {
    const r = runCli(['eval', '--input', p('corpus.jsonl'), '--embeddings', p('emb.jsonl'), '--label-field', 'planted', '--k', '2', '-q']);
    expect(r.code, r.stderr).toBe(0);
    const scores = JSON.parse(r.stdout);
    expect(scores.nmi).toBeGreaterThan(0.9);
    expect(scores.coherence).toBeGreaterThan(-1);
    expect(scores.coherence).toBeLessThan(1);
    expect(scores.diversity).toBeGreaterThan(0);
  });

  it('exits 3 naming the file and the first id or line that does not match', () => {
    writeFileSync(p('short.ids.txt'), ids.slice(1).join('\n') + '\n');
    writeFileSync(p('short.npy'), readFileSync(p('emb.npy')));
    writeFileSync(p('short.npy.ids.txt'), [...ids.slice(1), 'not-a-paper'].join('\n'));
    let r = runCli(['run', '--input', p('corpus.jsonl'), '--embeddings', p('short.npy'), '--out', p('bad'), '-q']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`${p('short.npy')}: no vector for 1 of 400 papers (first: ${ids[0]})`);
    r = runCli(['run', '--input', p('corpus.jsonl'), '--embeddings', p('emb.npy'), '--embedding-ids', p('short.ids.txt'), '--out', p('bad'), '-q']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('399 ids but');
    const lines = readFileSync(p('emb.jsonl'), 'utf8').split('\n');
    lines[6] = JSON.stringify({ id: ids[6], vector: [1, 2, 3] });
    writeFileSync(p('wrong-dim.jsonl'), lines.join('\n'));
    r = runCli(['eval', '--input', p('corpus.jsonl'), '--embeddings', p('wrong-dim.jsonl'), '-q']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`${p('wrong-dim.jsonl')}:7: vector has 3 dimensions, earlier lines have 8`);
    r = runCli(['run', '--input', p('corpus.jsonl'), '--embedding-ids', p('short.ids.txt'), '--out', p('bad'), '-q']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--embedding-ids needs --embeddings');
  });
});
