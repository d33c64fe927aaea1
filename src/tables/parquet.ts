/**
 * Parquet tables via hyparquet-writer (pure JS, no native build). Column
 * types come from the table's spec, never guessed from the data: an all-empty
 * column stays a string, a topic id stays int32.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ColumnType, Table, TableSpec } from './types.js';

const PARQUET_TYPE: Record<ColumnType, 'STRING' | 'INT32' | 'DOUBLE' | 'BOOLEAN'> = {
  string: 'STRING', int32: 'INT32', float64: 'DOUBLE', boolean: 'BOOLEAN',
};

/** A cell as its column type; undefined/null/'' in a non-string column → null (a missing value, e.g. `topic` of a theme row). */
function cell(value: unknown, type: ColumnType): string | number | boolean | null {
  if (value === undefined || value === null) return type === 'string' ? '' : null;
  if (type === 'string') return String(value);
  if (type === 'boolean') return typeof value === 'boolean' ? value : value === 'true' || value === 1;
  if (value === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/** Column arrays of a table, one per spec column, in spec order. */
export function tableColumns(table: Table): { name: string; type: ColumnType; data: (string | number | boolean | null)[] }[] {
  return table.spec.columns.map(({ name, type }) => ({
    name,
    type,
    data: table.rows.map((row) => cell((row as Record<string, unknown>)[name], type)),
  }));
}

/** The Parquet bytes of a table (snappy-compressed, one row group per 100k rows). */
export async function parquetBuffer(table: Table): Promise<ArrayBuffer> {
  const { parquetWriteBuffer } = await import('hyparquet-writer');
  const columnData = tableColumns(table).map((c) => ({ name: c.name, data: c.data, type: PARQUET_TYPE[c.type] }));
  return parquetWriteBuffer({ columnData, rowGroupSize: 100_000, createdBy: 'topictrends' } as Parameters<typeof parquetWriteBuffer>[0]);
}

/** Write a table as a Parquet file, creating its folder. */
export async function writeParquet(file: string, table: Table): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, new Uint8Array(await parquetBuffer(table)));
}

/** Read a Parquet file back as row objects (for tests, notebooks and `aggregate`). */
export async function readParquet(file: string): Promise<Record<string, unknown>[]> {
  const { asyncBufferFromFile, parquetReadObjects } = await import('hyparquet');
  return parquetReadObjects({ file: await asyncBufferFromFile(file) }) as Promise<Record<string, unknown>[]>;
}

export type { Table, TableSpec };
