/**
 * What the trend statistics of a corpus can support. A month of papers, one
 * date, or no dates at all still has topics, a map and sizes; only the
 * statistics that need several bins are left out, each with a reason that is
 * written to run.json, shown in the report and sent to the dashboard.
 */
import { fullBins, type Period, type SkippedStatistic } from '../trends/index.js';

/** Stable ids of what can be skipped; `what` and `reason` are the words people read. */
export type SkipId = 'over-time' | 'growth-test' | 'bursts';

export interface Skip extends SkippedStatistic {
  id: SkipId;
}

/** Kleinberg's burst state needs a rest of the series to stand out from: with n bins entering a burst costs ln n, which is 0.7 at 2 bins. */
export const MIN_BURST_BINS = 3;

/** The statistics that cannot be computed on these bins, and why. `why` explains an empty binning (no dates, too many bins). */
export function trendSkips(periods: readonly Period[], bin: string, why?: string): Skip[] {
  const n = periods.length;
  const full = fullBins(periods);
  const none = why ?? 'no paper in the selection has a date';
  const one = n === 1 ? `all dated papers fall in one ${bin} bin (${periods[0].key})` : '';
  const skips: Skip[] = [];
  if (n < 2) skips.push({ id: 'over-time', what: 'charts over time (topics over time, heatmap, themes, categories)', reason: n === 0 ? none : one });
  if (full < 2) {
    const reason = n === 0 ? none : `needs at least 2 full ${bin} bins to compare two windows, found ${full}` + (n > full ? ` (the last bin, ${periods[n - 1].key}, is partial)` : '');
    skips.push({ id: 'growth-test', what: 'growth test of topics and themes (emerging.csv)', reason });
  }
  if (n < MIN_BURST_BINS) skips.push({ id: 'bursts', what: 'burst detection (bursts.csv)', reason: n === 0 ? none : `needs at least ${MIN_BURST_BINS} ${bin} bins, found ${n}` });
  return skips;
}

export const isSkipped = (skipped: readonly Skip[], id: SkipId) => skipped.some((s) => s.id === id);
