/**
 * `curate` on a scaled run: every paper of the parts follows the curation,
 * not only the fit sample model.json holds. Renames and hides change labels
 * and visibility only (model.json; documents.csv and the trend tables join
 * them onto the parts), so the parts are carried over as they are. A merge
 * maps each retired id to the topic it went into (the former topic kept as
 * subtopic, as `reduce` does); a split sends each paper of the split topic, in
 * every part, to the nearest of the split's k-means centroids at its place in
 * the clustering space (estimator/curate-split.ts `assignToSplit`), computed
 * from the term ids beside the part. Rewritten parts are stamped with the
 * curated estimator's fingerprint (carry-run-parts.ts).
 */
import type { EstimatorState, TopicEstimator } from '../estimator/index.js';
import { assignToSplit } from '../estimator/index.js';
import { readPartTerms, termsFileOf, type PartRow } from '../store/index.js';
import { ModelError } from '../model/index.js';
import type { OpenedRun } from './open-run.js';
import type { CurateEdits } from './curate-checks.js';
import { carryRunParts } from './carry-run-parts.js';

export interface PartsCuration {
  edits: CurateEdits;
  /** The ids each split made, in the order of `edits.splits`. */
  splitInto: number[][];
  /** The estimator as the run saved it (its training rows place the papers). */
  estimator: TopicEstimator;
  /** The estimator after the merges and splits (the split topics' centroids). */
  state: EstimatorState;
}

export async function curateParts(run: OpenedRun, dir: string, c: PartsCuration): Promise<string[]> {
  // Renames and hides leave the estimator as it was: the parts are linked, not rewritten.
  if (!c.edits.merges.length && !c.edits.splits.length) return (await carryRunParts(run, dir, c.state)).parts;
  const into = new Map(c.edits.merges.flatMap((ids) => ids.slice(1).map((id) => [id, ids[0]] as [number, number])));
  const splits = new Map(c.edits.splits.map((s, i) => [s.topic, c.splitInto[i]]));
  const carried = await carryRunParts(run, dir, c.state, (rows, part) => {
    const merged = rows.map((r) => (into.has(r.topic) ? { ...r, topic: into.get(r.topic)! } : r));
    return splits.size ? splitRows(merged, part, splits, c) : merged;
  });
  return carried.parts;
}

/** The rows of one part with each paper of a split topic in the new topic nearest to it. */
function splitRows(rows: PartRow[], part: string, splits: Map<number, number[]>, c: PartsCuration): PartRow[] {
  const inSplit = rows.flatMap((r, i) => (splits.has(r.topic) ? [i] : []));
  if (!inSplit.length) return rows;
  const { terms } = readPartTerms(termsFileOf(part));
  if (terms.length !== rows.length) throw new ModelError(`${part} has ${rows.length} rows but ${termsFileOf(part)} holds ${terms.length} papers; the part is incomplete`);
  const out = rows.slice();
  for (const [topic, ids] of splits) {
    const at = inSplit.filter((i) => rows[i].topic === topic);
    const to = assignToSplit(c.estimator.parts!, c.state, ids, at.map((i) => rows[i].id), at.map((i) => terms[i]));
    // As in memory: a paper never merged takes its new topic as subtopic too; a merged one keeps its former topic.
    at.forEach((i, j) => (out[i] = { ...rows[i], topic: to[j], subtopic: rows[i].subtopic === topic ? to[j] : rows[i].subtopic }));
  }
  return out;
}
