/**
 * Time bins: every dated paper gets the index of its day, week, month,
 * quarter or year. Bins run without gaps from the first covered date to the last (empty
 * bins appear with total 0), and a bin the corpus covers only in part is
 * flagged so nobody reads a half month as a decline.
 */
import { binKey, binStart, dayNumber, formatDay, nextBinStart } from './calendar.js';
import { checkBinCount, MAX_BINS } from './bin-limit.js';
import { BIN_UNITS, type BinUnit, type Binning, type Period } from './types.js';

export interface MakePeriodsOptions {
  /** First covered day, YYYY-MM-DD. Default: the earliest date. Earlier papers get bin -1 and count as `outOfRange`. */
  from?: string;
  /** Last covered day, YYYY-MM-DD. Default: the latest date. Later papers get bin -1 and count as `outOfRange`. */
  to?: string;
  /** Most bins allowed; more is a {@link TooManyBinsError}. Default {@link MAX_BINS} (520). */
  maxBins?: number;
}


function parseOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const day = dayNumber(value);
  if (Number.isNaN(day)) throw new Error(`makePeriods: option ${name} "${value}" is not a YYYY-MM-DD date`);
  return day;
}

/**
 * Bin papers by date.
 * @param dates one entry per paper, `YYYY-MM-DD` or undefined; an invalid date is an error naming its index.
 */
export function makePeriods(
  dates: readonly (string | undefined)[],
  unit: BinUnit,
  opts: MakePeriodsOptions = {},
): Binning {
  if (!BIN_UNITS.includes(unit)) throw new Error(`makePeriods: unknown bin unit "${unit}" (use ${BIN_UNITS.join(', ')})`);
  const days = new Float64Array(dates.length);
  let min = Infinity, max = -Infinity, undated = 0;
  for (let i = 0; i < dates.length; i++) {
    const raw = dates[i];
    if (raw === undefined || raw === '') { days[i] = NaN; undated++; continue; }
    const day = dayNumber(raw);
    if (Number.isNaN(day)) throw new Error(`makePeriods: paper ${i} has date "${raw}", not a YYYY-MM-DD date`);
    days[i] = day;
    if (day < min) min = day;
    if (day > max) max = day;
  }
  const from = parseOption('from', opts.from) ?? min;
  const to = parseOption('to', opts.to) ?? max;
  const docPeriod = new Int32Array(dates.length).fill(-1);
  // Nothing dated and no explicit range: no bins, every paper reported as undated.
  if (!Number.isFinite(from) || !Number.isFinite(to)) {
    return { unit, periods: [], docPeriod, undated, outOfRange: dates.length - undated };
  }
  if (from > to) throw new Error(`makePeriods: from ${formatDay(from)} is after to ${formatDay(to)}`);
  checkBinCount(formatDay(from), formatDay(to), unit, opts.maxBins ?? MAX_BINS);

  const periods: Period[] = [];
  const starts: number[] = [];
  for (let s = binStart(from, unit); s <= to; s = nextBinStart(s, unit)) {
    const end = nextBinStart(s, unit) - 1;
    starts.push(s);
    periods.push({
      key: binKey(s, unit),
      start: formatDay(s),
      end: formatDay(end),
      partial: from > s || to < end,
      total: 0,
    });
  }

  let outOfRange = 0;
  let p = 0;
  for (let i = 0; i < dates.length; i++) {
    const day = days[i];
    if (Number.isNaN(day)) continue;
    if (day < from || day > to) { outOfRange++; continue; }
    // Papers usually arrive sorted by date, so start the search from the last bin found.
    if (day < starts[p]) p = 0;
    while (p + 1 < starts.length && starts[p + 1] <= day) p++;
    docPeriod[i] = p;
    periods[p].total++;
  }
  return { unit, periods, docPeriod, coverage: { from: formatDay(from), to: formatDay(to) }, undated, outOfRange };
}

/** Index of the bin containing `date` (YYYY-MM-DD), or -1. */
export function periodIndexOf(periods: readonly Period[], date: string): number {
  for (let i = 0; i < periods.length; i++) {
    if (periods[i].start <= date && date <= periods[i].end) return i;
  }
  return -1;
}
