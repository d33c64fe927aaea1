/**
 * Typed table descriptions: one per output table, so every columnar format
 * (Parquet, DataFrames) writes the same column types that pandas, polars and
 * DuckDB then read without guessing.
 */

/** Column types of the output tables; each maps to one Parquet physical type. */
export type ColumnType = 'string' | 'int32' | 'float64' | 'boolean';

export interface ColumnSpec {
  name: string;
  type: ColumnType;
}

export interface TableSpec {
  /** File stem: `documents` → documents.csv / documents.parquet. */
  name: string;
  columns: readonly ColumnSpec[];
}

/** A table's rows with their description: what writers and `toDataFrame` take. */
export interface Table<Row = object> {
  spec: TableSpec;
  rows: readonly Row[];
}
