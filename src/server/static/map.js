// The topic map on a canvas: every paper (6-10 bytes each from /api/map.bin,
// fetched after the first paint), the selected topic bright and the rest
// dimmed, labels largest topic first and only where they do not collide,
// wheel/drag/buttons to zoom and pan, click a paper to select its topic.
import { apiUrl, el, getJson } from './api.js';
import { layoutLabels } from './map-labels.js';
import { paintPoints } from './map-points.js';
import { hideTip, showTip } from './map-tip.js';

const HEIGHT = 430;
let map = null; // { n, x, y, topic, index, labels }
let view = { k: 1, tx: 0, ty: 0 };
// `selected`: the chosen topic or tree node; `leavesOf`: the topics under a node (a merged node of the
// tree lights all of its topics; it used to match no point and fade the whole map).
let options = { selected: null, leavesOf: (id) => [id], colorOf: () => '#888', onSelect: () => {} };

const mapBytes = (url, signal) => fetch(url, { signal }).then((r) => {
  if (!r.ok) throw new Error(`map: ${r.status}`);
  return r.arrayBuffer();
});

export async function loadMap(container, category, signal, isCurrent) {
  container.dataset.state = 'loading';
  const [buf, { labels }] = await Promise.all([
    mapBytes(apiUrl('/api/map.bin', { category }), signal),
    getJson('/api/map/labels', {}, signal),
  ]);
  if (!isCurrent()) return;
  const dv = new DataView(buf);
  const n = dv.getUint32(0, true);
  const flags = dv.getUint32(4, true);
  const withIndex = (flags & 1) === 1;
  const topicBytes = flags & 2 ? 1 : 2;
  const indexAt = Math.ceil((24 + n * (4 + topicBytes)) / 4) * 4;
  const bounds = [0, 1, 2, 3].map((k) => dv.getFloat32(8 + 4 * k, true));
  // slice() copies into aligned buffers (map-binary.ts has the layout).
  map = {
    n,
    bounds,
    x: new Int16Array(buf.slice(24, 24 + 2 * n)),
    y: new Int16Array(buf.slice(24 + 2 * n, 24 + 4 * n)),
    topic: topicBytes === 1 ? new Uint8Array(buf.slice(24 + 4 * n, 24 + 5 * n)) : new Uint16Array(buf.slice(24 + 4 * n, 24 + 6 * n)),
    index: withIndex ? new Uint32Array(buf.slice(indexAt, indexAt + 4 * n)) : Uint32Array.from({ length: n }, (_, k) => k),
    labels,
    colors: new Map(labels.map((l) => [l.topic, l.color])),
  };
  view = { k: 1, tx: 0, ty: 0 };
  container.dataset.points = String(n);
  // A large model sends an even sample of its papers (flags & 4); the charts still count every paper.
  const note = document.getElementById('map-note');
  if (note) {
    note.hidden = (flags & 4) === 0;
    note.textContent = note.hidden ? '' : `The map draws an even sample of ${n.toLocaleString('en-US')} papers; topic sizes, trends and lists count every paper.`;
  }
  render(container);
}

export function setMapOptions(container, next) {
  options = { ...options, ...next };
  if (map) render(container);
}

function canvasOf(container) {
  let canvas = container.querySelector('canvas');
  if (!canvas) {
    canvas = el('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', 'Map of papers by topic; choose topics in the Topics list');
    const tip = el('div', null, 'map-tip');
    tip.hidden = true;
    container.replaceChildren(canvas, tip);
    wire(container, canvas);
  }
  return canvas;
}

/** Screen position of quantised coordinates, with a margin and the zoom/pan applied (y up). */
function projector(w, h) {
  const pad = 16;
  const sx = (w - 2 * pad) / 65534;
  const sy = (h - 2 * pad) / 65534;
  return {
    px: (qx) => (pad + (qx + 32767) * sx) * view.k + view.tx,
    py: (qy) => (h - pad - (qy + 32767) * sy) * view.k + view.ty,
    fromWorld: (x, y) => {
      const [x0, x1, y0, y1] = map.bounds;
      const qx = x1 > x0 ? ((x - x0) / (x1 - x0)) * 65534 - 32767 : 0;
      const qy = y1 > y0 ? ((y - y0) / (y1 - y0)) * 65534 - 32767 : 0;
      return [(pad + (qx + 32767) * sx) * view.k + view.tx, (h - pad - (qy + 32767) * sy) * view.k + view.ty];
    },
  };
}

function render(container) {
  const canvas = canvasOf(container);
  const w = Math.max(200, container.clientWidth);
  const h = Math.min(HEIGHT, Math.round(w * 0.9));
  const dpr = window.devicePixelRatio || 1;
  canvas.width = w * dpr;
  canvas.height = h * dpr;
  canvas.style.width = `${w}px`;
  canvas.style.height = `${h}px`;
  const ctx = canvas.getContext('2d');
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, w, h);
  const { px, py, fromWorld } = projector(w, h);
  const sel = options.selected;
  const lit = sel === null ? null : new Set(options.leavesOf(sel));
  // Small points for a dense map; bigger when zoomed in or few.
  const size = Math.min(4, Math.max(1.5, (2.2 * Math.sqrt(view.k) * Math.sqrt(20000 / Math.max(map.n, 2000)))));
  const byTopic = new Map();
  for (let i = 0; i < map.n; i++) {
    const t = map.topic[i];
    if (!byTopic.has(t)) byTopic.set(t, []);
    byTopic.get(t).push(i);
  }
  const order = [...byTopic.keys()].sort((a, b) => (lit?.has(a) ?? 0) - (lit?.has(b) ?? 0) || a - b);
  paintPoints(ctx, {
    groups: order.map((t) => [t, byTopic.get(t)]),
    px: (i) => px(map.x[i]),
    py: (i) => py(map.y[i]),
    size,
    dpr,
    colorOf: (t) => map.colors.get(t) ?? options.colorOf(t),
    alphaOf: (t) => (lit === null ? 0.7 : lit.has(t) ? 0.95 : 0.12),
  });
  const placed = layoutLabels(ctx, map.labels.filter((l) => byTopic.has(l.topic)), { fromWorld, w, h, lit });
  container.dataset.labels = String(placed.length);
  container.dataset.state = 'drawn';
  container.dataset.selected = sel === null ? '' : String(sel);
  container.dataset.lit = lit === null ? '' : String([...byTopic.keys()].filter((t) => lit.has(t)).length);
  if (!performance.getEntriesByName('first-chart').length) performance.mark('first-chart');
}

/** The paper nearest a screen point within 8 px, or -1. */
function nearest(canvas, ex, ey) {
  const rect = canvas.getBoundingClientRect();
  const { px, py } = projector(rect.width, rect.height);
  let best = -1;
  let bestD = 64;
  for (let i = 0; i < map.n; i++) {
    const dx = px(map.x[i]) - (ex - rect.left);
    const dy = py(map.y[i]) - (ey - rect.top);
    const d = dx * dx + dy * dy;
    if (d < bestD) { bestD = d; best = i; }
  }
  return best;
}

function wire(container, canvas) {
  let drag = null;
  let moved = false;
  canvas.addEventListener('wheel', (e) => {
    e.preventDefault();
    zoomAt(container, e.deltaY < 0 ? 1.25 : 0.8, e.offsetX, e.offsetY);
  }, { passive: false });
  canvas.addEventListener('pointerdown', (e) => { drag = { x: e.clientX, y: e.clientY, tx: view.tx, ty: view.ty }; moved = false; });
  window.addEventListener('pointerup', () => { drag = null; });
  canvas.addEventListener('pointermove', (e) => {
    if (drag) {
      if (Math.abs(e.clientX - drag.x) + Math.abs(e.clientY - drag.y) > 3) moved = true;
      view.tx = drag.tx + e.clientX - drag.x;
      view.ty = drag.ty + e.clientY - drag.y;
      if (moved) render(container);
      return;
    }
    showTip(container, canvas, e, (c, x, y) => {
      const i = map ? nearest(c, x, y) : -1;
      return i < 0 ? -1 : map.index[i];
    });
  });
  canvas.addEventListener('click', (e) => {
    hideTip(container);
    if (moved || !map) return;
    const i = nearest(canvas, e.clientX, e.clientY);
    if (i >= 0) options.onSelect(map.topic[i]);
  });
  canvas.addEventListener('pointerleave', () => hideTip(container));
  window.addEventListener('resize', () => map && render(container));
}

export function zoomAt(container, factor, cx, cy) {
  if (!map) return;
  const canvas = canvasOf(container);
  const x = cx ?? canvas.clientWidth / 2;
  const y = cy ?? canvas.clientHeight / 2;
  const k = Math.min(40, Math.max(1, view.k * factor));
  const f = k / view.k;
  view = k === 1 ? { k: 1, tx: 0, ty: 0 } : { k, tx: x - (x - view.tx) * f, ty: y - (y - view.ty) * f };
  render(container);
}
