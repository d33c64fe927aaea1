/**
 * Saving an estimator: a JSON manifest (`model/estimator.json`) plus one raw
 * little-endian file per typed array (`model/<name>.f32|.i32`). Raw arrays load
 * with one read and no parsing (52,852 papers: 10.6 MB of LSA rows), and the
 * manifest stays small enough to read by eye.
 */
import { ModelError } from '../model/index.js';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic as atomicWrite } from '../util/index.js';
import { ESTIMATOR_FORMAT, ESTIMATOR_VERSION, type EstimatorState } from './state.js';
import { checkIndexes, checkedArray, describeArray, type ArrayEntry } from './array-check.js';

type Arr = Float32Array | Int32Array;
const ARRAYS = {
  components: 'f32', lsa: 'f32', cluster: 'f32', map: 'f32', topicIds: 'i32', centroids: 'f32', lsaCentroids: 'f32', thresholds: 'f32',
  subCentroids: 'f32', subRow: 'i32', ivfCentres: 'f32', ivfOffsets: 'i32', ivfMembers: 'i32',
  'tfidf.termIds': 'i32', 'tfidf.idf': 'f32', 'tfidf.df': 'i32', fineTopicIds: 'i32',
} as const;

const OPTIONAL = new Set(['subCentroids', 'subRow', 'ivfCentres', 'ivfOffsets', 'ivfMembers', 'fineTopicIds']);

function get(state: EstimatorState, name: string): Arr {
  return name.startsWith('tfidf.') ? (state.tfidf as unknown as Record<string, Arr>)[name.slice(6)] : (state as unknown as Record<string, Arr>)[name];
}

/** Write the estimator under `dir/model/`. */
export async function saveEstimator(dir: string, state: EstimatorState): Promise<string[]> {
  const folder = path.join(dir, 'model');
  await mkdir(folder, { recursive: true });
  const files: string[] = [];
  const arrays: Record<string, ArrayEntry> = {};
  for (const [name, type] of Object.entries(ARRAYS)) {
    const a = get(state, name);
    if (!a && OPTIONAL.has(name)) continue;
    const file = `${name}.${type}`;
    await atomicWrite(path.join(folder, file), Buffer.from(a.buffer, a.byteOffset, a.byteLength));
    arrays[name] = describeArray(file, a);
    files.push(`model/${file}`);
  }
  const { components, lsa, cluster, map, topicIds, centroids, lsaCentroids, thresholds, subCentroids, subRow, ivfCentres, ivfOffsets, ivfMembers, fineTopicIds, tfidf, ...rest } = state;
  const { termIds, idf, df, ...tfidfRest } = tfidf;
  const manifest = { format: ESTIMATOR_FORMAT, version: ESTIMATOR_VERSION, ...rest, tfidf: tfidfRest, arrays };
  await atomicWrite(path.join(folder, 'estimator.json'), JSON.stringify(manifest));
  return [...files, 'model/estimator.json'];
}

/** An array file's bytes, copied to an aligned buffer; a missing or unreadable file is a ModelError naming it. */
async function readArrayFile(file: string): Promise<Uint8Array> {
  let buf: Buffer;
  try {
    buf = await readFile(file);
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
    throw new ModelError(`${file}: ${missing ? 'missing' : (err as Error).message}; the saved model is incomplete (re-run \`topictrends run\`).`);
  }
  const bytes = new Uint8Array(buf.byteLength);
  bytes.set(buf);
  return bytes;
}

const noted = new Set<string>();

/** Models saved before the checksums load unchecked (their ranges and indexes are still checked), with one note per folder and process. */
function noteUnchecked(folder: string, arrays: Record<string, ArrayEntry>): void {
  if (Object.values(arrays).every((e) => e.sha256) || noted.has(folder)) return;
  noted.add(folder);
  process.stderr.write(`note: ${folder} was saved without checksums (before topictrends 0.1 hardening); loaded with value checks only. Re-run \`topictrends run\` to add them.\n`);
}

/** Read an estimator written by `saveEstimator`: every array's length, checksum, value range and indexes are checked (array-check.ts). */
export async function loadEstimator(dir: string): Promise<EstimatorState> {
  const folder = path.join(dir, 'model');
  const manifestPath = path.join(folder, 'estimator.json');
  let m: Record<string, unknown> & { arrays: Record<string, ArrayEntry> };
  try {
    m = JSON.parse(await readFile(manifestPath, 'utf8'));
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
    throw new ModelError(`${manifestPath}: ${missing ? 'missing; this run folder has no saved estimator (re-run `topictrends run`)' : (err as Error).message}`);
  }
  if (m.format !== ESTIMATOR_FORMAT || m.version !== ESTIMATOR_VERSION) {
    throw new ModelError(`${manifestPath}: estimator format ${String(m.format)} v${String(m.version)} is not supported (expects ${ESTIMATOR_FORMAT} v${ESTIMATOR_VERSION}); re-run \`topictrends run\`.`);
  }
  const out: Record<string, unknown> = { ...m, tfidf: { ...(m.tfidf as object) } };
  const loaded: Record<string, Float32Array | Int32Array> = {};
  const where = (name: string) => path.join(folder, m.arrays?.[name]?.file ?? name);
  for (const [name, type] of Object.entries(ARRAYS)) {
    const entry = m.arrays?.[name];
    // Saved before over-clustering existed: one cluster per topic (filled in below).
    if (!entry && OPTIONAL.has(name)) continue;
    if (!entry) throw new ModelError(`${manifestPath}: array "${name}" is not listed.`);
    const a = checkedArray(await readArrayFile(where(name)), type, entry, where(name));
    loaded[name] = a;
    if (name.startsWith('tfidf.')) (out.tfidf as Record<string, unknown>)[name.slice(6)] = a;
    else out[name] = a;
  }
  checkIndexes(loaded, { topics: loaded.topicIds.length, papers: (m.ids as unknown[] | undefined)?.length ?? Number.MAX_SAFE_INTEGER }, where);
  noteUnchecked(folder, m.arrays);
  out.subCentroids ??= out.centroids;
  out.subRow ??= Int32Array.from((out.topicIds as Int32Array), (_, i) => i);
  delete out.format;
  delete out.version;
  delete out.arrays;
  return out as unknown as EstimatorState;
}
