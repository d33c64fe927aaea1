/**
 * Mix-shift warnings of a scaled run, from its parts' papers per day, bin,
 * primary category and source (store/sql.ts MIX_COUNTS_SQL): the same test
 * and change day as an in-memory run's (trends/mix-shift.ts), each grouped
 * row weighted by its papers, so the report's shift rules and notes appear
 * for a corpus of any size.
 */
import { detectMixShifts, type MixShiftWarning, type Period } from '../trends/index.js';

export interface MixCount {
  /** YYYY-MM-DD. */
  date: string;
  period: string;
  /** '' for none. */
  category: string;
  source: string;
  n: number;
}

export function partsMixShifts(counts: readonly MixCount[], periods: readonly Period[]): MixShiftWarning[] {
  const slot = new Map(periods.map((p, i) => [p.key, i]));
  const docPeriod = Int32Array.from(counts, (c) => slot.get(c.period) ?? -1);
  const opts = { dates: counts.map((c) => c.date), weights: counts.map((c) => c.n) };
  // '' is a paper without the field, as undefined is in memory.
  const values = (field: 'category' | 'source') => counts.map((c) => c[field] || undefined);
  // Source first, as in-memory trend tables list them.
  return [
    ...detectMixShifts(values('source'), docPeriod, periods, 'source', opts),
    ...detectMixShifts(values('category'), docPeriod, periods, 'category', opts),
  ];
}
