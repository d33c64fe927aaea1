/**
 * A seeded, date-stratified sample chosen in two streaming passes, so the fit
 * sample of a million-paper corpus never needs the corpus in memory. Pass 1
 * sees every (id, date) and keeps one float per paper (8 MB at 1M); the quota
 * of each month is its share of the corpus; pass 2 keeps a paper when its
 * seeded key is among the smallest `quota` keys of its month. Keys come from
 * the id and seed only (the same `sampleKey` as `--sample`), so the sample
 * does not depend on input order.
 */
import { sampleKey } from '../corpus/index.js';

/** Stratum of a date: its month, '' for undated papers (a stratum of their own). */
const stratum = (date: string | undefined) => (date ? date.slice(0, 7) : '');

export class StratifiedSampler {
  private keys = new Map<string, number[]>();
  private limits?: Map<string, number>;
  /** Papers seen in pass 1. */
  seen = 0;

  constructor(readonly size: number, readonly seed: number) {
    if (!(Number.isInteger(size) && size > 0)) throw new TypeError(`StratifiedSampler: size must be a positive integer, got ${size}`);
  }

  /** Pass 1: note one paper. */
  add(id: string, date: string | undefined): void {
    if (this.limits) throw new Error('StratifiedSampler: add() after keeps() started');
    const s = stratum(date);
    let list = this.keys.get(s);
    if (!list) this.keys.set(s, (list = []));
    list.push(sampleKey(id, this.seed));
    this.seen++;
  }

  /** Per stratum, the largest key kept; quotas by largest remainder so they add up to `size` exactly. */
  private thresholds(): Map<string, number> {
    const strata = [...this.keys.keys()].sort();
    const target = Math.min(this.size, this.seen);
    const exact = strata.map((s) => (target * this.keys.get(s)!.length) / Math.max(1, this.seen));
    const quota = exact.map(Math.floor);
    let left = target - quota.reduce((a, b) => a + b, 0);
    const order = strata.map((_, i) => i).sort((a, b) => exact[b] - quota[b] - (exact[a] - quota[a]) || a - b);
    for (const i of order) { if (left-- <= 0) break; quota[i]++; }
    const limits = new Map<string, number>();
    strata.forEach((s, i) => {
      const sorted = Float64Array.from(this.keys.get(s)!).sort();
      limits.set(s, quota[i] > 0 ? sorted[quota[i] - 1] : -1);
    });
    this.keys.clear();
    return limits;
  }

  /** Pass 2: is this paper in the sample? */
  keeps(id: string, date: string | undefined): boolean {
    this.limits ??= this.thresholds();
    const limit = this.limits.get(stratum(date));
    return limit !== undefined && sampleKey(id, this.seed) <= limit;
  }
}
