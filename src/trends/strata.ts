/**
 * Strata for adjusted trends: which group (primary category or source) each
 * paper belongs to, so shares can be compared within groups rather than
 * across a changing mix of them (issue #23: papers.jsonl goes from 4% to 49%
 * cs.CV at its 2025-03-18 source switch, and every raw share moves with it).
 */
export type AdjustBy = 'auto' | 'category' | 'source' | 'none';

/** The strata a run adjusted by; `by: 'none'` when it could not (then `note` says why). */
export interface Strata {
  by: 'category' | 'source' | 'none';
  /** Stratum of each paper, index into `names` (papers without the field share a "(none)" stratum); all -1 when `by` is none. */
  docStratum: Int32Array;
  /** Stratum names; the last is "other" when small strata were pooled. */
  names: string[];
  /** Names folded into "other". */
  pooled: string[];
  /** Why no adjustment was made, or what was pooled (shown as a note). */
  note?: string;
}

export interface StratumPaper {
  categories?: string[];
  source?: string;
}

/**
 * Strata smaller than this share of the dated papers are pooled into "other",
 * and never fewer than MIN_STRATUM papers: a stratum's share per window then
 * rests on enough papers to be more than noise (at 0.5% of papers.jsonl's 52,852
 * papers a stratum holds ≥ 264 papers, about 55 per 6-month window), while the
 * 13 largest categories (98% of papers) stay separate.
 */
export const MIN_STRATUM_SHARE = 0.005;
export const MIN_STRATUM = 30;
export const OTHER = 'other';

/** Papers without the field form their own stratum, so every binned paper is in one. */
export const MISSING_STRATUM = '(none)';

/** The stratum value of a paper's field ('' and absent are the missing stratum). */
export const stratumValue = (value: string | undefined): string => value || MISSING_STRATUM;

function valuesOf(papers: readonly StratumPaper[], by: 'category' | 'source'): string[] {
  return papers.map((p) => stratumValue(by === 'category' ? p.categories?.[0] : p.source));
}

/** The strata chosen for a field, before any paper is placed in them. */
export type StrataChoice = Omit<Strata, 'docStratum'>;

/** Strata over the given field from papers per value (binned papers only), pooled; null when fewer than two strata remain. */
function stratify(counts: ReadonlyMap<string, number>, by: 'category' | 'source'): StrataChoice | null {
  let n = 0;
  for (const c of counts.values()) n += c;
  const floor = Math.max(MIN_STRATUM, MIN_STRATUM_SHARE * n);
  const big = [...counts.entries()].filter(([, c]) => c >= floor).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const pooled = [...counts.keys()].filter((k) => (counts.get(k) ?? 0) < floor).sort();
  const names = big.map(([k]) => k);
  if (pooled.length > 0) names.push(OTHER);
  if (names.length < 2) return null;
  const note = pooled.length > 0
    ? `adjusted by ${by}: ${pooled.length} ${by === 'category' ? 'categories' : 'sources'} with fewer than ${Math.ceil(floor)} papers each pooled into "${OTHER}"`
    : undefined;
  return { by, names, pooled, ...(note ? { note } : {}) };
}

/** Index into `choice.names` of a stratum value: its own stratum, else "other" (-1 when not adjusting). */
export function stratumSlot(choice: StrataChoice): (value: string) => number {
  const own = choice.pooled.length > 0 ? choice.names.slice(0, -1) : choice.names;
  const slot = new Map(own.map((k, i) => [k, i]));
  const other = choice.pooled.length > 0 ? choice.names.length - 1 : -1;
  return (value) => slot.get(value) ?? other;
}

/**
 * Resolve `--adjust-by` from papers per stratum value of each field (binned
 * papers only): what in-memory runs count over their papers and scaled runs
 * over their parts (one GROUP BY). 'auto' uses the primary category when there
 * are at least two (after pooling), else the source when there are several,
 * else none. An explicit field that has fewer than two strata also gives none,
 * with a note saying the trends could not be adjusted.
 */
export function chooseStrata(countsOf: (by: 'category' | 'source') => ReadonlyMap<string, number>, mode: AdjustBy = 'auto'): StrataChoice {
  if (mode === 'none') return { by: 'none', names: [], pooled: [], note: 'not adjusted (--adjust-by none): shares and tests are raw' };
  const fields: ('category' | 'source')[] = mode === 'auto' ? ['category', 'source'] : [mode];
  for (const by of fields) {
    const s = stratify(countsOf(by), by);
    if (s) return s;
  }
  const what = mode === 'auto' ? 'no two primary categories or sources' : `fewer than two ${mode === 'category' ? 'primary categories' : 'sources'}`;
  return { by: 'none', names: [], pooled: [], note: `cannot adjust for the corpus mix: ${what} among the selected papers; shares and tests are raw` };
}

/**
 * The strata of a run's papers ({@link chooseStrata} over them), each paper placed in one.
 * @param docPeriod bin of each paper (-1: outside the selection); only binned papers count toward stratum sizes
 */
export function resolveStrata(papers: readonly StratumPaper[], docPeriod: Int32Array, mode: AdjustBy = 'auto'): Strata {
  const values = { category: () => valuesOf(papers, 'category'), source: () => valuesOf(papers, 'source') };
  const counted = (by: 'category' | 'source') => {
    const counts = new Map<string, number>();
    values[by]().forEach((v, i) => {
      if (docPeriod[i] >= 0) counts.set(v, (counts.get(v) ?? 0) + 1);
    });
    return counts;
  };
  const choice = chooseStrata(counted, mode);
  if (choice.by === 'none') return { ...choice, docStratum: new Int32Array(papers.length).fill(-1) };
  return { ...choice, docStratum: Int32Array.from(values[choice.by](), stratumSlot(choice)) };
}
