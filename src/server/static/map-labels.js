// Topic labels on the map that never overlap: the selected topic first, then
// largest first; a label whose box hits one already placed (or the edge) is
// left out. At 29 topics on a 540 px map this keeps about 12-18 readable
// labels where drawing all piled them up in the middle.

const FONT = '600 11px Helvetica, Arial, sans-serif';
const MAX_CHARS = 26;

export function layoutLabels(ctx, labels, { fromWorld, w, h, lit }) {
  const on = (t) => (lit?.has(t) ? 1 : 0);
  ctx.font = FONT;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  const boxes = [];
  const order = [...labels].sort((a, b) => on(b.topic) - on(a.topic) || b.size - a.size || a.topic - b.topic);
  for (const l of order) {
    const full = `#${l.topic} ${l.label}`;
    const text = full.length > MAX_CHARS ? `${full.slice(0, MAX_CHARS - 1)}…` : full;
    const [cx, y] = fromWorld(l.x, l.y);
    const tw = ctx.measureText(text).width + 6;
    // A label near the edge slides inside rather than vanishing (its centre may sit 20 px from the edge).
    const x = cx < 0 || cx > w ? cx : Math.min(Math.max(cx, tw / 2), w - tw / 2);
    const box = { x0: x - tw / 2, x1: x + tw / 2, y0: y - 8, y1: y + 8 };
    if (box.x0 < 0 || box.x1 > w || box.y0 < 0 || box.y1 > h) continue;
    if (boxes.some((b) => b.x0 < box.x1 && box.x0 < b.x1 && b.y0 < box.y1 && box.y0 < b.y1)) continue;
    boxes.push({ ...box, topic: l.topic });
    ctx.lineWidth = 3;
    ctx.strokeStyle = 'rgba(255,255,255,0.9)';
    ctx.strokeText(text, x, y);
    ctx.fillStyle = !lit || lit.has(l.topic) ? '#111' : '#555';
    ctx.fillText(text, x, y);
  }
  return boxes;
}
