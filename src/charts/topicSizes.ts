import type { Topic } from '../topics/index.js';
import { CHART_CONFIG, VEGA_LITE_SCHEMA, chartTitle } from './base.js';
import { topicColorScale, topicName } from './topicNames.js';
import type { VegaLiteSpec } from './types.js';

export interface TopicSizesOptions {
  /** Show only the largest N topics. Default: all. */
  maxTopics?: number;
  /** Width of the bar area in pixels. Default 520. */
  width?: number;
}

/** Horizontal bars of papers per topic, largest first, each labelled with its count. */
export function topicSizesSpec(topics: Topic[], options: TopicSizesOptions = {}): VegaLiteSpec {
  const { maxTopics = Infinity, width = 520 } = options;
  const total = topics.reduce((s, t) => s + t.size, 0);
  const rows = [...topics]
    .sort((a, b) => b.size - a.size || a.id - b.id)
    .slice(0, maxTopics)
    .map((t) => ({ topic: topicName(t.id, t.label), size: t.size, share: total > 0 ? t.size / total : 0 }));
  const omitted = topics.length - rows.length;
  const y = { field: 'topic', type: 'nominal', sort: rows.map((r) => r.topic), title: null, axis: { labelLimit: 300 } } as const;

  return {
    $schema: VEGA_LITE_SCHEMA,
    description: 'Number of papers in each topic',
    title: chartTitle('Papers per topic', omitted > 0 ? `The ${rows.length} largest of ${topics.length} topics.` : `${topics.length} topics, ${total.toLocaleString('en-US')} papers.`),
    width,
    height: { step: 18 },
    config: CHART_CONFIG,
    data: { values: rows },
    encoding: { y },
    layer: [
      {
        mark: { type: 'bar', cornerRadiusEnd: 2 },
        encoding: {
          x: { field: 'size', type: 'quantitative', title: 'Papers' },
          color: { field: 'topic', type: 'nominal', scale: topicColorScale(topics), legend: null },
          tooltip: [
            { field: 'topic', title: 'Topic' },
            { field: 'size', title: 'Papers', format: ',d' },
            { field: 'share', title: 'Share of all papers', format: '.1%' },
          ],
        },
      },
      {
        mark: { type: 'text', align: 'left', dx: 3, fontSize: 10, color: '#333' },
        encoding: { x: { field: 'size', type: 'quantitative' }, text: { field: 'size', format: ',d' } },
      },
    ],
  };
}
