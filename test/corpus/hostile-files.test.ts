import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CorpusError, formatReadReport, parseDate, plausibleDates, readCorpus, type ReadReport } from '../../src/corpus/index.js';
import { repoRoot, runCli, sharedData } from '../helpers/cli.js';
import { expectBalanced, jsonl, tempFiles } from './helpers.js';

const ok = (id: string, date?: string) => ({ id, title: `Title ${id}`, abstract: `Abstract of paper ${id}.`, ...(date ? { date } : {}) });
const where = (r: ReadReport) => r.issues.map((i) => [i.line, i.reason]);
/** A fixed clock: the window is then 1990-01-01 .. 2026-12-31 whatever the date of the test run. */
const now = new Date('2025-06-15T12:00:00Z');

describe('implausible dates', () => {
  const t = tempFiles();

  it('parses years below 100 as themselves, not as 19xx', () => {
    expect(parseDate('0050-02-29')).toBeUndefined(); // 50 is not a leap year (1950, what Date.UTC made of it, is not either)
    expect(parseDate('0000-02-29')).toEqual({ date: '0000-02-29', precision: 'day' }); // 1900 was not a leap year, year 0 is
    expect(parseDate('0048-02-29')).toEqual({ date: '0048-02-29', precision: 'day' });
    expect(parseDate('0001-03-01T10:00:00Z')).toEqual({ date: '0001-03-01', precision: 'time' });
    expect(parseDate('0099-12-31T23:30:00-02:00')).toEqual({ date: '0100-01-01', precision: 'time' });
  });

  it('the window runs from 1990 to the end of the year after "now"', () => {
    expect(plausibleDates(now)).toEqual({ min: '1990-01-01', max: '2026-12-31' });
    expect(plausibleDates(new Date('2031-01-01T00:00:00Z')).max).toBe('2032-12-31');
  });

  it('skips rows dated before 1990 or after next year as date-out-of-range, naming file and line', async () => {
    const file = t.write('dates.jsonl', jsonl([
      ok('1', '2024-03-01'), //          1 kept
      ok('2', '0050-01-15'), //          2 year 50
      ok('3', '9999-12-31'), //          3 placeholder
      ok('4', '1989-12-31'), //          4 just before the window
      ok('5', '1990-01-01'), //          5 first day kept
      ok('6', '2026-12-31'), //          6 last day kept
      ok('7', '2027-01'), //             7 month after the window
      ok('8'), //                        8 undated is fine
      ok('9', 'Mon, 2 Apr 0007 19:18:42 GMT'), // 9 RFC 2822 year 7
    ]));
    const { papers, report } = await readCorpus([file], { now });
    expectBalanced(report);
    expect(papers.map((p) => p.id)).toEqual(['1', '5', '6', '8']);
    expect(report.skipped['date-out-of-range']).toBe(5);
    expect(where(report)).toEqual([[2, 'date-out-of-range'], [3, 'date-out-of-range'], [4, 'date-out-of-range'], [7, 'date-out-of-range'], [9, 'date-out-of-range']]);
    expect(formatReadReport(report)).toContain(`${file}:3: date-out-of-range: date "9999-12-31" for id 3 is outside 1990-01-01 .. 2026-12-31`);
    await expect(readCorpus([file], { now, strict: true })).rejects.toThrow(`${file}:2: date "0050-01-15"`);
  });

  it('applies the window to dates that come from a dates table too', async () => {
    const listing = t.write('l.txt', 'My Paper\n\nIts abstract.\n\nOld Paper\n\nAnother abstract.\n');
    const dates = t.write('d.csv', 'title,arxiv_id,date\r\nMy paper,2301.00001,2023-01-01\r\nOld paper,2301.00002,0023-01-01\r\n');
    const { papers, report } = await readCorpus([listing], { dates, now });
    expectBalanced(report);
    expect(papers.map((p) => p.id)).toEqual(['2301.00001']);
    expect(report.skipped['date-out-of-range']).toBe(1);
  });

  it('the CLI keeps a paper dated 9999 out of the bins and says so', () => {
    const lines = readFileSync(path.join(repoRoot, 'data/seed.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    lines[0].date = '9999-01-01';
    lines[1].date = '0042-06-01';
    const file = t.write('seed-bad-dates.jsonl', jsonl(lines));
    const r = runCli(['inspect', '--input', file, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary.kept).toBe(lines.length - 2);
    expect(summary.skipped['date-out-of-range']).toBe(2);
    expect(summary.dateRange.max < '9999').toBe(true);
    expect(r.stderr).toContain(`${file}:1: date-out-of-range`);
  });
});

describe('a truncated .gz', () => {
  const t = tempFiles();
  const papers = path.join(sharedData, 'papers.jsonl');

  it.skipIf(!existsSync(papers))('keeps and counts the rows before the cut of a real corpus slice, naming the file', async () => {
    const slice = readFileSync(papers, 'utf8').split('\n').slice(0, 2000).join('\n') + '\n';
    const gz = gzipSync(Buffer.from(slice));
    const cut = t.write('cut.jsonl.gz', gz.subarray(0, Math.floor(gz.length * 0.6)));
    const { papers: kept, report } = await readCorpus([cut]);
    expectBalanced(report);
    expect(report.skipped['truncated-file']).toBe(1);
    expect(kept.length).toBeGreaterThan(500);
    expect(kept.length).toBeLessThan(2000);
    const issue = report.issues.find((i) => i.reason === 'truncated-file')!;
    expect(issue.file).toBe(cut);
    expect(issue.line).toBe(report.read);
    expect(issue.message).toMatch(/ends early \(file truncated\)/);
    // Under strict the cut is a CorpusError naming the file (exit 3 in the CLI).
    const err = await readCorpus([cut], { strict: true }).catch((e) => e);
    expect(err).toBeInstanceOf(CorpusError);
    expect(err.message).toContain(cut);
  });

  it('the CLI warns and exits 0 (3 under --strict); CSV and JSON-array .gz files are covered too', () => {
    const body = jsonl(Array.from({ length: 400 }, (_, i) => ok(String(i + 1), '2024-01-01')));
    const gz = gzipSync(Buffer.from(body));
    const cut = t.write('cut2.jsonl.gz', gz.subarray(0, gz.length - 20));
    const r = runCli(['inspect', '--input', cut, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`${cut.replace(/[.]/g, '\\.')}:\\d+: truncated-file`));
    const s = JSON.parse(r.stdout);
    expect(s.skipped['truncated-file']).toBe(1);
    expect(s.kept).toBeGreaterThan(300);
    const strict = runCli(['inspect', '--input', cut, '--strict']);
    expect(strict.code).toBe(3);
    expect(strict.stderr).toContain(cut);
  });

  it('CSV and JSON array inputs report the cut instead of hanging or crashing', async () => {
    const csvBody = 'id,title,abstract,date\n' + Array.from({ length: 400 }, (_, i) => `${i + 1},Title ${i + 1},Abstract number ${i + 1},2024-01-01`).join('\n') + '\n';
    const csvGz = gzipSync(Buffer.from(csvBody));
    const csv = t.write('cut.csv.gz', csvGz.subarray(0, csvGz.length - 20));
    const c = await readCorpus([csv], { format: 'csv' });
    expectBalanced(c.report);
    expect(c.report.skipped['truncated-file']).toBe(1);
    expect(c.papers.length).toBeGreaterThan(100);
    const jsonGz = gzipSync(Buffer.from(JSON.stringify(Array.from({ length: 50 }, (_, i) => ok(String(i))))));
    const json = t.write('cut.json.gz', jsonGz.subarray(0, jsonGz.length - 10));
    const j = await readCorpus([json], { format: 'json' });
    expectBalanced(j.report);
    expect(j.report.skipped['truncated-file']).toBe(1);
  });
});
