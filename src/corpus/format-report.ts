import { locate } from './errors.js';
import type { ReadReport } from './report.js';

const fmt = (n: number) => n.toLocaleString('en-US');

/** Non-zero entries of a count table as `name N, name N`. */
function counts(table: Record<string, number>): string {
  const parts = Object.entries(table).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${fmt(n)}`);
  return parts.length > 0 ? parts.join(', ') : 'none';
}

/**
 * A human-readable account of a read, for stderr: totals, per-file lines, then
 * the first issues, each as `file:line: reason: message`.
 *
 * @param options.maxIssues issues to list (default 20; the rest are summed up in one line)
 */
export function formatReadReport(report: ReadReport, options: { maxIssues?: number } = {}): string {
  const maxIssues = options.maxIssues ?? 20;
  const skipped = Object.values(report.skipped).reduce((a, b) => a + b, 0);
  const filtered = Object.values(report.filtered).reduce((a, b) => a + b, 0);
  const lines = [
    `read ${fmt(report.read)} rows from ${report.files.length} file(s): kept ${fmt(report.kept)}, skipped ${fmt(skipped)}, filtered ${fmt(filtered)}`,
  ];
  if (skipped > 0) lines.push(`  skipped: ${counts(report.skipped)}`);
  if (filtered > 0) lines.push(`  filtered: ${counts(report.filtered)}`);
  if (report.files.length > 1) {
    for (const f of report.files) {
      lines.push(`  ${f.path} (${f.format}): read ${fmt(f.read)}, kept ${fmt(f.kept)}, skipped ${fmt(f.skipped)}, filtered ${fmt(f.filtered)}`);
    }
  }
  const listed = report.issues.slice(0, maxIssues);
  for (const issue of listed) lines.push(`  ${locate(issue.file, issue.line)}: ${issue.reason}: ${issue.message}`);
  const more = report.issues.length - listed.length + report.issuesOmitted;
  if (more > 0) lines.push(`  ... and ${fmt(more)} more issue(s) (counted above)`);
  return lines.join('\n');
}
