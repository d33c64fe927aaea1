import { locate } from './errors.js';
import type { ReadReport } from './report.js';

const fmt = (n: number) => n.toLocaleString('en-US');

/** Non-zero entries of a count table as `name N, name N`. */
function counts(table: Record<string, number>): string {
  const parts = Object.entries(table).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${fmt(n)}`);
  return parts.length > 0 ? parts.join(', ') : 'none';
}

/** A human-readable account of a read, for stderr: totals, per-file lines, then the listed issues. */
export function formatReadReport(report: ReadReport): string {
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
  for (const issue of report.issues) lines.push(`  ${locate(issue.file, issue.line)}: ${issue.reason}: ${issue.message}`);
  if (report.issuesOmitted > 0) lines.push(`  ... and ${fmt(report.issuesOmitted)} more issue(s) (counted above)`);
  return lines.join('\n');
}
