/**
 * "What is new": the last n full bins against the n before. Topics, themes
 * and the topics' top words are tested together (CMH across strata when the
 * run adjusts, else the two-proportion z-test; Benjamini-Hochberg over all of
 * them, src/trends/adjusted-emergence) and only the
 * significant changes are kept, largest rise first, then largest fall.
 * Shared by the dashboard (/api/whatsnew) and the report.
 */
import { detectAdjustedEmergence, resolveStrata, themeSeries, topicSeries, type ChangeRow, type DateRange } from '../trends/index.js';
import { TREND_DEFAULTS, type TopicModel, type TrendOptions } from '../model/index.js';
import { stratified, stratumCounts, themeCountsByStratum, topicCountsByStratum } from './adjusted-rows.js';
import type { SegmentBinning } from './term-trends.js';
import { themeDocs } from './trend-tables.js';

export interface WhatsNewWindows {
  /** What the test was adjusted by, and why not when it could not be. */
  adjustedBy: 'category' | 'source' | 'none';
  adjustNote?: string;
  before: { from: string; to: string; keys: string[] };
  after: { from: string; to: string; keys: string[] };
  alpha: number;
  topics: ChangeRow[];
  themes: ChangeRow[];
  /** Rows with kind 'theme' whose name is one of the topics' top words. */
  terms: ChangeRow[];
}

export const WHATS_NEW_ALPHA = 0.05;
/** Top words of each topic tested as words (5 a topic: 29 topics give about 120 distinct words). */
const TERMS_PER_TOPIC = 5;

const significant = (rows: ChangeRow[]) =>
  rows.filter((r) => r.significant).sort((a, b) => Math.sign(b.change) - Math.sign(a.change) || Math.abs(b.change) - Math.abs(a.change));

/** Two periods the reader picked (the bins whose start day lies in each). */
export interface PickedPeriods {
  before: DateRange;
  after: DateRange;
}

/**
 * `windows`: n (the last n full bins against the n before) or two picked periods.
 * Throws (from chooseWindows) when the binning has fewer than two full bins, or a picked period holds no bin.
 * Tested like the trend tables: adjusted by `adjustBy` strata (CMH) when the corpus has them.
 */
export function whatsNewWindows(
  model: TopicModel, binning: Pick<SegmentBinning, 'docPeriod' | 'periods'>, windows: number | PickedPeriods, adjustBy: TrendOptions['adjustBy'] = TREND_DEFAULTS.adjustBy,
): WhatsNewWindows {
  const { docPeriod, periods } = binning;
  const docTopic = Int32Array.from(model.papers, (p) => p.topic);
  const words = [...new Set(model.topics.flatMap((t) => t.terms.slice(0, TERMS_PER_TOPIC).map((x) => x.term)))];
  const marker = '\u0001';
  const themes = [...themeDocs(model), ...words.map((w) => ({ name: marker + w, docs: model.termIndex.matchDocs(w) }))];
  const series = [...topicSeries(docTopic, docPeriod, periods, model.topics), ...themeSeries(themes, docPeriod, periods)];
  const strata = resolveStrata(model.papers, docPeriod, adjustBy);
  const base = stratumCounts(strata, docPeriod, periods);
  const perTopic = topicCountsByStratum(strata, docTopic, docPeriod, model.topics, base?.grid);
  const perTheme = themeCountsByStratum(strata, themes, docPeriod, base?.grid);
  const counts = stratified(strata, base, perTopic && perTheme ? [...perTopic, ...perTheme] : undefined);
  const e = detectAdjustedEmergence(series, periods, counts, { ...(typeof windows === 'number' ? { recent: windows, baseline: windows } : windows), alpha: WHATS_NEW_ALPHA });
  const isWord = (r: ChangeRow) => r.name.startsWith(marker);
  return {
    before: { from: e.before.from, to: e.before.to, keys: e.before.keys },
    after: { from: e.after.from, to: e.after.to, keys: e.after.keys },
    alpha: WHATS_NEW_ALPHA,
    adjustedBy: strata.by,
    ...(strata.note ? { adjustNote: strata.note } : {}),
    topics: significant(e.rows.filter((r) => r.kind === 'topic')),
    themes: significant(e.rows.filter((r) => r.kind === 'theme' && !isWord(r))),
    terms: significant(e.rows.filter(isWord)).map((r) => ({ ...r, name: r.name.slice(1) })),
  };
}
