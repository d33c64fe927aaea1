import { MAX_BINS } from './bin-limit.js';
import { binCount, dayNumber } from './calendar.js';
import type { BinUnit } from './types.js';

/** Options of {@link chooseBin}. */
export interface ChooseBinOptions {
  /** Mean dated papers per bin wanted at least. Default 20. */
  minPerBin?: number;
  /** Fewest bins worth a trend line. Default 6. */
  minBins?: number;
  /** Most bins allowed. Default {@link MAX_BINS} (520). */
  maxBins?: number;
}

/**
 * Fewest bins for which a growth test is possible at all on a short corpus:
 * two full bins in each window. A month of daily papers has 4 full weeks
 * (June 2025 of papers.jsonl: 1,908 papers, about 380 a week).
 */
const MIN_TREND_BINS = 4;

/**
 * The bin `bin: 'auto'` stands for. In order:
 * 1. the finest of month, quarter, year with at least `minPerBin` papers per
 *    bin on average and at least `minBins` bins (52,852 papers over 29 months
 *    → month; 89 papers over nine years → year, below);
 * 2. on short, dense corpora, the coarsest of week, day with `minPerBin`
 *    papers a bin and at least 4 bins (a month of papers → weeks, a week → days);
 * 3. the finest unit with `minPerBin` papers a bin (all papers on one date → day);
 * 4. year.
 * Never more than `maxBins` bins unless even years exceed it (the caller
 * reports that). Sparse bins make shares jump by whole papers, which reads as
 * noise, not trend.
 */
export function chooseBin(dates: readonly (string | undefined)[], options: ChooseBinOptions = {}): BinUnit {
  const minPerBin = options.minPerBin ?? 20;
  const minBins = options.minBins ?? 6;
  const maxBins = options.maxBins ?? MAX_BINS;
  let min = Infinity;
  let max = -Infinity;
  let n = 0;
  for (const d of dates) {
    if (!d) continue;
    const day = dayNumber(d);
    if (Number.isNaN(day)) continue;
    n++;
    if (day < min) min = day;
    if (day > max) max = day;
  }
  if (n === 0) return 'year';
  const fits = (unit: BinUnit, fewest: number) => {
    const bins = binCount(min, max, unit);
    return bins >= fewest && bins <= maxBins && n / bins >= minPerBin;
  };
  const first = (units: BinUnit[], fewest: number) => units.find((u) => fits(u, fewest));
  return first(['month', 'quarter', 'year'], minBins)
    ?? first(['week', 'day'], MIN_TREND_BINS)
    ?? first(['day', 'week', 'month', 'quarter', 'year'], 1)
    ?? 'year';
}
