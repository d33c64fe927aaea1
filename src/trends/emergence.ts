/**
 * Growth and emergence: did a topic's or theme's share of papers change
 * between a baseline window and a recent one, beyond what chance explains?
 *
 * Each item gets a pooled two-proportion z-test (papers of the item out of
 * all papers in each window). Because many items are tested at once, the
 * p-values are adjusted with Benjamini-Hochberg across the tested items and an
 * item is significant when its adjusted p (q) <= alpha (default 0.05), i.e.
 * the expected share of false "trends" among those reported is at most alpha.
 * Non-significant changes are `stable` and never ranked as trends.
 */
import { benjaminiHochberg, twoProportionZTest } from './stats.js';
import type { CountSeries } from './series.js';
import type { ChangeRow, Period } from './types.js';
import { chooseWindows, type TimeWindow, type WindowOptions } from './windows.js';

export interface EmergenceOptions extends WindowOptions {
  /** False discovery rate for the Benjamini-Hochberg procedure. Default 0.05. */
  alpha?: number;
  /**
   * Items with fewer papers than this in both windows together are not tested
   * (stable, p = q = 1) and do not count in the correction. Default 5.
   */
  minCount?: number;
}

export interface EmergenceResult {
  /** One row per item, in input order. */
  rows: ChangeRow[];
  /** Significant rises, largest change in share first. */
  emerging: ChangeRow[];
  /** Significant falls, largest drop first. */
  declining: ChangeRow[];
  before: TimeWindow;
  after: TimeWindow;
  /** Set when the windows are smaller than asked for (too few full bins). */
  shrunk?: string;
  alpha: number;
  correction: 'benjamini-hochberg';
  /**
   * Adjusted tests only: the share of a window's papers in strata present in both windows (the smaller of
   * the two), the papers the CMH test rests on (low when a stratum is confounded with time, e.g. a source switch).
   */
  overlap?: number;
}

function sumOver(values: ArrayLike<number>, indices: readonly number[]): number {
  let s = 0;
  for (const i of indices) s += values[i];
  return s;
}

/** Test every series for a change in share between the two windows. */
export function detectEmergence(
  series: readonly CountSeries[],
  periods: readonly Period[],
  opts: EmergenceOptions = {},
): EmergenceResult {
  const alpha = opts.alpha ?? 0.05;
  const minCount = opts.minCount ?? 5;
  const { before, after, shrunk } = chooseWindows(periods, opts);
  const totals = periods.map((p) => p.total);
  const nBefore = sumOver(totals, before.indices);
  const nAfter = sumOver(totals, after.indices);

  const rows: ChangeRow[] = series.map((s) => {
    if (s.counts.length !== periods.length) {
      throw new Error(`detectEmergence: series "${s.name}" has ${s.counts.length} bins, expected ${periods.length}`);
    }
    const xBefore = sumOver(s.counts, before.indices);
    const xAfter = sumOver(s.counts, after.indices);
    const shareBefore = nBefore > 0 ? xBefore / nBefore : 0;
    const shareAfter = nAfter > 0 ? xAfter / nAfter : 0;
    const { z, p } = xBefore + xAfter >= minCount ? twoProportionZTest(xBefore, nBefore, xAfter, nAfter) : { z: 0, p: 1 };
    return {
      kind: s.kind,
      name: s.name,
      ...(s.topic !== undefined ? { topic: s.topic } : {}),
      share_before: shareBefore,
      share_after: shareAfter,
      change: shareAfter - shareBefore,
      z,
      p,
      significant: false,
      direction: 'stable',
      q: 1,
      count_before: xBefore,
      count_after: xAfter,
      total_before: nBefore,
      total_after: nAfter,
    };
  });

  const tested = rows.filter((r) => (r.count_before ?? 0) + (r.count_after ?? 0) >= minCount);
  const q = benjaminiHochberg(tested.map((r) => r.p));
  tested.forEach((r, i) => {
    r.q = q[i];
    r.significant = q[i] <= alpha && r.change !== 0;
    if (r.significant) r.direction = r.change > 0 ? 'emerging' : 'declining';
  });

  const emerging = rows.filter((r) => r.direction === 'emerging').sort((a, b) => b.change - a.change || b.z - a.z);
  const declining = rows.filter((r) => r.direction === 'declining').sort((a, b) => a.change - b.change || a.z - b.z);
  return { rows, emerging, declining, before, after, ...(shrunk ? { shrunk } : {}), alpha, correction: 'benjamini-hochberg' };
}
