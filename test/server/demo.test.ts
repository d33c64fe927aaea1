import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { repoRoot } from '../helpers/cli.js';

describe('bundled demo corpus (data/demo.jsonl.gz)', () => {
  test('a few thousand complete arXiv papers over two years or more, every month present, small enough for the repo', () => {
    const file = path.join(repoRoot, 'data/demo.jsonl.gz');
    const bytes = readFileSync(file);
    expect(bytes.length).toBeLessThan(1.5e6);
    const papers = gunzipSync(bytes).toString('utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(papers.length).toBeGreaterThanOrEqual(2500);
    expect(new Set(papers.map((p) => p.id)).size).toBe(papers.length);
    for (const p of papers) {
      expect(p.title && p.abstract).toBeTruthy();
      expect(p.id).toMatch(/^\d{4}\.\d{4,5}$/);
    }
    const months = [...new Set(papers.map((p) => p.date.slice(0, 7)))].sort();
    const span = (Date.parse(`${months.at(-1)}-01`) - Date.parse(`${months[0]}-01`)) / (365.25 * 864e5);
    expect(span).toBeGreaterThanOrEqual(2);
    // No month missing between the first and the last.
    const [y0, m0] = months[0].split('-').map(Number);
    const [y1, m1] = months.at(-1).split('-').map(Number);
    expect(months.length).toBe((y1 - y0) * 12 + (m1 - m0) + 1);
  });
});
