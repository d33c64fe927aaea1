#!/usr/bin/env node
// Runs the aggregation SQL of src/store/sql.ts, unchanged, on ClickHouse and
// compares the result with DuckDB's over the same Parquet parts.
//   node bench/sql-clickhouse.js --parts 'DIR/*.parquet' --model DIR/model.json [--port 9000]
// ClickHouse must be running (clickhouse-server; Debian bookworm ships 18.16,
// which has no Parquet reader: the parts are read here with hyparquet and
// streamed to it as TabSeparated, the binding of `docs` being the one
// engine-specific step, as on any engine).
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { aggregateParts, expandParts, TOPIC_TRENDS_SQL } from '../dist/store/index.js';
import { readParquet, PART } from '../dist/tables/index.js';
import { loadModel } from '../dist/model/model.js';
import { makePeriods } from '../dist/trends/bins.js';
import { chooseBin } from '../dist/trends/choose-bin.js';

const { values } = parseArgs({ options: { parts: { type: 'string' }, model: { type: 'string' }, port: { type: 'string', default: '9000' }, bin: { type: 'string' } } });
if (!values.parts || !values.model) {
  console.error("usage: node bench/sql-clickhouse.js --parts 'DIR/*.parquet' --model DIR/model.json [--port 9000] [--bin month]");
  process.exit(2);
}
const files = expandParts([values.parts]);
const model = await loadModel(values.model);
const bin = values.bin ?? chooseBin(model.papers.map((p) => p.date));

function ch(query, input) {
  const r = spawnSync('clickhouse-client', ['--port', values.port, '--query', query], { input, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`clickhouse-client failed on:\n${query}\n${r.stderr}`);
  return r.stdout;
}
const CH_TYPE = { string: 'String', int32: 'Int32', float64: 'Float64', boolean: 'UInt8' };
const tsv = (v) => (v === null || v === undefined ? '\\N' : String(v).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n'));

const version = ch('SELECT version()').trim();
ch('DROP TABLE IF EXISTS docs'); ch('DROP TABLE IF EXISTS periods'); ch('DROP TABLE IF EXISTS topics');
ch(`CREATE TABLE docs (${PART.columns.map((c) => `${c.name} ${c.name === 'confidence' ? 'Nullable(Float64)' : CH_TYPE[c.type]}`).join(', ')}) ENGINE = Memory`);
let rows = 0;
for (const file of files) {
  const part = await readParquet(file);
  rows += part.length;
  ch('INSERT INTO docs FORMAT TabSeparated', part.map((r) => PART.columns.map((c) => tsv(r[c.name])).join('\t')).join('\n') + '\n');
}
const first = ch("SELECT min(date) FROM docs WHERE date <> ''").trim();
const last = ch("SELECT max(date) FROM docs WHERE date <> ''").trim();
const periods = makePeriods([first, last], bin).periods;
ch('CREATE TABLE periods (period String, period_order Int32, partial UInt8) ENGINE = Memory');
ch('INSERT INTO periods FORMAT TabSeparated', periods.map((p, i) => `${p.key}\t${i}\t${p.partial ? 1 : 0}`).join('\n') + '\n');
ch('CREATE TABLE topics (topic Int32, topic_order Int32) ENGINE = Memory');
ch('INSERT INTO topics FORMAT TabSeparated', model.topics.map((t, i) => `${t.id}\t${i}`).join('\n') + '\n');

const t0 = performance.now();
const out = ch(TOPIC_TRENDS_SQL.trim() + '\nFORMAT TabSeparated');
const chSeconds = (performance.now() - t0) / 1000;
const chRows = out.trim().split('\n').map((l) => l.split('\t'));
const t1 = performance.now();
const duck = await aggregateParts(files, { bin, topics: model.topics });
const duckSeconds = (performance.now() - t1) / 1000;

let mismatches = 0;
duck.topicTrends.forEach((r, i) => {
  const c = chRows[i] ?? [];
  const same = c[0] === r.period && Number(c[1]) === r.topic && Number(c[2]) === r.count && Math.abs(Number(c[3]) - r.share) < 1e-12 && Number(c[4]) === r.period_total && Boolean(Number(c[5])) === r.partial;
  if (!same && mismatches++ < 5) console.error('differs:', c, r);
});
console.log(JSON.stringify({
  clickhouse: version, parts: files.length, rows, bin, trendRows: duck.topicTrends.length, clickhouseRows: chRows.length,
  mismatches, seconds: { clickhouse: +chSeconds.toFixed(3), duckdb: +duckSeconds.toFixed(3) },
}, null, 2));
process.exit(mismatches === 0 && chRows.length === duck.topicTrends.length ? 0 : 1);
