import type { Topic } from '../topics/index.js';
import type { Period, TopicTrendRow } from '../trends/index.js';
import { CHART_CONFIG, VEGA_LITE_SCHEMA, chartTitle } from './base.js';
import { overTimeTooltip, overTimeValues } from './overTimeValues.js';
import { metricAxis, type TrendMetric } from './metric.js';
import { binWord, timeAxisFor } from './periods.js';
import { shiftLabels, shiftRuleLayers, type ShiftMark } from './layers.js';
import { topicColorScale } from './topicNames.js';
import { topTopicIds } from './topicsOverTime.js';
import type { Encoding, VegaLiteSpec } from './types.js';

export interface TopicPanelsOptions {
  /** 'share' of the bin's papers, that share 'adjusted' for the corpus mix, or 'count' of papers. Default 'share'. */
  metric?: TrendMetric;
  /** What the adjusted shares were adjusted by, for the subtitle. */
  adjustedBy?: string;
  /** How many topics get a panel, the largest first. Default: every topic. */
  topN?: number;
  /** Panels per row. Default 4. */
  columns?: number;
  /** One panel's plot in pixels. Default 170 × 80: 4 columns fit the report's 1,032 px column at full size. */
  width?: number;
  height?: number;
  /** Mix shifts: a rule in every panel, labelled "shift" there and in full in the subtitle. */
  shifts?: readonly ShiftMark[];
}

/**
 * Topics over time as small multiples: one small line panel per topic,
 * largest first, in a fixed-size grid (more topics add rows, never width).
 * Ten lines in one plot crossed into spaghetti; a panel each can be read alone.
 *
 * The x axis (time) is shared, so a date sits at the same place in every
 * panel. The y axis is each panel's own, from zero: on papers.jsonl the
 * largest topic holds 18% of the papers and the smallest 1.5%, so on a shared
 * scale the small topics would be flat lines at the bottom; from zero, a
 * doubling still looks like a doubling, and the axis labels give the size.
 */
export function topicPanelsSpec(rows: TopicTrendRow[], topics: Topic[], periods: Period[], options: TopicPanelsOptions = {}): VegaLiteSpec {
  const { metric = 'share', topN = Infinity, columns = 4, width = 180, height = 80 } = options;
  const top = topTopicIds(rows, topN);
  const { seriesNames, values } = overTimeValues(rows, topics, periods, top, false);
  const shifts = shiftLabels(options.shifts ?? []);
  const bin = binWord(periods);
  const axis = metricAxis(metric, bin, options.adjustedBy);
  const encoding: Encoding = {
    x: { field: 'date', type: 'temporal', title: null, ...timeAxisFor(periods) },
    y: { field: axis.field, type: 'quantitative', title: null, scale: { zero: true }, axis: { format: metric === 'count' ? ',d' : '.0%', tickCount: 3 } },
    color: { field: 'topic', type: 'nominal', scale: topicColorScale(topics), legend: null },
    tooltip: overTimeTooltip(bin, metric),
  };
  const subtitle = [
    `${axis.title}: one panel per topic, ${top.length === topics.length ? `all ${top.length} topics` : `the ${top.length} largest of ${topics.length} topics`}, largest first.`,
    'Each panel has its own scale from 0: read the size on its axis, the trend in its shape.',
    ...(periods.some((p) => p.partial) ? [`Faded points are partial ${bin}s.`] : []),
    ...wrapped('Dashed red lines: ', shifts.map(([, label]) => label)),
  ];
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: `Topic ${axis.word} per ${bin}, one panel per topic`,
    title: chartTitle(`Topic ${metric === 'count' ? 'size' : axis.word} per ${bin}, topic by topic`, subtitle),
    config: CHART_CONFIG,
    data: { values },
    columns,
    facet: { field: 'topic', type: 'nominal', title: null, sort: seriesNames, header: { labelLimit: width, labelFontWeight: 600, labelAlign: 'left', labelAnchor: 'start' } },
    spec: {
      width,
      height,
      layer: [
        { mark: { type: 'line', strokeWidth: 1.6, invalid: 'break-paths-show-domains' }, encoding },
        // aria off: a ~400-byte label on each of 406 points doubled the SVG (papers.jsonl) for no reader; the line keeps its own.
        { mark: { type: 'circle', size: 14, aria: false }, encoding: { ...encoding, opacity: { field: 'partial', type: 'ordinal', legend: null, scale: { domain: ['no', 'yes'], range: [1, 0.3] } } } },
        ...shiftRuleLayers(options.shifts ?? [], false, 'shift'),
      ],
    },
    resolve: { scale: { y: 'independent' } },
  };
}

/** `items` after `head`, joined into subtitle lines of at most ~100 characters (a long line would widen the whole grid). */
function wrapped(head: string, items: string[]): string[] {
  const lines: string[] = [];
  let line = head;
  items.forEach((item, i) => {
    const text = item + (i < items.length - 1 ? ';' : '.');
    if (line.length + text.length > 100 && line !== head) {
      lines.push(line.trimEnd());
      line = '';
    }
    line += text + ' ';
  });
  return items.length ? [...lines, line.trimEnd()] : [];
}
