/**
 * One note per mix shift, with its date first so a reader (and /api/summary's
 * `notes`) sees when the corpus changed, not only that it did.
 */
import type { MixShiftWarning } from '../trends/index.js';

export function mixShiftNotes(warnings: readonly MixShiftWarning[]): string[] {
  return warnings.map((w) => `${w.date}: the ${w.field} mix changes (${w.period}, total variation ${w.distance.toFixed(2)}); raw shares across this date compare different corpora, adjusted shares hold the mix fixed`);
}
