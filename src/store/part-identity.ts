/**
 * A transform part says which model placed it, with which bin and from which
 * input (Parquet key-value metadata, key `topictrends.part`). `aggregate`
 * used to sum any parts it was given: parts of two models (topics
 * mislabelled, 44 of 800 papers dropped), a week part with a month part (400
 * of 800 counted). With the identity it refuses such a mix, naming the files.
 * The model's fingerprint is a SHA-256 of its model.json bytes, so it follows
 * the content wherever the folder is moved, and changes with every `update`.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readParquetMeta, type ParquetMeta } from '../tables/index.js';
import type { BinUnit } from '../trends/index.js';
import { UsageError, UserError } from '../util/index.js';
import { besidePart } from './parts.js';

export const PART_META_KEY = 'topictrends.part';

export interface PartIdentity {
  /** Fingerprint of the model.json that placed the papers. */
  model: string;
  bin: BinUnit;
  inputs: string[];
  shard?: string;
}

/** A run folder or its model.json → the model.json. */
export function modelJsonOf(model: string): string {
  return model.endsWith('.json') ? model : path.join(model, 'model.json');
}

/** The first 16 bytes of SHA-256 over model.json, in hex (collisions between a user's models are not a concern at 128 bits). */
export async function modelFingerprint(model: string): Promise<string> {
  return createHash('sha256').update(await readFile(modelJsonOf(model))).digest('hex').slice(0, 32);
}

export function partMeta(identity: PartIdentity): ParquetMeta {
  return { [PART_META_KEY]: JSON.stringify(identity) };
}

/** The identity a part carries; undefined for a part written before parts carried one (or not by topictrends). */
export async function readPartIdentity(file: string): Promise<PartIdentity | undefined> {
  let meta: ParquetMeta;
  try {
    meta = await readParquetMeta(file);
  } catch (err) {
    throw new UserError(`part ${file} is not a readable Parquet file (${(err as Error).message})`);
  }
  const text = meta[PART_META_KEY];
  if (!text) return undefined;
  try {
    return JSON.parse(text) as PartIdentity;
  } catch {
    throw new UserError(`part ${file}: its ${PART_META_KEY} metadata is not JSON`);
  }
}

/**
 * `transform --out`: a new file, or a part this same model wrote (a re-run of
 * one shard). Anything else — model.json, a CSV, another model's part — is
 * refused before any work, and so are `.terms`/`.abstracts.tsv` files that
 * would be overwritten beside a new part.
 */
export async function checkPartOut(out: string, fingerprint: string): Promise<void> {
  if (!/\.parquet$/i.test(out)) throw new UsageError('--out', `${out}: a part's name must end in .parquet (e.g. parts/part-000.parquet)`);
  if (!existsSync(out)) {
    for (const f of [besidePart(out, '.terms'), besidePart(out, '.abstracts.tsv')]) {
      if (existsSync(f)) throw new UsageError('--out', `${out}: ${f} already exists without its part; transform writes only a new part or one of the same model`);
    }
    return;
  }
  if (!lstatSync(out).isFile()) throw new UsageError('--out', `${out} exists and is not a file`);
  const identity = await readPartIdentity(out).catch(() => undefined);
  if (identity?.model !== fingerprint) {
    throw new UsageError('--out', `${out} exists and is not a part written with this model; transform writes only a new file or a part of the same model (it is left untouched)`);
  }
}

/** Files grouped by a key, as `key: a, b; key2: c` for a message. */
function grouped(files: readonly string[], keyOf: (i: number) => string): Map<string, string[]> {
  const by = new Map<string, string[]>();
  files.forEach((f, i) => by.set(keyOf(i), [...(by.get(keyOf(i)) ?? []), f]));
  return by;
}

const listing = (by: Map<string, string[]>) => [...by].map(([k, fs]) => `${k}: ${fs.join(', ')}`).join('; ');

/**
 * Refuse (exit 3, naming the part files) parts another model placed or parts
 * of different bins. Returns the parts' bin (when they record one) and the
 * parts that carry no identity (written before parts had one: checked by their
 * period keys only, in aggregate.ts).
 */
export async function checkParts(parts: readonly string[], model: string): Promise<{ bin?: BinUnit; unchecked: string[] }> {
  const fingerprint = await modelFingerprint(model);
  const ids = await Promise.all(parts.map(readPartIdentity));
  const foreign = parts.filter((_, i) => ids[i] && ids[i]!.model !== fingerprint);
  if (foreign.length > 0) {
    throw new UserError(`parts placed by another model than ${modelJsonOf(model)}: ${foreign.join(', ')} (each part records the model.json it was transformed with; transform them again with this model)`);
  }
  const known = ids.filter((id): id is PartIdentity => id !== undefined);
  refuseMixedBins(parts.filter((_, i) => ids[i]), (i) => known[i].bin);
  return { bin: known[0]?.bin, unchecked: parts.filter((_, i) => !ids[i]) };
}

/** For the period-key check of aggregate.ts: parts by bin, refused when more than one. */
export function refuseMixedBins(files: readonly string[], binOf: (i: number) => string): void {
  const bins = grouped(files, binOf);
  if (bins.size > 1) throw new UserError(`parts of different time bins cannot be summed: ${listing(bins)} (transform them with one --bin)`);
}
