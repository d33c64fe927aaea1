/**
 * The growth test of the trend tables: topics and themes together, adjusted
 * by the run's strata when it has them (src/trends/adjusted-emergence.ts).
 * With --min-confidence topics and themes divide by different totals, so each
 * is tested (and BH-corrected) on its own.
 */
import { detectAdjustedEmergence, type CountSeries, type EmergenceResult, type Period, type Strata, type TimeWindow } from '../trends/index.js';
import { TREND_DEFAULTS, type TrendOptions } from '../model/index.js';
import { joinEmergence } from './confident.js';
import { stratified, type stratumCounts } from './adjusted-rows.js';

/** Growth test results; without windows (and rows) when the test was skipped. */
export type TrendEmergence = Omit<EmergenceResult, 'before' | 'after'> & { before?: TimeWindow; after?: TimeWindow };

type Base = ReturnType<typeof stratumCounts>;

export interface EmergenceInputs {
  topicCounts: CountSeries[];
  themeCounts: CountSeries[];
  /** Per-(stratum, bin) counts of each topic and theme (undefined without strata). */
  topicStrata?: Int32Array[];
  themeStrata?: Int32Array[];
  /** Stratum totals for topics (confident papers) and for themes (all papers). */
  topicBase: Base;
  base: Base;
  periods: Period[];
  confident: { periods: Period[]; left: number };
  options: TrendOptions;
  strata: Strata;
}

export function trendEmergence(i: EmergenceInputs): TrendEmergence {
  const { options, strata } = i;
  const windows = {
    recent: options.recent ?? TREND_DEFAULTS.recent,
    baseline: options.baseline ?? TREND_DEFAULTS.baseline,
    alpha: options.alpha ?? TREND_DEFAULTS.alpha,
  };
  if (i.confident.left === 0) {
    const series = i.topicStrata && i.themeStrata ? [...i.topicStrata, ...i.themeStrata] : undefined;
    return detectAdjustedEmergence([...i.topicCounts, ...i.themeCounts], i.periods, stratified(strata, i.base, series), windows);
  }
  return joinEmergence(
    detectAdjustedEmergence(i.topicCounts, i.confident.periods, stratified(strata, i.topicBase, i.topicStrata), windows),
    detectAdjustedEmergence(i.themeCounts, i.periods, stratified(strata, i.base, i.themeStrata), windows),
  );
}
