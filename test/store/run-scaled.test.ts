import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readParquet } from '../../src/tables/index.js';
import { repoRoot, runCli } from '../helpers/cli.js';

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
    const trends = await readParquet(path.join(out, 'topic_trends.parquet'));
    expect(trends.reduce((s, t) => s + (t.count as number), 0)).toBe(2937);
    for (const t of topics) {
      expect(trends.filter((r) => r.topic === t.topic).reduce((s, r) => s + (r.count as number), 0)).toBe(t.size);
      expect(rows.filter((r) => r.topic === t.topic).length).toBe(t.size);
    }
  });

  it('rejects a bad --fit-sample with exit 2 before any work', () => {
    const r = runCli(['run', '--input', 'missing.jsonl', '--out', path.join(dir, 'never'), '--fit-sample', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--fit-sample');
  });
});
