/**
 * The growth test adjusted for the corpus mix: per item, a Cochran–Mantel–
 * Haenszel test across strata (recent vs baseline window), Benjamini–Hochberg
 * across items as in the raw test. The raw two-proportion test stays beside it
 * in the `raw_*` fields, and each row says how much of its raw change came from
 * the mix (shift-share). Without strata (`by: 'none'`) the raw test is the test.
 */
import { benjaminiHochberg } from './stats.js';
import { cochranMantelHaenszel, type Table2x2 } from './cmh.js';
import { detectEmergence, type EmergenceOptions, type EmergenceResult } from './emergence.js';
import { shiftShare } from './shift-share.js';
import { corpusMix, standardiseOne, standardisedShares } from './standardise.js';
import { windowByStratum, type StratumGrid } from './stratified-counts.js';
import { sinceBin } from './since.js';
import type { CountSeries } from './series.js';
import type { ChangeRow, Period } from './types.js';

/** Per-(stratum, bin) counts of every series (same order) and of all papers. */
export interface StratifiedCounts {
  by: 'category' | 'source';
  names: readonly string[];
  grid: StratumGrid;
  totals: Int32Array;
  series: readonly Int32Array[];
}

function markRaw(rows: ChangeRow[], by: string): void {
  for (const r of rows) {
    Object.assign(r, {
      adjusted_by: by, raw_direction: r.direction, raw_share_before: r.share_before, raw_share_after: r.share_after,
      raw_change: r.change, raw_z: r.z, raw_p: r.p, raw_q: r.q ?? 1, raw_significant: r.significant,
    });
  }
}

const rank = (rows: ChangeRow[]) => ({
  emerging: rows.filter((r) => r.direction === 'emerging').sort((a, b) => b.change - a.change || b.z - a.z),
  declining: rows.filter((r) => r.direction === 'declining').sort((a, b) => a.change - b.change || a.z - b.z),
});

/** Adjust one raw row in place: CMH verdict, standardised window shares, shift-share parts; returns its per-bin adjusted shares. */
function adjustRow(r: ChangeRow, counts: Int32Array, strat: StratifiedCounts, w: Float64Array, e: EmergenceResult): Float64Array {
  const { grid, totals } = strat;
  const x0 = windowByStratum(counts, e.before.indices, grid), n0 = windowByStratum(totals, e.before.indices, grid);
  const x1 = windowByStratum(counts, e.after.indices, grid), n1 = windowByStratum(totals, e.after.indices, grid);
  const tables: Table2x2[] = [];
  for (let s = 0; s < grid.S; s++) tables.push({ a: x1[s], b: n1[s] - x1[s], c: x0[s], d: n0[s] - x0[s] });
  const cmh = cochranMantelHaenszel(tables);
  // Window shares standardised over the strata present in both windows: the ones the CMH test compares.
  const both = (n: Float64Array) => n.map((v, s) => (n0[s] > 0 && n1[s] > 0 ? v : 0));
  const before = standardiseOne(x0, both(n0), w).share, after = standardiseOne(x1, both(n1), w).share;
  const ss = shiftShare(x0, n0, x1, n1);
  const top = ss.byStratum[0];
  Object.assign(r, {
    share_before: before, share_after: after, change: after - before, z: cmh.z, p: cmh.p,
    odds_ratio: cmh.oddsRatio, odds_ratio_lo: cmh.lo, odds_ratio_hi: cmh.hi,
    mix_change: ss.mix, within_change: ss.within, mix_stratum: top && top.mix !== 0 ? strat.names[top.stratum] : '',
    significant: false, direction: 'stable', q: 1,
  });
  return standardisedShares(counts, totals, w, grid).share;
}

/**
 * The growth test of {@link detectEmergence}, adjusted by strata when given.
 * @param strat per-stratum counts aligned with `series`; undefined: the raw test only (adjusted_by none)
 */
export function detectAdjustedEmergence(
  series: readonly CountSeries[],
  periods: readonly Period[],
  strat: StratifiedCounts | undefined,
  opts: EmergenceOptions = {},
): EmergenceResult {
  const e = detectEmergence(series, periods, opts);
  markRaw(e.rows, strat ? strat.by : 'none');
  if (!strat) {
    e.rows.forEach((r, i) => {
      if (r.direction === 'stable') return;
      const raw = Float64Array.from(periods, (p, k) => (p.total > 0 ? series[i].counts[k] / p.total : 0));
      r.since = sinceBin(raw, r.share_before, r.direction === 'emerging' ? 1 : -1, e.after, periods);
    });
    return e;
  }
  const alpha = opts.alpha ?? 0.05;
  const minCount = opts.minCount ?? 5;
  const w = corpusMix(strat.totals, strat.grid);
  const n0 = windowByStratum(strat.totals, e.before.indices, strat.grid), n1 = windowByStratum(strat.totals, e.after.indices, strat.grid);
  // The smaller of the two windows' shares of papers in strata present in both.
  const both = [0, 0], all = [0, 0];
  n0.forEach((v, s) => {
    all[0] += v;
    all[1] += n1[s];
    if (v > 0 && n1[s] > 0) { both[0] += v; both[1] += n1[s]; }
  });
  const shares = e.rows.map((r, i) => adjustRow(r, strat.series[i], strat, w, e));
  const isTested = (r: ChangeRow) => (r.count_before ?? 0) + (r.count_after ?? 0) >= minCount;
  for (const r of e.rows) if (!isTested(r)) Object.assign(r, { z: 0, p: 1 });
  const tested = e.rows.filter(isTested);
  const q = benjaminiHochberg(tested.map((r) => r.p));
  tested.forEach((r, i) => {
    r.q = q[i];
    r.significant = q[i] <= alpha && r.z !== 0;
    if (r.significant) r.direction = r.z > 0 ? 'emerging' : 'declining';
  });
  e.rows.forEach((r, i) => {
    if (r.direction !== 'stable') r.since = sinceBin(shares[i], r.share_before, r.direction === 'emerging' ? 1 : -1, e.after, periods);
  });
  return { ...e, ...rank(e.rows), overlap: Math.min(all[0] ? both[0] / all[0] : 0, all[1] ? both[1] / all[1] : 0) };
}
