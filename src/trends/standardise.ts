/**
 * Direct standardisation: a share computed as if every bin had the same mix
 * of strata. For item t in bin p,
 *
 *   adjusted(t, p) = Σ_s w'_s · x_sp / n_sp
 *
 * where x_sp are the item's papers and n_sp all papers of stratum s in bin p,
 * and w is the corpus-wide mix (each stratum's share of all binned papers).
 * A stratum with no papers in the bin says nothing about it: the sum runs over
 * the strata present and w is renormalised over them (w'_s = w_s / Σ_present w).
 *
 * The 95% interval is adjusted ± 1.96·√V, V = Σ w'_s² · p̃(1 − p̃) / n_sp, with
 * p̃ = (x + ½) / (n + 1) in the variance only: with the plain x/n a stratum
 * where the item has no paper would add no uncertainty (the Wald problem of
 * wilson.ts: a zero-width interval at 0). The interval is clipped to [0, 1];
 * an empty bin gets share 0 and the interval [0, 1], like wilsonInterval.
 */
import type { StratumGrid } from './stratified-counts.js';

export interface StandardisedShares {
  share: Float64Array;
  lo: Float64Array;
  hi: Float64Array;
}

/** The corpus-wide mix: each stratum's share of all papers in the grid. */
export function corpusMix(totals: Int32Array, grid: StratumGrid): Float64Array {
  const w = new Float64Array(grid.S);
  let n = 0;
  for (let s = 0; s < grid.S; s++) {
    for (let p = 0; p < grid.P; p++) w[s] += totals[s * grid.P + p];
    n += w[s];
  }
  if (n > 0) for (let s = 0; s < grid.S; s++) w[s] /= n;
  return w;
}

/** Standardised share of one window or bin from per-stratum counts (x, n) and weights w. */
export function standardiseOne(x: ArrayLike<number>, n: ArrayLike<number>, w: ArrayLike<number>, z = 1.96): { share: number; lo: number; hi: number } {
  let present = 0;
  for (let s = 0; s < w.length; s++) if (n[s] > 0) present += w[s];
  if (!(present > 0)) return { share: 0, lo: 0, hi: 1 };
  let share = 0, v = 0;
  for (let s = 0; s < w.length; s++) {
    if (!(n[s] > 0)) continue;
    const ws = w[s] / present;
    share += (ws * x[s]) / n[s];
    const pt = (x[s] + 0.5) / (n[s] + 1);
    v += (ws * ws * pt * (1 - pt)) / n[s];
  }
  const half = z * Math.sqrt(v);
  return { share, lo: Math.max(0, share - half), hi: Math.min(1, share + half) };
}

/** Standardised share per bin of one item (counts S × P) against the stratum totals (S × P). */
export function standardisedShares(counts: Int32Array, totals: Int32Array, w: Float64Array, grid: StratumGrid): StandardisedShares {
  const { S, P } = grid;
  const out = { share: new Float64Array(P), lo: new Float64Array(P), hi: new Float64Array(P) };
  const x = new Float64Array(S), n = new Float64Array(S);
  for (let p = 0; p < P; p++) {
    for (let s = 0; s < S; s++) {
      x[s] = counts[s * P + p];
      n[s] = totals[s * P + p];
    }
    const r = standardiseOne(x, n, w);
    out.share[p] = r.share;
    out.lo[p] = r.lo;
    out.hi[p] = r.hi;
  }
  return out;
}
