import type { Command } from 'commander';
import { parseDateBound } from '../../corpus/index.js';
import { INPUT_FORMATS, type CategoryMode, type InputFormat, type ReadOptions } from '../../corpus/index.js';
import { integer, usage } from './parse.js';
import { DEFAULT_SEED } from '../../util/index.js';

/** The corpus flags as commander hands them over (camel-cased, strings unparsed). */
export interface CorpusFlags {
  input: string[];
  format?: string;
  idField?: string;
  titleField?: string;
  abstractField?: string;
  dateField?: string;
  categoriesField?: string;
  dates?: string;
  from?: string;
  to?: string;
  category?: string[];
  categoryMode?: string;
  sample?: string;
  seed?: string;
  strict?: boolean;
}

/** Add the flags that say which corpus to read; shared by every command that reads one (inspect, run, eval, serve). */
export function addCorpusOptions(cmd: Command): Command {
  return cmd
    .requiredOption('-i, --input <files...>', 'corpus files (JSONL, JSON array, CSV, HF listing .txt, arXiv snapshot; .gz ok); repeatable')
    .option('--format <fmt>', `input format for every file: ${INPUT_FORMATS.join(', ')} (default: detected per file)`)
    .option('--id-field <name>', 'field/column with the paper id (default: id, arxiv_id, paper_id)')
    .option('--title-field <name>', 'field/column with the title (default: title)')
    .option('--abstract-field <name>', 'field/column with the abstract (default: abstract, summary)')
    .option('--date-field <name>', 'field/column with the date (default: date, published)')
    .option('--categories-field <name>', 'field/column with the categories (default: categories)')
    .option('--dates <csv>', 'dates table (title,arxiv_id,date,date_precision) joined by arXiv id or title')
    .option('--from <date>', 'keep papers dated on or after this date (YYYY, YYYY-MM, YYYY-MM-DD)')
    .option('--to <date>', 'keep papers dated on or before the end of this period (inclusive)')
    .option('--category <cats...>', 'keep papers in these categories (cs.* matches a prefix)')
    .option('--category-mode <mode>', 'match --category against the primary category or any: primary, any', 'primary')
    .option('--sample <n>', 'keep a seeded random sample of n papers')
    .option('--seed <n>', 'seed of every random choice (sampling, SVD, kNN, UMAP, k-means)', String(DEFAULT_SEED))
    .option('--strict', 'stop at the first bad row (exit code 3) instead of skipping it');
}

/** `--seed`, parsed in this one place for the corpus and the engine. */
export function seedFrom(flags: { seed?: string }): number {
  return integer(flags.seed ?? String(DEFAULT_SEED), '--seed', 0);
}

/** Turn parsed flags into `ReadOptions`; an invalid value is a usage error (exit code 2) naming the flag. */
export function readOptionsFrom(flags: CorpusFlags): ReadOptions {
  if (!flags.input || flags.input.length === 0) usage('--input needs at least one file');
  const options: ReadOptions = { seed: seedFrom(flags), strict: flags.strict ?? false };
  if (flags.format !== undefined) {
    if (!INPUT_FORMATS.includes(flags.format as InputFormat)) usage(`--format must be one of ${INPUT_FORMATS.join(', ')}, got '${flags.format}'`);
    options.format = flags.format as InputFormat;
  }
  const fields = {
    id: flags.idField,
    title: flags.titleField,
    abstract: flags.abstractField,
    date: flags.dateField,
    categories: flags.categoriesField,
  };
  for (const [name, value] of Object.entries(fields)) {
    if (value !== undefined && value.trim() === '') usage(`--${name}-field must not be empty`);
  }
  if (Object.values(fields).some((v) => v !== undefined)) options.fields = fields;
  if (flags.dates !== undefined) options.dates = flags.dates;
  for (const side of ['from', 'to'] as const) {
    const value = flags[side];
    if (value === undefined) continue;
    if (!parseDateBound(value, side)) usage(`--${side} must be a date like 2024, 2024-03 or 2024-03-15, got '${value}'`);
    options[side] = value;
  }
  if (options.from && options.to && parseDateBound(options.from, 'from')! > parseDateBound(options.to, 'to')!) {
    usage(`--from ${options.from} is after --to ${options.to}`);
  }
  if (flags.category !== undefined) {
    // Accept both `--category a b` and `--category a,b`.
    const cats = flags.category.flatMap((c) => c.split(',')).map((c) => c.trim()).filter(Boolean);
    if (cats.length === 0) usage('--category needs at least one category');
    options.category = cats;
  }
  const mode = flags.categoryMode ?? 'primary';
  if (mode !== 'primary' && mode !== 'any') usage(`--category-mode must be primary or any, got '${mode}'`);
  options.categoryMode = mode as CategoryMode;
  if (flags.sample !== undefined) options.sample = integer(flags.sample, '--sample', 1);
  return options;
}
