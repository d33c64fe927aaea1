import { describe, expect, it } from 'vitest';
import { detectAdjustedEmergence, type Period } from '../../src/trends/index.js';

/** Four monthly bins, two strata; counts are row-major (stratum, bin). */
const periods: Period[] = ['2024-01', '2024-02', '2024-03', '2024-04'].map((key) => ({ key, start: `${key}-01`, end: `${key}-28`, partial: false, total: 0 }));
const grid = { S: 2, P: 4 };

function run(totals: number[], items: number[][]) {
  const ps = periods.map((p, k) => ({ ...p, total: totals[k] + totals[4 + k] }));
  const series = items.map((c, i) => ({ kind: 'topic' as const, name: `t${i}`, topic: i, counts: [0, 1, 2, 3].map((k) => c[k] + c[4 + k]) }));
  return detectAdjustedEmergence(series, ps, { by: 'category', names: ['A', 'B'], grid, totals: Int32Array.from(totals), series: items.map((c) => Int32Array.from(c)) }, { recent: 2, baseline: 2 });
}

describe('detectAdjustedEmergence', () => {
  it('calls a mix-only rise stable and keeps the raw verdict beside it', () => {
    // Stratum A (item share 40%) grows from 100 to 900 papers a bin; B (item share 5%) shrinks; within each the share is flat.
    const totals = [100, 100, 900, 900, 900, 900, 100, 100];
    const item = [40, 40, 360, 360, 45, 45, 5, 5];
    const r = run(totals, [item]).rows[0];
    expect(r.raw_direction).toBe('emerging');
    expect(r.direction).toBe('stable');
    expect(r.change).toBeCloseTo(0, 12);
    expect(r.mix_change! + r.within_change!).toBeCloseTo(r.raw_change!, 12);
    expect(r.mix_stratum).toBe('A');
  });

  it('calls a rise within both strata emerging, since its first bin above the baseline level', () => {
    const totals = [500, 500, 500, 500, 500, 500, 500, 500];
    const item = [25, 25, 75, 75, 25, 25, 75, 75];
    const r = run(totals, [item]).rows[0];
    expect(r.direction).toBe('emerging');
    expect(r.since).toBe('2024-03');
    expect(r.odds_ratio).toBeGreaterThan(1);
  });

  it('rests on no paper when the strata do not overlap the windows, and says so by overlap 0', () => {
    // A only in the baseline bins, B only in the recent ones: the stratum is confounded with time.
    const totals = [500, 500, 0, 0, 0, 0, 500, 500];
    const e = run(totals, [[25, 25, 0, 0, 0, 0, 100, 100]]);
    expect(e.overlap).toBe(0);
    expect(e.rows[0].direction).toBe('stable');
    expect(e.rows[0].raw_direction).toBe('emerging');
  });
});
