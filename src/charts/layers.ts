import type { Period } from '../trends/index.js';
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
