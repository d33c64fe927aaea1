/**
 * Trends of arbitrary words and phrases, answered from the model's term index
 * (no rescan of the text): the papers mentioning each term per time bin, on
 * the same bins as the topic tables of a segment.
 */
import { makePeriods, restrictBinning, selectDocs, themeTrends, type BinUnit, type Period, type ThemeTrendRow } from '../trends/index.js';
import type { TopicModel } from './model.js';

export interface SegmentBinning {
  bin: BinUnit;
  periods: Period[];
  /** Bin of each model paper; -1 for undated papers and papers outside the segment. */
  docPeriod: Int32Array;
}

export interface SegmentOptions {
  bin: BinUnit;
  /** Primary categories to keep. Default: all papers. */
  category?: string[];
  source?: string[];
  from?: string;
  to?: string;
}

/** The binning `computeTrendTables` uses for the same options, so term rows line up with topic rows. */
export function segmentBinning(model: TopicModel, options: SegmentOptions): SegmentBinning {
  const all = makePeriods(model.papers.map((p) => p.date), options.bin);
  const filtered = Boolean(options.category?.length || options.source?.length || options.from || options.to);
  if (!filtered) return { bin: options.bin, periods: all.periods, docPeriod: all.docPeriod };
  const selection = selectDocs(model.papers, { category: options.category, source: options.source, from: options.from, to: options.to });
  return { bin: options.bin, ...restrictBinning(all.docPeriod, all.periods, selection) };
}

/** One row per term and bin (`theme` holds the term as typed), terms in the given order. */
export function termTrends(model: TopicModel, terms: readonly string[], binning: SegmentBinning): ThemeTrendRow[] {
  const docs = terms.map((name) => ({ name, docs: model.termIndex.matchDocs(name) }));
  return themeTrends(docs, binning.docPeriod, binning.periods);
}
