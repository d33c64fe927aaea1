/** Why a row was not turned into a paper. Each is counted in `ReadReport.skipped`. */
import { EXIT, UserError } from '../util/index.js';
export type SkipReason =
  | 'malformed'
  | 'invalid-utf8'
  | 'missing-id'
  | 'missing-title'
  | 'missing-abstract'
  | 'bad-date'
  | 'date-out-of-range'
  | 'duplicate-id'
  | 'truncated-file';

/** Problems with a whole file rather than one row. */
export type FileProblem = 'missing-file' | 'empty-file' | 'missing-columns';

/** One problem found while reading, located by file and 1-based line (0 when it concerns the whole file). */
export interface ReadIssue {
  file: string;
  line: number;
  reason: SkipReason | FileProblem;
  message: string;
}

/** Where a problem is, written the way editors and compilers write it: `file:line`. */
export function locate(file: string, line: number): string {
  return line > 0 ? `${file}:${line}` : file;
}

/**
 * A fatal input problem: a missing file, a CSV without the needed columns, or
 * (with `strict`) the first bad row. `message` names the file and line.
 */
export class CorpusError extends UserError {
  readonly file: string;
  readonly line: number;
  readonly reason: SkipReason | FileProblem;

  constructor(issue: ReadIssue) {
    super(`${locate(issue.file, issue.line)}: ${issue.message}`, EXIT.data);
    this.name = 'CorpusError';
    this.file = issue.file;
    this.line = issue.line;
    this.reason = issue.reason;
  }

  toIssue(): ReadIssue {
    return { file: this.file, line: this.line, reason: this.reason, message: this.message };
  }
}
