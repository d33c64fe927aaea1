/**
 * The two windows an emergence test compares: by default the last `recent`
 * full bins against the `baseline` bins before them. A partial last bin is
 * skipped because its share rests on a few days (and, for feeds, on
 * whichever weekdays happened to be crawled).
 */
import type { Period } from './types.js';

/** An inclusive date range, YYYY-MM-DD. */
export interface DateRange {
  from: string;
  to: string;
}

export interface WindowOptions {
  /** Bins in the recent window. Default 6. */
  recent?: number;
  /** Bins in the baseline window, just before the recent one. Default 6. */
  baseline?: number;
  /** Explicit baseline dates; needs `after` too. A bin belongs to a range when its start day lies in it. */
  before?: DateRange;
  /** Explicit recent dates; needs `before` too. */
  after?: DateRange;
}

/** A resolved window: the bins it holds and the dates they span. */
export interface TimeWindow {
  /** Indices into `periods`, in time order. */
  indices: number[];
  keys: string[];
  from: string;
  to: string;
}

function toWindow(periods: readonly Period[], indices: number[]): TimeWindow {
  return {
    indices,
    keys: indices.map((i) => periods[i].key),
    from: periods[indices[0]].start,
    to: periods[indices[indices.length - 1]].end,
  };
}

/** The bins of a date range: those whose start day lies in it (possibly none). */
export function binsInRange(periods: readonly Period[], range: DateRange): number[] {
  const indices: number[] = [];
  periods.forEach((p, i) => {
    if (range.from <= p.start && p.start <= range.to) indices.push(i);
  });
  return indices;
}

function inRange(periods: readonly Period[], range: DateRange, name: string): number[] {
  const indices = binsInRange(periods, range);
  if (indices.length === 0) throw new Error(`window ${name} ${range.from}..${range.to} holds no time bin`);
  return indices;
}

/** Bins a default window can use: all but a partial last bin. */
export function fullBins(periods: readonly Period[]): number {
  const n = periods.length;
  return n > 0 && periods[n - 1].partial ? n - 1 : n;
}

/** The chosen windows, and a sentence when they are smaller than asked for. */
export interface ChosenWindows {
  before: TimeWindow;
  after: TimeWindow;
  /** Set when there were fewer full bins than recent + baseline and both windows shrank. */
  shrunk?: string;
}

/**
 * Pick the baseline (`before`) and recent (`after`) windows. When there are
 * fewer full bins than recent + baseline, both windows shrink in proportion
 * (at least one bin each) and `shrunk` says so; fewer than two full bins is an
 * error (callers check {@link fullBins} first and skip the test).
 */
export function chooseWindows(periods: readonly Period[], opts: WindowOptions = {}): ChosenWindows {
  if (opts.before || opts.after) {
    if (!opts.before || !opts.after) throw new Error('explicit windows need both `before` and `after` date ranges');
    return { before: toWindow(periods, inRange(periods, opts.before, 'before')), after: toWindow(periods, inRange(periods, opts.after, 'after')) };
  }
  const recent = opts.recent ?? 6;
  const baseline = opts.baseline ?? 6;
  if (!(recent >= 1 && baseline >= 1)) throw new Error(`windows need at least one bin each (recent ${recent}, baseline ${baseline})`);
  const available = fullBins(periods);
  const end = available - 1;
  if (available < 2) throw new Error(`need at least 2 full time bins to compare windows, found ${available}`);
  let r = recent, b = baseline;
  let shrunk: string | undefined;
  if (available < r + b) {
    r = Math.min(available - 1, Math.max(1, Math.round((available * recent) / (recent + baseline))));
    b = Math.min(baseline, available - r);
    shrunk = `only ${available} full bins: the growth test compares the last ${r} with the ${b} before (asked for ${recent} and ${baseline})`;
  }
  const range = (first: number, count: number) => Array.from({ length: count }, (_, k) => first + k);
  return {
    before: toWindow(periods, range(end - r - b + 1, b)),
    after: toWindow(periods, range(end - r + 1, r)),
    ...(shrunk ? { shrunk } : {}),
  };
}
