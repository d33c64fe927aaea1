/**
 * The adjusted columns, growth test and notes of topic trends that arrive as
 * counts rather than papers (a scaled run's parts, grouped by SQL): the same
 * functions computeTrendTables applies to papers, so a scaled run and an
 * in-memory run of the same papers give the same adjusted figures.
 */
import type { CountSeries, Period, Strata, StratumGrid, TopicTrendRow } from '../trends/index.js';
import { TREND_DEFAULTS, type TrendOptions } from '../model/index.js';
import { fillAdjusted, stratumBase } from './adjusted-rows.js';
import { emergenceNotes, skippedEmergence, trendEmergence, type TrendEmergence } from './trend-emergence.js';

export interface CountedTopics {
  /** Topic trend rows, topic-major (topic i, bin p at i · P + p); their adjusted columns are filled in place. */
  rows: TopicTrendRow[];
  periods: Period[];
  /** Papers per bin of each topic, in the rows' topic order. */
  series: CountSeries[];
  /** What to adjust by (`by: 'none'` with a note when not adjusting). */
  strata: Strata;
  /** Papers per (stratum, bin): all of them, and each topic's (rows' order); absent when not adjusting. */
  counts?: { grid: StratumGrid; totals: Int32Array; topics: Int32Array[] };
  /** The growth test is listed in `skipped` (too few bins). */
  testSkipped: boolean;
  options: Pick<TrendOptions, 'recent' | 'baseline' | 'alpha'>;
}

export function adjustCountedTopics(c: CountedTopics): { emergence: TrendEmergence; notes: string[] } {
  const base = c.counts && stratumBase(c.counts.totals, c.counts.grid);
  fillAdjusted(c.rows, c.counts?.topics, base);
  const emergence = c.testSkipped
    ? skippedEmergence(c.options.alpha ?? TREND_DEFAULTS.alpha)
    : trendEmergence({
      topicCounts: c.series, themeCounts: [], topicStrata: c.counts?.topics, themeStrata: c.counts ? [] : undefined,
      topicBase: base, base, periods: c.periods, confident: { periods: c.periods, left: 0 }, options: c.options, strata: c.strata,
    });
  return { emergence, notes: [...(c.strata.note ? [c.strata.note] : []), ...emergenceNotes(emergence, c.strata)] };
}
