// Talking to the JSON API. Every value shown on the page goes through textContent, never innerHTML.

/** `/api/path?k=v` with empty values left out. */
export function apiUrl(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') query.set(k, String(v));
  const qs = query.toString();
  return qs ? `${path}?${qs}` : path;
}

export async function getJson(path, params) {
  const res = await fetch(apiUrl(path, params), { headers: { Accept: 'application/json' } });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(body.error ?? `${res.status} ${res.statusText}`);
  return body;
}

/** An element with text content and optional class. */
export function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

export const pct = (x) => `${(100 * x).toFixed(x < 0.01 ? 2 : 1)}%`;

/** Topic id from a chart's series name ("#3 distillation, teacher"). */
export function topicIdOf(name) {
  const m = /^#(\d+) /.exec(name ?? '');
  return m ? Number(m[1]) : undefined;
}
