import { categoryTrendsSpec, type CategoryTrendsOptions } from './categoryTrends.js';
import { changesSpec, type ChangesOptions } from './changes.js';
import { topicHeatmapSpec, type HeatmapOptions } from './heatmap.js';
import { themeTrendsSpec, type ThemeTrendsOptions } from './themeTrends.js';
import { topicMapSpec, type TopicMapOptions } from './topicMap.js';
import { topicSizesSpec, type TopicSizesOptions } from './topicSizes.js';
import { topicsOverTimeSpec, type TopicsOverTimeOptions } from './topicsOverTime.js';
import { topicPanelsSpec, type TopicPanelsOptions } from './topicPanels.js';
import { topicTermsSpec, type TopicTermsOptions } from './topicTerms.js';
import { topicDistanceMapSpec } from './topicDistanceMap.js';
import { dendrogramSpec } from './dendrogram.js';
import { topicSimilaritySpec } from './topicSimilarity.js';
import type { RunCharts, VegaLiteSpec, ViewName } from './types.js';
import { withShiftRules } from './layers.js';

/** Options of each view, passed through to its builder. */
export interface ChartsForRunOptions {
  topicMap?: TopicMapOptions;
  topicSizes?: TopicSizesOptions;
  /** Shared by the area and the line variant (their `variant` is set here). */
  topicsOverTime?: Omit<TopicsOverTimeOptions, 'variant'>;
  /** The lines view: small multiples, one panel per topic (its metric follows topicsOverTime's). */
  topicPanels?: TopicPanelsOptions;
  themeTrends?: ThemeTrendsOptions;
  changes?: ChangesOptions;
  heatmap?: HeatmapOptions;
  topicTerms?: TopicTermsOptions;
  categoryTrends?: CategoryTrendsOptions;
}

/**
 * Every view of a run from one object of tables. Optional tables that are
 * missing give a view that says it has no data rather than no view, so a
 * report or dashboard always has the same set of charts.
 */
export function chartsForRun(data: RunCharts, options: ChartsForRunOptions = {}): Record<ViewName, VegaLiteSpec> {
  const { topics, documents, periods, topicTrends } = data;
  const ruled = (spec: VegaLiteSpec) => withShiftRules(spec, data.shifts);
  return {
    'topic-map': topicMapSpec(documents, topics, options.topicMap),
    'topic-sizes': topicSizesSpec(topics, options.topicSizes),
    'topics-over-time': ruled(topicsOverTimeSpec(topicTrends, topics, periods, { ...options.topicsOverTime, variant: 'area' })),
    // Its rules come with it: "shift" in each narrow panel, the full label in the subtitle.
    'topics-over-time-lines': topicPanelsSpec(topicTrends, topics, periods, { metric: options.topicsOverTime?.metric, adjustedBy: options.topicsOverTime?.adjustedBy, shifts: data.shifts, ...options.topicPanels }),
    'theme-trends': ruled(themeTrendsSpec(data.themeTrends ?? [], periods, data.bursts ?? [], options.themeTrends)),
    'emerging-declining': changesSpec(data.changes ?? [], options.changes),
    'topic-heatmap': topicHeatmapSpec(topicTrends, topics, periods, { ...options.heatmap, shifts: data.shifts }),
    'topic-terms': topicTermsSpec(topics, options.topicTerms),
    'category-trends': ruled(categoryTrendsSpec(data.categoryTrends ?? [], topics, periods, options.categoryTrends)),
    'topic-distance-map': topicDistanceMapSpec(documents, topics),
    'topic-dendrogram': dendrogramSpec(data.hierarchy ?? []),
    'topic-similarity': topicSimilaritySpec(topics),
  };
}
