/**
 * documents.csv (and documents.parquet) of a scaled run, from its parts: the
 * same columns, formatting and id order as an in-memory run's, streamed a
 * DuckDB chunk (2,048 rows) at a time, so writing it holds one chunk of rows
 * in the heap whatever the corpus (people export cluster CSVs at any size).
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { documentRows, DOCUMENT_COLUMNS } from '../analysis/index.js';
import { machineLabelOf, type ModelPaper } from '../model/index.js';
import type { Topic } from '../topics/index.js';
import { csvLine } from '../util/index.js';
import { valuesRelation } from './sql.js';
import { withParts } from './duckdb.js';

const DOCS_SQL = `SELECT id, title, date, categories, source, topic, x, y, confidence, novel, subtopic FROM docs ORDER BY id`;

function paperOf(r: Record<string, unknown>): ModelPaper {
  return {
    id: String(r.id),
    title: String(r.title ?? ''),
    date: r.date ? String(r.date) : undefined,
    categories: r.categories ? String(r.categories).split(' ') : undefined,
    source: r.source ? String(r.source) : undefined,
    topic: Number(r.topic),
    x: Number(r.x),
    y: Number(r.y),
    confidence: r.confidence === null || r.confidence === undefined ? undefined : Number(r.confidence),
    ...(r.novel ? { novel: true } : {}),
    ...(r.subtopic !== null && r.subtopic !== undefined && Number(r.subtopic) !== Number(r.topic) ? { subtopic: Number(r.subtopic) } : {}),
  };
}

/** Write `file` as documents.csv of the papers in `parts`, labelled with `topics`. */
export async function writeDocumentsCsvFromParts(file: string, parts: readonly string[], topics: readonly Topic[]): Promise<number> {
  const out = createWriteStream(file);
  let n = 0;
  try {
    out.write(DOCUMENT_COLUMNS.join(',') + '\n');
    await withParts(parts, undefined, async ({ stream }) => {
      for await (const chunk of stream(DOCS_SQL)) {
        // Parts carry every paper's subtopic, so params (which say whether the run was reduced) are not needed here.
        const rows = documentRows({ topics: [...topics], params: {}, papers: chunk.map(paperOf) });
        n += rows.length;
        if (!out.write(rows.map((r) => csvLine(r, DOCUMENT_COLUMNS) + '\n').join(''))) await once(out, 'drain');
      }
    });
  } finally {
    out.end();
    await once(out, 'close');
  }
  return n;
}

/** Write `file` as documents.parquet of the papers in `parts`: DuckDB copies them without the rows entering the heap. */
export async function writeDocumentsParquetFromParts(file: string, parts: readonly string[], topics: readonly Topic[]): Promise<void> {
  await withParts(parts, undefined, async ({ run }) => {
    // Each topic's label, machine label and hidden flag (curate), joined onto the parts' rows.
    const labels = topics.map((t) => [t.id, t.label, machineLabelOf(t), t.hidden ?? false]);
    await run(valuesRelation('labels', ['topic', 'label', 'machine_label', 'hidden'], [[-2, '', '', false], ...labels]));
    const fromLabels: Record<string, string> = {
      topic_label: `COALESCE(l.label, '') AS topic_label`,
      machine_label: `COALESCE(l.machine_label, '') AS machine_label`,
      hidden: `COALESCE(l.hidden, false) AS hidden`,
    };
    const cols = DOCUMENT_COLUMNS.map((c) => fromLabels[c] ?? `d.${c}`).join(', ');
    await run(`COPY (SELECT ${cols} FROM docs d LEFT JOIN labels l ON l.topic = d.topic ORDER BY d.id) TO '${file.replace(/'/g, "''")}' (FORMAT PARQUET)`);
  });
}
