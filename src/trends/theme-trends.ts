/**
 * Theme (or single-term) trends: papers mentioning a theme per bin. A paper
 * can mention several themes, so shares across themes need not sum to 1.
 */
import { countByPeriod, share } from './counts.js';
import type { Period, ThemeDocs, ThemeTrendRow } from './types.js';

/** One row per theme and bin, themes in the given order, bins in time order. */
export function themeTrends(
  themes: readonly ThemeDocs[],
  docPeriod: Int32Array,
  periods: readonly Period[],
): ThemeTrendRow[] {
  const rows: ThemeTrendRow[] = [];
  for (const theme of themes) {
    const counts = theme.counts ?? countByPeriod(theme.docs, docPeriod, periods.length);
    periods.forEach((period, p) => {
      rows.push({
        period: period.key,
        theme: theme.name,
        count: counts[p],
        share: share(counts[p], period.total),
        period_total: period.total,
        partial: period.partial,
      });
    });
  }
  return rows;
}
