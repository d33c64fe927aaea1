// Drawing Vega-Lite specs with vega-embed: compiled to an AST and run by vega's
// expression interpreter, so the page needs no 'unsafe-eval' in its CSP.
import { expressionInterpreter } from '/vendor/vega-interpreter.js';

const views = new Map();

/**
 * Draw `spec` into `container` (replacing what was there) and mark it drawn
 * (data-state, data-series) for people's scripts and the end-to-end test.
 */
export async function draw(container, spec, { renderer = 'svg', onClick } = {}) {
  views.get(container)?.finalize();
  container.dataset.state = 'loading';
  const result = await window.vegaEmbed(container, spec, {
    renderer,
    ast: true,
    expr: expressionInterpreter,
    actions: { export: true, source: false, compiled: false, editor: false },
    tooltip: { theme: 'light' },
  });
  views.set(container, result);
  if (onClick) {
    result.view.addEventListener('click', (_event, item) => {
      if (item?.datum) onClick(item.datum);
    });
  }
  container.dataset.series = String(seriesCount(spec));
  container.dataset.state = 'drawn';
  if (!performance.getEntriesByName('first-chart').length) performance.mark('first-chart');
  return result.view;
}

/** Series in the chart: the colour domain of its last layer (themes, topics). */
function seriesCount(spec) {
  for (const layer of [...(spec.layer ?? [spec])].reverse()) {
    const domain = layer.encoding?.color?.scale?.domain ?? spec.encoding?.color?.scale?.domain;
    if (Array.isArray(domain)) return domain.length;
  }
  return 0;
}
