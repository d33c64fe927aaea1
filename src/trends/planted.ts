/**
 * Planted corpora for checking trend verdicts (bench/trend-truth.js and its
 * small test): real papers, synthetic dates. Each month draws its papers
 * stratum by stratum from a mix that changes half-way (the corpus shift), and
 * within a stratum draws at random, so every group's share within each stratum
 * is constant over time, except planted groups: rising groups' rates ramp up
 * by `factor`, and the fading groups lose exactly the mass they gain in each
 * stratum, so untouched groups keep their within-stratum shares (otherwise a
 * rising group would make every other share fall a little). Without fading
 * groups (or without rising ones) nothing can be balanced: rising groups then
 * stay flat; use both, or neither for a null corpus.
 * Papers not drawn get no date and fall out of every bin.
 */
import { mulberry32 } from '../util/index.js';

export type RampShape = 'linear' | 'step' | 'late';

export interface PlantOptions {
  seed: number;
  /** Papers to date (fewer when a stratum's pool runs out). */
  size: number;
  /** Months, from `start` (YYYY-MM). Default 12 from 2024-01. */
  months?: number;
  start?: string;
  /** Stratum mix before and after the shift (weights, normalised); strata left out get none. */
  mixBefore: Record<string, number>;
  mixAfter: Record<string, number>;
  /** Month index where the mix changes. Default months / 2. */
  shiftAt?: number;
  /** Planted groups by index (the `group` of a paper): rising ones ramp to `factor` × their base rate. */
  rising: number[];
  fading: number[];
  factor?: number;
  shape?: RampShape;
}

/** Rate multiplier of a rising group in month m: linear over all months, a step half-way, or a ramp over the last third. */
export function ramp(shape: RampShape, m: number, months: number, factor: number): number {
  const up = factor - 1;
  if (shape === 'step') return m >= Math.floor(months / 2) ? factor : 1;
  if (shape === 'late') {
    const from = Math.floor((2 * months) / 3);
    return m < from ? 1 : 1 + (up * (m - from + 1)) / (months - from);
  }
  return 1 + (up * m) / (months - 1);
}

function shuffled(items: number[], random: () => number): number[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

function monthKey(start: string, m: number): { key: string; days: number } {
  const [y0, m0] = start.split('-').map(Number);
  const y = y0 + Math.floor((m0 - 1 + m) / 12), mo = ((m0 - 1 + m) % 12) + 1;
  return { key: `${y}-${String(mo).padStart(2, '0')}`, days: new Date(Date.UTC(y, mo, 0)).getUTCDate() };
}

/**
 * A date per paper (undefined: not in the planted corpus).
 * @param strata stratum of each paper (e.g. primary category or a synthetic source)
 * @param group group of each paper (e.g. its topic); planted groups are named in `opts`
 */
export function plantDates(strata: readonly string[], group: ArrayLike<number>, opts: PlantOptions): (string | undefined)[] {
  const random = mulberry32(opts.seed);
  const months = opts.months ?? 12, shiftAt = opts.shiftAt ?? Math.floor(months / 2);
  const factor = opts.factor ?? 3, shape = opts.shape ?? 'linear';
  const planted = [...opts.rising, ...opts.fading];
  const slotOf = (g: number) => planted.indexOf(g); // -1: untouched
  const pools = new Map<string, number[][]>();
  strata.forEach((s, i) => {
    if (!pools.has(s)) pools.set(s, planted.map(() => []).concat([[]]));
    const k = slotOf(group[i]);
    pools.get(s)![k < 0 ? planted.length : k].push(i);
  });
  const base = new Map<string, number[]>();
  for (const [s, cells] of pools) {
    const n = cells.reduce((t, c) => t + c.length, 0);
    base.set(s, cells.map((c) => c.length / n));
    cells.forEach((c) => shuffled(c, random));
  }
  const dates: (string | undefined)[] = new Array(strata.length).fill(undefined);
  for (let m = 0; m < months; m++) {
    const mix = m < shiftAt ? opts.mixBefore : opts.mixAfter;
    const total = Object.values(mix).reduce((a, b) => a + b, 0);
    const { key, days } = monthKey(opts.start ?? '2024-01', m);
    const r = ramp(shape, m, months, factor);
    // The month's first paper falls on its last day, so the last bin is a full one, not a partial bin the test skips.
    let day = days;
    for (const [s, weight] of Object.entries(mix)) {
      const cells = pools.get(s), b = base.get(s);
      if (!cells || !b) continue;
      // Rates of the planted cells this month. The fading ones give up exactly what the rising ones gain, so
      // untouched groups keep their share; where the fading groups are too small to pay for the full rise
      // (at most 90% of their base), the rise in this stratum is capped.
      const risingBase = opts.rising.reduce((t, _, k) => t + b[k], 0);
      const fadeBase = opts.fading.reduce((t, _, k) => t + b[opts.rising.length + k], 0);
      const rs = risingBase > 0 ? Math.min(r, 1 + (0.9 * fadeBase) / risingBase) : 1;
      const gained = risingBase * (rs - 1);
      const rates = b.slice(0, planted.length).map((q, k) => (k < opts.rising.length ? q * rs : fadeBase > 0 ? q - (gained * q) / fadeBase : q));
      const n = Math.round((opts.size / months) * (weight / total));
      for (let d = 0; d < n; d++) {
        let u = random(), cell = planted.length;
        for (let k = 0; k < planted.length; k++) {
          if (u < rates[k]) { cell = k; break; }
          u -= rates[k];
        }
        const paper = cells[cell].pop();
        if (paper === undefined) continue;
        dates[paper] = `${key}-${String(day).padStart(2, '0')}`;
        day = 1 + Math.floor(random() * days);
      }
    }
  }
  return dates;
}
