/**
 * One topic's (or a group of topics') share per bin with a Wilson 95%
 * interval and its top words in each bin: the trend of a topic page, shared by
 * the dashboard and the report.
 */
import { wilsonInterval } from '../trends/index.js';
import type { Period, TopicTrendRow } from '../trends/index.js';

export interface TrendPoint {
  period: string;
  count: number;
  /** Papers in the bin. */
  total: number;
  share: number;
  /** Wilson 95% interval of the share. */
  lo: number;
  hi: number;
  partial: boolean;
  /** The topic's top words within this bin (topics over time); '' for a group of topics. */
  terms: string;
  /**
   * Share adjusted for the corpus mix (src/trends/standardise.ts). For a group of topics the sum of
   * theirs: direct standardisation is linear in the counts, so the sum is the group's adjusted share.
   */
  adjusted: number;
}

export function topicTrendPoints(rows: readonly TopicTrendRow[], periods: readonly Period[], topics: readonly number[]): TrendPoint[] {
  const set = new Set(topics);
  const byPeriod = new Map<string, { count: number; terms: string; adjusted: number }>();
  for (const r of rows) {
    if (!set.has(r.topic)) continue;
    const cell = byPeriod.get(r.period) ?? { count: 0, terms: '', adjusted: 0 };
    cell.count += r.count;
    cell.adjusted += r.adjusted_share ?? r.share;
    if (topics.length === 1) cell.terms = r.top_terms;
    byPeriod.set(r.period, cell);
  }
  return periods.map((p) => {
    const cell = byPeriod.get(p.key) ?? { count: 0, terms: '', adjusted: 0 };
    const { lo, hi } = wilsonInterval(cell.count, p.total);
    const share = p.total ? cell.count / p.total : 0;
    return { period: p.key, count: cell.count, total: p.total, share, lo, hi, partial: p.partial, terms: cell.terms, adjusted: cell.adjusted };
  });
}
