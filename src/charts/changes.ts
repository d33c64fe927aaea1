import type { ChangeRow } from '../trends/index.js';
import { CHART_CONFIG, SHARE_FORMAT, VEGA_LITE_SCHEMA, chartTitle } from './base.js';
import { DIRECTION_COLORS } from './palette.js';
import type { VegaLiteSpec } from './types.js';

export interface ChangesOptions {
  /** Which rows: topics, themes, or both. Default 'topic'. */
  kind?: 'topic' | 'theme' | 'both';
  /** Draw 'stable' rows (greyed) too; by default they are left out. Default false. */
  includeStable?: boolean;
  /** At most this many rows, the largest absolute changes. Default 30. */
  maxRows?: number;
  /** Width of the bar area in pixels. Default 520. */
  width?: number;
}

const SIGNIFICANT = 'significant';
const NOT_SIGNIFICANT = 'not significant';

/**
 * Diverging bars of the change in share between the two windows, emerging to
 * the right in green and declining to the left in red; rows that are not
 * statistically significant are faded and say so in the legend and tooltip.
 */
export function changesSpec(changes: ChangeRow[], options: ChangesOptions = {}): VegaLiteSpec {
  const { kind = 'topic', includeStable = false, maxRows = 30, width = 520 } = options;
  const rows = changes
    .filter((c) => kind === 'both' || c.kind === kind)
    .filter((c) => includeStable || c.direction !== 'stable')
    .sort((a, b) => Math.abs(b.change) - Math.abs(a.change))
    .slice(0, maxRows)
    .map((c) => ({
      name: c.kind === 'topic' && c.topic !== undefined ? `#${c.topic} ${c.name}` : c.name,
      kind: c.kind,
      direction: c.direction,
      change: c.change,
      change_pp: `${c.change >= 0 ? '+' : ''}${(c.change * 100).toFixed(2)} pp`,
      share_before: c.share_before,
      share_after: c.share_after,
      z: c.z,
      p: c.p,
      significance: c.significant ? SIGNIFICANT : NOT_SIGNIFICANT,
    }));
  const directions = (['emerging', 'declining', 'stable'] as const).filter((d) => rows.some((r) => r.direction === d));
  const what = kind === 'both' ? 'topics and themes' : `${kind}s`;
  const subtitle = [
    'Change in share of papers between the earlier and the later window (percentage points).',
    rows.length === 0 ? `No ${what} changed significantly.` : 'Faded bars are not statistically significant (two-proportion z-test).',
  ];

  return {
    $schema: VEGA_LITE_SCHEMA,
    description: `Emerging and declining ${what}`,
    title: chartTitle(`Emerging and declining ${what}`, subtitle),
    width,
    height: { step: 18 },
    config: CHART_CONFIG,
    data: { values: rows },
    layer: [
      {
        mark: { type: 'bar', cornerRadiusEnd: 2 },
        encoding: {
          y: { field: 'name', type: 'nominal', title: null, sort: { field: 'change', order: 'descending' }, axis: { labelLimit: 300 } },
          x: { field: 'change', type: 'quantitative', title: 'Change in share (percentage points)', axis: { labelExpr: "format(datum.value * 100, '+.1f') + ' pp'" } },
          color: {
            field: 'direction',
            type: 'nominal',
            title: 'Direction',
            scale: { domain: ['emerging', 'declining', 'stable'], range: [DIRECTION_COLORS.emerging, DIRECTION_COLORS.declining, DIRECTION_COLORS.stable] },
            legend: { values: directions },
          },
          opacity: { field: 'significance', type: 'ordinal', title: 'Test', scale: { domain: [SIGNIFICANT, NOT_SIGNIFICANT], range: [1, 0.35] } },
          tooltip: [
            { field: 'name', title: 'Name' },
            { field: 'share_before', title: 'Share before', format: SHARE_FORMAT },
            { field: 'share_after', title: 'Share after', format: SHARE_FORMAT },
            { field: 'change_pp', title: 'Change' },
            { field: 'z', title: 'z', format: '.2f' },
            { field: 'p', title: 'p', format: '.2g' },
            { field: 'significance', title: 'Test' },
          ],
        },
      },
      { mark: { type: 'rule', color: '#444', aria: false }, encoding: { x: { datum: 0, type: 'quantitative' } } },
    ],
  };
}
