/**
 * What `run` and `update` say about the rows they read: counts per skip
 * reason, the first skipped rows with file:line, and the papers with no
 * analysable terms. One place, so `update` reports exactly as `run` does
 * (it used to print "read 9 … 5 added" with the 4 bad rows unmentioned).
 */
import type { ReadIssue, ReadReport } from '../../corpus/index.js';
import { locate } from '../../corpus/index.js';

/** Skipped rows listed on stderr; all of them are in the --json output. */
export const SHOWN_ISSUES = 5;

/** `bad-json 2, missing-abstract 1`, or `none`. */
export function skippedCounts(r: ReadReport): string {
  return Object.entries(r.skipped).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`).join(', ') || 'none';
}

/** One `skipped: file:line reason: message` line per issue, the first SHOWN_ISSUES of them. */
export function writeIssues(issues: readonly ReadIssue[]): void {
  for (const i of issues.slice(0, SHOWN_ISSUES)) process.stderr.write(`skipped: ${locate(i.file, i.line)} ${i.reason}: ${i.message}\n`);
  if (issues.length > SHOWN_ISSUES) {
    process.stderr.write(`skipped: ... and ${issues.length - SHOWN_ISSUES} more (all of them with --json)\n`);
  }
}

/** The warning for papers whose text has no analysable term, or undefined when there are none. */
export function noTermsWarning(ids: readonly string[]): string | undefined {
  if (ids.length === 0) return undefined;
  return `${ids.length} papers have no analysable terms (${ids.slice(0, 3).join(', ')}${ids.length > 3 ? ', ...' : ''}); they share one topic by default`;
}
