import type { DocumentRow, Topic } from '../topics/index.js';
import { shorten } from './base.js';
import { placeLabels } from './labelPlacement.js';

/** Font size of the topic labels on the map, in pixels. */
export const LABEL_FONT = 11;
/** Room kept between the outermost papers and the plot edge, in pixels (it was the scale's padding). */
const EDGE = 24;

/** One topic label on the map: where it is drawn (x, y) and the topic centre it names (cx, cy), in map units. */
export interface MapLabel {
  id: number;
  text: string;
  x: number;
  y: number;
  cx: number;
  cy: number;
  /** Drawn away from the centre (a leader line joins them). */
  moved: boolean;
}

/**
 * The scale domains and the topic labels of the map, placed without
 * collisions. The domains are fixed here (all papers plus an edge, not the
 * drawn sample) so the pixel position of every centre is known when the
 * labels are laid out, and the layout holds in the rendered chart.
 */
export function mapLabels(
  documents: Pick<DocumentRow, 'x' | 'y'>[],
  centres: Map<number, { x: number; y: number; n: number }>,
  topics: Pick<Topic, 'id' | 'label'>[],
  area: { width: number; height: number; labelLength: number },
): { domain: { x: [number, number]; y: [number, number] }; rows: MapLabel[] } {
  const x = padded(documents.map((d) => d.x), area.width);
  const y = padded(documents.map((d) => d.y), area.height);
  const toPx = (vx: number, vy: number) => ({ px: ((vx - x[0]) / (x[1] - x[0])) * area.width, py: ((y[1] - vy) / (y[1] - y[0])) * area.height });
  const entries = [...centres.entries()].sort((a, b) => a[0] - b[0]);
  const labelOf = new Map(topics.map((t) => [t.id, t.label]));
  const requests = entries.map(([id, c]) => {
    const { px, py } = toPx(c.x / c.n, c.y / c.n);
    return { x: px, y: py, text: shorten(`#${id} ${labelOf.get(id) ?? ''}`, area.labelLength), short: `#${id}`, priority: c.n };
  });
  const placed = placeLabels(requests, area, LABEL_FONT);
  const rows = entries.flatMap(([id, c], i) => {
    const p = placed[i];
    if (!p) return [];
    const moved = Math.hypot(p.x - requests[i].x, p.y - requests[i].y) > LABEL_FONT;
    return [{ id, text: p.text, x: x[0] + (p.x / area.width) * (x[1] - x[0]), y: y[1] - (p.y / area.height) * (y[1] - y[0]), cx: c.x / c.n, cy: c.y / c.n, moved }];
  });
  return { domain: { x, y }, rows };
}

/** The extent of `values` widened so the outermost value sits EDGE pixels inside a range of `pixels`. */
function padded(values: number[], pixels: number): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (!Number.isFinite(lo)) return [0, 1];
  const span = hi - lo || 1;
  const pad = (EDGE * span) / Math.max(1, pixels - 2 * EDGE);
  return [lo - pad, hi + pad];
}
