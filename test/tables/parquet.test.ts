import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { runPipeline, type RunResult } from '../../src/pipeline/run.js';
import { loadThemes } from '../../src/trends/index.js';
import { readParquet, runTables, toDataFrame, DOCUMENTS, TOPIC_TRENDS, EMERGING, type Table } from '../../src/tables/index.js';
import { repoRoot } from '../helpers/cli.js';

const seed = path.join(repoRoot, 'data/seed.jsonl');
const themes = loadThemes(path.join(repoRoot, 'data/themes.json'));
let dir: string;
let run: RunResult;
let tables: Table[];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'tt-parquet-'));
  run = await runPipeline({ inputs: [seed], out: dir, themes, report: false, tables: 'both', trends: { terms: ['streaming'] } });
  tables = runTables(run.model, run.trends);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The in-memory rows as the Parquet file should hold them: spec columns only, numbers as numbers, a missing number as null. */
function expected(t: Table) {
  return t.rows.map((row) => Object.fromEntries(t.spec.columns.map(({ name, type }) => {
    const v = (row as Record<string, unknown>)[name];
    if (v === undefined || v === null) return [name, type === 'string' ? '' : null];
    return [name, type === 'string' ? String(v) : v];
  })));
}

describe('run --tables both', () => {
  it('writes every table as CSV and as Parquet', () => {
    const files = readdirSync(dir);
    for (const t of tables) {
      expect(files).toContain(`${t.spec.name}.parquet`);
      expect(files).toContain(`${t.spec.name}.csv`);
    }
    expect(tables.map((t) => t.spec.name)).toContain('term_trends');
  });

  it('Parquet tables read back with hyparquet hold exactly the in-memory rows', async () => {
    for (const t of tables) {
      const rows = await readParquet(path.join(dir, `${t.spec.name}.parquet`));
      expect(rows, t.spec.name).toEqual(expected(t));
    }
  });

  it('keeps theme rows of emerging.parquet with a null topic, not 0', async () => {
    const rows = await readParquet(path.join(dir, 'emerging.parquet'));
    const theme = rows.find((r) => r.kind === 'theme');
    expect(theme?.topic).toBeNull();
    expect(rows.some((r) => r.kind === 'topic' && typeof r.topic === 'number')).toBe(true);
  });

  it('DuckDB reads them with the declared column types and the same sums', async () => {
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const db = await DuckDBInstance.create(':memory:');
    const con = await db.connect();
    const file = (name: string) => path.join(dir, `${name}.parquet`).replace(/'/g, "''");
    const described = (await con.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${file('topic_trends')}')`)).getRowObjectsJson();
    const types = Object.fromEntries(described.map((r) => [r.column_name, r.column_type]));
    expect(types).toMatchObject({ period: 'VARCHAR', topic: 'INTEGER', count: 'INTEGER', share: 'DOUBLE', partial: 'BOOLEAN' });
    const sum = (await con.runAndReadAll(`SELECT SUM(count) AS n, COUNT(*) AS rows FROM read_parquet('${file('topic_trends')}')`)).getRowObjectsJson()[0];
    expect(Number(sum.n)).toBe(run.trends.topicTrends.reduce((s, r) => s + r.count, 0));
    expect(Number(sum.rows)).toBe(run.trends.topicTrends.length);
    const docs = (await con.runAndReadAll(`SELECT id, topic, x FROM read_parquet('${file('documents')}') ORDER BY id`)).getRowObjectsJson();
    const byId = [...run.model.papers].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(docs.map((d) => [d.id, d.topic, d.x])).toEqual(byId.map((p) => [p.id, p.topic, p.x]));
    con.closeSync();
    db.closeSync();
  });

  // Debian bookworm packages neither pyarrow nor fastparquet (python3-pyarrow has no candidate), and pandas reads Parquet only through one of them.
  const pandasParquet = spawnSync('/usr/bin/python3', ['-c', 'import pandas, pyarrow'], { encoding: 'utf8' }).status === 0;
  if (!pandasParquet) console.warn('skipping the pandas.read_parquet check: /usr/bin/python3 has no pyarrow (not packaged for this Debian release)');
  it.runIf(pandasParquet)('pandas.read_parquet reads documents.parquet unchanged', () => {
    const script = `import pandas as pd, sys\ndf = pd.read_parquet(sys.argv[1])\nprint(len(df), str(df['topic'].dtype), str(df['x'].dtype))`;
    const out = spawnSync('/usr/bin/python3', ['-c', script, path.join(dir, 'documents.parquet')], { encoding: 'utf8' });
    expect(out.stdout.trim()).toBe(`${run.model.papers.length} int32 float64`);
  });
});

describe('run --tables parquet', () => {
  it('writes no CSV tables', async () => {
    const only = mkdtempSync(path.join(tmpdir(), 'tt-parquet-only-'));
    try {
      const r = await runPipeline({ inputs: [seed], out: only, themes, report: false, tables: 'parquet' });
      const files = readdirSync(only);
      expect(files.filter((f) => f.endsWith('.csv'))).toEqual([]);
      expect(r.files).toContain('topic_trends.parquet');
      expect(existsSync(path.join(only, 'model.json'))).toBe(true);
    } finally {
      rmSync(only, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('toDataFrame', () => {
  it('gives typed columns holding the table rows', async () => {
    const df = await toDataFrame(run.trends.topicTrends, TOPIC_TRENDS);
    expect(df.shape).toEqual([run.trends.topicTrends.length, TOPIC_TRENDS.columns.length]);
    expect(df.columns).toEqual(TOPIC_TRENDS.columns.map((c) => c.name));
    expect(df.column('count').values).toEqual(run.trends.topicTrends.map((r) => r.count));
    expect(df.column('count').dtype).toBe('int32');
    expect(df.column('period').dtype).toBe('string');
    const docs = await toDataFrame(runTables(run.model, undefined)[0].rows, DOCUMENTS);
    expect(docs.column('id').values).toEqual(run.model.papers.map((p) => p.id));
  }, 30_000);

  it('types columns by name when given only names, and turns a missing number into NaN', async () => {
    const rows = runTables(undefined, run.trends).find((t) => t.spec === EMERGING)!.rows;
    const df = await toDataFrame(rows, EMERGING.columns.map((c) => c.name));
    const topics = df.column('topic').values as number[];
    expect(topics.some((v) => Number.isNaN(v))).toBe(true);
    expect(df.column('significant').dtype).toBe('boolean');
  }, 30_000);
});

describe('topictrends run --tables (CLI)', () => {
  it('exits 2 naming --tables for an unknown format, before reading anything', async () => {
    const { runCli } = await import('../helpers/cli.js');
    const r = runCli(['run', '--input', 'no-such-file.jsonl', '--out', path.join(tmpdir(), 'tt-never'), '--tables', 'xlsx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--tables');
  });

  it('writes Parquet tables from the command line', async () => {
    const { runCli } = await import('../helpers/cli.js');
    const out = mkdtempSync(path.join(tmpdir(), 'tt-cli-parquet-'));
    try {
      const r = runCli(['run', '--input', seed, '--out', out, '--tables', 'parquet', '--no-report', '--quiet']);
      expect(r.code, r.stderr).toBe(0);
      const rows = await readParquet(path.join(out, 'topics.parquet'));
      expect(rows.reduce((s, t) => s + (t.size as number), 0)).toBe(89);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
