/**
 * The growth test of the trend tables: topics and themes together, adjusted
 * by the run's strata when it has them (src/trends/adjusted-emergence.ts).
 * With --min-confidence topics and themes divide by different totals, so each
 * is tested (and BH-corrected) on its own. Tracked terms (`terms`) are always
 * their own family: asking about a word does not change a topic's q.
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
  /** Tracked terms (`terms`), counted over all papers like themes, and their per-(stratum, bin) counts. */
  termCounts?: CountSeries[];
  termStrata?: Int32Array[];
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
  let main: EmergenceResult;
  if (i.confident.left === 0) {
    const series = i.topicStrata && i.themeStrata ? [...i.topicStrata, ...i.themeStrata] : undefined;
    main = detectAdjustedEmergence([...i.topicCounts, ...i.themeCounts], i.periods, stratified(strata, i.base, series), windows);
  } else {
    main = joinEmergence(
      detectAdjustedEmergence(i.topicCounts, i.confident.periods, stratified(strata, i.topicBase, i.topicStrata), windows),
      detectAdjustedEmergence(i.themeCounts, i.periods, stratified(strata, i.base, i.themeStrata), windows),
    );
  }
  if (!i.termCounts?.length) return main;
  return joinEmergence(main, detectAdjustedEmergence(i.termCounts, i.periods, stratified(strata, i.base, i.termStrata), windows));
}

/** The growth test's result when the corpus cannot support it (listed in `skipped`). */
export function skippedEmergence(alpha: number): TrendEmergence {
  return { rows: [], emerging: [], declining: [], alpha, correction: 'benjamini-hochberg' };
}

/** Below this share of the windows' papers in strata both windows have, the adjusted test says it rests on few papers. */
const MIN_OVERLAP = 0.5;

/** What the growth test's result is worth a sentence for: shrunk windows, an adjusted test resting on few papers. */
export function emergenceNotes(emergence: TrendEmergence, strata: Strata): string[] {
  const notes: string[] = [];
  if (emergence.shrunk) notes.push(emergence.shrunk);
  if (emergence.overlap !== undefined && emergence.overlap < MIN_OVERLAP) {
    notes.push(`adjusted growth test rests on ${Math.round(emergence.overlap * 100)}% of one window's papers: the other ${strata.by === 'category' ? 'categories' : 'sources'} appear in only one window (the ${strata.by} is confounded with time), so few changes can be told apart from the mix`);
  }
  return notes;
}
