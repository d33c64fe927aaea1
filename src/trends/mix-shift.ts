/**
 * Mix shift warnings: a topic's share can jump because the corpus changed
 * (a new source, a different category selection), not because research did.
 * Each bin's category or source distribution is compared with the previous
 * (non-tiny) bin's by total variation distance; above the threshold the bin
 * gets a warning naming the first date of the new mix.
 */
import type { MixShiftWarning, Period } from './types.js';

export interface MixShiftOptions {
  /** Total variation distance (0..1) above which a change is reported. Default 0.25. */
  threshold?: number;
  /** Date of each paper, YYYY-MM-DD; used to name the day the mix changed. Default: the bin's start. */
  dates?: readonly (string | undefined)[];
  /** Bins with fewer papers are ignored (their mix is noise). Default 30. */
  minPapers?: number;
  /**
   * Papers each entry stands for, when entries are grouped counts (a scaled run's parts grouped by
   * day, bin and value: store/sql.ts MIX_COUNTS_SQL) rather than papers. Default 1 each.
   */
  weights?: ArrayLike<number>;
}

const NONE = '(none)';

/** Total variation distance between two count tables: half the L1 distance of their shares. */
export function totalVariation(a: Map<string, number>, b: Map<string, number>): number {
  const na = sum(a), nb = sum(b);
  if (na === 0 || nb === 0) return 0;
  let d = 0;
  for (const k of new Set([...a.keys(), ...b.keys()])) d += Math.abs((a.get(k) ?? 0) / na - (b.get(k) ?? 0) / nb);
  return d / 2;
}

function sum(m: Map<string, number>): number {
  let s = 0;
  for (const v of m.values()) s += v;
  return s;
}

/**
 * The day that best splits the two bins' papers into an old and a new mix:
 * the multinomial CUSUM 1/2·Σ_v |A_v - A·N_v/N| (A = papers dated on or after
 * the day) peaks at a true change point. Days of both bins qualify: when the
 * later bin only completes a change that began in the earlier one (a source
 * that started mid-bin now has the whole bin), the day named is where it began.
 */
function changeDay(prevDocs: number[], docs: number[], values: readonly (string | undefined)[], dates: readonly (string | undefined)[], w: (i: number) => number): string | undefined {
  const all = [...prevDocs, ...docs];
  let N = 0;
  const totals = new Map<string, number>();
  for (const i of all) {
    totals.set(values[i] ?? NONE, (totals.get(values[i] ?? NONE) ?? 0) + w(i));
    N += w(i);
  }
  const newestFirst = all.filter((i) => dates[i] !== undefined).sort((x, y) => (dates[y]! < dates[x]! ? -1 : dates[y]! > dates[x]! ? 1 : 0));
  const after = new Map<string, number>();
  let A = 0, best: string | undefined, bestScore = -1;
  for (let k = 0; k < newestFirst.length; ) {
    const day = dates[newestFirst[k]]!.slice(0, 10);
    while (k < newestFirst.length && dates[newestFirst[k]]!.slice(0, 10) === day) {
      const v = values[newestFirst[k]] ?? NONE;
      after.set(v, (after.get(v) ?? 0) + w(newestFirst[k]));
      A += w(newestFirst[k]);
      k++;
    }
    let score = 0;
    for (const [v, n] of totals) score += Math.abs((after.get(v) ?? 0) - (A * n) / N);
    // Walking backwards in time, >= keeps the earliest day among equal scores.
    if (score >= bestScore) { bestScore = score; best = day; }
  }
  return best;
}

function describe(prev: Map<string, number>, cur: Map<string, number>): string {
  const np = sum(prev), nc = sum(cur);
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  return [...new Set([...prev.keys(), ...cur.keys()])]
    .map((k) => ({ k, a: (prev.get(k) ?? 0) / np, b: (cur.get(k) ?? 0) / nc }))
    .sort((x, y) => Math.abs(y.b - y.a) - Math.abs(x.b - x.a))
    .slice(0, 3)
    .map(({ k, a, b }) => `${k} ${pct(a)} -> ${pct(b)}`)
    .join(', ');
}

/**
 * Warn where the category (primary) or source mix changes sharply between
 * consecutive bins.
 * @param values the primary category or the source of each paper
 */
export function detectMixShifts(
  values: readonly (string | undefined)[],
  docPeriod: Int32Array,
  periods: readonly Period[],
  field: 'category' | 'source',
  opts: MixShiftOptions = {},
): MixShiftWarning[] {
  const threshold = opts.threshold ?? 0.25;
  const minPapers = opts.minPapers ?? 30;
  if (values.length !== docPeriod.length) throw new Error(`detectMixShifts: ${values.length} values but ${docPeriod.length} dated entries`);
  const weights = opts.weights;
  const w = weights ? (i: number) => weights[i] : () => 1;
  const mixes = periods.map(() => new Map<string, number>());
  const docsOf: number[][] = periods.map(() => []);
  const papersOf = new Float64Array(periods.length);
  for (let i = 0; i < values.length; i++) {
    const p = docPeriod[i];
    if (p < 0) continue;
    const v = values[i] ?? NONE;
    mixes[p].set(v, (mixes[p].get(v) ?? 0) + w(i));
    docsOf[p].push(i);
    papersOf[p] += w(i);
  }
  const warnings: MixShiftWarning[] = [];
  let prev = -1;
  periods.forEach((period, p) => {
    if (papersOf[p] < minPapers) return;
    if (prev >= 0) {
      const distance = totalVariation(mixes[prev], mixes[p]);
      if (distance > threshold) {
        let date = period.start;
        if (opts.dates) {
          const dates = opts.dates;
          const fresh = docsOf[p].filter((i) => !mixes[prev].has(values[i] ?? NONE) && dates[i] !== undefined);
          date = field === 'source' && fresh.length > 0
            ? fresh.map((i) => dates[i]!.slice(0, 10)).reduce((a, b) => (b < a ? b : a))
            : changeDay(docsOf[prev], docsOf[p], values, dates, w) ?? period.start;
        }
        warnings.push({
          field,
          period: period.key,
          date,
          distance,
          message: `${field} mix of ${period.key} differs from ${periods[prev].key} (total variation ${distance.toFixed(2)}), new mix from ${date}: ${describe(mixes[prev], mixes[p])}. Shares across this point compare different corpora.`,
        });
      }
    }
    prev = p;
  });
  return warnings;
}
