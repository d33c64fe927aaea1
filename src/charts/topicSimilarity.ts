import { termCosine, type Topic } from '../topics/index.js';
import { CHART_CONFIG, VEGA_LITE_SCHEMA, chartTitle, shorten } from './base.js';
import type { VegaLiteSpec } from './types.js';

/**
 * Topic similarity (BERTopic's visualize_heatmap): the cosine of every pair of topics'
 * c-TF-IDF words, in topic order; a dark cell off the diagonal is two topics that share
 * their vocabulary (candidates to merge, or one field seen from two sides).
 */
export function topicSimilaritySpec(topics: Topic[], options: { cell?: number } = {}): VegaLiteSpec {
  // Cells of at least 18 px, and a grid of at least 260 px so a few topics do not make a stamp.
  const cell = options.cell ?? Math.max(18, Math.ceil(260 / Math.max(1, topics.length)));
  const sorted = [...topics].sort((a, b) => a.id - b.id);
  const name = (t: Topic) => `#${t.id} ${shorten(t.label, 28)}`;
  const order = sorted.map(name);
  const values = sorted.flatMap((a) => sorted.map((b) => ({ a: name(a), b: name(b), similarity: a.id === b.id ? 1 : termCosine(a, b) })));
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: 'Similarity of every pair of topics by their c-TF-IDF words',
    title: chartTitle('Topic similarity', 'Cosine of the two topics’ c-TF-IDF words: 1 on the diagonal, darker = more words in common.'),
    width: { step: cell },
    height: { step: cell },
    config: CHART_CONFIG,
    data: { values },
    mark: 'rect',
    encoding: {
      x: { field: 'b', type: 'nominal', sort: order, title: null, axis: { labelAngle: -60, labelLimit: 160 } },
      y: { field: 'a', type: 'nominal', sort: order, title: null, axis: { labelLimit: 160 } },
      color: { field: 'similarity', type: 'quantitative', title: 'Similarity', scale: { scheme: 'greys', domain: [0, 1] } },
      tooltip: [{ field: 'a', title: 'Topic' }, { field: 'b', title: 'and' }, { field: 'similarity', title: 'Similarity', format: '.2f' }],
    },
  };
}
