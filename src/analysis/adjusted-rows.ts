/**
 * The adjusted columns of the trend tables (adjusted_share, adjusted_lo,
 * adjusted_hi) and the per-stratum counts the adjusted growth test needs, for
 * one binning and one set of strata (src/trends/strata.ts). Unadjusted runs get
 * adjusted_share = share with the Wilson interval, so the columns always exist.
 */
import {
  corpusMix, standardisedShares, stratumTotals, topicsByStratum, themesByStratum, wilsonInterval,
  type Period, type Strata, type StratifiedCounts, type StratumGrid, type ThemeDocs, type TopicRef,
} from '../trends/index.js';

interface ShareRow {
  count: number;
  period_total: number;
  share: number;
  adjusted_share?: number;
  adjusted_lo?: number;
  adjusted_hi?: number;
}

/** All papers per (stratum, bin) with the corpus-wide mix they give: what every adjusted figure divides by. */
export interface StratumBase {
  grid: StratumGrid;
  totals: Int32Array;
  w: Float64Array;
}

export const stratumBase = (totals: Int32Array, grid: StratumGrid): StratumBase => ({ grid, totals, w: corpusMix(totals, grid) });

/** Counts per (stratum, bin) for one binning; undefined when the run does not adjust. */
export function stratumCounts(strata: Strata, docPeriod: Int32Array, periods: readonly Period[]): StratumBase | undefined {
  if (strata.by === 'none') return undefined;
  const grid = { S: strata.names.length, P: periods.length };
  return stratumBase(stratumTotals(strata.docStratum, docPeriod, grid), grid);
}

/**
 * Fill the adjusted columns of rows laid out item-major (item i, bin p at i · P + p),
 * as topicTrends and themeTrends emit them.
 */
export function fillAdjusted(rows: ShareRow[], perItem: readonly Int32Array[] | undefined, base: ReturnType<typeof stratumCounts>): void {
  if (!base || !perItem) {
    for (const r of rows) {
      const ci = wilsonInterval(r.count, r.period_total);
      Object.assign(r, { adjusted_share: r.share, adjusted_lo: ci.lo, adjusted_hi: ci.hi });
    }
    return;
  }
  const { P } = base.grid;
  perItem.forEach((counts, i) => {
    const s = standardisedShares(counts, base.totals, base.w, base.grid);
    for (let p = 0; p < P; p++) Object.assign(rows[i * P + p], { adjusted_share: s.share[p], adjusted_lo: s.lo[p], adjusted_hi: s.hi[p] });
  });
}

export function topicCountsByStratum(strata: Strata, docTopic: ArrayLike<number>, docPeriod: Int32Array, topics: readonly TopicRef[], grid?: StratumGrid) {
  return grid ? topicsByStratum(docTopic, strata.docStratum, docPeriod, topics, grid) : undefined;
}

export function themeCountsByStratum(strata: Strata, themes: readonly ThemeDocs[], docPeriod: Int32Array, grid?: StratumGrid) {
  return grid ? themesByStratum(themes, strata.docStratum, docPeriod, grid) : undefined;
}

/** What detectAdjustedEmergence needs, or undefined for a raw-only test. */
export function stratified(strata: Strata, base: ReturnType<typeof stratumCounts>, series: Int32Array[] | undefined): StratifiedCounts | undefined {
  if (!base || !series || strata.by === 'none') return undefined;
  return { by: strata.by, names: strata.names, grid: base.grid, totals: base.totals, series };
}

/** Fill the adjusted columns of term rows (termTrends of `matched` on this binning), e.g. for the dashboard's term box. */
export function adjustTermRows(strata: Strata, rows: ShareRow[], matched: readonly ThemeDocs[], binning: { docPeriod: Int32Array; periods: readonly Period[] }): void {
  const base = stratumCounts(strata, binning.docPeriod, binning.periods);
  fillAdjusted(rows, themeCountsByStratum(strata, matched, binning.docPeriod, base?.grid), base);
}

/**
 * Per-stratum counts of matched terms and themes (in that order) on one binning, for testing lines
 * together with the adjusted test (the dashboard's verdicts); undefined when the run does not adjust.
 */
export function stratifiedLines(strata: Strata, lines: readonly ThemeDocs[], binning: { docPeriod: Int32Array; periods: readonly Period[] }): StratifiedCounts | undefined {
  const base = stratumCounts(strata, binning.docPeriod, binning.periods);
  return stratified(strata, base, themeCountsByStratum(strata, lines, binning.docPeriod, base?.grid));
}
