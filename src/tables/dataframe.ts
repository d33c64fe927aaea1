/**
 * Any output table as a danfojs-node DataFrame, the design's table library,
 * for notebooks and library users. danfojs-node pulls in TensorFlow.js
 * (~1 s to import), so it is loaded only when a DataFrame is asked for.
 */
import type { ColumnType, Table, TableSpec } from './types.js';
import { knownType } from './specs.js';
import { tableColumns } from './parquet.js';

/** danfo's dtype per column type (danfo has no float64 dtype name: its float32 columns hold JS doubles). */
const DANFO_DTYPE: Record<ColumnType, string> = { string: 'string', int32: 'int32', float64: 'float32', boolean: 'boolean' };

/**
 * Convert rows to a DataFrame with typed columns.
 * @param rows plain row objects (documentRows, trends.topicTrends, …)
 * @param spec the table's spec (see tables/specs.ts), or column names (typed by name); default: the first row's keys
 */
export async function toDataFrame(rows: readonly object[], spec?: TableSpec | readonly string[]) {
  const dfd = await import('danfojs-node');
  const resolved: TableSpec = !spec || Array.isArray(spec)
    ? inferSpec(rows, (spec as readonly string[] | undefined) ?? Object.keys(rows[0] ?? {}))
    : (spec as TableSpec);
  const columns = tableColumns({ spec: resolved, rows: rows as Table['rows'] });
  if (rows.length === 0) return new dfd.DataFrame([], { columns: columns.map((c) => c.name) });
  // danfo has no null for int/bool columns: a missing number becomes NaN.
  const data: Record<string, unknown[]> = {};
  for (const c of columns) data[c.name] = c.type === 'string' || c.type === 'boolean' ? c.data : c.data.map((v) => (v === null ? NaN : v));
  return new dfd.DataFrame(data, { columns: columns.map((c) => c.name), dtypes: columns.map((c) => DANFO_DTYPE[c.type]) });
}

/** Types of ad-hoc columns: a known output column keeps its declared type, others are typed from their values. */
function inferSpec(rows: readonly object[], columns: readonly string[]): TableSpec {
  return {
    name: 'table',
    columns: columns.map((name) => {
      const known = knownType(name);
      if (known) return { name, type: known };
      const values = rows.map((r) => (r as Record<string, unknown>)[name]).filter((v) => v !== undefined && v !== null);
      const type: ColumnType = values.length === 0 ? 'string'
        : values.every((v) => typeof v === 'boolean') ? 'boolean'
          : values.every((v) => typeof v === 'number') ? (values.every((v) => Number.isInteger(v) && Math.abs(v as number) < 2 ** 31) ? 'int32' : 'float64')
            : 'string';
      return { name, type };
    }),
  };
}
