/**
 * Comparisons for the dashboard. "What is new": the last N full bins against
 * the N before, topics, themes and the topics' top terms ranked by significant
 * share change (the two-proportion z-test + Benjamini-Hochberg of
 * src/trends/emergence), plus papers flagged novel by `update`. "Side by side":
 * topic shares in two segments (category A vs B, source vs source), tested the
 * same way.
 */
import { benjaminiHochberg, shareDifferenceInterval, twoProportionZTest } from '../trends/index.js';
import { adjustSideBySide, segmentKey } from './compare-adjusted.js';
import { WHATS_NEW_ALPHA, whatsNewWindows, type PickedPeriods, type WhatsNewWindows } from '../analysis/index.js';
import type { ServerContext, Segment } from './context.js';
import { paperJson, type PaperJson } from './serialize.js';

export interface WhatsNew extends WhatsNewWindows {
  bin: string;
  category: string | null;
  n: number;
  /** The periods the reader picked, when the windows are not the last n bins against the n before. */
  picked: PickedPeriods | null;
  novel: { total: number; papers: PaperJson[] };
}

const ALPHA = WHATS_NEW_ALPHA;

/** Needs at least two full bins in the segment (or picked periods that hold bins); otherwise whatsNewWindows throws (a note from the route). */
export function whatsNew(ctx: ServerContext, segment: Segment, n: number, picked?: PickedPeriods): WhatsNew {
  const { model } = ctx;
  const windows = whatsNewWindows(model, ctx.binning(segment), picked ?? n, ctx.adjustBy);
  const novelIdx = ctx.documents.all({ category: segment.category }).filter((i) => model.papers[i].novel);
  return {
    bin: ctx.resolve(segment).bin,
    category: segment.category ?? null,
    n,
    picked: picked ?? null,
    ...windows,
    novel: { total: novelIdx.length, papers: novelIdx.slice(0, 20).map((i) => paperJson(ctx, i)) },
  };
}

export interface SideBySideRow {
  topic: number;
  label: string;
  countA: number;
  countB: number;
  shareA: number;
  shareB: number;
  /** shareB - shareA (standardised to the pooled mix when adjusted). */
  difference: number;
  /** 95% interval of `difference`: Newcombe's from the Wilson intervals, or from the standardised shares' intervals when adjusted (src/trends/difference.ts). */
  ci_lo: number;
  ci_hi: number;
  z: number;
  p: number;
  /** Benjamini-Hochberg adjusted p over all topics. */
  q: number;
  significant: boolean;
  /** When adjusted: difference, z, p, q and significant are the CMH test's across strata; the raw test stays here. */
  raw_difference?: number;
  raw_z?: number;
  raw_p?: number;
  raw_q?: number;
  raw_significant?: boolean;
  /** The two shares standardised to the pooled mix (their difference is `difference`); shareA and shareB stay raw. */
  adjusted_shareA?: number;
  adjusted_shareB?: number;
  raw_ci_lo?: number;
  raw_ci_hi?: number;
  /** Mantel-Haenszel common odds ratio (B against A) with its Robins-Breslow-Greenland 95% interval. */
  odds_ratio?: number;
  odds_ratio_lo?: number;
  odds_ratio_hi?: number;
}

export interface SideBySide {
  by: 'category' | 'source';
  a: string;
  b: string;
  papersA: number;
  papersB: number;
  alpha: number;
  /** The other field, held fixed: a source comparison within categories, a category comparison within sources. */
  adjustedBy: 'category' | 'source' | 'none';
  /** Every topic, largest absolute difference first. */
  rows: SideBySideRow[];
}


export function sideBySide(ctx: ServerContext, by: 'category' | 'source', a: string, b: string): SideBySide {
  const { model } = ctx;
  const slot = new Map(model.topics.map((t, i) => [t.id, i]));
  const countA = new Int32Array(model.topics.length);
  const countB = new Int32Array(model.topics.length);
  let papersA = 0;
  let papersB = 0;
  for (const p of model.papers) {
    const k = segmentKey(by, p);
    const s = slot.get(p.topic);
    if (k === a) { papersA++; if (s !== undefined) countA[s]++; }
    if (k === b) { papersB++; if (s !== undefined) countB[s]++; }
  }
  const tests = model.topics.map((_, i) => twoProportionZTest(countA[i], papersA, countB[i], papersB));
  const q = benjaminiHochberg(tests.map((t) => t.p));
  const rows = model.topics.map((t, i): SideBySideRow => {
    const shareA = papersA ? countA[i] / papersA : 0;
    const shareB = papersB ? countB[i] / papersB : 0;
    const ci = shareDifferenceInterval(countA[i], papersA, countB[i], papersB);
    return {
      topic: t.id, label: t.label, countA: countA[i], countB: countB[i], shareA, shareB,
      difference: shareB - shareA, ci_lo: ci.lo, ci_hi: ci.hi, z: tests[i].z, p: tests[i].p, q: q[i], significant: q[i] <= ALPHA,
    };
  });
  const adjustedBy = ctx.adjustBy === 'none' ? 'none' : adjustSideBySide(model, rows, by, a, b, ALPHA);
  rows.sort((x, y) => Math.abs(y.difference) - Math.abs(x.difference) || x.topic - y.topic);
  return { by, a, b, papersA, papersB, alpha: ALPHA, adjustedBy, rows };
}
