/**
 * The embedded DuckDB session every reader of the parts shares: `docs` bound
 * to the parts (the one engine-specific line, see sql.ts), optionally with
 * each dated paper re-keyed into another bin, and closed however the work ends.
 */
import { binOfKey, type BinUnit } from '../trends/index.js';
import { periodKey } from './part-rows.js';
import { valuesRelation } from './sql.js';
import { refuseMixedBins } from './part-identity.js';

export interface PartsSession {
  rows(sql: string): Promise<Record<string, unknown>[]>;
  /** Rows of a query a chunk (2,048 rows) at a time: bounded memory whatever the corpus. */
  stream(sql: string): AsyncIterable<Record<string, unknown>[]>;
  run(sql: string): Promise<void>;
  /** The bin of the parts' `period` column, from its first key; undefined when every paper is undated. */
  partsBin: BinUnit | undefined;
  /** Rows dropped because their paper id was already in another part (each paper counts once). */
  duplicates: number;
  /** From now on `docs` leaves out the papers of these topics (a curation's hidden topics leave the topic shares). */
  hideTopics(topics: readonly number[]): Promise<void>;
}

export interface DocsViewOptions {
  /** A (day, period) relation: `period` is taken from it by each paper's date (another bin than the parts'). */
  bins?: string;
  /** PART columns older parts lack (written before 2026-12-07): read as never novel, never merged. */
  missing?: readonly string[];
  /** Count each paper id once: the row of the first part by file name (a part given twice, overlapping shards). */
  dedupe?: boolean;
  /** Topics whose papers `docs` leaves out. */
  hidden?: readonly number[];
}

const partList = (parts: readonly string[]) => parts.map((p) => `'${p.replace(/'/g, "''")}'`).join(', ');

/** DuckDB's binding of the `docs` relation to the parts: the one engine-specific line of the SQL (see sql.ts). */
export function duckdbDocsView(parts: readonly string[], options: DocsViewOptions = {}): string {
  const added = (options.missing ?? []).map((c) => (c === 'novel' ? ', false AS novel' : ', topic AS subtopic')).join('');
  const read = `(SELECT *${added} FROM read_parquet([${partList(parts)}], union_by_name = true, filename = true))`;
  // The window that drops duplicate ids runs only when there are any (COUNT(*) > COUNT(DISTINCT id)).
  const once = options.dedupe ? ' QUALIFY row_number() OVER (PARTITION BY id ORDER BY filename) = 1' : '';
  const shown = (topic: string) => (options.hidden?.length ? ` WHERE ${topic} NOT IN (${options.hidden.map(Number).join(', ')})` : '');
  const source = `(SELECT * EXCLUDE (filename) FROM ${read}${once})`;
  if (!options.bins) return `CREATE OR REPLACE VIEW docs AS SELECT * FROM ${source}${shown('topic')}`;
  return `CREATE OR REPLACE VIEW docs AS SELECT p.* REPLACE (COALESCE(b.period, '') AS period) FROM ${source} p LEFT JOIN ${options.bins} b ON b.day = p.date${shown('p.topic')}`;
}

/** Per part: its first period key, the bin it was made with (a week part beside a month part counted 400 of 800). */
const PER_PART_SQL = (parts: readonly string[]) => `
SELECT filename, MIN(CASE WHEN period <> '' THEN period END) AS first_period
FROM read_parquet([${partList(parts)}], filename = true) GROUP BY filename ORDER BY filename`;

const ID_COUNT_SQL = (parts: readonly string[]) => `SELECT COUNT(*) AS n, COUNT(DISTINCT id) AS ids FROM read_parquet([${partList(parts)}], union_by_name = true)`;

/**
 * Open the parts as `docs`, run `work`, close. With `bin` other than the
 * parts' own, `period` is recomputed from each paper's date through a small
 * (day, period) table (one row per distinct day, 881 at papers.jsonl), so any
 * bin — day included — is one GROUP BY like the parts' own.
 */
export async function withParts<T>(parts: readonly string[], bin: BinUnit | undefined, work: (session: PartsSession) => Promise<T>): Promise<T> {
  if (parts.length === 0) throw new Error('no parts given');
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  const rows = async (sql: string) => (await con.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
  try {
    const perPart = (await rows(PER_PART_SQL(parts))).filter((r) => r.first_period !== null);
    refuseMixedBins(perPart.map((r) => String(r.filename)), (i) => binOfKey(String(perPart[i].first_period)) ?? `period "${String(perPart[i].first_period)}"`);
    const ids = (await rows(ID_COUNT_SQL(parts)))[0];
    const duplicates = Number(ids.n) - Number(ids.ids);
    const view: DocsViewOptions = { dedupe: duplicates > 0 };
    await con.run(duckdbDocsView(parts, view));
    const columns = new Set((await rows('DESCRIBE docs')).map((r) => String(r.column_name)));
    view.missing = ['novel', 'subtopic'].filter((c) => !columns.has(c));
    if (view.missing.length) await con.run(duckdbDocsView(parts, view));
    const first = (await rows(`SELECT MIN(CASE WHEN period <> '' THEN period END) AS k FROM docs`))[0].k as string | null;
    const partsBin = first ? binOfKey(first) : undefined;
    if (first && !partsBin) throw new Error(`parts: period "${first}" is not a bin key (2025-03-18, 2025-W07, 2025-03, 2025-Q1, 2025)`);
    if (bin && partsBin && bin !== partsBin) {
      const days = (await rows(`SELECT DISTINCT date FROM docs WHERE date <> '' ORDER BY date`)).map((r) => String(r.date));
      await con.run(valuesRelation('day_bins', ['day', 'period'], days.map((d) => [d, periodKey(d, bin)])));
      view.bins = 'day_bins';
      await con.run(duckdbDocsView(parts, view));
    }
    const hideTopics = async (hidden: readonly number[]) => void (await con.run(duckdbDocsView(parts, { ...view, hidden })));
    async function* stream(sql: string) {
      const result = await con.stream(sql);
      for await (const chunk of result.yieldRowObjectJs()) yield chunk as Record<string, unknown>[];
    }
    return await work({ rows, stream, run: async (sql) => void (await con.run(sql)), partsBin, duplicates, hideTopics });
  } finally {
    con.closeSync();
    db.closeSync();
  }
}

/** Every paper id in the parts (what `update` skips as already in the run). */
export async function partIds(parts: readonly string[]): Promise<Set<string>> {
  const ids = new Set<string>();
  await withParts(parts, undefined, async ({ stream }) => {
    for await (const chunk of stream('SELECT id FROM docs')) for (const r of chunk) ids.add(String(r.id));
  });
  return ids;
}
