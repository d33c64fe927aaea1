/**
 * Calendar arithmetic on UTC day numbers (days since 1970-01-01), so that bins
 * never depend on the machine's time zone or daylight saving.
 */
import type { BinUnit } from './types.js';

const MS_PER_DAY = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})/;

/** Day number of a `YYYY-MM-DD` date (a longer ISO timestamp is cut to its date); NaN when invalid. */
export function dayNumber(date: string): number {
  const m = DATE_RE.exec(date);
  if (!m) return NaN;
  const y = +m[1], mo = +m[2], d = +m[3];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  // Date.UTC rolls 2025-02-30 over to March: reject instead of silently moving a paper.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return NaN;
  return t / MS_PER_DAY;
}

/** `YYYY-MM-DD` of a day number. */
export function formatDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

function ymd(day: number): [number, number, number] {
  const d = new Date(day * MS_PER_DAY);
  return [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
}

function fromYmd(y: number, month0: number, d: number): number {
  return Date.UTC(y, month0, d) / MS_PER_DAY;
}

/** Monday of the ISO week that contains `day`. */
function mondayOf(day: number): number {
  const dow = new Date(day * MS_PER_DAY).getUTCDay(); // 0 = Sunday
  return day - ((dow + 6) % 7);
}

/** First day of the bin of the given unit that contains `day`. */
export function binStart(day: number, unit: BinUnit): number {
  if (unit === 'day') return day;
  if (unit === 'week') return mondayOf(day);
  const [y, m] = ymd(day);
  if (unit === 'month') return fromYmd(y, m, 1);
  if (unit === 'quarter') return fromYmd(y, m - (m % 3), 1);
  return fromYmd(y, 0, 1);
}

/** First day of the bin after the one starting at `start`. */
export function nextBinStart(start: number, unit: BinUnit): number {
  if (unit === 'day') return start + 1;
  if (unit === 'week') return start + 7;
  const [y, m] = ymd(start);
  if (unit === 'month') return fromYmd(y, m + 1, 1);
  if (unit === 'quarter') return fromYmd(y, m + 3, 1);
  return fromYmd(y + 1, 0, 1);
}

/** The key people see for the bin starting at `start`: 2025-02-14, 2025-W07, 2025-03, 2025-Q1, 2025. */
export function binKey(start: number, unit: BinUnit): string {
  if (unit === 'day') return formatDay(start);
  const [y, m] = ymd(start);
  if (unit === 'month') return `${y}-${String(m + 1).padStart(2, '0')}`;
  if (unit === 'quarter') return `${y}-Q${Math.floor(m / 3) + 1}`;
  if (unit === 'year') return String(y);
  // ISO 8601: the week belongs to the year of its Thursday, and week 1 holds the year's first Thursday.
  const thursday = start + 3;
  const isoYear = ymd(thursday)[0];
  const week = Math.floor((thursday - fromYmd(isoYear, 0, 1)) / 7) + 1;
  return `${isoYear}-W${String(week).padStart(2, '0')}`;
}

/** The bin a key was made with (the inverse of {@link binKey}): 2025-03-18 → day, 2025-W07 → week, 2025-03 → month, 2025-Q1 → quarter, 2025 → year. */
export function binOfKey(key: string): BinUnit | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(key)) return 'day';
  if (/^\d{4}-W\d{2}$/.test(key)) return 'week';
  if (/^\d{4}-\d{2}$/.test(key)) return 'month';
  if (/^\d{4}-Q[1-4]$/.test(key)) return 'quarter';
  if (/^\d{4}$/.test(key)) return 'year';
  return undefined;
}

/** Number of bins of `unit` from the bin holding day `from` to the one holding day `to`, without building them. */
export function binCount(from: number, to: number, unit: BinUnit): number {
  if (to < from) return 0;
  const a = binStart(from, unit), b = binStart(to, unit);
  if (unit === 'day') return b - a + 1;
  if (unit === 'week') return (b - a) / 7 + 1;
  const [ya, ma] = ymd(a), [yb, mb] = ymd(b);
  const months = (yb - ya) * 12 + (mb - ma);
  if (unit === 'month') return months + 1;
  if (unit === 'quarter') return months / 3 + 1;
  return yb - ya + 1;
}
