/**
 * The trend tables of a transformed corpus, built from its parts: topic
 * trends and category trends from the SQL aggregation, growth tests on the
 * topic series. Theme and term trends, bursts and mix-shift warnings need the
 * texts or per-paper sources, which parts do not carry: they stay empty (the
 * fitted sample's `run` has them).
 */
import { hiddenTopicsNote, trendSkips, isSkipped } from '../analysis/index.js';
import { detectAdjustedEmergence, type BinUnit, type TopicRef } from '../trends/index.js';
import { TREND_DEFAULTS, type TrendOptions } from '../model/index.js';
import type { TrendTables } from '../analysis/index.js';
import { aggregateParts } from './aggregate.js';
import { categoryTrendsFromCounts } from './category-trends.js';

export interface PartsTrendOptions extends Pick<TrendOptions, 'recent' | 'baseline' | 'alpha' | 'topCategories'> {
  /** Bin of the parts' `period` column. Default: read from the keys. */
  bin?: BinUnit;
}

/** `topics`: the model's; hidden ones (curate --hide) leave the tables and the shares' denominators, as in memory. */
export async function trendTablesFromParts(parts: readonly string[], allTopics: readonly (TopicRef & { hidden?: boolean })[], options: PartsTrendOptions): Promise<TrendTables & { papers: number; topicSizes: Map<number, number>; duplicates: number }> {
  const topics = allTopics.filter((t) => !t.hidden);
  const hidden = allTopics.filter((t) => t.hidden).map((t) => t.id);
  const agg = await aggregateParts(parts, { bin: options.bin, topics, hidden });
  const P = agg.periods.length;
  const slot = new Map(topics.map((t, i) => [t.id, i]));
  const counts = topics.map(() => new Int32Array(P));
  const periodSlot = new Map(agg.periods.map((p, i) => [p.key, i]));
  for (const r of agg.topicTrends) counts[slot.get(r.topic)!][periodSlot.get(r.period)!] = r.count;
  const series = topics.map((t, i) => ({ kind: 'topic' as const, name: t.label, topic: t.id, counts: counts[i] }));
  const skipped = trendSkips(agg.periods, agg.bin);
  const alpha = options.alpha ?? TREND_DEFAULTS.alpha;
  const emergence = isSkipped(skipped, 'growth-test')
    ? { rows: [], emerging: [], declining: [], alpha, correction: 'benjamini-hochberg' as const }
    : detectAdjustedEmergence(series, agg.periods, undefined, { recent: options.recent ?? TREND_DEFAULTS.recent, baseline: options.baseline ?? TREND_DEFAULTS.baseline, alpha });
  // Parts carry no text: theme and term trends and bursts need the abstracts.
  const fromParts = { id: 'bursts' as const, what: 'theme and term trends and bursts', reason: 'built from Parquet parts, which carry no text' };
  return {
    skipped: [...skipped.filter((s) => s.id !== 'bursts'), fromParts],
    notes: [
      ...(hidden.length ? [hiddenTopicsNote(hidden, agg.hiddenPapers)] : []),
      ...(emergence && 'shrunk' in emergence && emergence.shrunk ? [String(emergence.shrunk)] : []),
    ],
    bin: agg.bin,
    periods: agg.periods,
    selected: agg.papers - agg.undated,
    undated: agg.undated,
    topicTrends: agg.topicTrends,
    themeTrends: [],
    termTrends: [],
    emergence,
    bursts: [],
    categoryTrends: categoryTrendsFromCounts(agg.categoryCounts, agg.periods, topics, options.topCategories ?? TREND_DEFAULTS.topCategories),
    warnings: [],
    papers: agg.papers,
    topicSizes: agg.topicSizes,
    duplicates: agg.duplicates,
    ...(hidden.length ? { hidden: { topics: hidden, papers: agg.hiddenPapers } } : {}),
    // The SQL aggregation does not group by stratum yet: scaled runs report raw shares and tests (issue #23).
    strata: { by: 'none', docStratum: new Int32Array(0), names: [], pooled: [], note: 'not adjusted for the corpus mix: trends built from parts are raw' },
  };
}
