/**
 * The integrity of the estimator's array files (model/*.f32|.i32). The
 * manifest records each file's SHA-256, value range and finiteness; loading
 * checks them, and checks every index array against what it indexes. Before
 * this, one NaN in tfidf.idf.f32 sent 219 of 400 new papers to one topic, an
 * out-of-range subRow.i32 entry or a changed topicIds.i32 placed papers
 * silently wrong, and a truncated file gave a RangeError naming no file.
 */
import { createHash } from 'node:crypto';
import { ModelError } from '../model/index.js';

type Arr = Float32Array | Int32Array;

/** What the manifest says of one array file. Files saved before these checks have only file and length. */
export interface ArrayEntry {
  file: string;
  length: number;
  sha256?: string;
  min?: number;
  max?: number;
  /** Every value is a finite number (always true when saved; NaN or ±Infinity is corruption). */
  finite?: boolean;
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function range(a: Arr): { min: number; max: number; finite: boolean } {
  let min = Infinity;
  let max = -Infinity;
  let finite = true;
  for (const v of a) {
    if (!Number.isFinite(v)) finite = false;
    else {
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  return { min: a.length ? min : 0, max: a.length ? max : 0, finite };
}

/** The manifest entry of an array about to be saved. */
export function describeArray(file: string, a: Arr): ArrayEntry {
  const bytes = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  return { file, length: a.length, sha256: sha256(bytes), ...range(a) };
}

/** Check the bytes of one array file against its manifest entry; returns the typed array. */
export function checkedArray(bytes: Uint8Array, type: 'f32' | 'i32', entry: ArrayEntry, where: string): Arr {
  if (bytes.byteLength % 4 !== 0) throw new ModelError(`${where}: ${bytes.byteLength} bytes, not a multiple of 4 (truncated or foreign file); re-run \`topictrends run\`.`);
  const a = type === 'f32' ? new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4) : new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  if (a.length !== entry.length) throw new ModelError(`${where}: ${a.length} values, manifest says ${entry.length} (truncated or foreign file).`);
  if (entry.sha256 !== undefined && sha256(bytes) !== entry.sha256) {
    throw new ModelError(`${where}: checksum mismatch (the file was changed after the model was saved); re-run \`topictrends run\`.`);
  }
  const r = range(a);
  if (!r.finite) throw new ModelError(`${where}: holds NaN or infinite values (corrupt file); re-run \`topictrends run\`.`);
  if (entry.min !== undefined && (r.min !== entry.min || r.max !== entry.max)) {
    throw new ModelError(`${where}: values range ${r.min}..${r.max}, manifest says ${entry.min}..${entry.max} (changed file).`);
  }
  return a;
}

/** Index arrays and what they index: an entry outside [lo, hi) is a corrupt model (checked on old models too). */
export function checkIndexes(arrays: Record<string, Arr | undefined>, counts: { topics: number; papers: number }, where: (name: string) => string): void {
  const bounds: [string, number, number][] = [
    ['subRow', 0, counts.topics],
    ['topicIds', 0, Number.MAX_SAFE_INTEGER],
    ['ivfMembers', 0, counts.papers],
    ['ivfOffsets', 0, (arrays.ivfMembers?.length ?? 0) + 1],
    ['tfidf.termIds', 0, Number.MAX_SAFE_INTEGER],
    ['tfidf.df', 0, Number.MAX_SAFE_INTEGER],
  ];
  for (const [name, lo, hi] of bounds) {
    const a = arrays[name];
    if (!a) continue;
    const i = a.findIndex((v) => v < lo || v >= hi);
    if (i >= 0) throw new ModelError(`${where(name)}: value ${a[i]} at index ${i} is outside ${lo}..${hi - 1} (corrupt file); re-run \`topictrends run\`.`);
  }
}
