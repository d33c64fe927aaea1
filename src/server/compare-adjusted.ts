/**
 * Side by side, adjusted: comparing two sources within categories (or two
 * categories within sources), so "source B has more 3D papers" is not just
 * "source B has more cs.CV papers". Per topic a Cochran–Mantel–Haenszel test
 * across the other field's strata (one 2 × 2 table per stratum: topic or not,
 * segment B or A), Benjamini–Hochberg across topics; the difference shown is
 * the share difference standardised to the two segments' pooled mix, over the
 * strata both segments have, with a 95% interval from the two standardised
 * shares' intervals (src/trends/difference.ts). The raw test is kept in raw_*.
 */
import { benjaminiHochberg, cochranMantelHaenszel, differenceInterval, standardiseOne, type Table2x2 } from '../trends/index.js';
import type { TopicModel } from '../model/index.js';

/** The fields of a side-by-side row this file reads and rewrites. */
interface Row {
  topic: number;
  difference: number;
  ci_lo: number;
  ci_hi: number;
  z: number;
  p: number;
  q: number;
  significant: boolean;
}

type Field = 'category' | 'source';
/** A paper's segment for a side-by-side field: its primary category or its source. */
export const segmentKey = (field: Field, p: { categories?: string[]; source?: string }) => (field === 'category' ? p.categories?.[0] : p.source);
const valueOf = (field: Field, p: { categories?: string[]; source?: string }) => segmentKey(field, p) ?? '(none)';

/** Adjust rows in place; returns what they were adjusted by ('none' when the other field has fewer than two values in common). */
export function adjustSideBySide(model: TopicModel, rows: Row[], by: Field, a: string, b: string, alpha: number): Field | 'none' {
  const other: Field = by === 'category' ? 'source' : 'category';
  const strata = new Map<string, number>();
  const slot = new Map(rows.map((r, i) => [r.topic, i]));
  const cells: { nA: number[]; nB: number[]; xA: number[][]; xB: number[][] } = { nA: [], nB: [], xA: rows.map(() => []), xB: rows.map(() => []) };
  for (const p of model.papers) {
    const k = valueOf(by, p);
    if (k !== a && k !== b) continue;
    const v = valueOf(other, p);
    let s = strata.get(v);
    if (s === undefined) {
      s = strata.size;
      strata.set(v, s);
      cells.nA.push(0); cells.nB.push(0);
      for (const x of [...cells.xA, ...cells.xB]) x.push(0);
    }
    const t = slot.get(p.topic);
    if (k === b) { cells.nB[s]++; if (t !== undefined) cells.xB[t][s]++; } else { cells.nA[s]++; if (t !== undefined) cells.xA[t][s]++; }
  }
  const common = [...strata.values()].filter((s) => cells.nA[s] > 0 && cells.nB[s] > 0);
  if (common.length < 2) return 'none';
  const total = common.reduce((n, s) => n + cells.nA[s] + cells.nB[s], 0);
  const w = common.map((s) => (cells.nA[s] + cells.nB[s]) / total);
  const tests = rows.map((_, i) => cochranMantelHaenszel(common.map((s): Table2x2 => ({
    a: cells.xB[i][s], b: cells.nB[s] - cells.xB[i][s], c: cells.xA[i][s], d: cells.nA[s] - cells.xA[i][s],
  }))));
  const q = benjaminiHochberg(tests.map((t) => t.p));
  rows.forEach((r, i) => {
    const shareA = standardiseOne(common.map((s) => cells.xA[i][s]), common.map((s) => cells.nA[s]), w);
    const shareB = standardiseOne(common.map((s) => cells.xB[i][s]), common.map((s) => cells.nB[s]), w);
    const ci = differenceInterval(shareA, shareB);
    Object.assign(r, {
      raw_difference: r.difference, raw_z: r.z, raw_p: r.p, raw_q: r.q, raw_significant: r.significant, raw_ci_lo: r.ci_lo, raw_ci_hi: r.ci_hi,
      adjusted_shareA: shareA.share, adjusted_shareB: shareB.share, difference: shareB.share - shareA.share, ci_lo: ci.lo, ci_hi: ci.hi,
      z: tests[i].z, p: tests[i].p, q: q[i], significant: q[i] <= alpha && tests[i].z !== 0,
      odds_ratio: tests[i].oddsRatio, odds_ratio_lo: tests[i].lo, odds_ratio_hi: tests[i].hi,
    });
  });
  return other;
}
