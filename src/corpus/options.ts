import type { Paper } from './types.js';
import type { ReadIssue } from './errors.js';

/** Input formats. `arxiv` is the arXiv bulk metadata snapshot (JSON Lines with a `versions` array). */
export type InputFormat = 'jsonl' | 'json' | 'csv' | 'hf-listing' | 'arxiv';
export const INPUT_FORMATS: readonly InputFormat[] = ['jsonl', 'json', 'csv', 'hf-listing', 'arxiv'];

/** Which of a paper's categories the `category` filter looks at. */
export type CategoryMode = 'primary' | 'any';

/** Names of the input fields (JSON keys or CSV columns) holding each paper field. */
export interface FieldNames {
  /** Default `id`, then `arxiv_id`, `paper_id`. */
  id?: string;
  /** Default `title`. */
  title?: string;
  /** Default `abstract`, then `summary`. */
  abstract?: string;
  /** Default `date`, then `published`. In the arXiv snapshot, the v1 `created` stamp when absent. */
  date?: string;
  /** Default `categories`. An array, or a string split on spaces, commas and semicolons. */
  categories?: string;
}

export interface ReadOptions {
  /** Format of every input. Default: detected per file from its extension and first bytes. */
  format?: InputFormat;
  /** Field or column names. Default: see `FieldNames`. */
  fields?: FieldNames;
  /**
   * Dates table (`title,arxiv_id,date,date_precision,...` CSV) joined by arXiv id
   * or normalized title. Gives listing papers their id and date, and fills the
   * date of undated papers in other formats. Default: none.
   */
  dates?: string;
  /** Keep papers dated on or after this date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). Undated papers are filtered out. Default: none. */
  from?: string;
  /** Keep papers dated on or before the end of this period (inclusive). Undated papers are filtered out. Default: none. */
  to?: string;
  /** Keep papers in these categories; a trailing `*` matches a prefix (`cs.*`). Default: all. */
  category?: string[];
  /** Match `category` against the primary (first) category or any category. Default `primary`. */
  categoryMode?: CategoryMode;
  /** Keep a seeded random sample of this many papers, chosen by id so it does not depend on input order. Default: all. */
  sample?: number;
  /** Seed for `sample`. Default DEFAULT_SEED (util/random.ts). */
  seed?: number;
  /** Throw a `CorpusError` on the first bad row instead of skipping it. Default false. */
  strict?: boolean;
  /**
   * The clock for the plausible-date window (1990-01-01 to the end of next year):
   * papers dated outside it are skipped as `date-out-of-range`. Default: now.
   */
  now?: Date;
  /** Called as input bytes are read (compressed bytes for `.gz`), with the total size of all inputs. */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  /** Called for every issue as it is found (the report keeps only the first 50). */
  onIssue?: (issue: ReadIssue) => void;
  /**
   * Stream: hand each kept paper to this callback instead of collecting it (the
   * result's `papers` stays empty), so a million papers never sit in memory at
   * once (`topictrends transform`, fit-on-a-sample runs). Not combined with `sample`.
   */
  onPaper?: (paper: Paper) => void;
}

/** Candidate keys for each field, in order of preference. */
export interface FieldKeys {
  id: string[];
  title: string[];
  abstract: string[];
  date: string[];
  categories: string[];
}

const DEFAULT_KEYS: FieldKeys = {
  id: ['id', 'arxiv_id', 'paper_id'],
  title: ['title'],
  abstract: ['abstract', 'summary'],
  date: ['date', 'published'],
  categories: ['categories'],
};

/** A field the user named is looked up under that name only; otherwise under the defaults. */
export function fieldKeys(fields: FieldNames = {}): FieldKeys {
  const pick = (k: keyof FieldKeys) => (fields[k] ? [fields[k] as string] : DEFAULT_KEYS[k]);
  return { id: pick('id'), title: pick('title'), abstract: pick('abstract'), date: pick('date'), categories: pick('categories') };
}
