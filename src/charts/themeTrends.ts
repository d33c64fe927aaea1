import type { BurstRow, Period, ThemeTrendRow } from '../trends/index.js';
import { CHART_CONFIG, SHARE_FORMAT, VEGA_LITE_SCHEMA, chartTitle } from './base.js';
import { partialBinLayers } from './layers.js';
import { binWord, noData, periodDates, periodLookup, timeAxisFor } from './periods.js';
import type { Encoding, UnitLayerSpec, VegaLiteSpec } from './types.js';
import { metricAxis, type TrendMetric } from './metric.js';

export interface ThemeTrendsOptions {
  /** Themes to draw, in legend order. Default: the 8 with the most papers. */
  themes?: string[];
  /** How many themes when `themes` is not given. Default 8. */
  maxThemes?: number;
  /** 'share' of the bin's papers that mention the line's words, that share 'adjusted' for the corpus mix, or 'count' of them. Default 'share'. */
  metric?: TrendMetric;
  /** What the rows' adjusted shares were adjusted by, for the axis title. */
  adjustedBy?: string;
  /** Shade each theme's burst intervals. Default true. */
  showBursts?: boolean;
  /** Width and height in pixels. Default 640 × 340. */
  width?: number;
  height?: number;
  /** Fixed colour per series name, so a theme keeps its colour when lines are added or removed. Default: tableau10 in legend order. */
  colors?: Record<string, string>;
}

/** Themes are not topics, so they get their own short categorical scheme. */
const THEME_SCHEME = 'tableau10';

function pickThemes(rows: ThemeTrendRow[], max: number): string[] {
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.theme, (totals.get(r.theme) ?? 0) + r.count);
  return [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, max).map(([t]) => t);
}

/**
 * Share of papers per bin that mention each chosen theme (lines with points),
 * with the theme's burst intervals shaded behind in its colour.
 */
export function themeTrendsSpec(rows: ThemeTrendRow[], periods: Period[], bursts: BurstRow[] = [], options: ThemeTrendsOptions = {}): VegaLiteSpec {
  const { maxThemes = 8, showBursts = true, width = 640, height = 340, metric = 'share' } = options;
  const themes = options.themes ?? pickThemes(rows, maxThemes);
  const chosen = new Set(themes);
  const periodOf = periodLookup(periods);
  const bin = binWord(periods);
  const Bin = bin[0].toUpperCase() + bin.slice(1);
  const axis = metricAxis(metric, bin, options.adjustedBy);

  const byCell = new Map(rows.map((r, i) => [`${periodOf(r.period, `theme trend row ${i}`).key}\u0000${r.theme}`, r]));
  // Missing (period, theme) rows in a bin with papers are zero mentions; a bin with no papers is a gap.
  const empty = new Set(periods.filter(noData).map((p) => p.key));
  const values = periodDates(periods).flatMap((p) =>
    themes.map((theme) => {
      const r = byCell.get(`${p.key}\u0000${theme}`);
      const none = empty.has(p.key);
      const adjusted = none ? null : r?.adjusted_share ?? r?.share ?? 0;
      return { period: p.key, date: p.mid, theme, share: none ? null : r?.share ?? 0, adjusted, count: none ? null : r?.count ?? 0, partial: p.partial ? 'yes' : 'no' };
    }),
  );
  const burstValues = showBursts
    ? bursts
        .filter((b) => chosen.has(b.name))
        .map((b, i) => ({
          theme: b.name,
          start: periodOf(b.start, `burst ${i} (${b.name}) start`).start,
          end: periodOf(b.end, `burst ${i} (${b.name}) end`).endExclusive,
          span: b.start === b.end ? b.start : `${b.start} to ${b.end}`,
          strength: b.strength,
        }))
    : [];

  const color = { field: 'theme', type: 'nominal', title: 'Theme', scale: options.colors
      ? { domain: themes, range: themes.map((t) => options.colors![t] ?? '#888888') }
      : { scheme: THEME_SCHEME, domain: themes },
    // The legend merges the faint band layer; keep its symbols at full strength.
    legend: { symbolOpacity: 1 },
  } as const;
  const encoding: Encoding = {
    x: { field: 'date', type: 'temporal', title: Bin, ...timeAxisFor(periods) },
    y: { field: axis.field, type: 'quantitative', title: axis.title, axis: { format: axis.format } },
    color,
    tooltip: [
      { field: 'theme', title: 'Theme' },
      { field: 'period', title: Bin },
      { field: 'share', title: 'Share of papers', format: SHARE_FORMAT },
      ...(metric === 'adjusted' ? [{ field: 'adjusted', title: 'Adjusted for the corpus mix', format: SHARE_FORMAT }] : []),
      { field: 'count', title: 'Papers', format: ',d' },
      { field: 'partial', title: 'Partial bin' },
    ],
  };
  const burstLayer: UnitLayerSpec[] = burstValues.length
    ? [
        {
          data: { values: burstValues },
          mark: { type: 'rect', opacity: 0.14 },
          encoding: {
            x: { field: 'start', type: 'temporal' },
            x2: { field: 'end' },
            // Same scale as the lines, so the lines' legend explains the band colours too.
            color,
            tooltip: [
              { field: 'theme', title: 'Burst of' },
              { field: 'span', title: 'Bins' },
              { field: 'strength', title: 'Strength', format: '.2f' },
            ],
          },
        },
      ]
    : [];
  const subtitle = [
    themes.length === 0 ? 'No theme data in this run.' : 'Share of the papers in each bin that mention the theme.',
    ...(burstValues.length ? ['Tinted bands: burst intervals (Kleinberg), when a theme appears unusually often.'] : []),
    ...(periods.some((p) => p.partial) ? [`Grey bins are partial: the corpus covers only part of the ${bin}.`] : []),
  ];

  return {
    $schema: VEGA_LITE_SCHEMA,
    description: `Theme share per ${bin} with burst intervals`,
    title: chartTitle('Themes over time', subtitle),
    width,
    height,
    config: CHART_CONFIG,
    layer: [
      ...partialBinLayers(periods),
      ...burstLayer,
      { data: { values }, mark: { type: 'line', strokeWidth: 1.8, point: { size: 22 }, invalid: 'break-paths-show-domains' }, encoding },
    ],
  };
}
