/**
 * All trend tables of a model for one set of trend options: topic, theme and
 * per-category trends, growth tests, bursts and data-quality warnings. Used by
 * `run`, `trends`, the report, the dashboard and notebooks alike. Statistics
 * the corpus cannot support (one month, one date, no dates) are left out and
 * listed in `skipped`; nothing here throws for a corpus shape.
 */
import {
  topicTrends, themeTrends, topicSeries, themeSeries,
  burstRows, resolveStrata, chooseBin, categoryTrends, primaryCategories, detectMixShifts, TooManyBinsError, checkBinCount,
  type EmergenceResult, type Period, type TopicTrendRow, type ThemeTrendRow, type BurstRow, type TimeWindow,
  type CategoryTrendRow, type MixShiftWarning, type ThemeDocs, type BinUnit, type Strata,
} from '../trends/index.js';
import { TREND_DEFAULTS, curationNotes, type TrendOptions, type TopicModel } from '../model/index.js';
import { topTermsWithinBins } from './top-terms-within-bins.js';
import { coveredRange, matchTerms, segmentBinning, termTrends, type SegmentBinning } from './term-trends.js';
import { confidentBinning, hiddenTopicsNote } from './confident.js';
import { isSkipped, trendSkips, type Skip } from './trend-skips.js';
import { fillAdjusted, stratumCounts, themeCountsByStratum, topicCountsByStratum } from './adjusted-rows.js';
import { emergenceNotes, skippedEmergence, trendEmergence, type TrendEmergence } from './trend-emergence.js';
export type { TrendEmergence } from './trend-emergence.js';
import { mixShiftNotes } from './mix-shift-notes.js';


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
  emergence: TrendEmergence;
  bursts: BurstRow[];
  categoryTrends: CategoryTrendRow[];
  warnings: MixShiftWarning[];
  /** Statistics this corpus cannot support, with reasons (empty on a normal corpus). */
  skipped: Skip[];
  /** Adjustments worth a sentence: a finer automatic bin, shrunk windows. */
  notes: string[];
  /** Hidden topics (`curate --hide`) and their dated papers, left out of topic shares and their denominators (absent when none). */
  hidden?: { topics: number[]; papers: number };
  /** Dated papers left out of topic shares by `minConfidence` (absent when none). */
  lowConfidence?: { threshold: number; papers: number };
  /** What shares and tests were adjusted by (`by: 'none'` with a note when they could not be). */
  strata: Strata;
}

/** Bursts weaker than this are noise on a flat series (seen on planted data: spurious ≤ 7, real ≥ 38). */
const MIN_BURST_STRENGTH = 10;

/** Papers mentioning each theme, from the model's term index. */
export function themeDocs(model: TopicModel, themes = model.themes): ThemeDocs[] {
  const known = matchedThemes.get(model);
  if (known && known.themes === themes && known.index === model.termIndex) return known.docs;
  const docs = themes.map((t) => ({ name: t.name, docs: model.termIndex.matchTheme(t) }));
  matchedThemes.set(model, { themes, index: model.termIndex, docs });
  return docs;
}

/**
 * The last theme match per model: every segment's trend tables and what-is-new use the same
 * papers per theme, and matching the 10 bundled themes (phrases checked on every candidate's
 * tokens) takes 2.8 s at 999,967 papers, once per new segment before this.
 */
const matchedThemes = new WeakMap<TopicModel, { themes: readonly unknown[]; index: unknown; docs: ThemeDocs[] }>();

/** Terms watched for bursts: the top three terms of every topic, each once. */
function labelTerms(model: TopicModel): string[] {
  return [...new Set(model.topics.filter((t) => !t.hidden).flatMap((t) => t.terms.slice(0, 3).map((x) => x.term)))];
}

/** The bin 'auto' stands for: chosen on the dates of the requested range, so `--from/--to` on one month gets weeks. */
export function resolveBin(model: TopicModel, options: Pick<TrendOptions, 'bin' | 'from' | 'to'>): BinUnit {
  const requested = options.bin ?? TREND_DEFAULTS.bin;
  if (requested !== 'auto') return requested;
  const { from, to } = options;
  const dates = model.papers.map((p) => p.date?.slice(0, 10));
  return chooseBin(from || to ? dates.filter((d) => d && (!from || d >= from) && (!to || d <= to)) : dates);
}

/**
 * The binning, or an empty one with the reason when even the automatic
 * choice exceeds the bin limit (dates spanning centuries). An explicit bin
 * over the limit throws {@link TooManyBinsError}: the user asked for it.
 */
function binningFor(model: TopicModel, options: TrendOptions, bin: BinUnit): { binning: SegmentBinning; why?: string } {
  try {
    return { binning: segmentBinning(model, { ...options, bin }) };
  } catch (err) {
    if (!(err instanceof TooManyBinsError) || (options.bin ?? TREND_DEFAULTS.bin) !== 'auto') throw err;
    const why = `the dates span ${err.from} to ${err.to}, ${err.bins.toLocaleString('en-US')} bins even by ${err.unit} (more than ${err.limit}): check for implausible dates or narrow the range with --from/--to`;
    return { binning: { bin, periods: [], docPeriod: new Int32Array(model.papers.length).fill(-1) }, why };
  }
}

/** Throw {@link TooManyBinsError} when an explicit bin over these dates (and from/to) exceeds the bin limit. */
export function checkBinLimit(dates: readonly (string | undefined)[], options: TrendOptions = {}): void {
  const bin = options.bin ?? TREND_DEFAULTS.bin;
  const range = coveredRange(dates, options.from, options.to);
  if (bin !== 'auto' && range) checkBinCount(range.from, range.to, bin);
}

/** @param onStep the steps done of 6, for a progress counter (7.4 s on the 52,852-paper model). */
export function computeTrendTables(model: TopicModel, options: TrendOptions = {}, onStep?: (done: number, total: number) => void): TrendTables {
  let steps = 0;
  const step = () => onStep?.(++steps, 6);
  const papers = model.papers;
  const bin = resolveBin(model, options);
  const { binning, why } = binningFor(model, options, bin);
  const { docPeriod, periods } = binning;
  const docTopic = Int32Array.from(papers, (p) => p.topic);
  const skipped = trendSkips(periods, bin, why);
  const notes: string[] = [];
  if ((options.bin ?? 'auto') === 'auto' && (bin === 'week' || bin === 'day')) {
    const range = coveredRange(papers.map((p) => p.date), options.from, options.to);
    notes.push(`bin auto chose ${bin}: the papers span ${range?.from} to ${range?.to}, too short for 6 monthly bins`);
  }
  // Topic shares may leave low-confidence papers out (--min-confidence); themes and terms never do.
  const confident = confidentBinning(model, docPeriod, periods, options.minConfidence ?? 0);
  const hiddenIds = model.topics.filter((t) => t.hidden).map((t) => t.id);
  if (hiddenIds.length) notes.push(hiddenTopicsNote(hiddenIds, confident.hidden));
  notes.push(...curationNotes(model));

  const visible = model.topics.filter((t) => !t.hidden);
  const topicRows = topicTrends(docTopic, confident.docPeriod, confident.periods, visible, {
    topTerms: topTermsWithinBins(model, docTopic, confident.docPeriod, periods.length),
  });
  step();
  const themes = themeDocs(model);
  const themeRows = themeTrends(themes, docPeriod, periods);
  const matchedTerms = matchTerms(model, options.terms ?? []);
  const termRows = termTrends(model, options.terms ?? [], binning, matchedTerms);
  step();
  const strata = resolveStrata(papers, docPeriod, options.adjustBy ?? TREND_DEFAULTS.adjustBy);
  if (strata.note) notes.push(strata.note);
  const base = stratumCounts(strata, docPeriod, periods);
  // Papers left out of topic shares (low confidence, hidden topics) leave the topics' stratum totals too.
  const topicBase = confident.left + confident.hidden ? stratumCounts(strata, confident.docPeriod, confident.periods) : base;
  const topicStrata = topicCountsByStratum(strata, docTopic, confident.docPeriod, visible, base?.grid);
  const themeStrata = themeCountsByStratum(strata, themes, docPeriod, base?.grid);
  fillAdjusted(topicRows, topicStrata, topicBase);
  fillAdjusted(themeRows, themeStrata, base);
  const termStrata = themeCountsByStratum(strata, matchedTerms, docPeriod, base?.grid);
  fillAdjusted(termRows, termStrata, base);

  step();
  const topicCounts = topicSeries(docTopic, confident.docPeriod, periods, visible);
  const themeCounts = themeSeries(themes, docPeriod, periods);
  const termCounts = themeSeries(matchedTerms, docPeriod, periods, 'term');
  const alpha = options.alpha ?? TREND_DEFAULTS.alpha;
  const emergence: TrendEmergence = isSkipped(skipped, 'growth-test')
    ? skippedEmergence(alpha)
    : trendEmergence({ topicCounts, themeCounts, termCounts, topicStrata, themeStrata, termStrata, topicBase, base, periods, confident: { periods: confident.periods, left: confident.left + confident.hidden }, options, strata });
  notes.push(...emergenceNotes(emergence, strata));
  step();
  const bursts = isSkipped(skipped, 'bursts') ? [] : burstRows(
    [
      ...themeCounts.map((s) => ({ name: s.name, kind: 'theme' as const, counts: s.counts })),
      ...themeSeries(labelTerms(model).map((term) => ({ name: term, docs: model.termIndex.matchDocs(term) })), docPeriod, periods)
        .map((s) => ({ name: s.name, kind: 'term' as const, counts: s.counts })),
    ],
    periods,
    { minStrength: MIN_BURST_STRENGTH },
  );

  step();
  const primary = primaryCategories(papers);
  const categories = categoryTrends(primary, docTopic, confident.docPeriod, periods, visible, { top: options.topCategories ?? TREND_DEFAULTS.topCategories });
  const dates = papers.map((p) => p.date);
  const warnings = [
    ...detectMixShifts(papers.map((p) => p.source), docPeriod, periods, 'source', { dates }),
    ...detectMixShifts(primary, docPeriod, periods, 'category', { dates }),
  ];

  notes.push(...mixShiftNotes(warnings));
  step();
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
    skipped,
    notes,
    ...(hiddenIds.length ? { hidden: { topics: hiddenIds, papers: confident.hidden } } : {}),
    ...(confident.left ? { lowConfidence: { threshold: options.minConfidence!, papers: confident.left } } : {}),
    strata,
  };
}
