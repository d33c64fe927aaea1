/**
 * Issue #22, cases 2 and 7: parts carry their model's fingerprint, bin and
 * input; aggregate refuses a mix it cannot sum and counts each paper once;
 * aggregate and transform never overwrite a file that is not theirs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { runCli } from '../helpers/cli.js';
import { modelFingerprint, readPartIdentity } from '../../src/store/index.js';
import { PART, readParquet, writeParquet } from '../../src/tables/index.js';
import { fit, hasData, paperLines, workDir, writeLines } from './fixture.js';

let dir: string;
let a: string;
let b: string;
let runA: string;
let runB: string;

function transform(model: string, input: string, out: string, extra: string[] = []) {
  return runCli(['transform', '--model', model, '--input', input, '--out', out, ...extra]);
}

function aggregate(parts: string[], out: string, model = runA) {
  return runCli(['aggregate', '--model', model, '--parts', ...parts, '--out', out, '--no-report']);
}

beforeAll(() => {
  if (!hasData) return;
  dir = workDir('parts');
  a = writeLines(dir, 'a.jsonl', paperLines(0, 400));
  b = writeLines(dir, 'b.jsonl', paperLines(400, 800));
  runA = fit(a, path.join(dir, 'runA'));
  runB = fit(b, path.join(dir, 'runB'));
  for (const [model, input, out, bin] of [[runA, a, 'pA/a.parquet', 'month'], [runA, b, 'pA/b.parquet', 'month'], [runB, b, 'pB/b.parquet', 'month'], [runA, b, 'pA/b-week.parquet', 'week']]) {
    const r = transform(model, input, path.join(dir, out), ['--bin', bin]);
    if (r.code !== 0) throw new Error(r.stderr);
  }
});
afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

const part = (f: string) => path.join(dir, f);

describe.runIf(hasData)('parts carry their identity', () => {
  it('a part records the fingerprint of the model.json that placed it, its bin and its input', async () => {
    const id = await readPartIdentity(part('pA/a.parquet'));
    expect(id).toMatchObject({ model: await modelFingerprint(runA), bin: 'month', inputs: [a] });
    expect((await readPartIdentity(part('pB/b.parquet')))!.model).not.toBe(id!.model);
  });

  it('case 2: parts of two models are refused (exit 3) naming the foreign part', () => {
    const r = aggregate([part('pA/a.parquet'), part('pB/b.parquet')], part('agg-models'));
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toContain(part('pB/b.parquet'));
    expect(r.stderr).not.toContain(`another model than ${runA}/model.json: ${part('pA/a.parquet')}`);
    expect(existsSync(part('agg-models'))).toBe(false);
  });

  it('case 2: a week part with a month part is refused (exit 3) naming both', () => {
    const r = aggregate([part('pA/a.parquet'), part('pA/b-week.parquet')], part('agg-bins'));
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toMatch(/week: .*b-week\.parquet/);
    expect(r.stderr).toMatch(/month: .*a\.parquet/);
  });

  it('case 2: the same part under two names counts its papers once and says how many rows it dropped', () => {
    copyFileSync(part('pA/a.parquet'), part('pA/a-copy.parquet'));
    const r = aggregate([part('pA/a.parquet'), part('pA/a-copy.parquet'), part('pA/b.parquet')], part('agg-dup'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/400 rows dropped/);
    expect(r.stderr).toMatch(/800 papers/);
    const run = JSON.parse(readFileSync(part('agg-dup/run.json'), 'utf8'));
    expect(run.counts).toMatchObject({ rows: 1200, papers: 800, duplicates: 400 });
    const rows = parse(readFileSync(part('agg-dup/topic_trends.csv'), 'utf8'), { columns: true }) as { count: string }[];
    const counted = rows.reduce((s, row) => s + Number(row.count), 0);
    expect(counted).toBe(800);
  });

  it("case 2: --out over a user's folder is refused (exit 2) and its report.html kept; --out FILE is exit 2 naming --out", () => {
    const user = part('user');
    mkdirSync(user);
    writeFileSync(path.join(user, 'report.html'), 'mine');
    const r = aggregate([part('pA/a.parquet')], user);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(`--out ${user}`);
    expect(readFileSync(path.join(user, 'report.html'), 'utf8')).toBe('mine');
    const f = aggregate([part('pA/a.parquet')], a);
    expect(f.code, f.stderr).toBe(2);
    expect(f.stderr).toContain(`--out ${a}`);
  });

  it('case 7: transform --out model.json (or any non-part) is refused before any work, writing nothing beside it', () => {
    const modelJson = path.join(runA, 'model.json');
    const before = readFileSync(modelJson);
    const listing = readdirSync(runA).sort();
    const r = transform(runA, a, modelJson);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/--out/);
    expect(readFileSync(modelJson).equals(before)).toBe(true);
    expect(readdirSync(runA).sort()).toEqual(listing);
    const foreign = transform(runA, a, part('pB/b.parquet'));
    expect(foreign.code, foreign.stderr).toBe(2);
    expect(foreign.stderr).toMatch(/not a part written with this model/);
  });

  it('case 2: a part without identity whose topics the model lacks is refused (exit 3), not silently dropped', async () => {
    // As parts written before the identity: no metadata, and 44 papers of a topic the model does not have.
    const rows = (await readParquet(part('pA/a.parquet'))).map((r, i) => (i < 44 ? { ...r, topic: 42 } : r));
    await writeParquet(part('legacy/a.parquet'), { spec: PART, rows: rows as never[] });
    const r = aggregate([part('legacy/a.parquet')], part('agg-legacy'));
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toMatch(/44 papers of the parts have topic ids .* does not have \(42\)/);
  });

  it('case 7: transform may rewrite a part of the same model', () => {
    const again = transform(runA, a, part('pA/a.parquet'), ['--bin', 'month']);
    expect(again.code, again.stderr).toBe(0);
  });

  it('transform --shard 0/99999999999 is a usage error (exit 2), not an empty part', () => {
    const r = transform(runA, a, part('pA/huge.parquet'), ['--shard', '0/99999999999']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/--shard/);
    expect(existsSync(part('pA/huge.parquet'))).toBe(false);
  });
});
