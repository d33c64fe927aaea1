import { estimateTextWidth } from './textWidth.js';

/** A label to place: its anchor in pixels, its text, a short fallback text, and a priority (larger first). */
export interface LabelRequest {
  x: number;
  y: number;
  text: string;
  short: string;
  priority: number;
}

/** A placed label: the text drawn, the centre of its box in pixels and the box. */
export interface PlacedLabel {
  text: string;
  x: number;
  y: number;
  box: Box;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The box of `text` centred at (x, y), with room for the white halo drawn under map labels. */
export function labelBox(text: string, x: number, y: number, fontSize: number, bold: boolean): Box {
  const halfW = estimateTextWidth(text, fontSize, bold) / 2 + 2;
  const halfH = fontSize / 2 + 2;
  return { left: x - halfW, top: y - halfH, right: x + halfW, bottom: y + halfH };
}

/** Offsets from the anchor, nearest first: rows a label-height apart, columns a quarter-label apart. */
function candidates(width: number, height: number, rings: number): [number, number][] {
  const out: [number, number][] = [];
  for (let row = -rings; row <= rings; row++) for (let col = -rings; col <= rings; col++) out.push([(col * width) / 4, row * height]);
  return out.sort((a, b) => Math.hypot(a[0], a[1]) - Math.hypot(b[0], b[1]));
}

/**
 * Greedy label placement without collisions: the highest-priority label
 * (the largest topic) goes first at its anchor; each next one takes the
 * nearest free spot around its anchor inside the plot, then its short text
 * ("#13") if the full one finds none, then any free spot in the plot. On
 * papers.jsonl's 14-topic map, labels #11 and #13 sat on top of each other
 * at their centres. A label that finds no room at all is left out (returned
 * undefined) rather than drawn over another.
 */
export function placeLabels(requests: LabelRequest[], area: { width: number; height: number }, fontSize: number, bold = true): (PlacedLabel | undefined)[] {
  const placed: Box[] = [];
  const result: (PlacedLabel | undefined)[] = new Array(requests.length);
  const order = requests.map((_, i) => i).sort((a, b) => requests[b].priority - requests[a].priority || a - b);
  const inside = (b: Box) => b.left >= 0 && b.top >= 0 && b.right <= area.width && b.bottom <= area.height;
  const free = (b: Box) => inside(b) && !placed.some((p) => overlaps(p, b));
  for (const i of order) {
    const r = requests[i];
    const tryText = (text: string, offsets: [number, number][]): PlacedLabel | undefined => {
      for (const [dx, dy] of offsets) {
        const box = labelBox(text, r.x + dx, r.y + dy, fontSize, bold);
        if (free(box)) return { text, x: r.x + dx, y: r.y + dy, box };
      }
      return undefined;
    };
    const w = labelBox(r.text, 0, 0, fontSize, bold);
    const near = candidates(w.right - w.left, w.bottom - w.top, 6);
    const s = labelBox(r.short, 0, 0, fontSize, bold);
    const nearShort = candidates(s.right - s.left, s.bottom - s.top, 6);
    // The whole plot, only when nothing near is free (tens of thousands of offsets).
    const anywhere = () => candidates(s.right - s.left, s.bottom - s.top, Math.ceil(Math.max((4 * area.width) / (s.right - s.left), area.height / (s.bottom - s.top))));
    const spot = tryText(r.text, near) ?? tryText(r.short, nearShort) ?? tryText(r.short, anywhere());
    if (spot) placed.push(spot.box);
    result[i] = spot;
  }
  return result;
}
