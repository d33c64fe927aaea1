import { vegaTextWidth } from './textWidth.js';
import type { VegaLiteSpec } from './types.js';

export interface RenderOptions {
  /**
   * Receives Vega-Lite compile warnings (e.g. a dropped sort) instead of the
   * console, so callers and tests can surface or assert on them. Default:
   * Vega-Lite's own logger, which prints them to the console.
   */
  onWarning?: (message: string) => void;
}

/**
 * Render a Vega-Lite spec to an SVG string in Node: compile to Vega, run a
 * headless View (renderer 'none', so no canvas or browser is needed) and
 * serialize. Vega and Vega-Lite are imported on first use so that building
 * specs (e.g. in the server) does not pay for loading them.
 */
export async function renderSvg(spec: VegaLiteSpec, options: RenderOptions = {}): Promise<string> {
  const [{ compile }, vega] = await Promise.all([import('vega-lite'), import('vega')]);
  // Vega tags every inline datum with a hidden id; compiling a copy keeps the caller's spec untouched.
  const compiled = compile(structuredClone(spec), options.onWarning ? { logger: collectingLogger(vega.logger(), options.onWarning) } : {}).spec;
  useBetterTextMetrics(vega);
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    // Def ids (clip paths, gradients) restart per chart, so one spec always gives the same SVG.
    vega.resetSVGDefIds();
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

type VegaLogger = ReturnType<typeof import('vega').logger>;

/** A Vega logger whose warnings go to a callback; errors still throw from compile. */
function collectingLogger(base: VegaLogger, onWarning: (message: string) => void): VegaLogger {
  base.level(2);
  base.warn = (...args: readonly unknown[]) => {
    onWarning(args.map(String).join(' '));
    return base;
  };
  return base;
}

/**
 * Without a canvas Vega estimates text at 0.8 em per character, which
 * truncates legend and axis labels far too early. Vega documents
 * `textMetrics.width` as replaceable (vl-convert does the same); it is
 * process-wide, so it is set to the same function on every call rather
 * than toggled.
 */
function useBetterTextMetrics(vega: typeof import('vega')): void {
  const metrics = (vega as unknown as { textMetrics?: { width: (item: object, text: unknown) => number } }).textMetrics;
  if (metrics) metrics.width = vegaTextWidth;
}
