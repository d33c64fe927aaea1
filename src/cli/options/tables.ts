import type { Command } from 'commander';
import { TABLE_FORMATS, type TableFormat } from '../../tables/run-tables.js';
import { oneOf } from './parse.js';

export interface TableFlags {
  tables?: string;
}

/** `--tables csv|parquet|both`: the file format of the output tables (declared here once; used by run and aggregate). */
export function addTableOptions(cmd: Command): Command {
  return cmd.option('--tables <format>', `table files: ${TABLE_FORMATS.join(', ')} (parquet: typed columns for pandas/polars/DuckDB)`, 'csv');
}

export function tableFormatFrom(flags: TableFlags): TableFormat {
  return oneOf(flags.tables ?? 'csv', '--tables', TABLE_FORMATS);
}
