import type { Command } from 'commander';
import type { TrendOptions } from '../../pipeline/options.js';
import type { BinUnit } from '../../trends/types.js';
import { decimal, integer, oneOf, usage } from './parse.js';

export interface TrendFlags {
  bin?: string;
  themes?: string;
  recent?: string;
  baseline?: string;
  terms?: string;
  minConfidence?: string;
}

export const BIN_UNITS: readonly (BinUnit | 'auto')[] = ['auto', 'week', 'month', 'quarter', 'year'];

/** Flags of the trend tables, shared by run, trends and report. */
export function addTrendOptions(cmd: Command): Command {
  return cmd
    .option('--bin <unit>', `time bin: ${BIN_UNITS.join(', ')} (auto: finest with >= 20 papers per bin)`, 'auto')
    .option('--themes <file>', 'themes file (JSON, see data/themes.json)', 'data/themes.json')
    .option('--recent <n>', 'growth test: the last n full bins ...', '6')
    .option('--baseline <n>', '... against the n bins before them', '6')
    .option('--min-confidence <x>', 'leave papers with topic confidence below x (0..1) out of topic shares; they stay in documents.csv', '0')
    .option('--terms <list>', 'also track these comma-separated words or phrases (term_trends.csv), e.g. "streaming, dual-stream"');
}

export function trendOptionsFrom(flags: TrendFlags): TrendOptions {
  return {
    bin: oneOf(flags.bin ?? 'auto', '--bin', BIN_UNITS),
    recent: integer(flags.recent ?? '6', '--recent', 1, 520),
    baseline: integer(flags.baseline ?? '6', '--baseline', 1, 520),
    terms: parseTerms(flags.terms),
    minConfidence: decimal(flags.minConfidence ?? '0', '--min-confidence', 0, 1),
  };
}

function parseTerms(list: string | undefined): string[] | undefined {
  if (list === undefined) return undefined;
  const terms = [...new Set(list.split(',').map((t) => t.trim()).filter(Boolean))];
  if (terms.length === 0) usage('--terms needs at least one word or phrase');
  if (terms.length > 50 || terms.some((t) => t.length > 100)) usage('--terms takes at most 50 terms of at most 100 characters');
  return terms;
}
