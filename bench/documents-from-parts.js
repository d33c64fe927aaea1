#!/usr/bin/env node
// documents.csv of a scaled run, streamed from its parts: time and peak memory at a corpus size.
// Synthetic parts (DuckDB writes them: ids, dates over 4 years, 5 topics, 80-character titles) in 2 files,
// then writeDocumentsCsvFromParts as `run`/`update`/`reduce` call it. Peak RSS is this process's
// (the DuckDB sort included); the parts are not read into the JS heap.
//
//   node bench/documents-from-parts.js [--papers 1000000] [--dir /tmp/docs-bench]
import { mkdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { writeDocumentsCsvFromParts } from '../dist/store/index.js';
import { flag } from './args.js';

const n = Number(flag('papers', '1000000'));
const dir = flag('dir', '/tmp/docs-bench');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const { DuckDBInstance } = await import('@duckdb/node-api');
const db = await DuckDBInstance.create(':memory:');
const con = await db.connect();
const parts = [0, 1].map((i) => path.join(dir, `part-00${i}.parquet`));
for (const [i, part] of parts.entries()) {
  await con.run(`COPY (SELECT printf('%07d', r) AS id, strftime(DATE '2022-01-01' + CAST(r % 1461 AS INTEGER), '%Y-%m-%d') AS date,
    strftime(DATE '2022-01-01' + CAST(r % 1461 AS INTEGER), '%Y-%m') AS period, CAST(r % 5 AS INTEGER) AS topic, 0.5 AS confidence,
    CAST(r % 997 AS DOUBLE) / 100 AS x, CAST(r % 991 AS DOUBLE) / 100 AS y, 'cs.CL' AS category, 'cs.CL cs.LG' AS categories, 'arxiv' AS source,
    repeat('a title word ', 7) || r AS title, false AS novel, CAST(r % 5 AS INTEGER) AS subtopic
    FROM range(${i}, ${n}, 2) t(r)) TO '${part}' (FORMAT PARQUET)`);
}
con.closeSync();
db.closeSync();
const topics = [0, 1, 2, 3, 4].map((id) => ({ id, label: `topic ${id}`, size: 0, terms: [], representativeIds: [] }));
const before = process.memoryUsage().rss;
let peak = before;
const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 20);
const t0 = performance.now();
const rows = await writeDocumentsCsvFromParts(path.join(dir, 'documents.csv'), parts, topics);
const seconds = (performance.now() - t0) / 1000;
clearInterval(timer);
const mb = (b) => Math.round(b / 2 ** 20);
console.log(JSON.stringify({ papers: rows, seconds: Number(seconds.toFixed(1)), csvMb: mb(statSync(path.join(dir, 'documents.csv')).size), rssBeforeMb: mb(before), peakRssMb: mb(peak), heapUsedMb: mb(process.memoryUsage().heapUsed) }));
rmSync(dir, { recursive: true, force: true });
