/** Every width of a time bin, narrowest first: the one list the CLI, the parts and the dashboard derive theirs from. */
export const BIN_UNITS = ['day', 'week', 'month', 'quarter', 'year'] as const;

/** The width of a time bin. */
export type BinUnit = (typeof BIN_UNITS)[number];

/** One time bin. `key` is what tables and charts show: 2025-02-14, 2025-W07, 2025-03, 2025-Q1, 2025. */
export interface Period {
  key: string;
  /** First day in the bin, YYYY-MM-DD. */
  start: string;
  /** Last day in the bin, YYYY-MM-DD. */
  end: string;
  /** True when the corpus covers only part of the bin (first or last bin). */
  partial: boolean;
  /** Papers in the bin (the denominator of every share). */
  total: number;
}

/** Papers of one topic in one bin. */
export interface TopicTrendRow {
  period: string;
  topic: number;
  label: string;
  count: number;
  /** count / period_total (0 when the bin is empty). */
  share: number;
  period_total: number;
  partial: boolean;
  /** The topic's top terms within this bin, comma-separated. */
  top_terms: string;
  /** Share standardised to the corpus-wide mix of strata, with its 95% interval (see src/trends/standardise.ts); = share when not adjusted. */
  adjusted_share?: number;
  adjusted_lo?: number;
  adjusted_hi?: number;
}

/** Papers mentioning one theme (or term) in one bin. */
export interface ThemeTrendRow {
  period: string;
  theme: string;
  count: number;
  share: number;
  period_total: number;
  partial: boolean;
  /** As in {@link TopicTrendRow}. */
  adjusted_share?: number;
  adjusted_lo?: number;
  adjusted_hi?: number;
}

/** Change in share between two windows, with a two-proportion z-test. */
export interface ChangeRow {
  /** 'term': a word or phrase tracked with `terms` (tested as its own family, see analysis/trend-emergence.ts). */
  kind: 'topic' | 'theme' | 'term';
  name: string;
  /** Topic id for topics; undefined for themes. */
  topic?: number;
  share_before: number;
  share_after: number;
  change: number;
  z: number;
  p: number;
  significant: boolean;
  direction: 'emerging' | 'declining' | 'stable';
  /** Benjamini-Hochberg adjusted p-value across the tested items (1 when not tested). */
  q?: number;
  /** Papers of the item in the baseline and recent windows, and all papers in each window. */
  count_before?: number;
  count_after?: number;
  total_before?: number;
  total_after?: number;
  /**
   * What the test was adjusted by ('category', 'source' or 'none'). When adjusted, share_before/after
   * and change are directly standardised window shares, and z, p, q, significant and direction come
   * from the Cochran–Mantel–Haenszel test (src/trends/adjusted-emergence.ts); the raw test is in raw_*.
   */
  adjusted_by?: 'category' | 'source' | 'none';
  /** Mantel–Haenszel common odds ratio (recent vs baseline, within strata) and its 95% interval. */
  odds_ratio?: number;
  odds_ratio_lo?: number;
  odds_ratio_hi?: number;
  /** Shift-share parts of the raw change: from the mix of strata, and from within them (they sum to raw_change). */
  mix_change?: number;
  within_change?: number;
  /** The stratum whose changed weight moved the raw share most. */
  mix_stratum?: string;
  /** First bin since which the verdict held (significant rows only). */
  since?: string;
  raw_share_before?: number;
  raw_share_after?: number;
  raw_change?: number;
  raw_z?: number;
  raw_p?: number;
  raw_q?: number;
  raw_significant?: boolean;
  raw_direction?: 'emerging' | 'declining' | 'stable';
}

/** A Kleinberg burst interval of a term or theme series. */
export interface BurstRow {
  name: string;
  kind: 'term' | 'theme';
  /** Period keys of the first and last bursting bin. */
  start: string;
  end: string;
  strength: number;
}

/** Topic share within one category in one bin (topics per class over time). */
export interface CategoryTrendRow {
  period: string;
  category: string;
  topic: number;
  label: string;
  count: number;
  share: number;
  category_total: number;
}

/** A sharp change of a corpus's category or source mix between consecutive bins. */
export interface MixShiftWarning {
  field: 'category' | 'source';
  /** Period key of the bin where the mix changed. */
  period: string;
  /** First date seen with the new mix, YYYY-MM-DD. */
  date: string;
  /** Total variation distance between the two bins' mixes, 0..1. */
  distance: number;
  message: string;
}

/** What `makePeriods` returns: the bins and, per paper, the index of its bin. */
export interface Binning {
  unit: BinUnit;
  periods: Period[];
  /** Bin index of each paper; -1 for undated papers and papers outside `coverage`. */
  docPeriod: Int32Array;
  /** Dates the corpus covers (the from/to options, else the min/max date), YYYY-MM-DD; undefined when nothing is dated. */
  coverage?: { from: string; to: string };
  /** Papers without a date: counted here, never silently dropped. */
  undated: number;
  /** Dated papers before `from` or after `to`. */
  outOfRange: number;
}

/** A theme or term with the sorted indices of the papers that mention it (from the term index). */
export interface ThemeDocs {
  name: string;
  docs: Uint32Array;
  /** Papers per bin when already counted (a row of `termPeriodCounts`); else counted from `docs`. */
  counts?: ArrayLike<number>;
}

/** A topic as the trend functions need it. `Topic` from src/topics/types.ts fits. */
export interface TopicRef {
  id: number;
  label: string;
}

/** A user-editable theme from data/themes.json. */
export interface Theme {
  name: string;
  /** Words or phrases; a trailing `*` is a prefix wildcard (`mamba*`). */
  terms: string[];
  /** Phrases whose occurrences do not count for the theme (e.g. "dual-stream" for streaming). */
  exclude?: string[];
  description?: string;
}

/** A statistic or view that could not be computed on this corpus, and why (shown in run.json, the report and the dashboard). */
export interface SkippedStatistic {
  /** What was left out, e.g. "growth test (emerging.csv)". */
  what: string;
  /** Why, in words a user can act on, e.g. "needs at least 2 full time bins, found 1 (bin: month)". */
  reason: string;
}
