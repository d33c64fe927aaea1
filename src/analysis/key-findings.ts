/**
 * Key findings: what a reader should see first, in the report and on the
 * dashboard. The largest significant adjusted risers and fallers (change, q,
 * since when), then the caveats that change how to read every chart: the
 * dates the corpus mix shifted, partial bins, and what the verdicts were
 * adjusted by (or that they could not be).
 */
import { mixShiftNotes } from './mix-shift-notes.js';
import { verdictOf, type ChangeRow, type MixShiftWarning, type Period, type Strata, type Verdict } from '../trends/index.js';

export interface Finding extends Verdict {
  kind: ChangeRow['kind'];
  name: string;
  topic?: number;
  /** The raw change beside the adjusted one, and the part of it the mix explains. */
  raw_change: number;
  mix_change?: number;
}

export interface KeyFindings {
  risers: Finding[];
  fallers: Finding[];
  caveats: string[];
}

const TOP = 3;

function finding(r: ChangeRow): Finding {
  return {
    kind: r.kind, name: r.name, ...(r.topic !== undefined ? { topic: r.topic } : {}), ...verdictOf(r),
    raw_change: r.raw_change ?? r.change, ...(r.mix_change !== undefined ? { mix_change: r.mix_change } : {}),
  };
}

export function keyFindings(
  changes: readonly ChangeRow[], warnings: readonly MixShiftWarning[], periods: readonly Period[], strata?: Pick<Strata, 'by' | 'note'>,
): KeyFindings {
  // Topics and themes: tracked terms (`--terms`) answer the user's own question, in emerging.csv and term_trends.csv.
  const sig = changes.filter((r) => r.significant && r.kind !== 'term');
  const risers = sig.filter((r) => r.direction === 'emerging').sort((a, b) => b.change - a.change).slice(0, TOP).map(finding);
  const fallers = sig.filter((r) => r.direction === 'declining').sort((a, b) => a.change - b.change).slice(0, TOP).map(finding);
  const caveats = mixShiftNotes(warnings);
  const partial = periods.filter((p) => p.partial).map((p) => p.key);
  if (partial.length) caveats.push(`Partial bins (${partial.join(', ')}) cover only part of their period; the growth test leaves a partial last bin out.`);
  if (strata?.by && strata.by !== 'none') caveats.push(`Shares and verdicts are adjusted by ${strata.by} (direct standardisation, Cochran–Mantel–Haenszel test); raw figures are kept beside them.`);
  else if (strata?.note) caveats.push(strata.note.replace(/^./, (c) => c.toUpperCase()) + '.');
  return { risers, fallers, caveats };
}
