/**
 * "What is new": the last n full bins against the n before. Topics, themes
 * and the topics' top words are tested together (two-proportion z-test,
 * Benjamini-Hochberg over all of them, src/trends/emergence) and only the
 * significant changes are kept, largest rise first, then largest fall.
 * Shared by the dashboard (/api/whatsnew) and the report.
 */
import { detectEmergence, themeSeries, topicSeries, type ChangeRow } from '../trends/index.js';
import type { TopicModel } from '../model/index.js';
import type { SegmentBinning } from './term-trends.js';
import { themeDocs } from './trend-tables.js';

export interface WhatsNewWindows {
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

/** Throws (from chooseWindows) when the binning has fewer than two full bins. */
export function whatsNewWindows(model: TopicModel, binning: Pick<SegmentBinning, 'docPeriod' | 'periods'>, n: number): WhatsNewWindows {
  const { docPeriod, periods } = binning;
  const docTopic = Int32Array.from(model.papers, (p) => p.topic);
  const words = [...new Set(model.topics.flatMap((t) => t.terms.slice(0, TERMS_PER_TOPIC).map((x) => x.term)))];
  const marker = '\u0001';
  const series = [
    ...topicSeries(docTopic, docPeriod, periods, model.topics),
    ...themeSeries(themeDocs(model), docPeriod, periods),
    ...themeSeries(words.map((w) => ({ name: marker + w, docs: model.termIndex.matchDocs(w) })), docPeriod, periods),
  ];
  const e = detectEmergence(series, periods, { recent: n, baseline: n, alpha: WHATS_NEW_ALPHA });
  const isWord = (r: ChangeRow) => r.name.startsWith(marker);
  return {
    before: { from: e.before.from, to: e.before.to, keys: e.before.keys },
    after: { from: e.after.from, to: e.after.to, keys: e.after.keys },
    alpha: WHATS_NEW_ALPHA,
    topics: significant(e.rows.filter((r) => r.kind === 'topic')),
    themes: significant(e.rows.filter((r) => r.kind === 'theme' && !isWord(r))),
    terms: significant(e.rows.filter(isWord)).map((r) => ({ ...r, name: r.name.slice(1) })),
  };
}
