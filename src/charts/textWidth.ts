/**
 * Text width estimate for rendering without a canvas. Vega lays out legends,
 * axis label space and truncation from text widths; with no canvas in Node it
 * guesses 0.8 em per character, which is ~60% too wide for Latin text and
 * cuts labels short. This uses Helvetica's advance widths (the charts ask for
 * Helvetica/Arial, which share these metrics) plus a margin for wider
 * fallbacks such as DejaVu Sans.
 */

// Helvetica advance widths in 1/1000 em for ASCII 32..126 (Adobe AFM).
const ASCII_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space ! " # $ % & ' ( ) * + , - . /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0-9 : ; < = > ?
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ A-O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P-Z [ \ ] ^ _
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` a-o
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p-z { | } ~
];

/** Widths for characters outside ASCII: wide for CJK and similar, average otherwise. */
function advance(code: number): number {
  if (code >= 32 && code <= 126) return ASCII_WIDTHS[code - 32];
  if ((code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xff00 && code <= 0xff60)) return 1000;
  return 600;
}

/** Safety margin: the common Linux fallback, DejaVu Sans, runs ~12% wider than Helvetica. */
const FALLBACK_MARGIN = 1.14;
const BOLD_FACTOR = 1.08;

/** Estimated width in pixels of `text` at `fontSize` px. */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let units = 0;
  for (const ch of text) units += advance(ch.codePointAt(0)!);
  return (units / 1000) * fontSize * FALLBACK_MARGIN * (bold ? BOLD_FACTOR : 1);
}

/** A Vega scenegraph text item, as far as width estimation needs it. */
interface TextItem {
  fontSize?: number | string;
  fontWeight?: number | string;
  limit?: number;
  text?: unknown;
}

/** Vega's `textMetrics.width(item, text)` contract, built on `estimateTextWidth`. */
export function vegaTextWidth(item: TextItem, text: unknown): number {
  const fontSize = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
  const weight = item.fontWeight;
  const bold = weight === 'bold' || (typeof weight === 'number' && weight >= 600) || (typeof weight === 'string' && Number(weight) >= 600);
  const width = estimateTextWidth(text == null ? '' : String(text).trim(), fontSize, bold);
  // Vega asks this width both to truncate at a limit and for the bounds of the text it draws,
  // which it truncates: capped at the limit, a labelLimit'd header no longer widens the layout
  // by its uncut length (the terms grid was 1,853 px for 870 px of panels). Truncation still
  // works: Vega cuts while the width is not below the limit less an ellipsis.
  return item.limit != null && item.limit > 0 ? Math.min(width, item.limit) : width;
}

/**
 * `text` cut with an ellipsis to fit `px` pixels by the estimate above: for
 * text whose room varies by datum (a term written after its bar), which a
 * mark's single `limit` cannot express.
 */
export function fitText(text: string, px: number, fontSize: number, bold = false): string {
  if (estimateTextWidth(text, fontSize, bold) <= px) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (estimateTextWidth(chars.slice(0, mid).join('').trimEnd() + '…', fontSize, bold) <= px) lo = mid;
    else hi = mid - 1;
  }
  return chars.slice(0, Math.max(1, lo)).join('').trimEnd() + '…';
}
