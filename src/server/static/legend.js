// Reading one line among many: click a legend entry to isolate its line (shift-click adds
// more, double-click clears; with `isolateOn: 'dblclick'` a double-click isolates and a single
// click is the page's to use, see charts.js onLegend), and a focused line (the term just typed) drawn bold with the
// others dimmed and the y scale fitted to it (the big themes set the scale, so a small
// term's line lay flat along the axis).

/** The layer that draws the series: the last one with a colour field and its own data. */
export function seriesLayer(spec) {
  const layers = spec.layer ?? [];
  for (let i = layers.length - 1; i >= 0; i--) if (layers[i].encoding?.color?.field && layers[i].data?.values) return i;
  return -1;
}

/** `spec` with a legend-bound selection ("pick") and, when `focus` names a series, that series lit. */
export function withLegendPick(spec, { focus = null, isolateOn = 'click' } = {}) {
  const i = seriesLayer(spec);
  if (i < 0) return spec;
  const layer = spec.layer[i];
  const field = layer.encoding.color.field;
  const values = layer.data.values;
  const lit = focus !== null && values.some((v) => v[field] === focus);
  const test = lit ? `datum[${JSON.stringify(field)}] === ${JSON.stringify(focus)}` : null;
  const encoding = {
    ...layer.encoding,
    opacity: lit
      ? { condition: [{ param: 'pick', empty: false, value: 1 }, { test, value: 1 }], value: 0.2 }
      : { condition: { param: 'pick', value: 1 }, value: 0.15 },
    ...(lit && layer.mark?.type === 'line' ? { strokeWidth: { condition: { test, value: 3.5 }, value: 1.5 } } : {}),
  };
  const y = encoding.y;
  if (lit && y?.field && !y.stack) {
    const top = Math.max(0, ...values.filter((v) => v[field] === focus).map((v) => v[y.field] ?? 0));
    if (top > 0) encoding.y = { ...y, scale: { ...(y.scale ?? {}), domain: [0, top * 1.15] } };
  }
  const mark = typeof layer.mark === 'string' ? { type: layer.mark } : layer.mark;
  const next = {
    ...layer,
    mark: lit ? { ...mark, clip: true } : mark,
    encoding,
    params: [...(layer.params ?? []), { name: 'pick', select: { type: 'point', fields: [field] }, bind: isolateOn === 'click' ? 'legend' : { legend: isolateOn } }],
  };
  return { ...spec, layer: spec.layer.map((l, k) => (k === i ? next : l)) };
}
