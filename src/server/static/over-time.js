// Hiding topics in "Topics over time": a click on a legend entry hides that topic's
// area and a second click shows it again (a double-click shows only it, as in the terms
// chart). Hidden topics are kept in the address by id ("other" for "Other topics"), their
// legend entries stay, marked "(hidden)" (so colours hold and the entry can be clicked back), and the page
// says what is hidden and how to show it: nothing leaves the chart silently.
import { button } from './api.js';
import { seriesLayer } from './legend.js';

/** A row's key in the address: its topic id, or "other". */
const keyOf = (row) => (row.topic_id === null || row.topic_id === undefined ? 'other' : String(row.topic_id));

/** The key of the series a legend value names (the series name), or undefined. */
export function seriesKey(spec, name) {
  const i = seriesLayer(spec);
  const row = i < 0 ? undefined : spec.layer[i].data.values.find((v) => v.topic === name);
  return row ? keyOf(row) : undefined;
}

/** `spec` without the rows of hidden series; their legend entries stay, drawn faint. */
export function withoutHidden(spec, hidden) {
  const i = seriesLayer(spec);
  if (i < 0 || !hidden.length) return spec;
  const gone = new Set(hidden);
  const layer = spec.layer[i];
  const names = [...new Set(layer.data.values.filter((v) => gone.has(keyOf(v))).map((v) => v.topic))];
  const legend = { ...(layer.encoding.color.legend ?? {}), labelExpr: `indexof(${JSON.stringify(names)}, datum.value) >= 0 ? '(hidden) ' + datum.value : datum.value` };
  const next = {
    ...layer,
    data: { values: layer.data.values.filter((v) => !gone.has(keyOf(v))) },
    encoding: { ...layer.encoding, color: { ...layer.encoding.color, legend } },
  };
  return { ...spec, layer: spec.layer.map((l, k) => (k === i ? next : l)) };
}

/** "Hidden: #3 …, Other topics. Click an entry again, or Show all." under the chart (empty when none). */
export function showHiddenNote(box, spec, hidden, onShowAll) {
  const i = seriesLayer(spec);
  const names = i < 0 ? [] : [...new Set(spec.layer[i].data.values.filter((v) => hidden.includes(keyOf(v))).map((v) => v.topic))];
  if (!names.length) return void box.replaceChildren();
  box.replaceChildren(`Hidden: ${names.join('; ')}. Click its legend entry again, or `, button('Show all', onShowAll), '.');
}
