import type { Topic } from '../topics/index.js';
import type { Period, TopicTrendRow } from '../trends/index.js';
import { CHART_CONFIG, SHARE_FORMAT, VEGA_LITE_SCHEMA, chartTitle } from './base.js';
import { binWord, periodDates, periodLookup } from './periods.js';
import { topicName, topicNameLookup } from './topicNames.js';
import type { VegaLiteSpec } from './types.js';
import { bandShiftRuleLayers, type ShiftMark } from './layers.js';

export interface HeatmapOptions {
  /** Show only topics with id below this (topics are numbered by size). Default: all. */
  maxTopics?: number;
  /** Pixels per cell. Default 18 wide × 16 high. */
  cellWidth?: number;
  cellHeight?: number;
  /** Mix-shift dates, drawn as labelled rules inside the bin they fall in (like the time charts' rules). */
  shifts?: readonly ShiftMark[];
}

/** Marker appended to a partial bin's column label. */
const PARTIAL_MARK = ' *';

/**
 * Topic × period grid, cell colour = the topic's share of the bin's papers.
 * Rows are topics in id (size) order; partial bins are starred in the axis.
 */
export function topicHeatmapSpec(rows: TopicTrendRow[], topics: Topic[], periods: Period[], options: HeatmapOptions = {}): VegaLiteSpec {
  const { maxTopics = Infinity, cellWidth = 18, cellHeight = 16 } = options;
  const nameOf = topicNameLookup(topics);
  const periodOf = periodLookup(periods);
  const shown = [...topics].sort((a, b) => a.id - b.id).slice(0, maxTopics);
  const shownIds = new Set(shown.map((t) => t.id));
  const columnOf = (p: Pick<Period, 'key' | 'partial'>) => (p.partial ? p.key + PARTIAL_MARK : p.key);
  const columns = periodDates(periods).map(columnOf);
  const bin = binWord(periods);

  const cells = new Map<string, { count: number; share: number }>();
  rows.forEach((r, i) => {
    const where = `topic trend row ${i}`;
    const p = periodOf(r.period, where);
    nameOf(r.topic, where);
    if (!shownIds.has(r.topic)) return;
    cells.set(`${p.key}\u0000${r.topic}`, { count: r.count, share: r.share });
  });
  const values = periodDates(periods).flatMap((p) =>
    shown.map((t) => {
      const c = cells.get(`${p.key}\u0000${t.id}`) ?? { count: 0, share: 0 };
      return { column: columnOf(p), period: p.key, topic: topicName(t.id, t.label), ...c };
    }),
  );
  const subtitle = [
    `Darker cells: a larger share of the ${bin}'s papers.`,
    ...(periods.some((p) => p.partial) ? [`* partial ${bin}: the corpus covers only part of it.`] : []),
  ];

  return {
    $schema: VEGA_LITE_SCHEMA,
    description: `Topic share per ${bin} as a heatmap`,
    title: chartTitle(`Topic share by ${bin}`, subtitle),
    width: { step: cellWidth },
    height: { step: cellHeight },
    config: CHART_CONFIG,
    data: { values },
    layer: [{
      mark: { type: 'rect', stroke: 'white', strokeWidth: 0.5 },
      encoding: {
        x: { field: 'column', type: 'ordinal', sort: columns, title: bin[0].toUpperCase() + bin.slice(1), axis: { labelAngle: -60 } },
        y: { field: 'topic', type: 'ordinal', sort: shown.map((t) => topicName(t.id, t.label)), title: null, axis: { labelLimit: 260 } },
        color: { field: 'share', type: 'quantitative', title: `Share of the ${bin}'s papers`, scale: { scheme: 'blues' }, legend: { format: '%', gradientLength: 160 } },
        tooltip: [
          { field: 'topic', title: 'Topic' },
          { field: 'period', title: bin[0].toUpperCase() + bin.slice(1) },
          { field: 'share', title: 'Share of papers', format: SHARE_FORMAT },
          { field: 'count', title: 'Papers', format: ',d' },
        ],
      },
    }, ...bandShiftRuleLayers(options.shifts ?? [], periods, columnOf)],
  };
}
