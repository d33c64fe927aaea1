/** Why a record fetched from an API did not become a new line of the output. */
export type SkipReason =
  /** Its id was already in the output file (incremental append). */
  | 'already-in-output'
  /** Seen earlier in this fetch; merged into that record. */
  | 'duplicate'
  | 'bad-id'
  | 'missing-title'
  | 'missing-abstract'
  | 'missing-date';

/** Counts per reason, reported on stderr and in `--json`. */
export type SkipCounts = Partial<Record<SkipReason, number>>;

export function countSkip(counts: SkipCounts, reason: SkipReason, n = 1): void {
  if (n > 0) counts[reason] = (counts[reason] ?? 0) + n;
}
