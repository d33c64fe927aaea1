/**
 * The curation after this command's edits, as curation.json keeps it: merges
 * and splits appended with the ids they produced; a rename replaces an earlier
 * name of the same topic; names and hidden flags of ids that a merge or split
 * retired go (their topics no longer exist).
 */
import type { Curation } from '../model/index.js';
import type { CurateEdits } from './curate-checks.js';

export function recordEdits(curation: Curation, edits: CurateEdits, splitInto: number[][], at: string): Curation {
  const retired = new Set([...edits.merges.flatMap((ids) => ids.slice(1)), ...edits.splits.map((s) => s.topic)]);
  const renamed = new Set(edits.renames.map((r) => r.topic));
  const wasHidden = new Set(curation.hidden.map((h) => h.topic));
  return {
    ...curation,
    merges: [...curation.merges, ...edits.merges.map((ids) => ({ topics: ids, into: ids[0], at }))],
    splits: [...curation.splits, ...edits.splits.map((s, i) => ({ topic: s.topic, into: splitInto[i], at }))],
    renames: [
      ...curation.renames.filter((r) => !retired.has(r.topic) && !renamed.has(r.topic)),
      // Two renames of one topic in one command: the last wins.
      ...edits.renames.filter((r, i) => !edits.renames.slice(i + 1).some((later) => later.topic === r.topic)).map((r) => ({ ...r, at })),
    ],
    hidden: [
      ...curation.hidden.filter((h) => !retired.has(h.topic)),
      ...[...new Set(edits.hide)].filter((id) => !wasHidden.has(id)).map((topic) => ({ topic, at })),
    ],
  };
}
