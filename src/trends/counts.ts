/** Counting papers per bin: the one loop every trend table is built on. */
import type { Period } from './types.js';

/** Papers per bin among `docs` (sorted or not); papers with bin -1 are skipped. */
export function countByPeriod(docs: ArrayLike<number>, docPeriod: Int32Array, periodCount: number): Int32Array {
  const counts = new Int32Array(periodCount);
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i];
    if (doc >= docPeriod.length) throw new Error(`countByPeriod: document index ${doc} is out of range (${docPeriod.length} papers)`);
    const p = docPeriod[doc];
    if (p >= 0) counts[p]++;
  }
  return counts;
}

/** count / total, 0 for an empty bin (a share of nothing is not a number people can use). */
export function share(count: number, total: number): number {
  return total > 0 ? count / total : 0;
}

/** Totals of each bin as a plain array (the denominators of every share). */
export function periodTotals(periods: readonly Period[]): number[] {
  return periods.map((p) => p.total);
}
