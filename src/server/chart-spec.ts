/**
 * One view's Vega-Lite spec for the dashboard, from the cached trend tables.
 * Builds only the view asked for (the report builds all nine at once), with
 * the dashboard's options: a canvas-sized topic map sample, a metric toggle,
 * and user terms added to the theme lines.
 */
import {
  categoryTrendsSpec, changesSpec, dendrogramSpec, topicDistanceMapSpec, topicSimilaritySpec, themeTrendsSpec, topicHeatmapSpec, topicMapSpec, topicSizesSpec, topicTermsSpec,
  topicsOverTimeSpec, withShiftRules, type TrendMetric, type VegaLiteSpec, type ViewName,
} from '../charts/index.js';
import { adjustTermRows, matchTerms, termTrends } from '../analysis/index.js';
import { documentRows } from '../analysis/index.js';
import type { DocumentRow } from '../topics/index.js';
import { visibleTopics } from '../model/index.js';
import type { ServerContext, Segment } from './context.js';

export interface ChartRequest extends Segment {
  metric: TrendMetric;
  /** Extra words or phrases drawn as lines next to the themes (theme-trends). */
  q?: string[];
  /** Topics drawn over time. */
  top: number;
  /** Most points on the topic map. */
  points: number;
  /** Themes left out of theme-trends (removed by the reader). */
  hide?: string[];
}

import { termSeriesName, themeLines } from './theme-lines.js';
export { termSeriesName };

export function chartSpec(ctx: ServerContext, view: ViewName, req: ChartRequest): VegaLiteSpec {
  const { model } = ctx;
  // Hidden topics (curate --hide) leave every chart.
  const topics = visibleTopics(model);
  const shown = new Set(topics.map((t) => t.id));
  const segment: Segment = { bin: req.bin, category: req.category };
  switch (view) {
    case 'topic-map': {
      const indices = req.category ? ctx.documents.all({ category: req.category }).sort((a, b) => a - b) : undefined;
      const documents: DocumentRow[] = documentRows(model, indices).filter((r) => shown.has(r.topic)).map((r) => ({
        ...r, categories: undefined, topicLabel: r.topic_label, date: r.date || undefined,
      }));
      return topicMapSpec(documents, topics, { maxPoints: req.points, width: 540, height: 430 });
    }
    case 'topic-sizes':
      return topicSizesSpec(topics);
    case 'topic-terms':
      return topicTermsSpec(topics);
    case 'topics-over-time':
    case 'topics-over-time-lines': {
      const t = ctx.trendTables(segment);
      const variant = view === 'topics-over-time' ? 'area' : 'line';
      return withShiftRules(topicsOverTimeSpec(t.topicTrends, topics, t.periods, { metric: req.metric, adjustedBy: t.strata.by, topN: req.top, variant, width: 540, height: 300 }), t.warnings);
    }
    case 'theme-trends': {
      const t = ctx.trendTables(segment);
      const lines = themeLines(model.themes.map((th) => th.name), t.themeTrends, req.q ?? [], req.hide ?? []);
      const binning = ctx.binning(segment);
      const matched = matchTerms(model, lines.terms);
      const rows = termTrends(model, lines.terms, binning, matched);
      if (req.metric === 'adjusted') adjustTermRows(t.strata, rows, matched, binning);
      const termRows = rows.map((r) => ({ ...r, theme: termSeriesName(r.theme) }));
      const options = { themes: lines.shown, colors: lines.colors, metric: req.metric, adjustedBy: t.strata.by, width: 540, height: 300 };
      return withShiftRules(themeTrendsSpec([...termRows, ...t.themeTrends], t.periods, t.bursts, options), t.warnings);
    }
    case 'emerging-declining':
      return changesSpec(ctx.trendTables(segment).emergence.rows, { kind: 'both' });
    case 'topic-heatmap': {
      const t = ctx.trendTables(segment);
      return topicHeatmapSpec(t.topicTrends, topics, t.periods, { shifts: t.warnings });
    }
    case 'topic-distance-map':
      return topicDistanceMapSpec(documentRows(model), topics, { width: 540, height: 420 });
    case 'topic-dendrogram':
      return dendrogramSpec(model.hierarchy ?? []);
    case 'topic-similarity':
      return topicSimilaritySpec(topics);
    case 'category-trends': {
      const t = ctx.trendTables(segment);
      return withShiftRules(categoryTrendsSpec(t.categoryTrends, topics, t.periods), t.warnings);
    }
  }
}
