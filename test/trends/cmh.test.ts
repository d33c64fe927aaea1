import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cochranMantelHaenszel, shiftShare, standardiseOne, type Table2x2 } from '../../src/trends/index.js';

// Three strata; a = item in the recent window, b = others in it, c = item in the baseline, d = others in it.
const TABLES: Table2x2[] = [
  { a: 12, b: 88, c: 5, d: 95 },
  { a: 30, b: 170, c: 20, d: 280 },
  { a: 3, b: 47, c: 1, d: 29 },
];

/*
 * Expected values computed with statsmodels 0.13.5 (Debian python3-statsmodels) on 2026-12-07:
 *   t = np.array([[[12,88],[5,95]],[[30,170],[20,280]],[[3,47],[1,29]]], float).transpose(1,2,0)
 *   st = StratifiedTable(t); st.test_null_odds(correction=False); st.test_null_odds(correction=True)
 *   st.oddsratio_pooled; st.logodds_pooled_se; st.oddsratio_pooled_confint(0.05)
 */
const EXPECTED = {
  statistic: 12.538516372720196, p: 0.00039864869914718604,
  statisticCorrected: 11.658901065960487, pCorrected: 0.0006389607425124622,
  oddsRatio: 2.4602346805736635, logSe: 0.26055871047419166, lo: 1.476347387120252, hi: 4.099817384649447,
};

describe('cochranMantelHaenszel', () => {
  it('matches statsmodels StratifiedTable on a fixed table', () => {
    const r = cochranMantelHaenszel(TABLES);
    expect(r.statistic).toBeCloseTo(EXPECTED.statistic, 10);
    expect(r.p).toBeCloseTo(EXPECTED.p, 8);
    expect(r.oddsRatio).toBeCloseTo(EXPECTED.oddsRatio, 12);
    expect(r.logSe).toBeCloseTo(EXPECTED.logSe, 12);
    expect(r.lo).toBeCloseTo(EXPECTED.lo, 8);
    expect(r.hi).toBeCloseTo(EXPECTED.hi, 8);
    expect(r.z).toBeCloseTo(Math.sqrt(EXPECTED.statistic), 10);
    const c = cochranMantelHaenszel(TABLES, { correction: true });
    expect(c.statistic).toBeCloseTo(EXPECTED.statisticCorrected, 10);
    expect(c.p).toBeCloseTo(EXPECTED.pCorrected, 8);
  });

  it('matches a hand computation of the odds ratio and the statistic', () => {
    // MH OR = Σ ad/n / Σ bc/n = (12·95/200 + 30·280/500 + 3·29/80) / (88·5/200 + 170·20/500 + 47·1/80).
    const num = (12 * 95) / 200 + (30 * 280) / 500 + (3 * 29) / 80;
    const den = (88 * 5) / 200 + (170 * 20) / 500 + 47 / 80;
    expect(cochranMantelHaenszel(TABLES).oddsRatio).toBeCloseTo(num / den, 12);
    // One stratum: the CMH statistic is (a − E)² / V with the hypergeometric variance.
    const [t] = TABLES;
    const n = 200, e = (100 * 17) / n, v = (100 * 100 * 17 * 183) / (n * n * (n - 1));
    expect(cochranMantelHaenszel([t]).statistic).toBeCloseTo((t.a - e) ** 2 / v, 12);
  });

  it('is negative when the item falls and carries no evidence without variance', () => {
    const flipped = TABLES.map(({ a, b, c, d }) => ({ a: c, b: d, c: a, d: b }));
    expect(cochranMantelHaenszel(flipped).z).toBeLessThan(0);
    expect(cochranMantelHaenszel(flipped).oddsRatio).toBeCloseTo(1 / EXPECTED.oddsRatio, 12);
    const empty = cochranMantelHaenszel([{ a: 0, b: 10, c: 0, d: 0 }]);
    expect(empty.p).toBe(1);
    expect(empty.strata).toBe(0);
  });

  it('agrees with statsmodels live when it is installed', (ctx) => {
    const script = [
      'import json, numpy as np',
      'from statsmodels.stats.contingency_tables import StratifiedTable',
      'import sys; rows = json.load(sys.stdin)',
      't = np.array([[[r["a"], r["b"]], [r["c"], r["d"]]] for r in rows], float).transpose(1, 2, 0)',
      'st = StratifiedTable(t); r = st.test_null_odds(correction=False); lo, hi = st.oddsratio_pooled_confint(0.05)',
      'print(json.dumps([r.statistic, r.pvalue, st.oddsratio_pooled, lo, hi]))',
    ].join('\n');
    let out: string | undefined;
    for (const py of ['python3', '/usr/bin/python3']) {
      try {
        out = execFileSync(py, ['-c', script], { input: JSON.stringify(TABLES), stdio: ['pipe', 'pipe', 'ignore'] }).toString();
        break;
      } catch { /* try the next interpreter */ }
    }
    if (!out) { ctx.skip(); return; }
    const [stat, p, or, lo, hi] = JSON.parse(out) as number[];
    const r = cochranMantelHaenszel(TABLES);
    expect(r.statistic).toBeCloseTo(stat, 10);
    expect(r.p).toBeCloseTo(p, 8);
    expect([r.oddsRatio, r.lo, r.hi].map((x) => x.toFixed(10))).toEqual([or, lo, hi].map((x) => x.toFixed(10)));
  });
});

describe('standardiseOne', () => {
  it('weights within-stratum shares by the fixed mix and renormalises over present strata', () => {
    // Shares 10/100 and 30/50 with weights 0.75 / 0.25: 0.75·0.1 + 0.25·0.6 = 0.225.
    const r = standardiseOne([10, 30], [100, 50], [0.75, 0.25]);
    expect(r.share).toBeCloseTo(0.225, 12);
    // Variance with p̃ = (x + ½)/(n + 1): 0.75²·p̃1(1−p̃1)/100 + 0.25²·p̃2(1−p̃2)/50.
    const p1 = 10.5 / 101, p2 = 30.5 / 51;
    const half = 1.96 * Math.sqrt((0.5625 * p1 * (1 - p1)) / 100 + (0.0625 * p2 * (1 - p2)) / 50);
    expect(r.lo).toBeCloseTo(0.225 - half, 12);
    expect(r.hi).toBeCloseTo(0.225 + half, 12);
    // Second stratum absent: its weight goes to the first, the share is the first stratum's.
    expect(standardiseOne([10, 0], [100, 0], [0.75, 0.25]).share).toBeCloseTo(0.1, 12);
    expect(standardiseOne([0, 0], [0, 0], [0.75, 0.25])).toEqual({ share: 0, lo: 0, hi: 1 });
  });
});

describe('shiftShare', () => {
  it('splits a change that is all mix into mix, and sums exactly to the raw change', () => {
    // Item share 0.5 in stratum A and 0.1 in B in both windows; the mix moves from 10% A to 50% A.
    const r = shiftShare([5, 9], [10, 90], [50, 5], [100, 50]);
    expect(r.within).toBeCloseTo(0, 12);
    expect(r.mix).toBeCloseTo(r.raw, 12);
    expect(r.raw).toBeCloseTo(55 / 150 - 14 / 100, 12);
    const s = shiftShare([5, 9], [10, 90], [80, 20], [100, 100]);
    expect(s.mix + s.within).toBeCloseTo(s.raw, 12);
    expect(s.within).toBeGreaterThan(0);
  });
});
