import type { Command } from 'commander';
import { TABLE_SPECS } from '../../model/index.js';
import type { TableFormat } from '../../tables/index.js';
import { addSpecOptions, specOptionsFrom } from './specs.js';

export type TableFlags = Record<string, unknown>;

/** `--tables csv|parquet|both` (declared in pipeline/scale-specs.ts; used by run and aggregate). */
export function addTableOptions(cmd: Command): Command {
  return addSpecOptions(cmd, TABLE_SPECS);
}

export function tableFormatFrom(flags: TableFlags): TableFormat {
  return ((specOptionsFrom(flags, TABLE_SPECS).tables as TableFormat | undefined) ?? 'csv');
}
