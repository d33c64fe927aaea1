import { CHART_CONFIG, VEGA_LITE_SCHEMA, chartTitle } from './base.js';
import { fitText } from './textWidth.js';
import type { TopicColorScale } from './topicNames.js';
import type { VegaLiteSpec } from './types.js';

/** One bar row of the terms chart. */
export interface TermRow {
  topic: string;
  term: string;
  weight: number;
  rank: number;
}

/** Term labels and panel headers, in pixels: the sizes of CHART_CONFIG's axis labels and headers. */
/** The tooltip over `TermRow`s, in the grid and in the one-topic chart. */
export const TERM_TOOLTIP = [
  { field: 'topic', title: 'Topic' },
  { field: 'term', title: 'Term' },
  { field: 'weight', title: 'c-TF-IDF weight', format: '.4f' },
  { field: 'rank', title: 'Rank' },
];

const TERM_FONT = 11;
const HEADER_FONT = 12;
/** Row height of a term: an 11 px label with a gap. */
const TERM_STEP = 15;
/** The longest bar of a panel takes this part of its width; its term is written after it. */
const BAR_PART = 0.4;

/**
 * Every topic's top terms as a fixed-size grid of panels. Each panel is a
 * plain plot with the term written after its bar (no axes), so its width is
 * exactly its plot: 3 columns of 280 px make a ~900 px grid, under the
 * report's 1,032 px column, drawn at full size at any k. More topics add
 * rows, never width. (4 columns of bars with term axes were 1,853 px wide on
 * papers.jsonl, shrank to 6 px text, and showed 12 of its 14 topics.)
 *
 * Bars are scaled per panel (weight / the panel's largest weight), as the
 * independent axes were; the weights themselves are in the tooltips.
 */
export function topicTermsGrid(panels: { name: string; rows: TermRow[] }[], color: TopicColorScale, subtitle: string, options: { columns?: number; width?: number }): VegaLiteSpec {
  const { columns = 3, width = 280 } = options;
  const values = panels.flatMap(({ rows }) => {
    const max = Math.max(...rows.map((r) => r.weight)) || 1;
    return rows.map((r) => {
      const rel = r.weight / max;
      // The term gets the room left of the panel after its bar (3 px gap).
      const room = width - rel * BAR_PART * width - 3;
      return { ...r, rel, label: fitText(r.term, room, TERM_FONT) };
    });
  });
  const x = { field: 'rel', type: 'quantitative' as const, axis: null, scale: { domain: [0, 1 / BAR_PART], nice: false } };
  const y = { field: 'rank', type: 'ordinal', axis: null } as const;
  const tooltip = TERM_TOOLTIP;
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: 'Top terms of each topic',
    title: chartTitle(`Top terms of all ${panels.length} topics`, [subtitle, 'Bars are scaled within each topic; hover for the weights.']),
    config: CHART_CONFIG,
    data: { values },
    columns,
    spacing: { column: 28, row: 10 },
    facet: {
      field: 'topic',
      type: 'nominal',
      title: null,
      sort: panels.map((p) => p.name),
      header: { labelLimit: width, labelFontWeight: 600, labelAlign: 'left', labelAnchor: 'start', labelFontSize: HEADER_FONT },
    },
    spec: {
      width,
      height: { step: TERM_STEP },
      layer: [
        { mark: { type: 'bar', cornerRadiusEnd: 2 }, encoding: { x, y, color: { field: 'topic', type: 'nominal', scale: color, legend: null }, tooltip } },
        { mark: { type: 'text', align: 'left', baseline: 'middle', dx: 3, fontSize: TERM_FONT, color: '#222' }, encoding: { x, y, text: { field: 'label' }, tooltip } },
      ],
    },
  };
}
