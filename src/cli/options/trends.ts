import type { Command } from 'commander';
import type { TrendOptions } from '../../pipeline/options.js';
import type { BinUnit } from '../../trends/types.js';
import { integer, oneOf } from './parse.js';

export interface TrendFlags {
  bin?: string;
  themes?: string;
  recent?: string;
  baseline?: string;
}

export const BIN_UNITS: readonly (BinUnit | 'auto')[] = ['auto', 'week', 'month', 'quarter', 'year'];

/** Flags of the trend tables, shared by run, trends and report. */
export function addTrendOptions(cmd: Command): Command {
  return cmd
    .option('--bin <unit>', `time bin: ${BIN_UNITS.join(', ')} (auto: finest with >= 20 papers per bin)`, 'auto')
    .option('--themes <file>', 'themes file (JSON, see data/themes.json)', 'data/themes.json')
    .option('--recent <n>', 'growth test: the last n full bins ...', '6')
    .option('--baseline <n>', '... against the n bins before them', '6');
}

export function trendOptionsFrom(flags: TrendFlags): TrendOptions {
  return {
    bin: oneOf(flags.bin ?? 'auto', '--bin', BIN_UNITS),
    recent: integer(flags.recent ?? '6', '--recent', 1, 520),
    baseline: integer(flags.baseline ?? '6', '--baseline', 1, 520),
  };
}
