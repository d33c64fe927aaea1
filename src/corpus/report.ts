import { CorpusError, type ReadIssue, type SkipReason } from './errors.js';
import type { InputFormat } from './options.js';

export const SKIP_REASONS: readonly SkipReason[] = [
  'malformed', 'invalid-utf8', 'missing-id', 'missing-title', 'missing-abstract', 'bad-date', 'date-out-of-range', 'duplicate-id', 'truncated-file',
];
export type FilterKind = 'date' | 'category' | 'sample';

/** Per-input accounting: `read = kept + skipped + filtered`. */
export interface FileReport {
  path: string;
  format: InputFormat;
  read: number;
  kept: number;
  skipped: number;
  filtered: number;
}

/**
 * What happened to every row read. Invariant: `read = kept + Σ skipped + Σ filtered`,
 * overall and per file. Rows are non-blank lines (JSONL, listing), array
 * elements (JSON) or records after the header (CSV).
 */
export interface ReadReport {
  files: FileReport[];
  read: number;
  kept: number;
  skipped: Record<SkipReason, number>;
  filtered: Record<FilterKind, number>;
  /** The first `MAX_ISSUES` problems verbatim (rows skipped, empty files, bad dates-table rows). */
  issues: ReadIssue[];
  /** Problems beyond the first `MAX_ISSUES` (counted in `skipped`, not listed). */
  issuesOmitted: number;
}

export const MAX_ISSUES = 50;

/** Builds a ReadReport while rows stream past; under `strict` the first bad row throws instead. */
export class ReadAccounting {
  readonly report: ReadReport = {
    files: [],
    read: 0,
    kept: 0,
    skipped: Object.fromEntries(SKIP_REASONS.map((r) => [r, 0])) as Record<SkipReason, number>,
    filtered: { date: 0, category: 0, sample: 0 },
    issues: [],
    issuesOmitted: 0,
  };

  constructor(
    private readonly strict: boolean,
    private readonly onIssue?: (issue: ReadIssue) => void,
  ) {}

  addFile(path: string, format: InputFormat): FileReport {
    const file: FileReport = { path, format, read: 0, kept: 0, skipped: 0, filtered: 0 };
    this.report.files.push(file);
    return file;
  }

  read(file: FileReport): void {
    file.read++;
    this.report.read++;
  }

  skip(file: FileReport, line: number, reason: SkipReason, message: string): void {
    this.problem({ file: file.path, line, reason, message });
    file.skipped++;
    this.report.skipped[reason]++;
  }

  filter(file: FileReport, kind: FilterKind, count = 1): void {
    file.filtered += count;
    this.report.filtered[kind] += count;
  }

  keep(file: FileReport, count = 1): void {
    file.kept += count;
    this.report.kept += count;
  }

  /** Record a problem that is not a counted row (an empty file, a bad dates-table row); fatal under `strict`. */
  problem(issue: ReadIssue): void {
    if (this.strict) throw new CorpusError(issue);
    this.onIssue?.(issue);
    if (this.report.issues.length < MAX_ISSUES) this.report.issues.push(issue);
    else this.report.issuesOmitted++;
  }
}
