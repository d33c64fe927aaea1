/** How precisely a paper's date is known. A `month` date is stored as the first of the month. */
export type DatePrecision = 'year' | 'month' | 'day' | 'time';

/** One normalized paper: what every reader produces and every stage consumes. */
export interface Paper {
  id: string;
  title: string;
  abstract: string;
  /** ISO date `YYYY-MM-DD` (coarser precisions are stored as the first day of the period). */
  date?: string;
  datePrecision?: DatePrecision;
  /** arXiv categories; the first is the primary category. */
  categories?: string[];
  /** Where the record came from (e.g. `arxiver`, `hf-papers-listing`). */
  source?: string;
  /** Any other input fields, kept as they were (e.g. `label`). */
  extra?: Record<string, unknown>;
}
