import type { DocumentRow, Topic } from '../topics/index.js';
import { CHART_CONFIG, VEGA_LITE_SCHEMA, chartTitle, shorten } from './base.js';
import { topicColorScale, topicName } from './topicNames.js';
import type { VegaLiteSpec } from './types.js';

/**
 * Topics as circles (BERTopic's visualize_topics): each at the centre of its papers on the
 * 2-D map, its area proportional to its papers, so near circles are topics whose papers read
 * alike. A topic-level view of the paper map, readable where 50,000 dots are not.
 */
export function topicDistanceMapSpec(documents: readonly Pick<DocumentRow, 'topic' | 'x' | 'y'>[], topics: Topic[], { width = 540, height = 420 } = {}): VegaLiteSpec {
  const sum = new Map<number, { x: number; y: number; n: number }>();
  for (const d of documents) {
    const s = sum.get(d.topic) ?? { x: 0, y: 0, n: 0 };
    s.x += d.x;
    s.y += d.y;
    s.n++;
    sum.set(d.topic, s);
  }
  const values = topics
    .filter((t) => sum.has(t.id))
    .map((t) => {
      const s = sum.get(t.id)!;
      return { topic: topicName(t.id, t.label), topic_id: t.id, short: `#${t.id} ${shorten(t.label.split(',')[0], 18)}`, x: s.x / s.n, y: s.y / s.n, size: t.size };
    });
  const x = { field: 'x', type: 'quantitative', axis: null, scale: { zero: false, nice: false } } as const;
  const y = { field: 'y', type: 'quantitative', axis: null, scale: { zero: false, nice: false } } as const;
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: 'Topic distance map: topics as circles sized by their papers',
    title: chartTitle('Topic distance map', 'Each circle is a topic at the centre of its papers on the map; area = papers. Near circles read alike.'),
    width,
    height,
    config: CHART_CONFIG,
    data: { values },
    layer: [
      {
        mark: { type: 'circle', opacity: 0.55, stroke: 'white', strokeWidth: 1 },
        encoding: {
          x, y,
          size: { field: 'size', type: 'quantitative', title: 'Papers', scale: { range: [60, 2400] }, legend: null },
          color: { field: 'topic', type: 'nominal', scale: topicColorScale(topics), legend: null },
          tooltip: [{ field: 'topic', title: 'Topic' }, { field: 'size', title: 'Papers', format: ',d' }],
        },
      },
      { mark: { type: 'text', fontSize: 10, dy: -2, color: '#222' }, encoding: { x, y, text: { field: 'short' } } },
    ],
  };
}
