import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readCorpus } from '../../src/corpus/index.js';
import { TopicEstimator } from '../../src/estimator/index.js';
import { transformShard, aggregateParts } from '../../src/store/index.js';
import { readParquet, PART, writeParquet } from '../../src/tables/index.js';
import { repoRoot, runCli, runCliAsync } from '../helpers/cli.js';

const file = path.join(repoRoot, '../shared/data/papers.jsonl');
const hasData = existsSync(file);
if (!hasData) console.warn(`skipping the sharded transform tests: ${file} is absent`);
let dir: string;
let newPapers: string;
let single: Awaited<ReturnType<typeof transformShard>>;

const cli = runCliAsync;

beforeAll(async () => {
  if (!hasData) return;
  dir = mkdtempSync(path.join(tmpdir(), 'tt-shards-'));
  // Fit on 1,500 seeded papers; transform 800 others spread over the whole date range (every 66th line).
  const { papers } = await readCorpus([file], { sample: 1500, seed: 5 });
  const fitted = new Set(papers.map((p) => p.id));
  const est = await new TopicEstimator({ seed: 5, k: 8 }).fit(papers);
  await est.save(path.join(dir, 'model'));
  const lines = readFileSync(file, 'utf8').split('\n').filter((l, i) => l && i % 66 === 0 && !fitted.has(JSON.parse(l).id));
  newPapers = path.join(dir, 'new.jsonl');
  writeFileSync(newPapers, lines.join('\n') + '\n');
  single = await transformShard([newPapers], est, { bin: 'month', batchSize: 97 });
  await writeParquet(path.join(dir, 'single.parquet'), { spec: PART, rows: single.rows });
}, 180_000);
afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

describe.runIf(hasData)('sharded transform', () => {
  it('4 shards in parallel (CLI) + aggregate = one transform over the same model', async () => {
    const runs = await Promise.all([0, 1, 2, 3].map((i) => cli([
      'transform', '--model', path.join(dir, 'model'), '--input', newPapers, '--shard', `${i}/4`, '--bin', 'month', '--out', path.join(dir, 'parts', `part-${i}.parquet`),
    ])));
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    const parts = (await Promise.all([0, 1, 2, 3].map((i) => readParquet(path.join(dir, 'parts', `part-${i}.parquet`)))));
    // Every paper in exactly one shard, and each shard holds some.
    expect(parts.every((p) => p.length > 0)).toBe(true);
    const all = parts.flat();
    expect(all).toHaveLength(single.rows.length);
    const byId = new Map(single.rows.map((r) => [r.id, r]));
    for (const row of all) {
      const one = byId.get(row.id as string)!;
      expect(row.topic, row.id as string).toBe(one.topic);
      expect([row.x, row.y, row.confidence, row.period]).toEqual([one.x, one.y, one.confidence, one.period]);
    }
    // The aggregation of the 4 parts equals that of the single part.
    const model = await TopicEstimator.load(path.join(dir, 'model'));
    const fromParts = await aggregateParts([path.join(dir, 'parts', 'part-*.parquet')], { topics: model.model!.topics });
    const fromSingle = await aggregateParts([path.join(dir, 'single.parquet')], { topics: model.model!.topics });
    expect(fromParts.topicTrends).toEqual(fromSingle.topicTrends);
    const agg = runCli(['aggregate', '--model', path.join(dir, 'model'), '--parts', path.join(dir, 'parts', '*.parquet'), '--out', path.join(dir, 'agg'), '--no-report']);
    expect(agg.code, agg.stderr).toBe(0);
    const csv = readFileSync(path.join(dir, 'agg', 'topic_trends.csv'), 'utf8').trim().split('\n');
    expect(csv.length - 1).toBe(fromSingle.topicTrends.length);
  }, 180_000);

  it('places each paper the same whatever the batch size', async () => {
    const model = await TopicEstimator.load(path.join(dir, 'model'));
    const other = await transformShard([newPapers], model, { bin: 'month', batchSize: 1000 });
    expect(other.rows).toEqual(single.rows);
  }, 120_000);

  it('transform exits 2 on a bad --shard and 3 on a missing model', () => {
    const bad = runCli(['transform', '--model', path.join(dir, 'model'), '--input', newPapers, '--shard', '4/4', '--out', path.join(dir, 'x.parquet')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--shard');
    const missing = runCli(['transform', '--model', path.join(dir, 'nowhere'), '--input', newPapers, '--out', path.join(dir, 'x.parquet')]);
    expect(missing.code).toBe(3);
  });

  it('transform reports its stage on stderr (a bar on a terminal, its time in a log) unless --quiet', () => {
    const args = ['transform', '--model', path.join(dir, 'model'), '--input', newPapers, '--shard', '0/8'];
    const logged = runCli([...args, '--out', path.join(dir, 'logged.parquet')]);
    expect(logged.code).toBe(0);
    expect(logged.stderr).toMatch(/^transform +\d+\.\d\d s$/m);
    const quiet = runCli([...args, '--out', path.join(dir, 'quiet.parquet'), '--quiet']);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).not.toMatch(/^transform /m);
  });
});
