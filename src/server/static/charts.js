// Drawing Vega-Lite specs with vega-embed: compiled to an AST and run by vega's
// expression interpreter, so the page needs no 'unsafe-eval' in its CSP.
import { el } from './api.js';

const views = new Map();

/**
 * The Vega libraries (830 KB of script) load beside the page's first requests instead of
 * before them: parsed up front they held the app's start to 0.6-1.1 s after navigation on
 * the 2-core machine, and the first chart (the canvas map, which needs no Vega) behind it.
 */
const VEGA_SCRIPTS = ['/vendor/vega/vega.min.js', '/vendor/vega-lite/vega-lite.min.js', '/vendor/vega-embed/vega-embed.min.js'];
let wanted;
const vegaReady = new Promise((resolve) => { wanted = resolve; }).then(() => Promise.all(VEGA_SCRIPTS.map((src) => new Promise((resolve, reject) => {
  const s = document.createElement('script');
  s.src = src;
  s.async = false; // run in this order
  s.onload = resolve;
  s.onerror = () => reject(new Error(`could not load ${src}`));
  document.head.append(s);
})))).then(() => import('/vendor/vega-interpreter.js'));

/** Start running the Vega scripts (the page calls this once the map is drawn); charts wait for it. */
export function loadVega() {
  wanted();
  return vegaReady;
}

/**
 * Draw `spec` into `container` (replacing what was there) and mark it drawn
 * (data-state, data-series) for people's scripts and the end-to-end test.
 * Charts follow their container's width (a phone is 390 px, the specs say 540).
 * `isCurrent` (from api.latest) stops a superseded request from drawing.
 */
export async function draw(container, spec, { renderer = 'svg', onClick, onLegend, isCurrent = () => true, label } = {}) {
  if (!isCurrent()) return undefined;
  const vl = String(spec.$schema).includes('vega-lite');
  const quiet = vl ? quietRules(spec) : spec;
  const fitted = typeof spec.width === 'number' && vl && !spec.hconcat && !spec.vconcat && !spec.facet
    ? { ...quiet, width: 'container', autosize: { type: 'fit-x', contains: 'padding' }, config: narrowConfig(container, quiet.config) }
    : quiet;
  container.dataset.state = 'loading';
  const { expressionInterpreter } = await vegaReady;
  if (!isCurrent()) return undefined;
  const result = await window.vegaEmbed(container, fitted, {
    renderer,
    ast: true,
    expr: expressionInterpreter,
    actions: { export: true, source: false, compiled: false, editor: false },
    tooltip: { theme: 'light' },
  });
  if (!isCurrent()) {
    result.finalize();
    return undefined;
  }
  views.get(container)?.finalize();
  views.set(container, result);
  container.vegaView = result.view; // for people's scripts and the tests (Vega's own View API)
  if (onClick) {
    result.view.addEventListener('click', (_event, item) => {
      if (item?.datum) onClick(item.datum);
    });
  }
  if (onLegend) legendClicks(result.view, onLegend);
  nameMenus(container, label ?? spec.description ?? 'chart');
  dataTable(container, spec, label);
  container.dataset.series = String(seriesCount(spec));
  // The plot's own width (without axes and legend), for people's scripts and the phone-layout test.
  container.dataset.plotWidth = String(Math.round(result.view.width()));
  container.dataset.state = 'drawn';
  if (!performance.getEntriesByName('first-chart').length) performance.mark('first-chart');
  return result.view;
}

/**
 * A single click on a legend entry calls `fn(value)`, unless it is the first click of a
 * double-click (which the legend binding uses to isolate the entry): it waits 350 ms to know.
 */
function legendClicks(view, fn) {
  let timer;
  const entry = (item) => (['legend-symbol', 'legend-label'].includes(item?.mark?.role) ? item.datum?.value : undefined);
  view.addEventListener('click', (event, item) => {
    const value = entry(item);
    clearTimeout(timer);
    if (value === undefined || event.detail > 1) return;
    timer = setTimeout(() => fn(value), 350);
  });
  view.addEventListener('dblclick', () => clearTimeout(timer));
}

/**
 * Rules are read through their neighbours (a mix-shift rule through its text label, an interval
 * through the tooltip and the data table): kept out of the accessibility tree, where axe counted
 * each shift rule as an image without a name (3 serious problems on a papers.jsonl slice).
 */
const quietRules = (spec) => ({ ...spec, config: { ...(spec.config ?? {}), rule: { aria: false, ...(spec.config?.rule ?? {}) } } });

/** Below this container width the legend goes under the plot: beside it, it took the whole width of a phone. */
const NARROW = 600;

/** Chart config for the container's width: on a phone, legends below the plot and titles cut to the width. */
function narrowConfig(container, config = {}) {
  const width = container.clientWidth;
  if (!width || width >= NARROW) return config;
  return {
    ...config,
    legend: { ...(config.legend ?? {}), orient: 'bottom', direction: 'vertical', columns: 1, labelLimit: Math.max(120, width - 120) },
    title: { ...(config.title ?? {}), limit: Math.max(120, width - 30), subtitleFontSize: 11 },
    // Long topic names on a y axis (the comparison) took the plot down to 217 px: cut them to keep it at 250.
    axisY: { ...(config.axisY ?? {}), labelLimit: Math.max(60, width - 272) },
  };
}

/** vega-embed's action menu is a <details> whose <summary> holds only an icon: give it a name. */
export function nameMenus(container, label) {
  for (const s of container.querySelectorAll('details > summary')) s.setAttribute('aria-label', `Export ${label}`);
  const svg = container.querySelector('svg');
  if (svg) {
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', label);
  }
}

/** The layer that holds the chart's series: the one with a colour field, else the first with values. */
function mainLayer(spec) {
  const layers = spec.layer ?? [spec];
  return layers.find((l) => l.data?.values && l.encoding?.color?.field) ?? layers.find((l) => l.data?.values) ?? spec;
}

/** A text alternative: the chart's data as a table in a <details> toggle after the chart. */
function dataTable(container, spec, label) {
  const layer = mainLayer(spec);
  const values = layer.data?.values ?? spec.data?.values ?? [];
  const enc = { ...(spec.encoding ?? {}), ...(layer.encoding ?? {}) };
  const fields = [...new Set([enc.x, enc.y, enc.color, ...(Array.isArray(enc.tooltip) ? enc.tooltip : [])].filter((e) => e?.field).map((e) => e.field))];
  let box = container.nextElementSibling;
  if (!values.length) return;
  if (!box?.classList.contains('data-table')) {
    box = el('details', null, 'data-table');
    box.append(el('summary', `Data table${label ? `: ${label}` : ''}`), el('div'));
    container.after(box);
  }
  const table = el('table');
  table.append(el('thead'), el('tbody'));
  table.tHead.append(el('tr'));
  table.tHead.rows[0].append(...fields.map((f) => el('th', f)));
  for (const v of values.slice(0, 500)) {
    const row = el('tr');
    row.append(...fields.map((f) => el('td', typeof v[f] === 'number' && !Number.isInteger(v[f]) ? v[f].toFixed(4) : v[f] ?? '')));
    table.tBodies[0].append(row);
  }
  const note = values.length > 500 ? el('p', `First 500 of ${values.length} rows; the CSV downloads hold all.`, 'muted') : '';
  box.lastElementChild.replaceChildren(table, note);
}

/** Series in the chart: the colour domain of its last layer (themes, topics). */
function seriesCount(spec) {
  for (const layer of [...(spec.layer ?? [spec])].reverse()) {
    const domain = layer.encoding?.color?.scale?.domain ?? spec.encoding?.color?.scale?.domain;
    if (Array.isArray(domain)) return domain.length;
  }
  return 0;
}
