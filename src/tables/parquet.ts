/**
 * Parquet tables via hyparquet-writer (pure JS, no native build). Column
 * types come from the table's spec, never guessed from the data: an all-empty
 * column stays a string, a topic id stays int32.
 */
import { writeFileAtomic } from '../util/index.js';
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

/** Key-value pairs stored in the file's footer (a transform part's identity: store/part-identity.ts). */
export type ParquetMeta = Record<string, string>;

/** The Parquet bytes of a table (snappy-compressed, one row group per 100k rows). */
export async function parquetBuffer(table: Table, meta?: ParquetMeta): Promise<ArrayBuffer> {
  const { parquetWriteBuffer } = await import('hyparquet-writer');
  const columnData = tableColumns(table).map((c) => ({ name: c.name, data: c.data, type: PARQUET_TYPE[c.type] }));
  const kvMetadata = meta && Object.entries(meta).map(([key, value]) => ({ key, value }));
  return parquetWriteBuffer({ columnData, rowGroupSize: 100_000, createdBy: 'topictrends', kvMetadata } as Parameters<typeof parquetWriteBuffer>[0]);
}

/** Write a table as a Parquet file, creating its folder; atomically, so a reader never sees half a part. */
export async function writeParquet(file: string, table: Table, meta?: ParquetMeta): Promise<void> {
  await writeFileAtomic(file, new Uint8Array(await parquetBuffer(table, meta)));
}

/** The key-value pairs of a Parquet file's footer (read without reading its rows). */
export async function readParquetMeta(file: string): Promise<ParquetMeta> {
  const { asyncBufferFromFile, parquetMetadataAsync } = await import('hyparquet');
  const meta = await parquetMetadataAsync(await asyncBufferFromFile(file));
  return Object.fromEntries((meta.key_value_metadata ?? []).map((kv) => [kv.key, kv.value ?? '']));
}

/** Read a Parquet file back as row objects (for tests, notebooks and `aggregate`). */
export async function readParquet(file: string): Promise<Record<string, unknown>[]> {
  const { asyncBufferFromFile, parquetReadObjects } = await import('hyparquet');
  return parquetReadObjects({ file: await asyncBufferFromFile(file) }) as Promise<Record<string, unknown>[]>;
}

export type { Table, TableSpec };
