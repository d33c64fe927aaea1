/** Calendar-day helpers for the `--from/--to` windows (all UTC). */

const DAY_MS = 86_400_000;

/** Parse a strict `YYYY-MM-DD` (a real calendar day) to epoch ms at UTC midnight; throws a RangeError naming `what`. */
export function parseDay(text: string, what: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  if (!m || Number.isNaN(ms) || formatDay(ms) !== text) {
    throw new RangeError(`${what} must be a calendar date YYYY-MM-DD, got '${text}'`);
  }
  return ms;
}

/** Epoch ms → `YYYY-MM-DD` (UTC). */
export function formatDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Validate a window and return its bounds; `from` after `to` is an error. */
export function parseWindow(from: string, to: string): { fromMs: number; toMs: number } {
  const fromMs = parseDay(from, '--from');
  const toMs = parseDay(to, '--to');
  if (fromMs > toMs) throw new RangeError(`--from ${from} is after --to ${to}`);
  return { fromMs, toMs };
}

/** Every day from `from` to `to` inclusive, as `YYYY-MM-DD`. */
export function eachDay(from: string, to: string): string[] {
  const { fromMs, toMs } = parseWindow(from, to);
  const days: string[] = [];
  for (let t = fromMs; t <= toMs; t += DAY_MS) days.push(formatDay(t));
  return days;
}

/** The UTC day of an ISO timestamp, or undefined if it is not one. */
export function dayOfTimestamp(timestamp: unknown): string | undefined {
  if (typeof timestamp !== 'string') return undefined;
  const ms = Date.parse(timestamp);
  return Number.isNaN(ms) ? undefined : formatDay(ms);
}
