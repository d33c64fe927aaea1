import type { ReadReport } from './report.js';
import type { Paper } from './types.js';

export interface CountRow {
  name: string;
  count: number;
}

/** What `inspect` prints: the read accounting plus the shape of the kept corpus. */
export interface CorpusSummary {
  read: number;
  kept: number;
  skipped: ReadReport['skipped'];
  filtered: ReadReport['filtered'];
  files: ReadReport['files'];
  /** Earliest and latest dates, or null when no paper is dated. */
  dateRange: { min: string; max: string } | null;
  undated: number;
  /** Every calendar month from the first to the last, zeros included, as `YYYY-MM`. */
  perMonth: { month: string; count: number }[];
  /** Primary (first) categories, most common first; `(none)` for papers without categories. */
  categories: CountRow[];
  /** `source` values, most common first; `(none)` when absent. */
  sources: CountRow[];
  /** How precisely the dated papers' dates are known. */
  datePrecision: CountRow[];
  issues: ReadReport['issues'];
  issuesOmitted: number;
}

function tally(values: Iterable<string>): CountRow[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [y, m] = [Number(first.slice(0, 4)), Number(first.slice(5, 7))];
  const end = last.slice(0, 7);
  for (;;) {
    const key = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
    months.push(key);
    if (key >= end) return months;
    if (++m > 12) [y, m] = [y + 1, 1];
  }
}

/** Summarize a read corpus: counts, date range, papers per month, category, source and precision mixes. */
export function summarizeCorpus(papers: Paper[], report: ReadReport): CorpusSummary {
  let min: string | undefined;
  let max: string | undefined;
  const perMonth = new Map<string, number>();
  for (const p of papers) {
    if (p.date === undefined) continue;
    if (min === undefined || p.date < min) min = p.date;
    if (max === undefined || p.date > max) max = p.date;
    const month = p.date.slice(0, 7);
    perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
  }
  const dated = papers.filter((p) => p.date !== undefined);
  return {
    read: report.read,
    kept: report.kept,
    skipped: report.skipped,
    filtered: report.filtered,
    files: report.files,
    dateRange: min !== undefined && max !== undefined ? { min, max } : null,
    undated: papers.length - dated.length,
    perMonth: min && max ? monthsBetween(min, max).map((month) => ({ month, count: perMonth.get(month) ?? 0 })) : [],
    categories: tally(papers.map((p) => p.categories?.[0] ?? '(none)')),
    sources: tally(papers.map((p) => p.source ?? '(none)')),
    datePrecision: tally(dated.map((p) => p.datePrecision ?? 'day')),
    issues: report.issues,
    issuesOmitted: report.issuesOmitted,
  };
}
