/**
 * Category trends from grouped counts (period, category, topic, n) instead of
 * one entry per paper: the same rows as trends/segments.ts `categoryTrends`
 * (largest categories by dated papers, every bin and topic, zero where empty).
 */
import { categoryRows } from '../trends/index.js';
import type { CategoryTrendRow, Period, TopicRef } from '../trends/index.js';

export interface CategoryCount {
  period: string;
  /** Primary category, '' for none (left out of category trends). */
  category: string;
  topic: number;
  n: number;
}

/** A cell of the parts' grouped counts (store/sql.ts CELL_COUNTS_SQL). */
export interface CellCount extends CategoryCount {
  /** '' for none. */
  source: string;
}

export function categoryTrendsFromCounts(counts: readonly CategoryCount[], periods: readonly Period[], topics: readonly TopicRef[], top = 8): CategoryTrendRow[] {
  const size = new Map<string, number>();
  counts = counts.filter((c) => c.category !== '');
  for (const c of counts) size.set(c.category, (size.get(c.category) ?? 0) + c.n);
  const kept = [...size.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, top).map(([c]) => c);
  const catSlot = new Map(kept.map((c, i) => [c, i]));
  const periodSlot = new Map(periods.map((p, i) => [p.key, i]));
  const topicSlot = new Map(topics.map((t, i) => [t.id, i]));
  const P = periods.length, T = topics.length;
  const totals = new Int32Array(kept.length * P);
  const cells = new Int32Array(kept.length * P * T);
  for (const c of counts) {
    const k = catSlot.get(c.category);
    const p = periodSlot.get(c.period);
    if (k === undefined || p === undefined) continue;
    totals[k * P + p] += c.n;
    const t = topicSlot.get(c.topic);
    if (t !== undefined) cells[(k * P + p) * T + t] += c.n;
  }
  return categoryRows(kept, periods, topics, totals, cells);
}
