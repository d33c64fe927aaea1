import type { Topic } from '../topics/index.js';
import type { CategoryTrendRow, Period } from '../trends/index.js';
import { CHART_CONFIG, SHARE_FORMAT, VEGA_LITE_SCHEMA, chartTitle } from './base.js';
import { binWord, periodLookup, timeAxisFor } from './periods.js';
import { topTopicIds } from './topicsOverTime.js';
import { topicColorScale, topicNameLookup } from './topicNames.js';
import type { Encoding, VegaLiteSpec } from './types.js';

export interface CategoryTrendsOptions {
  /** Categories to draw, top to bottom. Default: the `maxCategories` with the most papers. */
  categories?: string[];
  /** Categories when `categories` is not given. Default 6. */
  maxCategories?: number;
  /** Topics drawn in every panel: the largest over all categories. Default 6. */
  topN?: number;
  /** Size of one panel in pixels. Default 600 × 110. */
  width?: number;
  height?: number;
}

const COMPLETE = 'complete';
const PARTIAL = 'partial';

/**
 * Topic share over time within each category, one row of the grid per
 * category: shows whether a topic's rise is everywhere or in one field only,
 * which separates real trends from changes in the category mix.
 */
export function categoryTrendsSpec(rows: CategoryTrendRow[], topics: Topic[], periods: Period[], options: CategoryTrendsOptions = {}): VegaLiteSpec {
  const { maxCategories = 6, topN = 6, width = 600, height = 110 } = options;
  const nameOf = topicNameLookup(topics);
  const periodOf = periodLookup(periods);
  const bin = binWord(periods);
  const Bin = bin[0].toUpperCase() + bin.slice(1);

  const categoryTotals = new Map<string, number>();
  for (const r of rows) categoryTotals.set(r.category, (categoryTotals.get(r.category) ?? 0) + r.count);
  const categories =
    options.categories ?? [...categoryTotals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, maxCategories).map(([c]) => c);
  const chosen = new Set(categories);
  const top = new Set(topTopicIds(rows.filter((r) => chosen.has(r.category)), topN));

  const topNames = [...top].sort((a, b) => a - b).map((id) => nameOf(id, 'top topics'));

  // Cells by (category, period); a top topic absent from a cell that has papers had 0 of them, not "no data".
  const cells = new Map<string, { category: string; period: string; total: number; byTopic: Map<number, CategoryTrendRow> }>();
  rows.forEach((r, i) => {
    const where = `category trend row ${i}`;
    periodOf(r.period, where);
    nameOf(r.topic, where);
    if (!chosen.has(r.category)) return;
    const key = `${r.category}\u0000${r.period}`;
    const cell = cells.get(key) ?? { category: r.category, period: r.period, total: r.category_total, byTopic: new Map() };
    cell.byTopic.set(r.topic, r);
    cells.set(key, cell);
  });
  // A topic with no paper in a category all along would be a flat line at zero: leave it out of that panel.
  const present = new Set<string>();
  for (const cell of cells.values()) for (const [id, r] of cell.byTopic) if (r.count > 0) present.add(`${cell.category}\u0000${id}`);
  // Every bin of every panel: a bin with no paper of the category is a gap in its lines (share null), not 0%.
  const values = categories.flatMap((category) => periods.flatMap((period) => {
    const p = periodOf(period.key, `category ${category}`);
    const cell = cells.get(`${category}\u0000${p.key}`);
    const bin = p.partial ? PARTIAL : COMPLETE;
    return [...top].filter((id) => present.has(`${category}\u0000${id}`)).map((id) => {
      const r = cell?.byTopic.get(id);
      const empty = !cell || cell.total === 0;
      return { period: p.key, date: p.mid, category, topic: nameOf(id, 'top topics'), share: empty ? null : r?.share ?? 0, count: r?.count ?? 0, total: cell?.total ?? 0, bin };
    });
  }));
  const encoding: Encoding = {
    x: { field: 'date', type: 'temporal', title: Bin, ...timeAxisFor(periods) },
    y: { field: 'share', type: 'quantitative', title: 'Share', axis: { format: '%', tickCount: 3 } },
    color: { field: 'topic', type: 'nominal', title: 'Topic', scale: topicColorScale(topics), legend: { values: topNames } },
    tooltip: [
      { field: 'category', title: 'Category' },
      { field: 'topic', title: 'Topic' },
      { field: 'period', title: Bin },
      { field: 'share', title: `Share of the category's papers`, format: SHARE_FORMAT },
      { field: 'count', title: 'Papers', format: ',d' },
      { field: 'total', title: 'Papers in the category', format: ',d' },
      { field: 'bin', title: 'Bin' },
    ],
  };
  const subtitle = [
    `Share of each category's papers in the ${bin} that belong to the topic; the ${top.size} largest topics.`,
    ...(periods.some((p) => p.partial) ? [`Faded points are partial ${bin}s.`] : []),
  ];

  return {
    $schema: VEGA_LITE_SCHEMA,
    description: `Topic share per ${bin} within each category`,
    title: chartTitle('Topics over time within each category', subtitle),
    config: CHART_CONFIG,
    data: { values },
    facet: { row: { field: 'category', type: 'nominal', title: 'Category', sort: categories, header: { labelAngle: 0, labelAlign: 'left', labelFontWeight: 600 } } },
    spec: {
      width,
      height,
      layer: [
        { mark: { type: 'line', strokeWidth: 1.5 }, encoding },
        {
          mark: { type: 'circle', size: 20 },
          encoding: { ...encoding, opacity: { field: 'bin', type: 'ordinal', title: 'Bin', scale: { domain: [COMPLETE, PARTIAL], range: [1, 0.3] } } },
        },
      ],
    },
    resolve: { scale: { y: 'independent' } },
  };
}
