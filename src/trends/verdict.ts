/**
 * One verdict per item, the shape dashboards and reports build on: which way
 * it moved (by the adjusted test when the run adjusted), by how much, with what
 * q, since which bin, and what the test was adjusted by.
 */
import type { ChangeRow } from './types.js';

export interface Verdict {
  direction: ChangeRow['direction'];
  /** Change in (adjusted) share, recent minus baseline window. */
  change: number;
  q: number;
  /** Bin key since which the verdict held; null for stable items. */
  since: string | null;
  adjusted_by: 'category' | 'source' | 'none';
}

export function verdictOf(row: ChangeRow): Verdict {
  return {
    direction: row.direction,
    change: row.change,
    q: row.q ?? 1,
    since: row.direction === 'stable' ? null : row.since ?? null,
    adjusted_by: row.adjusted_by ?? 'none',
  };
}
