import type { Topic } from '../topics/index.js';
import { CHART_CONFIG, VEGA_LITE_SCHEMA, chartTitle } from './base.js';
import { fitText } from './textWidth.js';
import { topicColorScale, topicName } from './topicNames.js';
import { TERM_TOOLTIP, topicTermsGrid, type TermRow } from './topicTermsGrid.js';
import type { Encoding, VegaLiteSpec } from './types.js';

export interface TopicTermsOptions {
  /** Ids of the topics to show; one id gives a single chart, several give small multiples. Default: every topic, by id. */
  topicIds?: number[];
  /** Terms per topic, highest weight first. Default 10. */
  maxTerms?: number;
  /** Small multiples per row. Default 3. */
  columns?: number;
  /** Width of one panel in pixels. Default 280 (single topic: 420). */
  width?: number;
}

/** Pixels for a term label left of its bar (single topic), at the axis label size. */
const TERM_LABEL_LIMIT = 140;
const LABEL_FONT = 11;

/**
 * The top terms of a topic with their class-based TF-IDF weights, as bars;
 * for several topics a fixed-size grid of panels with every topic (see
 * topicTermsGrid.ts), so every topic is legible however many there are.
 */
export function topicTermsSpec(topics: Topic[], options: TopicTermsOptions = {}): VegaLiteSpec {
  const { maxTerms = 10 } = options;
  const byId = new Map(topics.map((t) => [t.id, t]));
  const ids = options.topicIds ?? [...topics].sort((a, b) => a.id - b.id).map((t) => t.id);
  const chosen = ids.map((id) => {
    const t = byId.get(id);
    if (!t) throw new Error(`topic terms: topic ${id} is not among the run's topics`);
    return t;
  });
  const rows = (t: Topic): TermRow[] =>
    [...t.terms]
      .sort((a, b) => b.weight - a.weight)
      .slice(0, maxTerms)
      .map((term, i) => ({ topic: topicName(t.id, t.label), term: term.term, weight: term.weight, rank: i + 1 }));
  const color = topicColorScale(topics);
  const subtitle = 'Longer bars: words that set the topic apart from the other topics (class-based TF-IDF).';
  if (chosen.length !== 1) return topicTermsGrid(chosen.map((t) => ({ name: topicName(t.id, t.label), rows: rows(t) })), color, subtitle, options);

  const t = chosen[0];
  const values = rows(t).map((r) => ({ ...r, label: fitText(r.term, TERM_LABEL_LIMIT, LABEL_FONT) }));
  const encoding: Encoding = {
    // The rank keeps two terms cut to the same label apart; the label is what the axis shows.
    y: { field: 'rank', type: 'ordinal', title: null, axis: { labelExpr: `${JSON.stringify(values.map((v) => v.label))}[datum.value - 1]` } },
    x: { field: 'weight', type: 'quantitative', title: 'c-TF-IDF weight', axis: { format: '.2~g', tickCount: 3 } },
    color: { field: 'topic', type: 'nominal', scale: color, legend: null },
    tooltip: TERM_TOOLTIP,
  };
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
