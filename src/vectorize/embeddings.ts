/**
 * Paper vectors computed elsewhere (sentence-transformers, an API), read from
 * a `.npy` float32 n × d matrix plus an ids file (one id per line, in row
 * order; default `FILE.ids.txt`), or from JSON Lines `{"id": …, "vector": […]}`.
 * Errors name the file and, where there is one, the line.
 */
import { readFile } from 'node:fs/promises';
import { parseNpy } from './npy.js';
import { EXIT, UserError } from '../util/index.js';

export interface Embeddings {
  ids: string[];
  dim: number;
  /** ids.length × dim, row-major. */
  data: Float32Array;
}

/** A problem with an embeddings file: bad input data (CLI exit 3). */
export class EmbeddingError extends UserError {
  constructor(message: string) {
    super(message, EXIT.data);
    this.name = 'EmbeddingError';
  }
}

async function readOrFail(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new EmbeddingError(`${file}: ${code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
}

/** Vectors from JSON Lines; every line needs a string id and a vector of the first line's length. */
export function parseEmbeddingsJsonl(text: string, file: string): Embeddings {
  const ids: string[] = [];
  const rows: number[][] = [];
  let dim = -1;
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const where = `${file}:${i + 1}`;
    let row: { id?: unknown; vector?: unknown };
    try {
      row = JSON.parse(line);
    } catch {
      throw new EmbeddingError(`${where}: not valid JSON`);
    }
    const id = typeof row.id === 'number' ? String(row.id) : row.id;
    if (typeof id !== 'string' || !id) throw new EmbeddingError(`${where}: missing "id"`);
    const v = row.vector;
    // Vectors are held as float32: 1e308 is finite in JSON but Infinity there (it used to end in a TypeError).
    if (!Array.isArray(v) || v.length === 0 || !v.every((x) => typeof x === 'number' && Math.abs(x) <= F32_MAX)) {
      throw new EmbeddingError(`${where}: "vector" must be a non-empty array of finite numbers within ±3.4e38 (float32)`);
    }
    if (dim < 0) dim = v.length;
    else if (v.length !== dim) throw new EmbeddingError(`${where}: vector has ${v.length} dimensions, earlier lines have ${dim}`);
    ids.push(id);
    rows.push(v);
  });
  if (dim < 0) throw new EmbeddingError(`${file}: no vectors`);
  const data = new Float32Array(ids.length * dim);
  rows.forEach((r, i) => data.set(r, i * dim));
  return { ids, dim, data };
}

/** The largest finite float32. */
const F32_MAX = 3.4028234663852886e38;

/** Read vectors from `file` (.npy with `idsFile`, default `file + '.ids.txt'`; anything else as JSON Lines). */
export async function readEmbeddings(file: string, idsFile?: string): Promise<Embeddings> {
  const buf = await readOrFail(file);
  if (!file.toLowerCase().endsWith('.npy')) return parseEmbeddingsJsonl(buf.toString('utf8'), file);
  let m;
  try {
    m = parseNpy(buf, file);
  } catch (err) {
    throw new EmbeddingError((err as Error).message);
  }
  const idsPath = idsFile ?? `${file}.ids.txt`;
  const lines = (await readOrFail(idsPath)).toString('utf8').split('\n').map((l) => l.trim());
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  const blank = lines.indexOf('');
  if (blank >= 0) throw new EmbeddingError(`${idsPath}:${blank + 1}: empty id`);
  if (lines.length !== m.rows) throw new EmbeddingError(`${idsPath}: ${lines.length} ids but ${file} has ${m.rows} rows`);
  return { ids: lines, dim: m.cols, data: m.data };
}

/**
 * The vectors in the order of `paperIds`. Every paper needs exactly one vector
 * and every vector a paper: a missing, extra or duplicate id is an error naming
 * the file and the first such id (papers dropped by a filter count as extra:
 * filter the vectors the same way, or leave the corpus unfiltered).
 */
export function alignEmbeddings(paperIds: readonly string[], emb: Embeddings, file: string): Float32Array {
  const row = new Map<string, number>();
  emb.ids.forEach((id, i) => {
    if (row.has(id)) throw new EmbeddingError(`${file}: id ${id} has two vectors (rows ${row.get(id)! + 1} and ${i + 1})`);
    row.set(id, i);
  });
  const missing = paperIds.filter((id) => !row.has(id));
  if (missing.length) throw new EmbeddingError(`${file}: no vector for ${missing.length} of ${paperIds.length} papers (first: ${missing[0]})`);
  const wanted = new Set(paperIds);
  const extra = emb.ids.filter((id) => !wanted.has(id));
  if (extra.length) throw new EmbeddingError(`${file}: ${extra.length} vectors belong to no analysed paper (first: ${extra[0]})`);
  const out = new Float32Array(paperIds.length * emb.dim);
  paperIds.forEach((id, i) => out.set(emb.data.subarray(row.get(id)! * emb.dim, (row.get(id)! + 1) * emb.dim), i * emb.dim));
  return out;
}
