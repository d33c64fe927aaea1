import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readCorpus } from '../../src/corpus/index.js';
import { StratifiedSampler } from '../../src/store/index.js';
import { repoRoot } from '../helpers/cli.js';

const file = path.join(repoRoot, '../shared/data/papers.jsonl');
const hasData = existsSync(file);
if (!hasData) console.warn(`skipping the stratified sample tests: ${file} is absent`);
let papers: { id: string; date?: string }[] = [];
let streamedKept = 0;

beforeAll(async () => {
  if (!hasData) return;
  // onPaper streams: the result holds no papers, the report still counts them.
  const result = await readCorpus([file], { onPaper: (p) => papers.push({ id: p.id, date: p.date }) });
  expect(result.papers).toHaveLength(0);
  streamedKept = result.report.kept;
}, 60_000);

function sample(rows: typeof papers, size: number, seed: number): string[] {
  const s = new StratifiedSampler(size, seed);
  for (const p of rows) s.add(p.id, p.date);
  return rows.filter((p) => s.keeps(p.id, p.date)).map((p) => p.id);
}
const month = (rows: typeof papers) => {
  const m = new Map<string, number>();
  for (const p of rows) m.set(p.date!.slice(0, 7), (m.get(p.date!.slice(0, 7)) ?? 0) + 1);
  return m;
};

describe.runIf(hasData)('StratifiedSampler on papers.jsonl', () => {
  it('streams every paper through onPaper', () => {
    expect(papers.length).toBe(streamedKept);
    expect(papers.length).toBe(52_852);
  });

  it('keeps exactly the requested size with each month in proportion (within one paper)', () => {
    const kept = new Set(sample(papers, 5000, 42));
    expect(kept.size).toBe(5000);
    const all = month(papers);
    const got = month(papers.filter((p) => kept.has(p.id)));
    expect(got.size).toBe(all.size);
    for (const [m, n] of all) expect(Math.abs(got.get(m)! - (5000 * n) / papers.length)).toBeLessThanOrEqual(1);
  });

  it('picks the same papers in any input order, other papers for another seed', () => {
    const a = sample(papers, 3000, 42).sort();
    const reversed = sample([...papers].reverse(), 3000, 42).sort();
    expect(reversed).toEqual(a);
    const other = new Set(sample(papers, 3000, 43));
    expect(a.filter((id) => other.has(id)).length).toBeLessThan(600);
  });
});
