import type { Topic } from '../topics/index.js';
import { CHART_CONFIG, VEGA_LITE_SCHEMA, chartTitle } from './base.js';
import { topicColorScale, topicName } from './topicNames.js';
import type { Encoding, VegaLiteSpec } from './types.js';

export interface TopicTermsOptions {
  /** Ids of the topics to show; one id gives a single chart, several give small multiples. Default: the first `maxTopics` by id. */
  topicIds?: number[];
  /** Topics shown when `topicIds` is not given. Default 12. */
  maxTopics?: number;
  /** Terms per topic, highest weight first. Default 10. */
  maxTerms?: number;
  /** Small multiples per row. Default 4. */
  columns?: number;
  /** Width of one panel in pixels. Default 170 (single topic: 420). */
  width?: number;
}

/**
 * The top terms of a topic with their class-based TF-IDF weights, as bars;
 * for several topics a grid of panels, each with its own term axis.
 */
export function topicTermsSpec(topics: Topic[], options: TopicTermsOptions = {}): VegaLiteSpec {
  const { maxTopics = 12, maxTerms = 10, columns = 4 } = options;
  const byId = new Map(topics.map((t) => [t.id, t]));
  const ids = options.topicIds ?? [...topics].sort((a, b) => a.id - b.id).slice(0, maxTopics).map((t) => t.id);
  const chosen = ids.map((id) => {
    const t = byId.get(id);
    if (!t) throw new Error(`topic terms: topic ${id} is not among the run's topics`);
    return t;
  });
  const values = chosen.flatMap((t) =>
    [...t.terms]
      .sort((a, b) => b.weight - a.weight)
      .slice(0, maxTerms)
      .map((term, rank) => ({ topic: topicName(t.id, t.label), term: term.term, weight: term.weight, rank: rank + 1 })),
  );
  const encoding: Encoding = {
    y: { field: 'term', type: 'nominal', sort: { field: 'weight', order: 'descending' }, title: null, axis: { labelLimit: 140 } },
    x: { field: 'weight', type: 'quantitative', title: 'c-TF-IDF weight', axis: { format: '.2~g', tickCount: 3 } },
    color: { field: 'topic', type: 'nominal', scale: topicColorScale(topics), legend: null },
    tooltip: [
      { field: 'topic', title: 'Topic' },
      { field: 'term', title: 'Term' },
      { field: 'weight', title: 'c-TF-IDF weight', format: '.4f' },
      { field: 'rank', title: 'Rank' },
    ],
  };
  const subtitle = 'Longer bars: words that set the topic apart from the other topics (class-based TF-IDF).';

  if (chosen.length === 1) {
    const t = chosen[0];
    return {
      $schema: VEGA_LITE_SCHEMA,
      description: `Top terms of topic ${t.id}`,
      title: chartTitle(`Top terms of ${topicName(t.id, t.label)}`, subtitle),
      width: options.width ?? 420,
      height: { step: 18 },
      config: CHART_CONFIG,
      data: { values },
      mark: { type: 'bar', cornerRadiusEnd: 2 },
      encoding,
    };
  }
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: 'Top terms of each topic',
    title: chartTitle('Top terms per topic', subtitle),
    config: CHART_CONFIG,
    data: { values },
    columns,
    facet: { field: 'topic', type: 'nominal', title: null, sort: chosen.map((t) => topicName(t.id, t.label)), header: { labelLimit: 210, labelFontWeight: 600 } },
    spec: { width: options.width ?? 170, height: { step: 14 }, mark: { type: 'bar', cornerRadiusEnd: 2 }, encoding },
    resolve: { scale: { y: 'independent', x: 'independent' } },
  };
}
