// Talking to the JSON API. Every value shown on the page goes through textContent, never innerHTML.

/** `/api/path?k=v` with empty values left out. */
export function apiUrl(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') query.set(k, String(v));
  const qs = query.toString();
  return qs ? `${path}?${qs}` : path;
}

export async function getJson(path, params, signal) {
  const res = await fetch(apiUrl(path, params), { headers: { Accept: 'application/json' }, signal });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(body.error ?? `${res.status} ${res.statusText}`);
  return body;
}

const controllers = new Map();

/**
 * Latest wins: run `work(signal)` for a panel, aborting the panel's previous
 * request. The panel shows a loading state (aria-busy, data-loading) until its
 * newest work ends; an aborted older one never draws (its fetch throws, and
 * `isCurrent` lets drawing code check after awaits that do not take a signal).
 */
export async function latest(panel, work) {
  controllers.get(panel)?.abort();
  const controller = new AbortController();
  controllers.set(panel, controller);
  const node = document.getElementById(panel);
  node?.setAttribute('aria-busy', 'true');
  try {
    return await work(controller.signal, () => controllers.get(panel) === controller);
  } catch (err) {
    if (controller.signal.aborted || err?.name === 'AbortError') return undefined;
    throw err;
  } finally {
    if (controllers.get(panel) === controller) node?.removeAttribute('aria-busy');
  }
}

/** An element with text content and optional class. */
export function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

export function button(text, onClick, className = 'link') {
  const b = el('button', text, className);
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
}

export const pct = (x) => `${(100 * x).toFixed(x < 0.01 ? 2 : 1)}%`;
// One formatter: toLocaleString builds a new one per call (180 calls for the category lists took 40 ms at start).
const numberFormat = new Intl.NumberFormat('en-US');
export const fmt = (n) => numberFormat.format(n);

/** Topic id from a chart datum: `topic_id` when the chart carries it, else the "#3 label" name. */
export function topicIdOf(datum) {
  if (typeof datum?.topic_id === 'number') return datum.topic_id;
  const m = /^#(\d+) /.exec(datum?.topic ?? '');
  return m ? Number(m[1]) : undefined;
}

/** A paper title, a link to its source page when the id has one (arXiv). */
export function paperTitle(p, highlight) {
  const node = p.url ? el('a') : el('span');
  if (p.url) Object.assign(node, { href: p.url, target: '_blank', rel: 'noopener' });
  node.append(...marked(p.title, highlight));
  return node;
}

/** Text nodes with the (case-insensitive) matches of `needle` wrapped in <mark>. */
export function marked(text, needle) {
  const q = needle?.trim().replace(/\*$/, '').toLowerCase();
  if (!q) return [document.createTextNode(text)];
  const out = [];
  let at = 0;
  const lower = text.toLowerCase();
  for (let i = lower.indexOf(q); i >= 0; i = lower.indexOf(q, at)) {
    out.push(document.createTextNode(text.slice(at, i)), el('mark', text.slice(i, i + q.length)));
    at = i + q.length;
  }
  out.push(document.createTextNode(text.slice(at)));
  return out;
}
