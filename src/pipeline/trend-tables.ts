/**
 * All trend tables of a model for one set of trend options: topic, theme and
 * per-category trends, growth tests, bursts and data-quality warnings. Used by
 * `run`, `trends`, the report, the dashboard and notebooks alike.
 */
import {
  makePeriods, restrictBinning, selectDocs, topicTrends, themeTrends, topicSeries, themeSeries,
  detectEmergence, burstRows, chooseBin, categoryTrends, primaryCategories, detectMixShifts,
  type EmergenceResult, type Period, type TopicTrendRow, type ThemeTrendRow, type BurstRow,
  type CategoryTrendRow, type MixShiftWarning, type ThemeDocs, type BinUnit,
} from '../trends/index.js';
import { TREND_DEFAULTS, type TrendOptions } from './options.js';
import type { TopicModel } from './model.js';
import { topTermsWithinBins } from './describe-topics.js';

export interface TrendTables {
  bin: BinUnit;
  periods: Period[];
  /** Papers in the selection (segment) the tables describe. */
  selected: number;
  undated: number;
  topicTrends: TopicTrendRow[];
  themeTrends: ThemeTrendRow[];
  emergence: EmergenceResult;
  bursts: BurstRow[];
  categoryTrends: CategoryTrendRow[];
  warnings: MixShiftWarning[];
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
  const filtered = Boolean(options.category?.length || options.source?.length || options.from || options.to);
  const selection = filtered
    ? selectDocs(papers, { category: options.category, source: options.source, from: options.from, to: options.to })
    : undefined;

  const all = makePeriods(papers.map((p) => p.date), bin);
  const { docPeriod, periods } = selection ? restrictBinning(all.docPeriod, all.periods, selection) : all;
  const docTopic = Int32Array.from(papers, (p) => p.topic);

  const topicRows = topicTrends(docTopic, docPeriod, periods, model.topics, { topTerms: topTermsWithinBins(model, docTopic, docPeriod, periods.length) });
  const themes = themeDocs(model);
  const themeRows = themeTrends(themes, docPeriod, periods);

  const topicCounts = topicSeries(docTopic, docPeriod, periods, model.topics);
  const themeCounts = themeSeries(themes, docPeriod, periods);
  const emergence = detectEmergence([...topicCounts, ...themeCounts], periods, {
    recent: options.recent ?? TREND_DEFAULTS.recent,
    baseline: options.baseline ?? TREND_DEFAULTS.baseline,
    alpha: options.alpha ?? TREND_DEFAULTS.alpha,
  });
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
  const categories = categoryTrends(primary, docTopic, docPeriod, periods, model.topics, { top: options.topCategories ?? TREND_DEFAULTS.topCategories });
  const dates = papers.map((p) => p.date);
  const warnings = [
    ...detectMixShifts(papers.map((p) => p.source), docPeriod, periods, 'source', { dates }),
    ...detectMixShifts(primary, docPeriod, periods, 'category', { dates }),
  ];

  return {
    bin,
    periods,
    selected: selection ? selection.length : papers.length,
    undated: all.undated,
    topicTrends: topicRows,
    themeTrends: themeRows,
    emergence,
    bursts,
    categoryTrends: categories,
    warnings,
  };
}
