/**
 * Cochran–Mantel–Haenszel test over 2 × 2 tables, one per stratum, with the
 * Mantel–Haenszel common odds ratio and its Robins–Breslow–Greenland (1986)
 * confidence interval. The same quantities as statsmodels'
 * `StratifiedTable(...).test_null_odds(correction=False)`,
 * `.oddsratio_pooled` and `.oddsratio_pooled_confint()` (checked in
 * test/trends/cmh.test.ts).
 *
 * For growth tests a stratum's table is: a = the item's papers in the recent
 * window, b = other papers in it, c = the item's papers in the baseline
 * window, d = other papers in it; an odds ratio above 1 means the item grew
 * within strata.
 */
import { erfc } from './stats.js';

export interface Table2x2 {
  a: number;
  b: number;
  c: number;
  d: number;
}

export interface CmhResult {
  /** CMH chi-square statistic (1 degree of freedom); 0 when no stratum carries information. */
  statistic: number;
  /** Two-sided p-value; 1 when no stratum carries information. */
  p: number;
  /** Signed √statistic: positive when the item is over-represented in the recent window (odds ratio > 1). */
  z: number;
  /** Mantel–Haenszel common odds ratio (NaN when undefined, 0 or Infinity at the edges). */
  oddsRatio: number;
  /** Robins–Breslow–Greenland standard error of log(oddsRatio) (NaN when undefined). */
  logSe: number;
  lo: number;
  hi: number;
  /** Strata that entered the test (both windows and both rows non-empty enough to have a variance). */
  strata: number;
}

/** Chi-square (1 df) upper tail. */
function chi1Tail(x: number): number {
  return x > 0 ? Math.min(1, erfc(Math.sqrt(x / 2))) : 1;
}

export function cochranMantelHaenszel(tables: readonly Table2x2[], opts: { correction?: boolean; z?: number } = {}): CmhResult {
  // The exact 97.5% normal quantile, as statsmodels uses (1.96 moves the bounds by 1e-5).
  const zq = opts.z ?? 1.959963984540054;
  let sumA = 0, sumE = 0, sumV = 0, used = 0;
  let R = 0, S = 0, PR = 0, PSQR = 0, QS = 0;
  for (const { a, b, c, d } of tables) {
    const n = a + b + c + d;
    if (n < 2) continue;
    const row1 = a + b, row0 = c + d, col1 = a + c, col0 = b + d;
    const v = (row1 * row0 * col1 * col0) / (n * n * (n - 1));
    if (v > 0) used++;
    sumA += a;
    sumE += (row1 * col1) / n;
    sumV += v;
    const r = (a * d) / n, s = (b * c) / n;
    const pp = (a + d) / n, qq = (b + c) / n;
    R += r;
    S += s;
    PR += pp * r;
    PSQR += pp * s + qq * r;
    QS += qq * s;
  }
  const dev = Math.abs(sumA - sumE) - (opts.correction ? 0.5 : 0);
  const statistic = sumV > 0 ? (Math.max(0, dev) ** 2) / sumV : 0;
  const oddsRatio = R === 0 && S === 0 ? NaN : R / S;
  const logSe = R > 0 && S > 0 ? Math.sqrt(PR / (2 * R * R) + PSQR / (2 * R * S) + QS / (2 * S * S)) : NaN;
  const lo = Number.isFinite(logSe) ? Math.exp(Math.log(oddsRatio) - zq * logSe) : NaN;
  const hi = Number.isFinite(logSe) ? Math.exp(Math.log(oddsRatio) + zq * logSe) : NaN;
  const sign = sumA > sumE ? 1 : sumA < sumE ? -1 : 0;
  return { statistic, p: chi1Tail(statistic), z: sign * Math.sqrt(statistic), oddsRatio, logSe, lo, hi, strata: used };
}
