/**
 * All trend tables of a model for one set of trend options: topic, theme and
 * per-category trends, growth tests, bursts and data-quality warnings. Used by
 * `run`, `trends`, the report, the dashboard and notebooks alike.
 */
import {
  topicTrends, themeTrends, topicSeries, themeSeries,
  detectEmergence, burstRows, chooseBin, categoryTrends, primaryCategories, detectMixShifts,
  type EmergenceResult, type Period, type TopicTrendRow, type ThemeTrendRow, type BurstRow,
  type CategoryTrendRow, type MixShiftWarning, type ThemeDocs, type BinUnit,
} from '../trends/index.js';
import { TREND_DEFAULTS, type TrendOptions } from './options.js';
import type { TopicModel } from './model.js';
import { topTermsWithinBins } from './describe-topics.js';
import { segmentBinning, termTrends } from './term-trends.js';
import { confidentBinning, joinEmergence } from './confident.js';

export interface TrendTables {
  bin: BinUnit;
  periods: Period[];
  /** Dated papers in the selection (segment) the tables describe. */
  selected: number;
  undated: number;
  topicTrends: TopicTrendRow[];
  themeTrends: ThemeTrendRow[];
  /** Trends of the words and phrases asked for with `terms` (`theme` holds the term as typed). */
  termTrends: ThemeTrendRow[];
  emergence: EmergenceResult;
  bursts: BurstRow[];
  categoryTrends: CategoryTrendRow[];
  warnings: MixShiftWarning[];
  /** Dated papers left out of topic shares by `minConfidence` (absent when none). */
  lowConfidence?: { threshold: number; papers: number };
}

/** Bursts weaker than this are noise on a flat series (seen on planted data: spurious ≤ 7, real ≥ 38). */
const MIN_BURST_STRENGTH = 10;

/** Papers mentioning each theme, from the model's term index. */
export function themeDocs(model: TopicModel, themes = model.themes): ThemeDocs[] {
  return themes.map((t) => ({ name: t.name, docs: model.termIndex.matchTheme(t) }));
}

/** Terms watched for bursts: the top three terms of every topic, each once. */
function labelTerms(model: TopicModel): string[] {
  return [...new Set(model.topics.flatMap((t) => t.terms.slice(0, 3).map((x) => x.term)))];
}

export function computeTrendTables(model: TopicModel, options: TrendOptions = {}): TrendTables {
  const papers = model.papers;
  const requested = options.bin ?? TREND_DEFAULTS.bin;
  const bin = requested === 'auto' ? chooseBin(papers.map((p) => p.date)) : requested;
  const binning = segmentBinning(model, { ...options, bin });
  const { docPeriod, periods } = binning;
  const docTopic = Int32Array.from(papers, (p) => p.topic);
  // Topic shares may leave low-confidence papers out (--min-confidence); themes and terms never do.
  const confident = confidentBinning(model, docPeriod, periods, options.minConfidence ?? 0);

  const topicRows = topicTrends(docTopic, confident.docPeriod, confident.periods, model.topics, {
    topTerms: topTermsWithinBins(model, docTopic, confident.docPeriod, periods.length),
  });
  const themes = themeDocs(model);
  const themeRows = themeTrends(themes, docPeriod, periods);
  const termRows = termTrends(model, options.terms ?? [], binning);

  const topicCounts = topicSeries(docTopic, confident.docPeriod, periods, model.topics);
  const themeCounts = themeSeries(themes, docPeriod, periods);
  const windows = {
    recent: options.recent ?? TREND_DEFAULTS.recent,
    baseline: options.baseline ?? TREND_DEFAULTS.baseline,
    alpha: options.alpha ?? TREND_DEFAULTS.alpha,
  };
  // With --min-confidence topics and themes divide by different totals, so each is tested (and BH-corrected) on its own.
  const emergence = confident.left === 0
    ? detectEmergence([...topicCounts, ...themeCounts], periods, windows)
    : joinEmergence(detectEmergence(topicCounts, confident.periods, windows), detectEmergence(themeCounts, periods, windows));
  const termCounts = themeSeries(labelTerms(model).map((term) => ({ name: term, docs: model.termIndex.matchDocs(term) })), docPeriod, periods);
  const bursts = burstRows(
    [
      ...themeCounts.map((s) => ({ name: s.name, kind: 'theme' as const, counts: s.counts })),
      ...termCounts.map((s) => ({ name: s.name, kind: 'term' as const, counts: s.counts })),
    ],
    periods,
    { minStrength: MIN_BURST_STRENGTH },
  );

  const primary = primaryCategories(papers);
  const categories = categoryTrends(primary, docTopic, confident.docPeriod, periods, model.topics, { top: options.topCategories ?? TREND_DEFAULTS.topCategories });
  const dates = papers.map((p) => p.date);
  const warnings = [
    ...detectMixShifts(papers.map((p) => p.source), docPeriod, periods, 'source', { dates }),
    ...detectMixShifts(primary, docPeriod, periods, 'category', { dates }),
  ];

  let selected = 0;
  for (const p of docPeriod) if (p >= 0) selected++;
  return {
    bin,
    periods,
    selected,
    undated: papers.filter((p) => !p.date).length,
    topicTrends: topicRows,
    themeTrends: themeRows,
    termTrends: termRows,
    emergence,
    bursts,
    categoryTrends: categories,
    warnings,
    ...(confident.left ? { lowConfidence: { threshold: options.minConfidence!, papers: confident.left } } : {}),
  };
}
