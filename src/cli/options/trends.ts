import type { Command } from 'commander';
import type { TrendOptions } from '../../model/index.js';
import { BIN_UNITS as UNITS, type BinUnit } from '../../trends/index.js';
import path from 'node:path';
import { packageRoot } from '../../server/index.js';
import { usage } from './parse.js';
import { TREND_SPECS } from '../../model/index.js';
import { addSpecOptions, specOptionsFrom } from './specs.js';

/**
 * The bundled themes, found from the package rather than the current folder:
 * `run` started anywhere else used to fail with exit 3 on `data/themes.json`.
 */
export function bundledThemesPath(): string {
  return path.join(packageRoot(), 'data/themes.json');
}

export interface TrendFlags {
  bin?: string;
  themes?: string;
  recent?: string;
  baseline?: string;
  alpha?: string;
  terms?: string;
  minConfidence?: string;
}

/** `--bin` values: 'auto' and the units of src/trends. */
export const BIN_UNITS: readonly (BinUnit | 'auto')[] = ['auto', ...UNITS];

/** Flags of the trend tables, shared by run, trends and report. */
export function addTrendOptions(cmd: Command): Command {
  return addSpecOptions(cmd, TREND_SPECS)
    // No commander default: `trends`/`report`/`update` keep the model's own themes unless --themes is given.
    .option('--themes <file>', "themes file (JSON, see data/themes.json; default: the bundled data/themes.json for run, the model's themes for trends and report)")
    .option('--terms <list>', 'also track these comma-separated words or phrases (term_trends.csv), e.g. "streaming, dual-stream"');
}

export function trendOptionsFrom(flags: TrendFlags): TrendOptions {
  return { ...(specOptionsFrom(flags as Record<string, unknown>, TREND_SPECS) as TrendOptions), terms: parseTerms(flags.terms) };
}

function parseTerms(list: string | undefined): string[] | undefined {
  if (list === undefined) return undefined;
  const terms = [...new Set(list.split(',').map((t) => t.trim()).filter(Boolean))];
  if (terms.length === 0) usage('--terms needs at least one word or phrase');
  if (terms.length > 50 || terms.some((t) => t.length > 100)) usage('--terms takes at most 50 terms of at most 100 characters');
  return terms;
}
