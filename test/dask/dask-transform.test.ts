/**
 * scripts/dask_transform.py end to end on a Dask cluster of separate OS
 * processes (a scheduler and two workers on 127.0.0.1): the parts and trend
 * tables must equal one `transform` + `aggregate` of the same input, also when
 * a worker is SIGKILLed mid-job; a malformed file fails fast, named.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet';
import { repoRoot, runCli, sharedData } from '../helpers/cli.js';
import { killGroup, pythonWithDask, runner, runningShard, startCluster, stop, type Proc } from './processes.js';

const data = path.join(sharedData, 'papers.jsonl');
const python = existsSync(data) ? pythonWithDask() : undefined;
const skip = !existsSync(data) ? `${data} is absent` : !python ? 'no python3 imports distributed (apt-get install python3-distributed)' : '';
if (skip) console.warn(`skipping the Dask transform tests: ${skip}`);

let dir: string;
let inputs: string[];
let clean: string;
let linesIn: number;
let cluster: Awaited<ReturnType<typeof startCluster>> | undefined;
const model = () => path.join(dir, 'model');

type Row = Record<string, unknown>;
async function partRows(partsDir: string): Promise<Map<string, Row>> {
  const rows = new Map<string, Row>();
  for (const f of readdirSync(partsDir).filter((f) => f.endsWith('.parquet'))) {
    const file = await asyncBufferFromFile(path.join(partsDir, f));
    for (const row of await parquetReadObjects({ file }) as Row[]) {
      expect(rows.has(row.id as string), `${row.id} in two parts`).toBe(false);
      rows.set(row.id as string, row);
    }
  }
  return rows;
}

const tables = (out: string) => readdirSync(out).filter((f) => f.endsWith('.csv')).sort();

/** The Dask run's parts and tables equal the one-process run's, paper by paper and byte by byte. */
async function expectSameAsOneProcess(out: string) {
  const [one, dask] = await Promise.all([partRows(path.join(dir, 'single', 'parts')), partRows(path.join(out, 'parts'))]);
  expect(dask.size).toBe(one.size);
  for (const [id, row] of one) {
    const other = dask.get(id);
    expect(other, `${id} missing from the Dask parts`).toBeDefined();
    expect([other!.topic, other!.x, other!.y, other!.confidence, other!.period], id).toEqual([row.topic, row.x, row.y, row.confidence, row.period]);
  }
  expect(tables(out)).toEqual(tables(path.join(dir, 'single')));
  expect(tables(out)).toContain('topic_trends.csv');
  for (const t of tables(out)) expect(readFileSync(path.join(out, t), 'utf8'), t).toBe(readFileSync(path.join(dir, 'single', t), 'utf8'));
  return one.size;
}

function expectSummary(stdout: string, placed: number, shards: number) {
  const summary = JSON.parse(stdout);
  expect(summary.shards).toBe(shards);
  // Two malformed lines were planted in the input: read, skipped, not placed.
  expect(summary.papers).toEqual({ in: linesIn, placed, skipped: linesIn - placed, unaccounted: 0 });
  expect(summary.papers.skipped).toBe(2);
  expect(summary.per_shard.reduce((a: number, s: { placed: number }) => a + s.placed, 0)).toBe(placed);
  return summary;
}

beforeAll(async () => {
  if (skip) return;
  mkdirSync(path.join(repoRoot, 'test/.tmp'), { recursive: true });
  dir = mkdtempSync(path.join(repoRoot, 'test/.tmp', 'dask-'));
  // Fit on every 20th paper (2,643 over the whole range), place the next 2,643 in two files plus two bad rows.
  const lines = readFileSync(data, 'utf8').split('\n').filter(Boolean);
  writeFileSync(path.join(dir, 'fit.jsonl'), lines.filter((_, i) => i % 20 === 0).join('\n') + '\n');
  const place = lines.filter((_, i) => i % 20 === 1);
  const half = place.length >> 1;
  inputs = [path.join(dir, 'in-a.jsonl'), path.join(dir, 'in-b.jsonl')];
  writeFileSync(inputs[0], [...place.slice(0, half), '{"id": "broken", "title":'].join('\n') + '\n');
  writeFileSync(inputs[1], [...place.slice(half), '{"id": "no-abstract", "title": "t", "date": "2025-01-01"}'].join('\n') + '\n');
  linesIn = place.length + 2;
  clean = path.join(dir, 'clean.jsonl');
  writeFileSync(clean, place.slice(0, 400).join('\n') + '\n');
  const fit = runCli(['run', '--input', path.join(dir, 'fit.jsonl'), '--out', model(), '--k', '8', '--no-report']);
  expect(fit.code, fit.stderr).toBe(0);
  const one = runCli(['transform', '--model', model(), '--input', ...inputs, '--bin', 'month', '--out', path.join(dir, 'single', 'parts', 'part.parquet')]);
  expect(one.code, one.stderr).toBe(0);
  const agg = runCli(['aggregate', '--model', model(), '--parts', path.join(dir, 'single', 'parts', '*.parquet'), '--out', path.join(dir, 'single')]);
  expect(agg.code, agg.stderr).toBe(0);
  cluster = await startCluster(python!, 2);
}, 240_000);

afterAll(async () => {
  if (cluster) await stop(cluster.all);
  if (dir) rmSync(dir, { recursive: true, force: true });
}, 30_000);

describe.runIf(!skip)('dask_transform.py on a scheduler and two worker processes', () => {
  const run = (out: string, extra: string[]) => runner(python!, [
    '--model', model(), '--input', ...inputs, '--scheduler', cluster!.address, '--bin', 'month', '--out', out, '--no-report', ...extra,
  ]);

  it('gives the same parts and trend tables as one transform + aggregate', async () => {
    const out = path.join(dir, 'dask');
    const res = await run(out, ['--shards', '6']);
    expect(res.code, res.log).toBe(0);
    const placed = await expectSameAsOneProcess(out);
    const summary = expectSummary(res.stdout, placed, 6);
    // Both workers took shards.
    expect(new Set(summary.per_shard.map((s: { worker: string }) => s.worker)).size).toBe(2);
    expect(existsSync(path.join(out, 'parts', '.tmp'))).toBe(false);
  }, 150_000);

  it("reproduces a scaled `run`'s own trend tables from its model", async () => {
    // `run` above its threshold fits a sample and transforms + aggregates everything itself.
    const scaled = path.join(dir, 'scaled');
    const fit = runCli(['run', '--input', ...inputs, '--scale-threshold', '1000', '--fit-sample', '1500', '--k', '6', '--out', scaled, '--no-report']);
    expect(fit.code, fit.stderr).toBe(0);
    const out = path.join(dir, 'dask-scaled');
    const res = await runner(python!, ['--model', scaled, '--input', ...inputs, '--scheduler', cluster!.address, '--out', out, '--no-report']);
    expect(res.code, res.log).toBe(0);
    for (const t of ['topic_trends.csv', 'category_trends.csv', 'emerging.csv']) {
      expect(readFileSync(path.join(out, t), 'utf8'), t).toBe(readFileSync(path.join(scaled, t), 'utf8'));
    }
  }, 150_000);

  it('still gives the same result when a worker is killed (SIGKILL) mid-job', async () => {
    const out = path.join(dir, 'dask-kill');
    const pending = run(out, ['--shards', '12']);
    // Kill, after the first part appears, a worker that is running a shard right now.
    let victim: Proc | undefined;
    let lost: string | undefined;
    const end = Date.now() + 60_000;
    while (!victim && Date.now() < end) {
      await new Promise((r) => setTimeout(r, 50));
      const parts = existsSync(path.join(out, 'parts')) ? readdirSync(path.join(out, 'parts')).filter((f) => f.endsWith('.parquet')) : [];
      if (parts.length === 0) continue;
      victim = cluster!.workers.find((w) => (lost = runningShard(w)) !== undefined);
    }
    expect(victim, 'no worker was running a shard after the first part').toBeDefined();
    killGroup(victim!, 'SIGKILL');
    const res = await pending;
    expect(res.code, res.log).toBe(0);
    const placed = await expectSameAsOneProcess(out);
    const summary = expectSummary(res.stdout, placed, 12);
    // The shard the dead worker was running was done again by the other one.
    const redone = summary.per_shard.find((s: { shard: number }) => s.shard === Number(lost!.split('/')[0]));
    expect(redone.worker.endsWith(`:${victim!.child.pid}`)).toBe(false);
    expect(cluster!.scheduler.log()).toContain('Remove worker');
  }, 150_000);

  it('reports a malformed file with its name and exits non-zero without retrying', async () => {
    const bad = path.join(dir, 'malformed.jsonl');
    writeFileSync(bad, '{"id": "2401.1", "title": "t", "abstract": "a b c", "date": "2024-01-0\nnot json\n');
    const out = path.join(dir, 'dask-bad');
    const res = await runner(python!, [
      '--model', model(), '--input', clean, bad, clean, '--by-file', '--strict', '--scheduler', cluster!.address, '--out', out,
    ]);
    expect(res.code, res.log).toBe(3);
    expect(res.log).toContain(`shard 1 (input ${bad}) failed: bad input data (transform exit 3)`);
    expect(res.log).toMatch(/malformed\.jsonl:1: bad JSON/);
    // 3.7 s at load 5 and 14 s at load 20 on 2 cores; three attempts of every shard would take several times that.
    expect(res.seconds).toBeLessThan(60);
    expect(existsSync(path.join(out, 'topic_trends.csv'))).toBe(false);
    // Returned as a failure, not raised: a raised error would show as "Compute Failed" and be retried.
    for (const w of cluster!.workers) expect(w.log()).not.toContain('Compute Failed');
  }, 60_000);
});
