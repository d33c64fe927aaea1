import { binOfKey, type Period } from '../trends/index.js';

/** A period with the dates a temporal axis needs. */
export interface PeriodDates {
  key: string;
  start: string;
  /** Day after the last day: the right edge of the bin on a continuous time axis. */
  endExclusive: string;
  /** Middle of the bin, where a bin's point is drawn so it sits inside its shaded band. */
  mid: string;
  partial: boolean;
}

const DAY_MS = 86_400_000;

function parseDay(day: string, what: string): number {
  const ms = Date.parse(`${day}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(ms)) throw new Error(`period ${what}: "${day}" is not a YYYY-MM-DD date`);
  return ms;
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Dates of each period, in time order. */
export function periodDates(periods: Period[]): PeriodDates[] {
  return [...periods]
    .sort((a, b) => a.start.localeCompare(b.start))
    .map((p) => {
      const start = parseDay(p.start, `${p.key} start`);
      const end = parseDay(p.end, `${p.key} end`) + DAY_MS;
      return {
        key: p.key,
        start: p.start,
        endExclusive: isoDay(end),
        mid: isoDay(start + Math.floor((end - start) / DAY_MS / 2) * DAY_MS),
        partial: p.partial,
      };
    });
}

/** Look a period key up; a row naming a period the run does not have is a bug upstream, so say which. */
export function periodLookup(periods: Period[]): (key: string, where: string) => PeriodDates {
  const byKey = new Map(periodDates(periods).map((p) => [p.key, p]));
  return (key, where) => {
    const p = byKey.get(key);
    if (!p) throw new Error(`${where}: period "${key}" is not among the run's periods`);
    return p;
  };
}

/** The rows for a "partial bin" shading layer, with a label people can read in a tooltip. */
export function partialBands(periods: Period[]): { start: string; end: string; period: string; note: string }[] {
  return periodDates(periods)
    .filter((p) => p.partial)
    .map((p) => ({ start: p.start, end: p.endExclusive, period: p.key, note: 'Partial bin: the corpus covers only part of it' }));
}

/** The bin unit as a word ("month") read off the period keys, for axis titles. */
export function binWord(periods: Pick<Period, 'key'>[]): string {
  return binOfKey(periods[0]?.key ?? '') ?? 'period';
}

/** A day as a Vega-Lite DateTime in UTC (timestamps as an explicit domain made Vega warn of an infinite extent and drop the labels). */
function dateTime(day: string): { year: number; month: number; date: number; utc: true } {
  const [year, month, date] = day.split('-').map(Number);
  return { year, month, date, utc: true };
}

/** Tick labels per bin unit (UTC, so a reader west of Greenwich does not see "Dec 2023" for 2024). */
const TICK_FORMAT: Record<string, string> = { year: '%Y', quarter: 'Q%q %Y', month: '%b %Y', week: '%d %b %Y', day: '%d %b %Y' };

/**
 * The time axis for a run's bins: one tick per bin, at the bin's middle (where its point
 * sits), labelled the way the bin is named ("2024", "Q3 2024", "Mar 2024"), and a domain
 * that ends with the last bin. Vega's own ticks showed monthly ticks on a quarterly axis
 * ("NovemberDecember") and ran a yearly axis to 2027 with the 2024 tick dropped.
 */
export function timeAxisFor(periods: Period[]): { axis: Record<string, unknown>; scale: Record<string, unknown> } {
  const dates = periodDates(periods);
  const format = TICK_FORMAT[binWord(periods)];
  if (!dates.length || !format) return { axis: { labelOverlap: true }, scale: { type: 'utc', nice: false } };
  return {
    axis: { labelOverlap: true, values: dates.map((p) => dateTime(p.mid)), format, labelFlush: true },
    scale: { type: 'utc', nice: false, domain: [dateTime(dates[0].start), dateTime(dates[dates.length - 1].endExclusive)] },
  };
}

/** A bin without a single paper (a small category's quiet month) has no share: drawn as a gap, not as 0%. */
export const noData = (p: Pick<Period, 'total'>) => p.total === 0;
