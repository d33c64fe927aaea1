// The map's hover tip: the paper under the pointer (title, date, topic), fetched after a short
// pause; put away on a click or when the pointer leaves the map.
import { el, getJson } from './api.js';

let tipTimer;
/** Bumped by every hover and every click: a paper's tip that arrives after a click (its fetch was under way) stays hidden. */
let tipTurn = 0;
/** A click (or leaving the map) puts the tip away until the pointer moves on. */
export function hideTip(container) {
  clearTimeout(tipTimer);
  tipTurn++;
  const tip = container.querySelector('.map-tip');
  if (tip) tip.hidden = true;
}
/** `paperAt(canvas, x, y)`: the index of the paper under a screen point, or -1. */
export function showTip(container, canvas, e, paperAt) {
  clearTimeout(tipTimer);
  const turn = ++tipTurn;
  tipTimer = setTimeout(async () => {
    const tip = container.querySelector('.map-tip');
    const i = paperAt(canvas, e.clientX, e.clientY);
    if (i < 0) { tip.hidden = true; return; }
    const paper = await getJson(`/api/papers/${i}`).catch(() => null);
    if (!paper || turn !== tipTurn) return;
    tip.replaceChildren(el('strong', paper.title), el('div', `${paper.date ?? 'undated'} · #${paper.topic} ${paper.topicLabel}`, 'muted'));
    Object.assign(tip.style, { left: `${e.offsetX + 12}px`, top: `${e.offsetY + 12}px` });
    tip.hidden = false;
  }, 120);
}
