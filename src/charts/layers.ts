import { dayNumber, type Period } from '../trends/index.js';
import { PARTIAL_FILL } from './palette.js';
import { partialBands } from './periods.js';
import type { UnitLayerSpec } from './types.js';

/**
 * Layers shared by the time-series views: a grey band behind each partial bin
 * with the word "partial" on top, so a dip at the edge of the corpus is not
 * read as a trend. Empty when no bin is partial.
 *
 * `over`: draw on top of the data as a white wash (for stacked areas, which
 * would hide a band drawn behind them); otherwise a grey band behind.
 */
export function partialBinLayers(periods: Period[], over = false): UnitLayerSpec[] {
  const bands = partialBands(periods);
  if (bands.length === 0) return [];
  return [
    {
      data: { values: bands },
      mark: over ? { type: 'rect', color: 'white', opacity: 0.45 } : { type: 'rect', color: PARTIAL_FILL, opacity: 0.15 },
      encoding: {
        x: { field: 'start', type: 'temporal' },
        x2: { field: 'end' },
        tooltip: [
          { field: 'period', title: 'Bin' },
          { field: 'note', title: 'Note' },
        ],
      },
    },
    {
      data: { values: bands },
      mark: { type: 'text', color: over ? '#222' : '#666', fontSize: 10, fontStyle: 'italic', baseline: 'top', align: 'left', dx: 2, y: 2 },
      encoding: { x: { field: 'start', type: 'temporal' }, text: { value: 'partial' } },
    },
  ];
}

/** A dated change of the corpus mix, drawn as a rule (a MixShiftWarning fits). */
export interface ShiftMark {
  field: string;
  date: string;
}

/**
 * A labelled vertical rule at each mix-shift date, so a step in the raw
 * shares is seen next to the change of corpus that made it (papers.jsonl:
 * "video, 3d" 1% → 24% at the 2025-03-18 source switch). One rule per date.
 * The date is a datum, not data, so the same layers work inside a facet
 * (the per-category chart), whose layers must share the facet's data.
 * `shortLabel` replaces the label where panels are too narrow for it (the
 * chart then names the shifts once, in its subtitle).
 */
export function shiftRuleLayers(shifts: readonly ShiftMark[], ownData = false, shortLabel?: string): UnitLayerSpec[] {
  return shiftLabels(shifts).flatMap(([date, label], i) => {
    const [year, month, day] = date.split('-').map(Number);
    return ruleLayers({ datum: { year, month, date: day }, type: 'temporal' }, shortLabel ?? label, ownData, i);
  });
}

/**
 * The same rules on a chart whose x axis is one band per bin (the topic × bin
 * heatmap): each inside its bin's column, as far across as the date is
 * through the bin (2025-03-18: 55% of the way across 2025-03). Shifts outside
 * the bins are left out.
 * @param column the x value of a bin's column
 */
export function bandShiftRuleLayers(shifts: readonly ShiftMark[], periods: readonly Period[], column: (p: Period) => string): UnitLayerSpec[] {
  return shiftLabels(shifts).flatMap(([date, label], i) => {
    const day = dayNumber(date);
    const p = periods.find((q) => dayNumber(q.start) <= day && day <= dayNumber(q.end));
    if (!p) return [];
    const across = (day - dayNumber(p.start)) / (dayNumber(p.end) - dayNumber(p.start) + 1);
    return ruleLayers({ datum: column(p), type: 'ordinal', bandPosition: across }, label, false, i);
  });
}

/** One label per date, in date order: "category + source mix shift 2025-03-18". */
export function shiftLabels(shifts: readonly ShiftMark[]): [string, string][] {
  const byDate = new Map<string, Set<string>>();
  for (const s of shifts) byDate.set(s.date, (byDate.get(s.date) ?? new Set()).add(s.field));
  return [...byDate].sort(([a], [b]) => a.localeCompare(b)).map(([date, fields]) => [date, `${[...fields].join(' + ')} mix shift ${date}`]);
}

/** Labels of successive dates step down this many rows, then start again at the top. */
const LABEL_ROWS = 4;

/**
 * `row`: the date's place in date order. Close dates drew their labels on one
 * line as an unreadable smear (a 1,049-paper slice of papers.jsonl has 7 shift
 * dates); each steps 12 px below the previous one.
 */
function ruleLayers(x: Record<string, unknown>, label: string, ownData: boolean, row: number): UnitLayerSpec[] {
  // Layers that inherit data (a facet's) would draw one rule per row: keep one row per cell.
  const once = [{ window: [{ op: 'row_number', as: 'shift_row' }], groupby: [] }, { filter: 'datum.shift_row === 1' }];
  // A chart whose layers each bring their data gives these none to inherit: one empty row of their own.
  const data = ownData ? { data: { values: [{}] } } : {};
  return [
    // aria off: the label beside it names the shift; an unlabelled rule was axe's svg-img-alt (serious), once per panel.
    { ...data, transform: once, mark: { type: 'rule', color: '#b3261e', strokeDash: [4, 3], strokeWidth: 1.2, aria: false }, encoding: { x } },
    {
      ...data, transform: once,
      mark: { type: 'text', color: '#b3261e', fontSize: 10, align: 'left', baseline: 'top', dx: 3, y: 12 * (row % LABEL_ROWS), text: label },
      encoding: { x },
    },
  ] as UnitLayerSpec[];
}

/** The spec with shift rules added on top, when it is a layered time chart (or a facet of one); other specs unchanged. */
export function withShiftRules<S extends object>(spec: S, shifts: readonly ShiftMark[] | undefined): S {
  if (!shifts?.length) return spec;
  const layer = (spec as { layer?: unknown[] }).layer;
  if (Array.isArray(layer)) return { ...spec, layer: [...layer, ...shiftRuleLayers(shifts, !('data' in spec))] };
  const inner = (spec as { spec?: { layer?: unknown[] } }).spec;
  if (inner && Array.isArray(inner.layer)) return { ...spec, spec: { ...inner, layer: [...inner.layer, ...shiftRuleLayers(shifts)] } };
  return spec;
}
