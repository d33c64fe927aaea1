/**
 * A small inline SVG of one topic's share per bin: the Wilson 95% band and
 * the share line. Hand-written rather than rendered by Vega, because a report
 * has one per topic (29 Vega renders would add seconds to every run) and the
 * picture needs no axes beyond the first and last bin and the peak share.
 */
import { escapeHtml } from './escape.js';

export interface SparkPoint {
  period: string;
  share: number;
  lo: number;
  hi: number;
}

const W = 360;
const H = 90;
const PAD = { left: 36, right: 8, top: 8, bottom: 18 };

export function sparklineSvg(points: readonly SparkPoint[], color: string, label: string): string {
  const top = Math.max(0.001, ...points.map((p) => p.hi));
  const n = points.length;
  const x = (i: number) => PAD.left + (n <= 1 ? 0 : (i * (W - PAD.left - PAD.right)) / (n - 1));
  const y = (v: number) => PAD.top + (1 - v / top) * (H - PAD.top - PAD.bottom);
  const f = (v: number) => v.toFixed(1);
  const line = points.map((p, i) => `${i ? 'L' : 'M'}${f(x(i))},${f(y(p.share))}`).join('');
  const band = n
    ? `${points.map((p, i) => `${i ? 'L' : 'M'}${f(x(i))},${f(y(p.hi))}`).join('')}${[...points].reverse().map((p, k) => `L${f(x(n - 1 - k))},${f(y(p.lo))}`).join('')}Z`
    : '';
  const pctText = (v: number) => `${(100 * v).toFixed(v < 0.1 ? 1 : 0)}%`;
  const c = escapeHtml(color);
  return `<svg class="spark" role="img" aria-label="${escapeHtml(label)}" viewBox="0 0 ${W} ${H}" style="max-width:${W}px;width:100%;height:auto">`
    + `<title>${escapeHtml(label)}</title>`
    + `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${f(y(0))}" y2="${f(y(0))}" stroke="#ccc"/>`
    + `<path d="${band}" fill="${c}" fill-opacity="0.22"/>`
    + `<path d="${line}" fill="none" stroke="${c}" stroke-width="1.8"/>`
    + `<text x="${PAD.left - 4}" y="${f(y(top) + 4)}" font-size="10" text-anchor="end" fill="#555">${pctText(top)}</text>`
    + `<text x="${PAD.left - 4}" y="${f(y(0))}" font-size="10" text-anchor="end" fill="#555">0</text>`
    + (n ? `<text x="${PAD.left}" y="${H - 4}" font-size="10" fill="#555">${escapeHtml(points[0].period)}</text>` : '')
    + (n > 1 ? `<text x="${W - PAD.right}" y="${H - 4}" font-size="10" text-anchor="end" fill="#555">${escapeHtml(points[n - 1].period)}</text>` : '')
    + '</svg>';
}
