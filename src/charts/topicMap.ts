import type { DocumentRow, Topic } from '../topics/index.js';
import { deriveSeed } from '../util/index.js';
import { CHART_CONFIG, VEGA_LITE_SCHEMA, chartTitle } from './base.js';
import { LABEL_FONT, mapLabels } from './mapLabels.js';
import { sampleIndices } from './sample.js';
import { topicColorScale, topicNameLookup } from './topicNames.js';
import type { VegaLiteSpec } from './types.js';

export interface TopicMapOptions {
  /**
   * Most points drawn; above it a seeded uniform sample is drawn. A static SVG
   * with tens of thousands of circles is megabytes and slow to open, so the
   * default keeps it light. Default 5000. Use Infinity for all points.
   */
  maxPoints?: number;
  /** Seed of the subsample. Default 0. */
  seed?: number;
  /** Characters of a topic label printed on the map (the tooltip has it all). Default 28. */
  labelLength?: number;
  /** Width and height in pixels. Default 720 × 520. */
  width?: number;
  height?: number;
}

/**
 * Papers in the 2-D map space coloured by topic, each topic's label at the mean
 * position of all its papers (computed before subsampling, so labels do not move
 * with the sample).
 */
export function topicMapSpec(documents: DocumentRow[], topics: Topic[], options: TopicMapOptions = {}): VegaLiteSpec {
  const { maxPoints = 5000, seed = 0, labelLength = 28, width = 720, height = 520 } = options;
  const nameOf = topicNameLookup(topics);

  const centres = new Map<number, { x: number; y: number; n: number }>();
  documents.forEach((d, i) => {
    if (!Number.isFinite(d.x) || !Number.isFinite(d.y)) throw new Error(`document ${i} (${d.id}): map coordinates must be finite numbers`);
    const c = centres.get(d.topic) ?? { x: 0, y: 0, n: 0 };
    c.x += d.x;
    c.y += d.y;
    c.n += 1;
    centres.set(d.topic, c);
  });
  const labels = mapLabels(documents, centres, topics, { width, height, labelLength });
  const named = labels.rows.map((l) => ({ ...l, topic: nameOf(l.id, 'topic map') }));

  const shown = sampleIndices(documents.length, maxPoints, deriveSeed(seed, 'topic-map'));
  const points = shown.map((i) => {
    const d = documents[i];
    return { x: d.x, y: d.y, topic: nameOf(d.topic, `document ${i} (${d.id})`), title: d.title, date: d.date ?? 'undated' };
  });

  const sampled = shown.length < documents.length;
  const subtitle = [
    'Each dot is a paper; nearby papers use similar words. Axes have no units.',
    ...(labels.rows.length < centres.size ? [`${centres.size - labels.rows.length} topic labels left out: no free room on the map (every topic is in the legend).`] : []),
    ...(sampled ? [`Showing a random sample of ${shown.length.toLocaleString('en-US')} of ${documents.length.toLocaleString('en-US')} papers (seed ${seed}).`] : []),
  ];
  const color = topicColorScale(topics);
  const axis = { field: 'x', type: 'quantitative', axis: null, scale: { zero: false, nice: false, domain: labels.domain.x } } as const;
  const yAxis = { ...axis, field: 'y', scale: { ...axis.scale, domain: labels.domain.y } } as const;

  return {
    $schema: VEGA_LITE_SCHEMA,
    description: 'Map of papers by topic',
    title: chartTitle('Topic map', subtitle),
    width,
    height,
    config: CHART_CONFIG,
    layer: [
      {
        data: { values: points },
        // aria off: one aria-label per dot would double the SVG's size for no reader.
        mark: { type: 'circle', size: 14, opacity: 0.65, aria: false },
        encoding: {
          x: axis,
          y: yAxis,
          color: { field: 'topic', type: 'nominal', title: 'Topic', scale: color, legend: { columns: 1, symbolLimit: 40 } },
          tooltip: [
            { field: 'title', title: 'Title' },
            { field: 'date', title: 'Date' },
            { field: 'topic', title: 'Topic' },
          ],
        },
      },
      // A thin line from a topic's centre to its label when the label had to move off it.
      {
        data: { values: named.filter((l) => l.moved) },
        mark: { type: 'rule', color: '#444', strokeWidth: 0.8, opacity: 0.7, aria: false },
        encoding: { x: { ...axis, field: 'cx' }, y: { ...yAxis, field: 'cy' }, x2: { field: 'x' }, y2: { field: 'y' } },
      },
      {
        data: { values: named },
        // A white outline under the label keeps it readable over dense dots.
        mark: { type: 'text', fontSize: LABEL_FONT, fontWeight: 600, stroke: 'white', strokeWidth: 3, strokeOpacity: 0.85, aria: false },
        encoding: { x: axis, y: yAxis, text: { field: 'text' } },
      },
      {
        data: { values: named },
        mark: { type: 'text', fontSize: LABEL_FONT, fontWeight: 600, fill: '#222' },
        encoding: { x: axis, y: yAxis, text: { field: 'text' }, tooltip: { field: 'topic', title: 'Topic' } },
      },
    ],
  };
}
