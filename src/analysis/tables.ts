/**
 * The flat tables of a run, as rows ready for CSV (pandas, spreadsheets) and
 * the dashboard's export endpoints. Column names are part of the public
 * interface: documented in the README, stable across versions.
 */
import type { TopicModel } from '../model/index.js';
import type { TrendTables } from './trend-tables.js';
import type { ThemeTrendRow } from '../trends/index.js';

export interface DocumentCsvRow {
  id: string; title: string; date: string; categories: string; source: string;
  topic: number; topic_label: string; x: number; y: number;
  /** 1 - d_own / d_nearest_other in [0, 1] (see addTopicStructure); empty when unknown. */
  confidence: number | '';
  /** true for papers added by `update` far from every topic's training papers. */
  novel: boolean;
  /** The topic before `reduce` merged it (= topic in a run that was not reduced). */
  subtopic: number;
}
export interface HierarchyCsvRow { child: number; parent: number | null; distance: number; size: number; label: string }
export interface TopicCsvRow { topic: number; size: number; label: string; top_terms: string; representative_ids: string }

export const DOCUMENT_COLUMNS = ['id', 'title', 'date', 'categories', 'source', 'topic', 'topic_label', 'x', 'y', 'confidence', 'novel', 'subtopic'] as const;
/** One row per tree node (root: empty parent); leaves are topics 0..k-1, merged nodes k.. in merge order. */
export const HIERARCHY_COLUMNS = ['child', 'parent', 'distance', 'size', 'label'] as const;
export const TOPIC_COLUMNS = ['topic', 'size', 'label', 'top_terms', 'representative_ids'] as const;
export const TOPIC_TREND_COLUMNS = ['period', 'topic', 'label', 'count', 'share', 'period_total', 'partial', 'top_terms'] as const;
export const THEME_TREND_COLUMNS = ['period', 'theme', 'count', 'share', 'period_total', 'partial'] as const;
export const TERM_TREND_COLUMNS = ['period', 'term', 'count', 'share', 'period_total', 'partial'] as const;
export const EMERGING_COLUMNS = [
  'kind', 'name', 'topic', 'direction', 'share_before', 'share_after', 'change', 'z', 'p', 'q', 'significant',
  'count_before', 'total_before', 'count_after', 'total_after',
] as const;
export const BURST_COLUMNS = ['name', 'kind', 'start', 'end', 'strength'] as const;
export const CATEGORY_TREND_COLUMNS = ['period', 'category', 'topic', 'label', 'count', 'share', 'category_total'] as const;

/** Term trend rows as term_trends.csv names them: the matched series is a `term`, not a theme. */
export function termTrendRows(rows: readonly ThemeTrendRow[]): (Omit<ThemeTrendRow, 'theme'> & { term: string })[] {
  return rows.map(({ theme, ...r }) => ({ ...r, term: theme }));
}

export function documentRows(model: TopicModel, indices?: ArrayLike<number>): DocumentCsvRow[] {
  const labels = new Map(model.topics.map((t) => [t.id, t.label]));
  const pick = indices ? Array.from(indices, (i) => model.papers[i]) : model.papers;
  return pick.map((p) => ({
    id: p.id,
    title: p.title,
    date: p.date ?? '',
    categories: (p.categories ?? []).join(' '),
    source: p.source ?? '',
    topic: p.topic,
    topic_label: labels.get(p.topic) ?? '',
    x: p.x,
    y: p.y,
    confidence: p.confidence ?? '',
    novel: p.novel ?? false,
    subtopic: p.subtopic ?? p.topic,
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
