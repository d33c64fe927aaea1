import { describe, expect, it } from 'vitest';
import { makePeriods, periodIndexOf } from '../../src/trends/index.js';

describe('makePeriods', () => {
  it('keys ISO weeks by the year of their Thursday', () => {
    const { periods, docPeriod } = makePeriods(['2024-12-30', '2021-01-03', '2026-01-01', '2027-01-01', '2025-02-12'], 'week', {
      from: '2020-12-28',
      to: '2027-01-03',
    });
    const keyOf = (i: number) => periods[docPeriod[i]].key;
    expect(keyOf(0)).toBe('2025-W01'); // Monday of the week holding 2 Jan 2025 (a Thursday)
    expect(keyOf(1)).toBe('2020-W53'); // Sunday 3 Jan 2021 still belongs to 2020's last week
    expect(keyOf(2)).toBe('2026-W01');
    expect(keyOf(3)).toBe('2026-W53'); // 2026 starts on a Thursday, so it has 53 weeks
    expect(keyOf(4)).toBe('2025-W07');
    const w07 = periods[docPeriod[4]];
    expect([w07.start, w07.end]).toEqual(['2025-02-10', '2025-02-16']);
    // Consecutive weeks, no gaps: every start is the previous end + 1 day.
    for (let i = 1; i < periods.length; i++) {
      const prevEnd = new Date(periods[i - 1].end + 'T00:00:00Z').getTime();
      expect(new Date(periods[i].start + 'T00:00:00Z').getTime() - prevEnd).toBe(86_400_000);
    }
  });

  it('makes quarters and years with their calendar bounds', () => {
    const q = makePeriods(['2024-11-15', '2025-02-28', '2025-04-01'], 'quarter');
    expect(q.periods.map((p) => [p.key, p.start, p.end])).toEqual([
      ['2024-Q4', '2024-10-01', '2024-12-31'],
      ['2025-Q1', '2025-01-01', '2025-03-31'],
      ['2025-Q2', '2025-04-01', '2025-06-30'],
    ]);
    expect(Array.from(q.docPeriod)).toEqual([0, 1, 2]);
    const y = makePeriods(['2023-06-01', '2025-01-01'], 'year');
    expect(y.periods.map((p) => p.key)).toEqual(['2023', '2024', '2025']);
  });

  it('shows empty bins between the first and last date with zero', () => {
    const { periods } = makePeriods(['2024-01-01', '2024-01-31', '2024-04-30'], 'month');
    expect(periods.map((p) => [p.key, p.total])).toEqual([
      ['2024-01', 2],
      ['2024-02', 0],
      ['2024-03', 0],
      ['2024-04', 1],
    ]);
  });

  it('flags a partial first or last bin from the date coverage', () => {
    const full = makePeriods(['2024-01-01', '2024-02-29'], 'month');
    expect(full.periods.map((p) => p.partial)).toEqual([false, false]);
    const cut = makePeriods(['2024-01-02', '2024-02-10', '2024-03-15'], 'month');
    expect(cut.periods.map((p) => p.partial)).toEqual([true, false, true]);
    // Explicit coverage overrides the data: a range ending on the last day makes March full.
    const explicit = makePeriods(['2024-01-02', '2024-03-15'], 'month', { from: '2024-01-01', to: '2024-03-31' });
    expect(explicit.periods.map((p) => p.partial)).toEqual([false, false, false]);
    expect(explicit.coverage).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    const oneBin = makePeriods(['2024-05-10'], 'month');
    expect(oneBin.periods[0].partial).toBe(true);
  });

  it('counts undated and out-of-range papers instead of dropping them silently', () => {
    const b = makePeriods(['2024-01-05', undefined, '', '2023-12-31', '2024-02-01', undefined], 'month', { from: '2024-01-01', to: '2024-01-31' });
    expect(b.undated).toBe(3);
    expect(b.outOfRange).toBe(2);
    expect(Array.from(b.docPeriod)).toEqual([0, -1, -1, -1, -1, -1]);
    expect(b.periods.map((p) => p.total)).toEqual([1]);
    const none = makePeriods([undefined, undefined], 'month');
    expect(none.periods).toEqual([]);
    expect(none.undated).toBe(2);
  });

  it('rejects invalid dates, naming the paper', () => {
    expect(() => makePeriods(['2024-01-01', '2024-02-30'], 'month')).toThrow(/paper 1 .*2024-02-30/);
    expect(() => makePeriods(['2024-01-01'], 'month', { from: '2024-13-01' })).toThrow(/from/);
    expect(() => makePeriods(['2024-01-01'], 'decade' as never)).toThrow(/unknown bin unit/);
  });

  it('finds the bin of a date', () => {
    const { periods } = makePeriods(['2024-01-15', '2024-03-15'], 'month');
    expect(periodIndexOf(periods, '2024-02-29')).toBe(1);
    expect(periodIndexOf(periods, '2024-04-01')).toBe(-1);
  });
});
