import type { DatePrecision } from './types.js';

/** A parsed date: `date` is always `YYYY-MM-DD`, the first day of the period for coarse precisions. */
export interface ParsedDate {
  date: string;
  precision: DatePrecision;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** RFC 2822 obsolete zone names still seen in feeds, as offsets in minutes east of UTC. */
const ZONES: Record<string, number> = {
  gmt: 0, ut: 0, utc: 0, z: 0,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
};

const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const RFC_2822 =
  /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})\s+(\d{4})(?:\s+(\d{2}):(\d{2})(?::(\d{2}))?(?:\s+([a-z]{1,3}|[+-]\d{4}))?)?$/i;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/**
 * `Date.UTC` maps years 0-99 to 1900-1999, so times are computed 400 years
 * later (the Gregorian calendar repeats every 400 years) and shifted back.
 */
const SHIFT_YEARS = 400;

function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function ymd(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** The UTC day of a local wall-clock time at `offsetMinutes` east of UTC. */
function utcDay(y: number, m: number, d: number, hh: number, mm: number, ss: number, offsetMinutes: number): string | undefined {
  if (!validDay(y, m, d) || hh > 23 || mm > 59 || ss > 60) return undefined;
  const t = new Date(Date.UTC(y + SHIFT_YEARS, m - 1, d, hh, mm, Math.min(ss, 59)) - offsetMinutes * 60_000);
  return ymd(t.getUTCFullYear() - SHIFT_YEARS, t.getUTCMonth() + 1, t.getUTCDate());
}

function isoOffset(zone: string | undefined): number {
  if (!zone || zone.toUpperCase() === 'Z') return 0; // a timestamp without a zone is taken as UTC
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
}

/**
 * Parse `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, an ISO 8601 timestamp or an RFC 2822
 * date (`Mon, 2 Apr 2007 19:18:42 GMT`). Timestamps become their UTC day with
 * precision `time`. Returns undefined for anything else, including impossible
 * dates such as `2024-02-30`.
 */
export function parseDate(text: string): ParsedDate | undefined {
  const s = text.trim();
  let m: RegExpExecArray | null;
  if ((m = YEAR.exec(s))) return { date: `${m[1]}-01-01`, precision: 'year' };
  if ((m = MONTH.exec(s))) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? { date: `${m[1]}-${m[2]}-01`, precision: 'month' } : undefined;
  }
  if ((m = DAY.exec(s))) {
    return validDay(Number(m[1]), Number(m[2]), Number(m[3])) ? { date: s, precision: 'day' } : undefined;
  }
  if ((m = ISO_TIME.exec(s))) {
    const date = utcDay(+m[1], +m[2], +m[3], +m[4], +m[5], m[6] ? +m[6] : 0, isoOffset(m[7]));
    return date ? { date, precision: 'time' } : undefined;
  }
  if ((m = RFC_2822.exec(s))) {
    const month = MONTHS.indexOf(m[2].toLowerCase()) + 1;
    if (month === 0) return undefined;
    const [y, d] = [Number(m[3]), Number(m[1])];
    if (m[4] === undefined) return validDay(y, month, d) ? { date: ymd(y, month, d), precision: 'day' } : undefined;
    const zone = m[7]?.toLowerCase();
    let offset = 0;
    if (zone && /^[+-]\d{4}$/.test(zone)) offset = isoOffset(zone);
    else if (zone) {
      if (!(zone in ZONES)) return undefined;
      offset = ZONES[zone];
    }
    const date = utcDay(y, month, d, +m[4], +m[5], m[6] ? +m[6] : 0, offset);
    return date ? { date, precision: 'time' } : undefined;
  }
  return undefined;
}

/** The dates a paper can plausibly have, inclusive `YYYY-MM-DD` bounds. */
export interface DateWindow {
  min: string;
  max: string;
}

/**
 * Research abstracts in machine-readable form start around 1990 (arXiv opened in
 * 1991); anything later than the end of next year is a typo or a placeholder
 * (9999). Outside this window a date would create thousands of empty time bins
 * (one paper dated 9999 made 96,000 monthly bins), so such rows are skipped.
 * `now` is injectable so tests do not depend on the clock.
 */
export function plausibleDates(now: Date = new Date()): DateWindow {
  return { min: EARLIEST_PLAUSIBLE_DATE, max: `${now.getUTCFullYear() + 1}-12-31` };
}

export const EARLIEST_PLAUSIBLE_DATE = '1990-01-01';

export function inWindow(date: string, window: DateWindow): boolean {
  return date >= window.min && date <= window.max;
}

const RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2, time: 3 };

/** Coarsen a parsed date to `precision` when that is coarser (e.g. a table says the day is only known to the month). */
export function coarsenDate(parsed: ParsedDate, precision: DatePrecision): ParsedDate {
  if (RANK[precision] >= RANK[parsed.precision]) return parsed;
  if (precision === 'year') return { date: `${parsed.date.slice(0, 4)}-01-01`, precision };
  if (precision === 'month') return { date: `${parsed.date.slice(0, 7)}-01`, precision };
  return { date: parsed.date, precision };
}

export function isDatePrecision(value: unknown): value is DatePrecision {
  return typeof value === 'string' && value in RANK;
}

/**
 * A date filter bound as an inclusive `YYYY-MM-DD`: `from` is the first day of
 * the period it names and `to` the last, so `--to 2024-03` includes all of March.
 */
export function parseDateBound(text: string, side: 'from' | 'to'): string | undefined {
  const parsed = parseDate(text);
  if (!parsed) return undefined;
  if (side === 'from' || parsed.precision === 'day' || parsed.precision === 'time') return parsed.date;
  const y = Number(parsed.date.slice(0, 4));
  if (parsed.precision === 'year') return `${pad(y, 4)}-12-31`;
  const m = Number(parsed.date.slice(5, 7));
  return ymd(y, m, daysInMonth(y, m));
}
