/**
 * `run`, `trends` and `report` on corpora that cannot support every trend
 * statistic (issue #12, items 1, 2 and 11): one month, one date, no dates.
 * Everything that needs no second window is written; the rest is skipped
 * with a reason in run.json, on stderr and in the report.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { runCli, repoRoot, sharedData } from '../helpers/cli.js';
import { tempDirs } from '../helpers/tmp.js';

const papers = path.join(sharedData, 'papers.jsonl');
const tmp = tempDirs('tt-shapes-');
const csv = (dir: string, file: string) => parse(readFileSync(path.join(dir, file), 'utf8'), { columns: true }) as Record<string, string>[];
const runJson = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'run.json'), 'utf8'));

describe.skipIf(!existsSync(papers))('run on one month of papers.jsonl', () => {
  it('exits 0 and writes topics, documents, map, report and weekly trend tables with a growth test', () => {
    const out = path.join(tmp(), 'june');
    const r = runCli(['run', '--input', papers, '--from', '2025-06-01', '--to', '2025-06-30', '--k', '8', '--out', out, '-q']);
    expect(r.code, r.stderr).toBe(0);
    const docs = csv(out, 'documents.csv');
    const run = runJson(out);
    expect(docs.length).toBe(run.counts.kept);
    expect(docs.length).toBeGreaterThan(1000);
    expect(csv(out, 'topics.csv')).toHaveLength(8);
    for (const f of ['model.json', 'report.html', 'charts/topic-map.svg', 'charts/topics-over-time.svg', 'bursts.csv', 'category_trends.csv']) {
      expect(existsSync(path.join(out, f)), f).toBe(true);
    }
    expect(run.bin).toBe('week');
    expect(run.skipped).toEqual([]);
    expect(run.notes.join(' ')).toMatch(/only 4 full bins/);
    expect(r.stderr).toMatch(/note: .*only 4 full bins/);
    const trends = csv(out, 'topic_trends.csv');
    expect(new Set(trends.map((t) => t.period))).toEqual(new Set(['2025-W23', '2025-W24', '2025-W25', '2025-W26', '2025-W27']));
    const emerging = csv(out, 'emerging.csv');
    expect(emerging.filter((e) => e.kind === 'topic')).toHaveLength(8); // every topic tested
    expect(Number(emerging[0].total_before) + Number(emerging[0].total_after)).toBeGreaterThan(1000);
    expect(readFileSync(path.join(out, 'report.html'), 'utf8')).toContain('only 4 full bins');
  });

  it('on one date writes everything but the statistics over time, and says why in run.json, stderr and the report', () => {
    const out = path.join(tmp(), 'one-date');
    const r = runCli(['run', '--input', papers, '--from', '2025-06-03', '--to', '2025-06-03', '--k', '5', '--out', out, '-q']);
    expect(r.code, r.stderr).toBe(0);
    const run = runJson(out);
    expect(run.skipped.map((s: { id: string }) => s.id).sort()).toEqual(['bursts', 'growth-test', 'over-time']);
    expect(run.skipped.find((s: { id: string }) => s.id === 'growth-test').reason).toMatch(/at least 2 full day bins/);
    expect(r.stderr).toMatch(/warning: not computed: growth test/);
    expect(csv(out, 'documents.csv').length).toBe(run.counts.kept);
    expect(csv(out, 'topic_trends.csv').every((t) => t.period === '2025-06-03')).toBe(true);
    expect(csv(out, 'emerging.csv')).toEqual([]);
    expect(existsSync(path.join(out, 'charts/topic-map.svg'))).toBe(true);
    expect(existsSync(path.join(out, 'charts/topics-over-time.svg'))).toBe(false);
    const html = readFileSync(path.join(out, 'report.html'), 'utf8');
    expect(html).toContain('data-skipped="growth-test"');
    expect(html).toMatch(/Not computed: charts over time[^<]*<\/strong> Reason: all dated papers fall in one day bin \(2025-06-03\)/);
    // `trends` and `report` accept such a model too.
    const t = runCli(['trends', '--model', path.join(out, 'model.json')]);
    expect(t.code, t.stderr).toBe(0);
    expect(t.stderr).toMatch(/not computed: growth test/);
    expect(runCli(['report', '--model', path.join(out, 'model.json')]).code).toBe(0);
  });
});

describe('run on papers without dates', () => {
  it('exits 0 with topics and documents, and skips every statistic over time', () => {
    const dir = tmp();
    const input = path.join(dir, 'undated.jsonl');
    const lines = readFileSync(path.join(repoRoot, 'data/seed.jsonl'), 'utf8').split('\n').filter(Boolean);
    writeFileSync(input, lines.map((l) => { const { date: _d, ...rest } = JSON.parse(l); return JSON.stringify(rest); }).join('\n') + '\n');
    const out = path.join(dir, 'run');
    const r = runCli(['run', '--input', input, '--out', out, '-q']);
    expect(r.code, r.stderr).toBe(0);
    const run = runJson(out);
    expect(run.skipped.every((s: { reason: string }) => /no paper in the selection has a date/.test(s.reason))).toBe(true);
    expect(run.skipped).toHaveLength(3);
    expect(csv(out, 'documents.csv')).toHaveLength(lines.length);
    expect(csv(out, 'topic_trends.csv')).toEqual([]);
    expect(readFileSync(path.join(out, 'report.html'), 'utf8')).toContain('no paper in the selection has a date');
    expect(runCli(['report', '--model', path.join(out, 'model.json')]).code).toBe(0);
  });
});

describe('run on a corpus with no categories and one source (seed.jsonl)', () => {
  it('says it cannot adjust, in run.json and on stderr, and its figures are the raw ones (adjusted_by none)', () => {
    const out = path.join(tmp(), 'seed');
    const r = runCli(['run', '--input', path.join(repoRoot, 'data/seed.jsonl'), '--out', out, '--no-report', '-q']);
    expect(r.code, r.stderr).toBe(0);
    expect(runJson(out).notes.join(' ')).toMatch(/cannot adjust for the corpus mix: no two primary categories or sources/);
    expect(r.stderr).toMatch(/note: cannot adjust/);
    const emerging = csv(out, 'emerging.csv');
    expect(emerging.length).toBeGreaterThan(0);
    for (const e of emerging) {
      expect(e.adjusted_by).toBe('none');
      expect([e.direction, e.p, e.q, e.change]).toEqual([e.raw_direction, e.raw_p, e.raw_q, e.raw_change]);
      expect(e.mix_change).toBe('');
    }
    const trends = csv(out, 'topic_trends.csv');
    expect(trends.length).toBeGreaterThan(0);
    for (const t of trends) expect(t.adjusted_share).toBe(t.share);
  });
});

describe('run with one paper dated 9999', () => {
  it('skips that paper as out of range (counted, named by file:line) and computes the trends of the rest', () => {
    const dir = tmp();
    const input = path.join(dir, 'stray.jsonl');
    const lines = readFileSync(path.join(repoRoot, 'data/seed.jsonl'), 'utf8').split('\n').filter(Boolean);
    writeFileSync(input, lines.map((l, i) => JSON.stringify({ ...JSON.parse(l), ...(i === 0 ? { date: '9999-01-01' } : {}) })).join('\n') + '\n');
    const out = path.join(dir, 'run');
    const r = runCli(['run', '--input', input, '--out', out, '-q']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/skipped: .*stray\.jsonl:1 date-out-of-range/);
    const run = runJson(out);
    expect(run.counts.skipped['date-out-of-range']).toBe(1);
    expect(run.counts.periods).toBeGreaterThan(1);
    expect(run.counts.periods).toBeLessThan(20);
    expect(csv(out, 'documents.csv')).toHaveLength(lines.length - 1);
  });
  // A stray date that gets past the reader (a model built elsewhere) is the trends' concern: see test/trends/corpus-shapes.test.ts.
});

describe('trend options on a saved model', () => {
  const seedRun = () => {
    const out = path.join(tmp(), 'seed');
    const r = runCli(['run', '--input', 'data/seed.jsonl', '--out', out, '--no-report', '-q']);
    expect(r.code, r.stderr).toBe(0);
    return path.join(out, 'model.json');
  };

  it('--from/--to restrict the bins to that range', () => {
    const model = seedRun();
    const r = runCli(['trends', '--model', model, '--bin', 'year', '--from', '2020-01-01', '--to', '2022-12-31']);
    expect(r.code, r.stderr).toBe(0);
    const periods = [...new Set(csv(path.dirname(model), 'topic_trends.csv').map((t) => t.period))];
    expect(periods).toEqual(['2020', '2021', '2022'].filter((y) => periods.includes(y)));
    expect(periods.length).toBeGreaterThan(0);
    const emerging = csv(path.dirname(model), 'emerging.csv');
    for (const row of emerging) expect(Number(row.total_before) + Number(row.total_after)).toBeGreaterThan(0);
  });

  it('a --bin giving more than 520 bins is exit 2 naming --bin, for trends, report and run (before clustering)', () => {
    const model = seedRun();
    for (const cmd of ['trends', 'report']) {
      const r = runCli([cmd, '--model', model, '--bin', 'day']);
      expect(r.code, `${cmd}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toMatch(/--bin day: .* more than the 520 allowed/);
    }
    const out = path.join(tmp(), 'daily');
    const r = runCli(['run', '--input', 'data/seed.jsonl', '--out', out, '--bin', 'day', '-q']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--bin day');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(path.dirname(out))).toEqual([]); // no staging folder left behind
  });
});
