/**
 * The trend tables of a transformed corpus, built from its parts: topic
 * trends and category trends from the SQL aggregation, adjusted shares and
 * growth tests on the topic series by the strata of the same grouped counts
 * (each part row keeps its paper's primary category and source), and the
 * mix-shift warnings from papers per day and stratum. Theme and term trends
 * and bursts need the texts: they stay empty (`serve` has them).
 */
import { adjustCountedTopics, hiddenTopicsNote, mixShiftNotes, trendSkips, isSkipped } from '../analysis/index.js';
import type { BinUnit, TopicRef } from '../trends/index.js';
import { TREND_DEFAULTS, type TrendOptions } from '../model/index.js';
import type { TrendTables } from '../analysis/index.js';
import { aggregateParts } from './aggregate.js';
import { categoryTrendsFromCounts } from './category-trends.js';
import { partsStrata } from './parts-strata.js';
import { partsMixShifts } from './parts-mix.js';

export interface PartsTrendOptions extends Pick<TrendOptions, 'recent' | 'baseline' | 'alpha' | 'topCategories' | 'adjustBy'> {
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
  const { strata, counts: stratumCounts } = partsStrata(agg.cellCounts, agg.periods, topics, options.adjustBy ?? TREND_DEFAULTS.adjustBy);
  const { emergence, notes } = adjustCountedTopics({
    rows: agg.topicTrends, periods: agg.periods, series, strata, counts: stratumCounts,
    testSkipped: isSkipped(skipped, 'growth-test'), options,
  });
  const warnings = partsMixShifts(agg.mixCounts, agg.periods);
  // Parts carry no text: theme and term trends and bursts need the abstracts.
  const fromParts = { id: 'bursts' as const, what: 'theme and term trends and bursts', reason: 'built from Parquet parts, which carry no text' };
  return {
    skipped: [...skipped.filter((s) => s.id !== 'bursts'), fromParts],
    notes: [...(hidden.length ? [hiddenTopicsNote(hidden, agg.hiddenPapers)] : []), ...notes, ...mixShiftNotes(warnings)],
    bin: agg.bin,
    periods: agg.periods,
    selected: agg.papers - agg.undated,
    undated: agg.undated,
    topicTrends: agg.topicTrends,
    themeTrends: [],
    termTrends: [],
    emergence,
    bursts: [],
    categoryTrends: categoryTrendsFromCounts(agg.cellCounts, agg.periods, topics, options.topCategories ?? TREND_DEFAULTS.topCategories),
    warnings,
    papers: agg.papers,
    topicSizes: agg.topicSizes,
    duplicates: agg.duplicates,
    ...(hidden.length ? { hidden: { topics: hidden, papers: agg.hiddenPapers } } : {}),
    strata,
  };
}
