/**
 * Bin choice and bin limits on the date shapes of real corpora (issue #12,
 * items 1 and 2): slices of ../shared/data/papers.jsonl by month, week and day.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseBin, chooseWindows, makePeriods, MAX_BINS, TooManyBinsError } from '../../src/trends/index.js';
import { sharedData } from '../helpers/cli.js';

const papersFile = path.join(sharedData, 'papers.jsonl');
const dates: string[] = existsSync(papersFile)
  ? readFileSync(papersFile, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { date: string }).date.slice(0, 10))
  : [];
const between = (from: string, to: string) => dates.filter((d) => d >= from && d <= to);

describe.skipIf(dates.length === 0)('automatic bin on real corpus shapes', () => {
  it('keeps months for the whole corpus and picks weeks for one month, days for one week or one date', () => {
    expect(chooseBin(dates)).toBe('month');
    const june = between('2025-06-01', '2025-06-30');
    expect(june.length).toBeGreaterThan(1000);
    expect(chooseBin(june)).toBe('week');
    expect(chooseBin(between('2025-06-02', '2025-06-08'))).toBe('day');
    expect(chooseBin(between('2025-06-03', '2025-06-03'))).toBe('day');
  });

  it('gives a one-month corpus enough full weekly bins for a growth test, with windows shrunk and said so', () => {
    const june = between('2025-06-01', '2025-06-30');
    const { periods } = makePeriods(june, chooseBin(june));
    expect(periods.map((p) => p.key)).toEqual(['2025-W23', '2025-W24', '2025-W25', '2025-W26', '2025-W27']);
    expect(periods.reduce((s, p) => s + p.total, 0)).toBe(june.length);
    const w = chooseWindows(periods, { recent: 6, baseline: 6 });
    expect(w.after.keys).toEqual(['2025-W25', '2025-W26']); // the partial W27 (one Monday) is left out
    expect(w.before.keys).toEqual(['2025-W23', '2025-W24']);
    expect(w.shrunk).toMatch(/only 4 full bins/);
    // Month bins of the same papers: one partial bin, no test possible.
    expect(() => chooseWindows(makePeriods(june, 'month').periods)).toThrow(/found 0/);
  });

  it('makes day bins keyed by date, empty weekend days included', () => {
    const week = between('2025-06-02', '2025-06-08');
    const { periods } = makePeriods(week, 'day');
    expect(periods.map((p) => p.key)).toEqual(['2025-06-02', '2025-06-03', '2025-06-04', '2025-06-05', '2025-06-06']);
    expect(periods[1].total).toBe(week.filter((d) => d === '2025-06-03').length);
    const withSunday = makePeriods([...week, '2025-06-09'], 'day').periods;
    expect(withSunday.map((p) => p.total).slice(5, 7)).toEqual([0, 0]);
  });

  it(`refuses more than ${MAX_BINS} bins before building them, a stray year 9999 included`, () => {
    // 29 months of papers by day: about 880 bins.
    expect(() => makePeriods(dates, 'day')).toThrow(TooManyBinsError);
    expect(() => makePeriods(dates, 'day')).toThrow(/bins, more than the 520 allowed/);
    expect(makePeriods(dates, 'week').periods.length).toBeLessThanOrEqual(MAX_BINS);
    // One paper dated 9999 (a typo the readers may let through): thousands of years.
    const stray = [...dates.slice(0, 1000), '9999-12-31'];
    expect(() => makePeriods(stray, 'year')).toThrow(TooManyBinsError);
    expect(() => makePeriods(stray, chooseBin(stray))).toThrow(TooManyBinsError);
    // A 1990-2026 corpus by month stays under the limit.
    expect(makePeriods(['1990-01-15', '2026-05-31'], 'month').periods.length).toBe(437);
  });
});
