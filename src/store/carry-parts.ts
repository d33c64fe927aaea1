/**
 * A run's parts carried into the run folder that replaces it (`update`,
 * `reduce` on a scaled run): each part with its `.terms` and `.abstracts.tsv`,
 * hard-linked when the folders share a file system (parts are never changed
 * in place, so a link is as safe as a copy and costs no disk), copied
 * otherwise. `reduce` and `curate` rewrite each part's rows (topic via the
 * merge map, a split's new topics), stamped with the fingerprint of the
 * estimator the new folder saves (part-identity.ts), so `aggregate` takes them
 * as that model's; a part is read whole for that, one part at a time (a part
 * of a 1M-paper run on 2 workers: 500k rows).
 */
import { copyFile, link, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { readParquet } from '../tables/index.js';
import { writePartRows } from './part-writer.js';
import { abstractsFileOf } from './abstracts.js';
import { termsFileOf } from './part-terms.js';
import type { PartRow } from './part-rows.js';
import { readPartIdentity, type PartIdentity } from './part-identity.js';

export interface PartsRewrite {
  /** Each part's rows → its new rows (given the part too, for the files beside it). */
  mapRows: (rows: PartRow[], part: string) => PartRow[] | Promise<PartRow[]>;
  /** The identity of a rewritten part: its own with this model fingerprint, or this whole when it had none. */
  stamp?: PartIdentity;
}

async function linkOrCopy(from: string, to: string): Promise<void> {
  await link(from, to).catch(() => copyFile(from, to));
}

/** Carry `parts` into `toDir/parts/`, each rewritten by `rewrite` when given. Returns the new parts. */
export async function carryParts(parts: readonly string[], toDir: string, rewrite?: PartsRewrite): Promise<string[]> {
  const dir = path.join(toDir, 'parts');
  await mkdir(dir, { recursive: true });
  const out: string[] = [];
  for (const part of parts) {
    const to = path.join(dir, path.basename(part));
    if (out.includes(to)) throw new Error(`two parts named ${path.basename(part)}: ${part}`);
    if (rewrite) await writePartRows(to, await rewrite.mapRows(await readPartRows(part), part), await stampOf(part, rewrite.stamp));
    else await linkOrCopy(part, to);
    await linkOrCopy(termsFileOf(part), termsFileOf(to));
    await linkOrCopy(abstractsFileOf(part), abstractsFileOf(to));
    out.push(to);
  }
  return out;
}

async function stampOf(part: string, stamp?: PartIdentity): Promise<PartIdentity | undefined> {
  if (!stamp) return undefined;
  const own = await readPartIdentity(part);
  return own ? { ...own, model: stamp.model } : stamp;
}

/** The rows of one part as PartRows (parts written before 2026-12-07 lack novel and subtopic: never novel, never merged). */
export async function readPartRows(part: string): Promise<PartRow[]> {
  return (await readParquet(part)).map((r) => {
    const row = r as unknown as PartRow;
    return { ...row, novel: Boolean(row.novel), subtopic: row.subtopic ?? row.topic };
  });
}

/** Each part and the files beside it, relative to the run folder `dir` (as run.json lists them). */
export function partFiles(parts: readonly string[], dir: string): string[] {
  return parts.flatMap((p) => [p, termsFileOf(p), abstractsFileOf(p)].map((f) => path.relative(dir, f)));
}

/** The file name for one more part beside `parts`: part-<n>.parquet with the next free number. */
export function nextPartName(parts: readonly string[]): string {
  const taken = new Set(parts.map((p) => path.basename(p)));
  let n = parts.length;
  while (taken.has(`part-${String(n).padStart(3, '0')}.parquet`)) n++;
  return `part-${String(n).padStart(3, '0')}.parquet`;
}
