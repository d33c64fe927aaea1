/** Trend analytics over time bins: pure functions over plain data (no text processing). */
export type * from './types.js';
export { BIN_UNITS } from './types.js';
export { makePeriods, periodIndexOf, type MakePeriodsOptions } from './bins.js';
export { countByPeriod, share, periodTotals } from './counts.js';
export { topicTrends, type TopTermsFn, type TopicTrendsOptions } from './topic-trends.js';
export { themeTrends } from './theme-trends.js';
export { topicSeries, themeSeries, type CountSeries } from './series.js';
export { binsInRange, chooseWindows, fullBins, type ChosenWindows, type DateRange, type TimeWindow, type WindowOptions } from './windows.js';
export { detectEmergence, type EmergenceOptions, type EmergenceResult } from './emergence.js';
export { erfc, normalCdf, twoProportionZTest, benjaminiHochberg, type ZTestResult } from './stats.js';
export { detectBursts, burstRows, type BurstOptions, type BurstInterval, type BurstSeries } from './bursts.js';
export {
  selectDocs, restrictBinning, primaryCategories, categoryTrends,
  type SegmentPaper, type SegmentFilter, type CategoryTrendsOptions,
} from './segments.js';
export { detectMixShifts, totalVariation, type MixShiftOptions } from './mix-shift.js';
export { loadThemes, parseThemes } from './themes.js';
export { chooseBin, type ChooseBinOptions } from './choose-bin.js';
export { MAX_BINS, TooManyBinsError, checkBinCount } from './bin-limit.js';
export * from './calendar.js';
export * from './wilson.js';
export * from './difference.js';
export * from './segments.js';
export { resolveStrata, chooseStrata, stratumSlot, stratumValue, MISSING_STRATUM, MIN_STRATUM, MIN_STRATUM_SHARE, OTHER, type AdjustBy, type Strata, type StrataChoice, type StratumPaper } from './strata.js';
export * from './stratified-counts.js';
export { corpusMix, standardiseOne, standardisedShares, type StandardisedShares } from './standardise.js';
export { cochranMantelHaenszel, type CmhResult, type Table2x2 } from './cmh.js';
export { shiftShare, type ShiftShare } from './shift-share.js';
export { detectAdjustedEmergence, type StratifiedCounts } from './adjusted-emergence.js';
export { sinceBin } from './since.js';
export { verdictOf, type Verdict } from './verdict.js';
export { plantDates, ramp, type PlantOptions, type RampShape } from './planted.js';
export { scoreVerdicts, type VerdictScore } from './verdict-score.js';
export { plantedTopics, type PlantPaper } from './planted-topics.js';
