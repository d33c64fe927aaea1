import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { parse } from 'csv-parse/sync';
import { loadModel } from '../../src/model/model.js';
import { repoRoot, runCli } from '../helpers/cli.js';
import { serve } from '../server/fixture.js';

/** Titles a spreadsheet would run as formulas (OWASP CSV injection examples). */
const HOSTILE = ["=cmd|' /C calc'!A0", '+SUM(1,2)', '-2+3', '@HYPERLINK("http://evil.example","x")', '=1+1'];

let dir: string;
let hostileIds: string[];
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tt-csv-inj-'));
  const lines = readFileSync(path.join(repoRoot, 'data/seed.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  hostileIds = HOSTILE.map((title, i) => {
    lines[i * 7].title = title;
    return String(lines[i * 7].id);
  });
  writeFileSync(path.join(dir, 'in.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  const r = runCli(['run', '--input', path.join(dir, 'in.jsonl'), '--out', path.join(dir, 'out'), '--no-report', '-q']);
  expect(r.code, r.stderr).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const titlesById = (rows: Record<string, string>[]) => new Map(rows.map((r) => [r.id, r.title]));

describe('CSV formula injection', () => {
  it('documents.csv of a real run prefixes formula-like titles with a quote, and only text cells', () => {
    const text = readFileSync(path.join(dir, 'out/documents.csv'), 'utf8');
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    const titles = titlesById(rows);
    HOSTILE.forEach((title, i) => expect(titles.get(hostileIds[i])).toBe(`'${title}`));
    // No cell of any row starts a formula; negative coordinates stay plain numbers.
    for (const r of rows) for (const [col, v] of Object.entries(r)) if (col !== 'x' && col !== 'y') expect(v, col).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows.some((r) => r.x.startsWith('-') || r.y.startsWith('-'))).toBe(true);
    for (const r of rows) expect(Number.isFinite(Number(r.x)) && Number.isFinite(Number(r.y))).toBe(true);
  });

  it('the export endpoint neutralises the same cells', async () => {
    const model = await loadModel(path.join(dir, 'out/model.json'));
    const s = await serve(model);
    try {
      const res = await fetch(s.url('/api/export/documents.csv'));
      const rows = parse(await res.text(), { columns: true }) as Record<string, string>[];
      const titles = titlesById(rows);
      HOSTILE.forEach((title, i) => expect(titles.get(hostileIds[i])).toBe(`'${title}`));
    } finally {
      await s.running.close(100);
    }
  });

  it('danfojs still reads the coordinate columns as numbers, negatives included', async () => {
    const dfd = await import('danfojs-node');
    const df = await dfd.readCSV(path.join(dir, 'out/documents.csv'));
    const xs = df.column('x').values as unknown[];
    expect(xs.every((v) => typeof v === 'number')).toBe(true);
    expect((xs as number[]).some((v) => v < 0) || (df.column('y').values as number[]).some((v) => v < 0)).toBe(true);
  });

  const hasPandas = spawnSync('/usr/bin/python3', ['-c', 'import pandas'], { encoding: 'utf8' }).status === 0;
  it.runIf(hasPandas)('pandas reads x, y, topic as numbers and the quoted titles as text', () => {
    const script = `import pandas as pd, json, sys
d = pd.read_csv(sys.argv[1], keep_default_na=False, dtype={'id': str})
print(json.dumps({'dtypes': {c: str(d[c].dtype) for c in ['x', 'y', 'topic']}, 'neg': bool((d['x'] < 0).any() or (d['y'] < 0).any()), 'titles': dict(zip(d['id'], d['title']))}))`;
    const r = spawnSync('/usr/bin/python3', ['-c', script, path.join(dir, 'out/documents.csv')], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out.dtypes).toEqual({ x: 'float64', y: 'float64', topic: 'int64' });
    expect(out.neg).toBe(true);
    HOSTILE.forEach((title, i) => expect(out.titles[hostileIds[i]]).toBe(`'${title}`));
  });
});
