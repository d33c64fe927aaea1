/**
 * One note per mix shift, with its date first so a reader (and /api/summary's
 * `notes`) sees when the corpus changed, not only that it did; a shift that
 * spans two bins is one note.
 */
import type { MixShiftWarning } from '../trends/index.js';

export function mixShiftNotes(warnings: readonly MixShiftWarning[]): string[] {
  const byEvent = new Map<string, MixShiftWarning[]>();
  for (const w of warnings) byEvent.set(`${w.date}\u0000${w.field}`, [...(byEvent.get(`${w.date}\u0000${w.field}`) ?? []), w]);
  return [...byEvent.values()].map((ws) => {
    const bins = ws.map((w) => w.period).join(', ');
    const d = Math.max(...ws.map((w) => w.distance)).toFixed(2);
    return `${ws[0].date}: the ${ws[0].field} mix changes (${bins}, total variation up to ${d}); raw shares across this date compare different corpora; adjusted shares hold the mix fixed where the strata exist on both sides`;
  });
}
