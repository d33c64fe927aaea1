/**
 * The verdict on one line (a term, theme or topic): is it rising, stable or
 * falling, by how much, how sure (q), and since which bin. ONE function,
 * verdictsFor(), makes every verdict the page shows: the adjusted growth test
 * of the trend tables (Cochran–Mantel–Haenszel across the run's strata, with
 * Benjamini–Hochberg over the lines tested together; the raw two-proportion
 * test when the run cannot adjust), so a line's verdict agrees with the key
 * findings and emerging.csv.
 */
import { detectAdjustedEmergence, type CountSeries, type Period, type StratifiedCounts, type TimeWindow } from '../trends/index.js';

export type Direction = 'rising' | 'stable' | 'falling';

export interface Verdict {
  name: string;
  kind: 'term' | 'theme' | 'topic';
  direction: Direction;
  /** Share after minus share before (a fraction: 0.012 is 1.2 percentage points). */
  change: number;
  share_before: number;
  share_after: number;
  /** Benjamini-Hochberg adjusted p over the lines tested together. */
  q: number;
  /** First bin of the latest unbroken run on the new side of the baseline share; null when stable. */
  since: string | null;
  /** What the shares were standardised by (null: raw shares, the run could not adjust). */
  adjusted_by: string | null;
}

export interface LineSeries {
  name: string;
  kind: Verdict['kind'];
  counts: ArrayLike<number>;
}

export interface Verdicts {
  verdicts: Verdict[];
  before: TimeWindow | null;
  after: TimeWindow | null;
  alpha: number;
}

/** Verdicts for `lines`, tested together in the segment's windows (`recent`, `baseline` full bins). */
export function verdictsFor(lines: readonly LineSeries[], periods: readonly Period[], windows: { recent: number; baseline: number; alpha: number }, strat?: StratifiedCounts): Verdicts {
  if (!lines.length) return { verdicts: [], before: null, after: null, alpha: windows.alpha };
  const series: CountSeries[] = lines.map((l) => ({ kind: l.kind === 'topic' ? 'topic' : 'theme', name: l.name, counts: l.counts }));
  const e = detectAdjustedEmergence(series, periods, strat, windows);
  const verdicts = e.rows.map((r, i): Verdict => {
    const direction: Direction = r.direction === 'emerging' ? 'rising' : r.direction === 'declining' ? 'falling' : 'stable';
    return {
      name: lines[i].name,
      kind: lines[i].kind,
      direction,
      change: r.change,
      share_before: r.share_before,
      share_after: r.share_after,
      q: r.q ?? 1,
      // The test names the bin for every change (trends/since.ts, over the adjusted shares when adjusting).
      since: direction === 'stable' ? null : r.since ?? null,
      adjusted_by: strat?.by ?? null,
    };
  });
  return { verdicts, before: e.before, after: e.after, alpha: e.alpha };
}
