import type { BinUnit } from './types.js';

/** Options of {@link chooseBin}. */
export interface ChooseBinOptions {
  /** Mean dated papers per bin wanted at least. Default 20. */
  minPerBin?: number;
  /** Fewest bins worth a trend line. Default 6. */
  minBins?: number;
}

const DAY_MS = 86_400_000;
const DAYS: Record<BinUnit, number> = { week: 7, month: 30.44, quarter: 91.31, year: 365.25 };

/**
 * The finest bin (month, quarter, then year; weeks only on request) whose mean
 * count of papers per bin is at least `minPerBin` while giving at least
 * `minBins` bins. 52,852 papers over 29 months → month; 89 papers over nine
 * years → year. Sparse bins make shares jump by whole papers, which reads as
 * noise, not trend.
 */
export function chooseBin(dates: readonly (string | undefined)[], options: ChooseBinOptions = {}): BinUnit {
  const minPerBin = options.minPerBin ?? 20;
  const minBins = options.minBins ?? 6;
  let min = Infinity;
  let max = -Infinity;
  let n = 0;
  for (const d of dates) {
    if (!d) continue;
    const t = Date.parse(d.slice(0, 10));
    if (Number.isNaN(t)) continue;
    n++;
    if (t < min) min = t;
    if (t > max) max = t;
  }
  if (n === 0) return 'year';
  const spanDays = (max - min) / DAY_MS + 1;
  for (const unit of ['month', 'quarter'] as const) {
    const bins = Math.max(1, Math.ceil(spanDays / DAYS[unit]));
    if (n / bins >= minPerBin && bins >= minBins) return unit;
  }
  return 'year';
}
