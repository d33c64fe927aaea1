/** Output tables as typed columns: Parquet files and danfojs DataFrames. */
export * from './types.js';
export * from './specs.js';
export { parquetBuffer, writeParquet, readParquet, readParquetMeta, tableColumns, type ParquetMeta } from './parquet.js';
export { toDataFrame } from './dataframe.js';
export { runTables, type TableFormat, TABLE_FORMATS } from './run-tables.js';
