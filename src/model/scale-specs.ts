/**
 * The output and large-corpus options of `run`, declared like the engine and
 * trend options (option-specs.ts): flag, help, default, constraint. The CLI
 * builds its flags from these rows and `runScaled` validates library callers
 * against the same rows.
 */
import { z } from 'zod';
import type { OptionSpec } from './option-specs.js';

/** Above this many papers `run` fits on a sample: 211,408 papers in memory took 177 s and 2.2 GB, and memory grows with n. */
export const SCALE_THRESHOLD = 150_000;
/**
 * Papers in the fit sample. `transform` finds each paper's neighbours among the
 * sample by brute force, so its cost per paper grows with the sample: at 25,000
 * it measured 2.1 ms of CPU per paper (docs/scaling.md).
 */
export const FIT_SAMPLE = 25_000;
export const TRANSFORM_WORKERS = 2;

const int = (min: number, max = Number.MAX_SAFE_INTEGER) => z.number().int().min(min).max(max);

export const TABLE_SPECS: readonly OptionSpec[] = [
  { path: ['tables'], flag: '--tables <format>', help: 'table files: csv, parquet, both (parquet: typed columns for pandas/polars/DuckDB)', shown: 'csv', schema: z.enum(['csv', 'parquet', 'both']), parse: String },
];

export const SCALE_SPECS: readonly OptionSpec[] = [
  { path: ['threshold'], flag: '--scale-threshold <n>', help: 'corpora with more papers are fitted on a sample and transformed in Parquet parts', shown: String(SCALE_THRESHOLD), schema: int(1) },
  { path: ['fitSample'], flag: '--fit-sample <n>', help: 'papers in the seeded, date-stratified fit sample of a large corpus', shown: String(FIT_SAMPLE), schema: int(100) },
  { path: ['workers'], flag: '--workers <n>', help: 'transform worker threads (one Parquet part each) for a large corpus', shown: String(TRANSFORM_WORKERS), schema: int(1, 64) },
];
