/**
 * The flat tables of a run, as rows ready for CSV (pandas, spreadsheets) and
 * the dashboard's export endpoints. Column names are part of the public
 * interface: documented in the README, stable across versions.
 */
import { machineLabelOf, type TopicModel } from '../model/index.js';
import type { Topic } from '../topics/index.js';

const machineLabelOrEmpty = (t: Topic | undefined) => (t ? machineLabelOf(t) : '');
import type { TrendTables } from './trend-tables.js';
import type { ThemeTrendRow } from '../trends/index.js';

export interface DocumentCsvRow {
  id: string; title: string; date: string; categories: string; source: string;
  topic: number; topic_label: string;
  /** The c-TF-IDF label beside a curated name (= topic_label when the topic was not renamed). */
  machine_label: string;
  /** true when a person hid the topic (`curate --hide`): the paper stays here but leaves the charts and shares. */
  hidden: boolean;
  x: number; y: number;
  /** 1 - d_own / d_nearest_other in [0, 1] (see addTopicStructure); empty when unknown. */
  confidence: number | '';
  /** true for papers added by `update` far from every topic's training papers. */
  novel: boolean;
  /** The topic before `reduce` merged it (= topic in a run that was not reduced; empty when unknown). */
  subtopic: number | '';
}
export interface HierarchyCsvRow { child: number; parent: number | null; distance: number; size: number; label: string }
export interface TopicCsvRow { topic: number; size: number; label: string; machine_label: string; hidden: boolean; top_terms: string; representative_ids: string }

export const DOCUMENT_COLUMNS = ['id', 'title', 'date', 'categories', 'source', 'topic', 'topic_label', 'machine_label', 'hidden', 'x', 'y', 'confidence', 'novel', 'subtopic'] as const;
/** One row per tree node (root: empty parent); leaves are topics 0..k-1, merged nodes k.. in merge order. */
export const HIERARCHY_COLUMNS = ['child', 'parent', 'distance', 'size', 'label'] as const;
export const TOPIC_COLUMNS = ['topic', 'size', 'label', 'machine_label', 'hidden', 'top_terms', 'representative_ids'] as const;
/** Adjusted (directly standardised) share beside the raw one, with its 95% interval (src/trends/standardise.ts). */
const ADJUSTED = ['adjusted_share', 'adjusted_lo', 'adjusted_hi'] as const;
export const TOPIC_TREND_COLUMNS = ['period', 'topic', 'label', 'count', 'share', ...ADJUSTED, 'period_total', 'partial', 'top_terms'] as const;
export const THEME_TREND_COLUMNS = ['period', 'theme', 'count', 'share', ...ADJUSTED, 'period_total', 'partial'] as const;
export const TERM_TREND_COLUMNS = ['period', 'term', 'count', 'share', ...ADJUSTED, 'period_total', 'partial'] as const;
/**
 * direction … significant are the adjusted test's when `adjusted_by` is not none (CMH across strata,
 * src/trends/adjusted-emergence.ts); the raw two-proportion test is in raw_*.
 */
export const EMERGING_COLUMNS = [
  'kind', 'name', 'topic', 'direction', 'share_before', 'share_after', 'change', 'z', 'p', 'q', 'significant', 'since',
  'adjusted_by', 'odds_ratio', 'odds_ratio_lo', 'odds_ratio_hi', 'mix_change', 'within_change', 'mix_stratum',
  'raw_direction', 'raw_share_before', 'raw_share_after', 'raw_change', 'raw_z', 'raw_p', 'raw_q', 'raw_significant',
  'count_before', 'total_before', 'count_after', 'total_after',
] as const;
export const BURST_COLUMNS = ['name', 'kind', 'start', 'end', 'strength'] as const;
export const CATEGORY_TREND_COLUMNS = ['period', 'category', 'topic', 'label', 'count', 'share', 'category_total'] as const;

/** Term trend rows as term_trends.csv names them: the matched series is a `term`, not a theme. */
export function termTrendRows(rows: readonly ThemeTrendRow[]): (Omit<ThemeTrendRow, 'theme'> & { term: string })[] {
  return rows.map(({ theme, ...r }) => ({ ...r, term: theme }));
}

/** Only what the rows read, so a caller streaming papers from parts passes them without a whole model. */
export function documentRows(model: Pick<TopicModel, 'topics' | 'papers' | 'params'>, indices?: ArrayLike<number>): DocumentCsvRow[] {
  const byId = new Map(model.topics.map((t) => [t.id, t]));
  const pick = indices ? Array.from(indices, (i) => model.papers[i]) : model.papers;
  return pick.map((p) => ({
    id: p.id,
    title: p.title,
    date: p.date ?? '',
    categories: (p.categories ?? []).join(' '),
    source: p.source ?? '',
    topic: p.topic,
    topic_label: byId.get(p.topic)?.label ?? '',
    machine_label: machineLabelOrEmpty(byId.get(p.topic)),
    hidden: byId.get(p.topic)?.hidden ?? false,
    x: p.x,
    y: p.y,
    confidence: p.confidence ?? '',
    novel: p.novel ?? false,
    subtopic: p.subtopic ?? (model.params.reducedFrom === undefined ? p.topic : ''),
  }));
}

export function hierarchyRows(model: TopicModel): HierarchyCsvRow[] {
  return (model.hierarchy ?? []).map((n) => ({ child: n.id, parent: n.parent, distance: n.distance, size: n.size, label: n.label }));
}

export function topicRows(model: TopicModel): TopicCsvRow[] {
  return model.topics.map((t) => ({
    topic: t.id,
    size: t.size,
    label: t.label,
    machine_label: machineLabelOf(t),
    hidden: t.hidden ?? false,
    top_terms: t.terms.map((x) => x.term).join('; '),
    representative_ids: t.representativeIds.join(' '),
  }));
}

/** All emerging/declining/stable rows, significant first, then by |change|. */
export function changeRows(trends: TrendTables) {
  return [...trends.emergence.rows].sort(
    (a, b) => Number(b.significant) - Number(a.significant) || Math.abs(b.change) - Math.abs(a.change) || a.name.localeCompare(b.name),
  );
}
