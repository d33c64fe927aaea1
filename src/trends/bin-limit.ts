/**
 * A ceiling on the number of time bins anyone can ask for. 520 is ten years
 * of weeks; a 1990-2026 corpus by month is 432 bins. Past it a chart has
 * more bins than pixels, and one stray date (9999) once built thousands of
 * bins whose rendering overflowed the stack at ~1 GB (issue #12), so the
 * limit is checked before any bin is built.
 */
import { binCount, dayNumber } from './calendar.js';
import type { BinUnit } from './types.js';
import { EXIT, UserError } from '../util/index.js';

export const MAX_BINS = 520;

/** Asking for more than `limit` bins: exit 2 naming `--bin`; the server sends `detail` as a 400 naming `bin`. */
export class TooManyBinsError extends UserError {
  readonly detail: string;
  constructor(readonly unit: BinUnit, readonly bins: number, readonly limit: number, readonly from: string, readonly to: string) {
    const detail = `${from} to ${to} by ${unit} is ${bins.toLocaleString('en-US')} bins, more than the ${limit} allowed: choose a coarser bin or a shorter date range`;
    super(`--bin ${unit}: ${detail}`, EXIT.usage);
    this.name = 'TooManyBinsError';
    this.detail = detail;
  }
}

/** Throw {@link TooManyBinsError} when the dates `from`..`to` (YYYY-MM-DD) hold more than `limit` bins of `unit`. */
export function checkBinCount(from: string, to: string, unit: BinUnit, limit = MAX_BINS): number {
  const bins = binCount(dayNumber(from), dayNumber(to), unit);
  if (bins > limit) throw new TooManyBinsError(unit, bins, limit, from, to);
  return bins;
}
