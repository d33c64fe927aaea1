import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, sharedData } from '../helpers/cli.js';
import { jsonl, tempFiles } from './helpers.js';

const data = (name: string) => path.join(repoRoot, 'data', name);

describe.skipIf(!existsSync(path.join(sharedData, 'papers.jsonl')))('inspect on the shared corpus', () => {
  it('reports 52,852 papers from 2024-01-01 to 2026-05-29', () => {
    const r = runCli(['inspect', '--input', '../shared/data/papers.jsonl', '--json']);
    expect(r.stderr).not.toMatch(/error/i);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.kept).toBe(52_852);
    expect(s.read).toBe(52_852);
    expect(s.dateRange).toEqual({ min: '2024-01-01', max: '2026-05-29' });
    expect(s.undated).toBe(0);
    expect(s.perMonth).toHaveLength(29);
    const counts = s.perMonth.map((m: { count: number }) => m.count);
    expect(Math.min(...counts)).toBe(1022);
    expect(Math.max(...counts)).toBe(2654);
    expect(s.sources).toEqual([{ name: 'arxiver', count: 27_672 }, { name: 'daily-arXiv-ai-enhanced', count: 25_180 }]);
    expect(Object.values(s.skipped).every((n) => n === 0)).toBe(true);
  });
});

describe('inspect', () => {
  const t = tempFiles();

  it('prints a readable summary of the bundled listing joined with its dates', () => {
    const r = runCli(['inspect', '-i', data('hf-papers-listing.txt'), '--dates', data('seed-dates.csv')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('papers: 89 kept of 89 read');
    expect(r.stdout).toContain('dates: 2017-03-01 to 2025-04-01; undated 0');
    expect(r.stdout).toMatch(/2024-03\s+\d+ #+/);
    expect(r.stdout).toMatch(/hf-papers-listing\s+89\s+100\.0%/);
    expect(r.stderr).toContain('read 89 rows from 1 file(s): kept 89');
  });

  it('applies filters from the shared options', () => {
    const r = runCli(['inspect', '-i', data('seed.jsonl'), '--from', '2024', '--to', '2024', '--sample', '10', '--seed', '3', '--json']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.kept).toBe(10);
    expect(s.filtered).toEqual({ date: 89 - 32, category: 0, sample: 22 });
    expect(s.dateRange.min >= '2024-01-01' && s.dateRange.max <= '2024-12-31').toBe(true);
    expect(runCli(['inspect', '-i', data('seed.jsonl'), '--from', '2024', '--to', '2024', '--sample', '10', '--seed', '3', '--json']).stdout).toBe(r.stdout);
  });

  it('skips bad rows with messages on stderr, results on stdout', () => {
    const bad = t.write('bad.jsonl', jsonl([{ id: '1', title: 'A', abstract: 'B' }]) + '{oops\n' + jsonl([{ id: '2', title: 'C' }]));
    const r = runCli(['inspect', '-i', bad, '--json']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect([s.read, s.kept, s.skipped.malformed, s.skipped['missing-abstract']]).toEqual([3, 1, 1, 1]);
    expect(r.stderr).toContain(`${bad}:2: malformed`);
    expect(r.stderr).toContain(`${bad}:3: missing-abstract`);
  });

  it('--strict stops at the first bad row with exit code 3', () => {
    const bad = t.write('strict.jsonl', jsonl([{ id: '1', title: 'A', abstract: 'B' }, { id: '2', title: 'C', abstract: 'D', date: 'soon' }]));
    const r = runCli(['inspect', '-i', bad, '--strict']);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${bad}:2: unparseable date "soon"`);
  });

  it('a missing file exits 3 naming the path', () => {
    const r = runCli(['inspect', '-i', data('seed.jsonl'), 'no/such/file.jsonl']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('no/such/file.jsonl: file not found');
  });

  it('reads a CSV whose columns are named by flags', () => {
    const csv = t.write('named.csv', 'ref,heading,body,published_on\n2401.1v1,"A, title","Some ""quoted"" text",2024-01\n');
    const r = runCli(['inspect', '-i', csv, '--id-field', 'ref', '--title-field', 'heading', '--abstract-field', 'body', '--date-field', 'published_on', '--json']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect([s.kept, s.dateRange, s.datePrecision]).toEqual([1, { min: '2024-01-01', max: '2024-01-01' }, [{ name: 'month', count: 1 }]]);
  });

  it('a CSV without the needed columns exits 3 listing the columns', () => {
    const csv = t.write('x.csv', 'name,text\nA,B\n');
    const r = runCli(['inspect', '-i', csv]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('Columns found: "name", "text"');
  });

  it.each([
    [['--sample', '0'], '--sample must be an integer >= 1'],
    [['--seed', 'abc'], '--seed must be an integer >= 0'],
    [['--from', 'last week'], '--from must be a date'],
    [['--from', '2025', '--to', '2024'], 'is after --to'],
    [['--category-mode', 'some'], '--category-mode must be primary or any'],
    [['--format', 'xml'], '--format must be one of jsonl, json, csv, hf-listing, arxiv'],
  ])('rejects bad option values %j with exit code 2', (args, message) => {
    const r = runCli(['inspect', '-i', data('seed.jsonl'), ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it('requires --input', () => {
    const r = runCli(['inspect']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--input/);
  });
});
