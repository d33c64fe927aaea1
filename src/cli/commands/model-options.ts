import type { Command } from 'commander';
import { dirname } from 'node:path';
import type { TrendOptions } from '../../model/index.js';
import { addTrendOptions, trendOptionsFrom, type TrendFlags } from '../options/trends.js';
import { loadThemesOrFail } from './themes.js';
import { parseDateBound } from '../../corpus/index.js';
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

export interface ModelTrendFlags extends TrendFlags, SegmentFlags {
  model: string;
  out?: string;
}

/** The flags of commands that work from a saved model: `trends` and `report`. */
export function addModelTrendOptions(cmd: Command): Command {
  return addSegmentOptions(addTrendOptions(cmd))
    .requiredOption('-m, --model <file>', 'run folder, or its model.json, written by `topictrends run`')
    .option('-o, --out <dir>', "output folder (default: the model's folder)");
}

/** Where `trends` and `report` write: --out, else the run's own folder. */
export async function trendsOut(flags: Pick<ModelTrendFlags, 'model' | 'out'>): Promise<string> {
  const { modelFileOf } = await import('../../pipeline/index.js');
  return flags.out ?? dirname(await modelFileOf(flags.model));
}

/**
 * Open the run (openRun), recompute its trend tables for the flags and write
 * the trend CSVs. A scaled run's tables come from its parts (every paper);
 * the model returned carries the corpus's topic sizes.
 */
/** The trend options of the flags: parsed before any file is touched, so a bad value is exit 2 naming its flag. */
export function modelTrendOptions(flags: ModelTrendFlags) {
  return { ...trendOptionsFrom(flags), ...segmentOptionsFrom(flags) };
}

export async function recomputeTrends(flags: ModelTrendFlags, options = modelTrendOptions(flags)) {
  const [{ openRun, runTrendTables, withCorpusSizes, writeTrendOutputs }, { loadThemes }] = await Promise.all([
    import('../../pipeline/index.js'),
    import('../../trends/index.js'),
  ]);
  const run = await openRun(flags.model);
  if (flags.themes) run.saved.themes = loadThemesOrFail(loadThemes, flags.themes);
  const tables: TrendTables = await runTrendTables({ model: run.saved, parts: run.parts, partsBin: run.partsBin }, options);
  const model = withCorpusSizes(run.saved, tables);
  const out = await trendsOut(flags);
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
