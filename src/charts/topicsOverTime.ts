import type { Topic } from '../topics/index.js';
import type { Period, TopicTrendRow } from '../trends/index.js';
import { CHART_CONFIG, VEGA_LITE_SCHEMA, chartTitle } from './base.js';
import { partialBinLayers } from './layers.js';
import { overTimeTooltip, overTimeValues } from './overTimeValues.js';
import { binWord, timeAxisFor } from './periods.js';
import { topicColorScale } from './topicNames.js';
import type { Encoding, VegaLiteSpec } from './types.js';
import { metricAxis, type TrendMetric } from './metric.js';

export interface TopicsOverTimeOptions {
  /**
   * 'share': fraction of the bin's papers (comparable across bins of different size); 'adjusted': that share
   * standardised to the corpus-wide mix of strata (`adjusted_share`); 'count': papers. Default 'share'.
   */
  metric?: TrendMetric;
  /** What the rows' adjusted shares were adjusted by (the run's strata), for the axis title. */
  adjustedBy?: string;
  /** How many topics to draw, the largest over the whole range. Default 10. */
  topN?: number;
  /**
   * 'group': the rest become one grey "Other topics" series; 'omit': they are left out.
   * Default 'group' for areas (so a bin stacks to 100%), 'omit' for lines (a large "other" line would flatten the rest).
   */
  others?: 'group' | 'omit';
  /** 'area': stacked areas (composition); 'line': one line per topic (easier to compare topics). Default 'area'. */
  variant?: 'area' | 'line';
  /** Width and height in pixels. Default 640 × 360. */
  width?: number;
  height?: number;
}

/** The topics drawn: the `topN` with the most papers over all rows (ties by id). */
export function topTopicIds(rows: Pick<TopicTrendRow, 'topic' | 'count'>[], topN: number): number[] {
  const totals = new Map<number, number>();
  for (const r of rows) totals.set(r.topic, (totals.get(r.topic) ?? 0) + r.count);
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, topN)
    .map(([id]) => id);
}

/**
 * Topic share (or count) per time bin for the largest topics, as stacked
 * areas or lines. Bins a topic has no row for count as zero so areas stack.
 */
export function topicsOverTimeSpec(rows: TopicTrendRow[], topics: Topic[], periods: Period[], options: TopicsOverTimeOptions = {}): VegaLiteSpec {
  const { metric = 'share', topN = 10, variant = 'area', width = 640, height = 360 } = options;
  const others = options.others ?? (variant === 'area' ? 'group' : 'omit');
  const top = topTopicIds(rows, topN);
  const withOther = others === 'group' && new Set(rows.map((r) => r.topic)).size > top.length;
  const { seriesNames, values } = overTimeValues(rows, topics, periods, top, withOther);

  const bin = binWord(periods);
  const axis = metricAxis(metric, bin, options.adjustedBy);
  const y = {
    field: axis.field,
    type: 'quantitative',
    title: axis.title,
    axis: { format: axis.format },
    stack: variant === 'area' ? ('zero' as const) : null,
    // Grouped shares stack to 100% (adjusted ones to at most 100%); a fixed domain stops rounding error from stretching the axis to 110%.
    ...(variant === 'area' && metric !== 'count' && withOther ? { scale: { domain: [0, 1] } } : {}),
  } as const;
  const encoding: Encoding = {
    x: { field: 'date', type: 'temporal', title: bin[0].toUpperCase() + bin.slice(1), ...timeAxisFor(periods) },
    y,
    color: { field: 'topic', type: 'nominal', title: 'Topic', scale: topicColorScale(topics, withOther), sort: seriesNames, legend: { values: seriesNames } },
    order: { field: 'order', type: 'quantitative' },
    tooltip: overTimeTooltip(bin, metric),
  };
  const hasPartial = periods.some((p) => p.partial);
  const subtitle = [
    `The ${top.length} largest topics${withOther ? '; the rest are grouped as "Other topics"' : ''}.`,
    ...(hasPartial ? [`Bins marked "partial" are only partly covered by the corpus.`] : []),
  ];

  return {
    $schema: VEGA_LITE_SCHEMA,
    description: `Topic ${axis.word} per ${bin}`,
    title: chartTitle(variant === 'area' ? `Topics over time (${axis.word})` : `Topic ${metric === 'count' ? 'size' : axis.word} per ${bin}`, subtitle),
    width,
    height,
    config: CHART_CONFIG,
    layer:
      variant === 'area'
        ? [{ data: { values }, mark: { type: 'area', opacity: 0.9, invalid: 'break-paths-show-domains', line: { strokeWidth: 0.5, color: 'white' } }, encoding }, ...partialBinLayers(periods, true)]
        : [...partialBinLayers(periods), { data: { values }, mark: { type: 'line', point: { size: 18 }, strokeWidth: 1.8, invalid: 'break-paths-show-domains' }, encoding }],
  };
}
