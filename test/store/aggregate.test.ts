import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runPipeline, type RunResult } from '../../src/pipeline/run.js';
import { aggregateParts, binOfKey, expandParts, partRows, periodKey, trendTablesFromParts } from '../../src/store/index.js';
import { computeTrendTables } from '../../src/analysis/index.js';
import { BIN_UNITS, dayNumber } from '../../src/trends/index.js';
import { PART, writeParquet } from '../../src/tables/index.js';
import { repoRoot } from '../helpers/cli.js';

const papers = path.join(repoRoot, '../shared/data/papers.jsonl');
const hasData = existsSync(papers);
if (!hasData) console.warn(`skipping the aggregation tests: ${papers} is absent`);

let dir: string;
let run: RunResult;
let parts: string[];

beforeAll(async () => {
  if (!hasData) return;
  dir = mkdtempSync(path.join(tmpdir(), 'tt-aggregate-'));
  // 3,000 real papers over 29 months: monthly bins, partial first and last months, a few topics.
  // Raw and adjusted: the in-memory run is unadjusted; adjusted tables are computed beside it.
  run = await runPipeline({ inputs: [papers], read: { sample: 3000, seed: 7 }, engine: { k: 8, seed: 7 }, out: dir, report: false, trends: { adjustBy: 'none' } });
  const rows = partRows(run.model.papers, run.trends.bin);
  // Three uneven parts, as shards of different sizes would give.
  const cuts = [0, 500, 1900, rows.length];
  parts = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const file = path.join(dir, `part-${i}.parquet`);
    await writeParquet(file, { spec: PART, rows: rows.slice(cuts[i], cuts[i + 1]) });
    parts.push(file);
  }
}, 120_000);
afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

describe.runIf(hasData)('aggregateParts (portable SQL on DuckDB)', () => {
  it('gives the same topic trend table as the in-memory run: periods, counts, shares, totals, partial flags', async () => {
    const agg = await aggregateParts(parts, { bin: run.trends.bin, topics: run.model.topics });
    expect(run.trends.bin).toBe('month');
    const strip = ({ adjusted_share: _s, adjusted_lo: _l, adjusted_hi: _h, ...r }: { top_terms: string; adjusted_share?: number; adjusted_lo?: number; adjusted_hi?: number }) => ({ ...r, top_terms: '' });
    expect(agg.topicTrends).toHaveLength(run.trends.topicTrends.length);
    expect(agg.topicTrends).toEqual(run.trends.topicTrends.map(strip));
    expect(agg.periods.map((p) => [p.key, p.partial, p.total])).toEqual(run.trends.periods.map((p) => [p.key, p.partial, p.total]));
    expect(agg.topicTrends.some((r) => r.partial)).toBe(true);
    expect(agg.papers).toBe(run.model.papers.length);
  }, 60_000);

  it('counts every paper once in the topic sizes', async () => {
    const agg = await aggregateParts(parts, { bin: run.trends.bin, topics: run.model.topics });
    for (const t of run.model.topics) expect(agg.topicSizes.get(t.id)).toBe(t.size);
  });

  it('gives the same category trends and topic growth tests as the in-memory run', async () => {
    const t = await trendTablesFromParts(parts, run.model.topics, { bin: run.trends.bin, adjustBy: 'none' });
    expect(t.categoryTrends.length).toBeGreaterThan(0);
    expect(t.categoryTrends).toEqual(run.trends.categoryTrends);
    // This run tracks no themes, so its growth tests are the topic tests alone (q-values corrected over the same items).
    expect(run.trends.emergence.rows.every((r) => r.kind === 'topic')).toBe(true);
    expect(t.emergence.rows).toEqual(run.trends.emergence.rows);
    expect(t.selected).toBe(run.trends.selected);
  }, 60_000);

  it('adjusts like the in-memory run: the same strata, adjusted shares and intervals, CMH verdicts, raw_* and shift-share', async () => {
    for (const adjustBy of ['auto', 'source'] as const) {
      const want = computeTrendTables(run.model, { bin: run.trends.bin, adjustBy });
      const got = await trendTablesFromParts(parts, run.model.topics, { bin: run.trends.bin, adjustBy });
      expect(got.strata.by, adjustBy).toBe(adjustBy === 'auto' ? 'category' : 'source');
      expect(got.strata.names).toEqual(want.strata.names);
      expect(got.strata.pooled).toEqual(want.strata.pooled);
      const adjusted = (rows: typeof want.topicTrends) => rows.map((r) => [r.period, r.topic, r.adjusted_share, r.adjusted_lo, r.adjusted_hi]);
      expect(adjusted(got.topicTrends)).toEqual(adjusted(want.topicTrends));
      // The adjustment moves shares: not the raw share under another name.
      expect(got.topicTrends.some((r) => Math.abs(r.adjusted_share! - r.share) > 0.01)).toBe(true);
      expect(got.emergence.rows).toEqual(want.emergence.rows);
      expect(got.emergence.rows.every((r) => r.adjusted_by === got.strata.by && r.raw_p !== undefined && r.mix_change !== undefined)).toBe(true);
      expect(got.emergence.overlap).toBe(want.emergence.overlap);
      // The mix shifts (papers.jsonl's 2025-03-18 switch), dated to the day from papers per day and stratum.
      expect(want.warnings.map((w) => w.date)).toContain('2025-03-18');
      // Equal but for the last bit of the distance (values are summed in another order).
      const rounded = (ws: typeof want.warnings) => ws.map((w) => ({ ...w, distance: Number(w.distance.toFixed(12)) }));
      expect(rounded(got.warnings)).toEqual(rounded(want.warnings));
      // Its notes (what was pooled, a test resting on few papers, the shifts) are the in-memory run's, which also has themes.
      if (want.strata.note) expect(got.notes).toContain(want.strata.note);
      for (const n of got.notes) expect(want.notes).toContain(n);
      expect(got.notes.some((n) => n.startsWith('2025-03-18'))).toBe(true);
    }
  }, 60_000);

  it('says it cannot adjust parts with no categories and one source, and gives the raw figures', async () => {
    const flat = partRows(run.model.papers, run.trends.bin).map((r) => ({ ...r, category: '', categories: '', source: 'one' }));
    const file = path.join(dir, 'flat.parquet');
    await writeParquet(file, { spec: PART, rows: flat });
    const got = await trendTablesFromParts([file], run.model.topics, { bin: run.trends.bin });
    expect(got.strata.by).toBe('none');
    expect(got.notes.join(' ')).toMatch(/cannot adjust for the corpus mix/);
    expect(got.categoryTrends).toEqual([]);
    expect(got.emergence.rows).toEqual(run.trends.emergence.rows);
    for (const r of got.topicTrends) expect(r.adjusted_share).toBe(r.share);
  }, 60_000);

  it('gives the in-memory topic trends in every bin unit but day, from parts written with month bins', async () => {
    const strip = ({ adjusted_share: _s, adjusted_lo: _l, adjusted_hi: _h, ...r }: { top_terms: string; adjusted_share?: number; adjusted_lo?: number; adjusted_hi?: number }) => ({ ...r, top_terms: '' });
    for (const bin of BIN_UNITS.filter((b) => b !== 'day')) {
      const agg = await aggregateParts(parts, { bin, topics: run.model.topics });
      const want = computeTrendTables(run.model, { bin, adjustBy: 'none' });
      expect(agg.bin).toBe(bin);
      expect(agg.topicTrends, bin).toEqual(want.topicTrends.map(strip));
      expect(agg.periods.map((p) => [p.key, p.partial, p.total]), bin).toEqual(want.periods.map((p) => [p.key, p.partial, p.total]));
    }
  }, 120_000);

  it('counts day bins (29 months of days pass the 520-bin limit, so on one quarter): rebinned and from a --bin day part', async () => {
    const quarter = run.model.papers.filter((p) => p.date && p.date >= '2025-01-01' && p.date <= '2025-03-31');
    expect(quarter.length).toBeGreaterThan(100);
    const byMonth = path.join(dir, 'quarter-month.parquet');
    const byDay = path.join(dir, 'quarter-day.parquet');
    await writeParquet(byMonth, { spec: PART, rows: partRows(quarter, 'month') });
    await writeParquet(byDay, { spec: PART, rows: partRows(quarter, 'day') });
    const want = new Map<string, number>();
    for (const p of quarter) want.set(`${p.date} ${p.topic}`, (want.get(`${p.date} ${p.topic}`) ?? 0) + 1);
    for (const [file, bin] of [[byMonth, 'day'], [byDay, undefined]] as const) {
      const agg = await aggregateParts([file], { bin, topics: run.model.topics });
      expect(agg.bin).toBe('day');
      // One bin per calendar day from the first paper's to the last's, empty days included.
      const days = quarter.map((p) => dayNumber(p.date!));
      expect(agg.periods).toHaveLength(Math.max(...days) - Math.min(...days) + 1);
      const got = new Map(agg.topicTrends.filter((r) => r.count > 0).map((r) => [`${r.period} ${r.topic}`, r.count]));
      expect(got).toEqual(want);
      expect(agg.topicTrends.reduce((s, r) => s + r.count, 0)).toBe(quarter.length);
    }
  }, 60_000);

  it('reads a glob of parts like the list of files, and the bin from the period keys', async () => {
    const agg = await aggregateParts([path.join(dir, 'part-*.parquet')], { topics: run.model.topics });
    expect(agg.papers).toBe(run.model.papers.length);
    expect(agg.bin).toBe('month');
  });
});

describe('binOfKey and expandParts', () => {
  it('reads the bin back from a key', () => {
    for (const bin of BIN_UNITS) expect(binOfKey(periodKey('2025-03-18', bin))).toBe(bin);
    expect(binOfKey('March')).toBeUndefined();
  });

  it.runIf(hasData)('expands a file-name glob, sorted, and names a pattern that matches nothing', () => {
    expect(expandParts([path.join(dir, 'part-*.parquet')])).toEqual(parts);
    expect(() => expandParts([path.join(dir, 'nothing-*.parquet')])).toThrow(/nothing-\*\.parquet matches no file/);
  });
});

describe('periodKey', () => {
  it('keys dates like the in-memory bins, ISO weeks included', () => {
    expect(periodKey('2025-03-18', 'month')).toBe('2025-03');
    expect(periodKey('2025-03-18', 'quarter')).toBe('2025-Q1');
    expect(periodKey('2025-03-18', 'year')).toBe('2025');
    expect(periodKey('2021-01-01', 'week')).toBe('2020-W53');
    expect(periodKey(undefined, 'month')).toBe('');
  });
});
