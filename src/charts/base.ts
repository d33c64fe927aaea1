import type { Config } from 'vega-lite';

/** The schema every spec declares; the tests validate against the installed copy of it. */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** Helvetica/Arial first: the SVG text widths are estimated from their metrics (see textWidth.ts). */
const FONT = 'Helvetica, Arial, "Liberation Sans", sans-serif';

/**
 * One look for all views. Titles anchor left so a chart reads like a figure
 * with a caption; the subtitle carries the notes a reader needs (partial bins,
 * subsampling) because a note in the image survives being copied out of the report.
 */
export const CHART_CONFIG: Config = {
  font: FONT,
  background: 'white',
  padding: 8,
  view: { stroke: null },
  title: { anchor: 'start', fontSize: 15, fontWeight: 600, subtitleFontSize: 12, subtitleColor: '#555', offset: 10 },
  axis: { labelFontSize: 11, titleFontSize: 12, titleFontWeight: 500, labelColor: '#333', titleColor: '#333', gridColor: '#eee' },
  legend: { labelFontSize: 11, titleFontSize: 12, labelLimit: 260, titleLimit: 260, symbolType: 'circle' },
  header: { labelFontSize: 12, titleFontSize: 12 },
};

/** Title block with an optional subtitle (a string or several lines). */
export function chartTitle(text: string, subtitle?: string | string[]) {
  return subtitle === undefined || subtitle.length === 0 ? { text } : { text, subtitle };
}

/** "12.3%"-style d3 format for shares held as fractions. */
export const SHARE_FORMAT = '.1%';

/** Truncate long labels with an ellipsis; Vega's labelLimit works in pixels, this in characters for text marks. */
export function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}
