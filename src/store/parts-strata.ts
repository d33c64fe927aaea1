/**
 * The strata of a scaled run, from its parts' grouped counts (store/sql.ts
 * CELL_COUNTS_SQL): the same choice and pooling as an in-memory run makes over
 * its papers (trends/strata.ts), and the per-(stratum, bin) counts of all
 * papers and of each topic that the adjusted shares and growth test take.
 */
import { chooseStrata, stratumSlot, stratumValue, type AdjustBy, type Period, type Strata, type StratumGrid, type TopicRef } from '../trends/index.js';
import type { CellCount } from './category-trends.js';

export interface PartsStrata {
  /** `docStratum` is empty: parts are never loaded paper by paper. */
  strata: Strata;
  /** Absent when not adjusting. */
  counts?: { grid: StratumGrid; totals: Int32Array; topics: Int32Array[] };
}

export function partsStrata(cells: readonly CellCount[], periods: readonly Period[], topics: readonly TopicRef[], mode: AdjustBy = 'auto'): PartsStrata {
  const field = (c: CellCount, by: 'category' | 'source') => stratumValue(by === 'category' ? c.category : c.source);
  const countsOf = (by: 'category' | 'source') => {
    const counts = new Map<string, number>();
    for (const c of cells) counts.set(field(c, by), (counts.get(field(c, by)) ?? 0) + c.n);
    return counts;
  };
  const choice = chooseStrata(countsOf, mode);
  const strata: Strata = { ...choice, docStratum: new Int32Array(0) };
  if (choice.by === 'none') return { strata };
  const by = choice.by;
  const slotOf = stratumSlot(choice);
  const grid = { S: choice.names.length, P: periods.length };
  const periodSlot = new Map(periods.map((p, i) => [p.key, i]));
  const topicSlot = new Map(topics.map((t, i) => [t.id, i]));
  const totals = new Int32Array(grid.S * grid.P);
  const perTopic = topics.map(() => new Int32Array(grid.S * grid.P));
  for (const c of cells) {
    const p = periodSlot.get(c.period);
    if (p === undefined) continue;
    const at = slotOf(field(c, by)) * grid.P + p;
    totals[at] += c.n;
    const t = topicSlot.get(c.topic);
    if (t !== undefined) perTopic[t][at] += c.n;
  }
  return { strata, counts: { grid, totals, topics: perTopic } };
}
