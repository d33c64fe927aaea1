import { describe, expect, it } from 'vitest';
import { burstRows, detectEmergence, makePeriods, themeSeries, themeTrends } from '../../src/trends/index.js';
import { syntheticCorpus } from './synthetic.js';

const corpus = syntheticCorpus(20240611);
const { periods, docPeriod } = makePeriods(corpus.dates, 'month');
const series = themeSeries(corpus.themes, docPeriod, periods);
const byName = <T extends { name: string }>(rows: T[], name: string) => rows.filter((r) => r.name === name);

describe('synthetic corpus with planted trends', () => {
  it('has 36 full monthly bins', () => {
    expect(periods).toHaveLength(36);
    expect(periods.some((p) => p.partial)).toBe(false);
  });

  it('theme shares follow the planted rates', () => {
    const rows = themeTrends(corpus.themes, docPeriod, periods);
    const mean = (name: string, from: number, to: number) => {
      const r = rows.filter((x) => x.theme === name).slice(from, to);
      return r.reduce((s, x) => s + x.count, 0) / r.reduce((s, x) => s + x.period_total, 0);
    };
    expect(mean('rising', 0, 6)).toBeLessThan(0.045);
    expect(mean('rising', 30, 36)).toBeGreaterThan(0.09);
    expect(mean('flat', 0, 36)).toBeGreaterThan(0.04);
    expect(mean('flat', 0, 36)).toBeLessThan(0.06);
  });

  it('finds the rising theme emerging between the first and last year, the burst theme declining, the flat one stable', () => {
    const result = detectEmergence(series, periods, {
      before: { from: '2022-01-01', to: '2022-12-31' },
      after: { from: '2024-01-01', to: '2024-12-31' },
    });
    expect(result.before.keys).toHaveLength(12);
    expect(result.after.keys[0]).toBe('2024-01');
    const rising = byName(result.rows, 'rising')[0];
    expect(rising.direction).toBe('emerging');
    expect(rising.significant).toBe(true);
    expect(rising.z).toBeGreaterThan(5);
    expect(byName(result.rows, 'burst')[0].direction).toBe('declining'); // its burst lies in 2022
    expect(byName(result.rows, 'flat')[0].direction).toBe('stable');
    expect(result.emerging.map((r) => r.name)).toEqual(['rising']);
    expect(result.declining.map((r) => r.name)).toEqual(['burst']);
  });

  it('finds the rising theme emerging with consecutive 12-month windows', () => {
    const result = detectEmergence(series, periods, { recent: 12, baseline: 12 });
    expect(result.after.keys).toEqual(periods.slice(24).map((p) => p.key));
    expect(result.before.keys).toEqual(periods.slice(12, 24).map((p) => p.key));
    expect(result.emerging.map((r) => r.name)).toContain('rising');
    expect(byName(result.rows, 'flat')[0].direction).toBe('stable');
  });

  it('never ranks a non-significant change as a trend', () => {
    const result = detectEmergence(series, periods); // default: last 6 full months vs the 6 before
    for (const row of result.rows) {
      if (!row.significant) expect(row.direction).toBe('stable');
      expect(row.q).toBeGreaterThanOrEqual(row.p);
    }
    for (const row of [...result.emerging, ...result.declining]) expect(row.significant).toBe(true);
    expect(byName(result.rows, 'rising')[0].change).toBeGreaterThan(0);
  });

  it('puts a burst interval on the planted months and none on the flat theme', () => {
    const bursts = burstRows(series.map((s) => ({ name: s.name, kind: 'theme' as const, counts: s.counts })), periods);
    const planted = byName(bursts, 'burst');
    expect(planted.length).toBeGreaterThanOrEqual(1);
    const keys = periods.map((p) => p.key);
    const strongest = planted[0];
    const [first, last] = [corpus.burstMonths[0], corpus.burstMonths.at(-1)!];
    expect(Math.abs(keys.indexOf(strongest.start) - first)).toBeLessThanOrEqual(1);
    expect(Math.abs(keys.indexOf(strongest.end) - last)).toBeLessThanOrEqual(1);
    expect(strongest.strength).toBeGreaterThan(0);
    expect(byName(bursts, 'flat')).toEqual([]);
  });

  it('locates a burst planted elsewhere with another seed', () => {
    const other = syntheticCorpus(7, [20, 21, 22]);
    const b = makePeriods(other.dates, 'month');
    const s = themeSeries(other.themes, b.docPeriod, b.periods);
    const rows = burstRows(s.map((x) => ({ name: x.name, kind: 'theme' as const, counts: x.counts })), b.periods);
    const planted = byName(rows, 'burst')[0];
    expect([planted.start, planted.end]).toEqual(['2023-09', '2023-11']);
    expect(byName(rows, 'flat')).toEqual([]);
  });
});
