import type { Command } from 'commander';
import { dirname } from 'node:path';
import type { TrendOptions } from '../../model/index.js';
import { addTrendOptions, trendOptionsFrom, type TrendFlags } from '../options/trends.js';
import { loadThemesOrFail } from './themes.js';
import { parseDateBound } from '../../corpus/index.js';
import { CliError, EXIT } from '../errors.js';
import { usage } from '../options/parse.js';
import type { TrendTables } from '../../analysis/index.js';

export interface SegmentFlags {
  category?: string[];
  source?: string[];
  from?: string;
  to?: string;
}

/** Flags restricting trend tables to a segment of a saved model. */
export function addSegmentOptions(cmd: Command): Command {
  return cmd
    .option('--category <cats...>', 'only papers with these primary categories')
    .option('--source <sources...>', 'only papers from these sources')
    .option('--from <date>', 'only papers dated on or after this date')
    .option('--to <date>', 'only papers dated on or before this date');
}

export function segmentOptionsFrom(flags: SegmentFlags): TrendOptions {
  const out: TrendOptions = {};
  if (flags.category) out.category = flags.category.flatMap((c) => c.split(',')).filter(Boolean);
  if (flags.source) out.source = flags.source.flatMap((c) => c.split(',')).filter(Boolean);
  for (const side of ['from', 'to'] as const) {
    if (flags[side] === undefined) continue;
    const day = parseDateBound(flags[side]!, side);
    if (!day) usage(`--${side} must be a date like 2024, 2024-03 or 2024-03-15, got '${flags[side]}'`);
    out[side] = day;
  }
  return out;
}

export async function loadModelOrFail(file: string) {
  const { loadModel } = await import('../../model/index.js');
  return loadedOrExit(loadModel(file));
}

/** The model as `serve` shows it: a scaled run's whole corpus from its parts (pipeline/run-model.ts). */
export async function loadRunModelOrFail(file: string) {
  const { loadRunModel } = await import('../../pipeline/index.js');
  return loadedOrExit(loadRunModel(file));
}

/** A model that cannot be read is a data error (exit 3) with its message. */
async function loadedOrExit<T>(loading: Promise<T>): Promise<T> {
  try {
    return await loading;
  } catch (err) {
    throw new CliError((err as Error).message, EXIT.data);
  }
}

export interface ModelTrendFlags extends TrendFlags, SegmentFlags {
  model: string;
  out?: string;
}

/** The flags of commands that work from a saved model: `trends` and `report`. */
export function addModelTrendOptions(cmd: Command): Command {
  return addSegmentOptions(addTrendOptions(cmd))
    .requiredOption('-m, --model <file>', 'model.json written by `topictrends run`')
    .option('-o, --out <dir>', "output folder (default: the model's folder)");
}

/** Load the model, recompute its trend tables for the flags and write the trend CSVs. */
/** Where `trends` and `report` write: --out, else the model's own folder. */
export function trendsOut(flags: Pick<ModelTrendFlags, 'model' | 'out'>): string {
  return flags.out ?? dirname(flags.model);
}

export async function recomputeTrends(flags: ModelTrendFlags) {
  const options = { ...trendOptionsFrom(flags), ...segmentOptionsFrom(flags) };
  const [{ computeTrendTables }, { writeTrendOutputs }, { loadThemes }] = await Promise.all([
    import('../../analysis/index.js'),
    import('../../pipeline/index.js'),
    import('../../trends/index.js'),
  ]);
  const model = await loadModelOrFail(flags.model);
  if (flags.themes) model.themes = loadThemesOrFail(loadThemes, flags.themes);
  const tables: TrendTables = computeTrendTables(model, options);
  const out = trendsOut(flags);
  const files = await writeTrendOutputs(out, tables);
  for (const w of tables.warnings) process.stderr.write(`warning: ${w.message}\n`);
  reportTrendSkips(tables);
  process.stderr.write(`${tables.selected} papers, ${tables.periods.length} ${tables.bin} bins; wrote ${files.join(', ')}\n`);
  return { model, tables, out };
}

/** Say on stderr what the trend tables left out and why, and how the settings were adjusted. */
export function reportTrendSkips(tables: Pick<TrendTables, 'skipped' | 'notes'>): void {
  for (const n of tables.notes) process.stderr.write(`note: ${n}\n`);
  for (const s of tables.skipped) process.stderr.write(`warning: not computed: ${s.what}: ${s.reason}\n`);
}
