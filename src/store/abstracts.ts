/**
 * Paper abstracts beside the model, for the dashboard's snippets: model.json
 * leaves them out (52,852 abstracts are 55 MB), so they live in
 * `model/abstracts.tsv`, one `id<TAB>abstract` line per paper sorted by id,
 * and the server reads the lines it shows from disk. Opening builds only an
 * id → byte offset index (one pass over the file); no abstract stays in the heap.
 */
import { closeSync, createReadStream, existsSync, openSync, readSync, writeSync } from 'node:fs';
import { besidePart, runParts } from './parts.js';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../util/index.js';

export const ABSTRACTS_FILE = 'model/abstracts.tsv';

const oneLine = (s: string) => s.replace(/[\t\r\n]+/g, ' ').trim();

/** Write the abstracts of `entries` (id, abstract) under `dir`; the relative path written. */
export async function writeAbstracts(dir: string, entries: Iterable<readonly [string, string]>): Promise<string> {
  const all = [...entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  // Written in pieces of 1,000 lines: joined whole, 52,852 abstracts held 300 MB more at peak.
  function* pieces() {
    for (let i = 0; i < all.length; i += 1000) yield all.slice(i, i + 1000).map(([id, text]) => `${oneLine(id)}\t${oneLine(text)}\n`).join('');
  }
  await mkdir(path.join(dir, 'model'), { recursive: true });
  await writeFileAtomic(path.join(dir, ABSTRACTS_FILE), pieces());
  return ABSTRACTS_FILE;
}

/** Copy a run folder's abstracts to another (reduce keeps the papers); false when the source has none. */
export async function copyAbstracts(fromDir: string, toDir: string): Promise<boolean> {
  const from = path.join(fromDir, ABSTRACTS_FILE);
  if (!existsSync(from)) return false;
  await mkdir(path.join(toDir, 'model'), { recursive: true });
  await copyFile(from, path.join(toDir, ABSTRACTS_FILE));
  return true;
}

export interface AbstractStore {
  readonly size: number;
  /**
   * One abstract, read synchronously: a line from the page cache takes microseconds, and 25
   * asynchronous reads a request queued on libuv's 4 threads (p95 410 ms at 50 connections).
   */
  get(id: string): string | undefined;
  /** Every (id, abstract), in file order (update carries the old papers' abstracts over). */
  entries(): Iterable<[string, string]>;
  close(): void;
}

/**
 * Open the abstracts of a run folder, or null when it has none (older runs): `model/abstracts.tsv`,
 * or for a scaled run the `.abstracts.tsv` beside each transform part. The index keeps per paper
 * a file number, offset and length in typed arrays (999,967 papers: 13 MB besides the id map).
 */
export async function openAbstracts(dir: string): Promise<AbstractStore | null> {
  const single = path.join(dir, ABSTRACTS_FILE);
  const files = existsSync(single) ? [single] : runParts(dir).map(abstractsFileOf).filter((f) => existsSync(f));
  if (files.length === 0) return null;
  const slot = new Map<string, number>();
  let fileOf = new Uint16Array(1024), startOf = new Float64Array(1024), lengthOf = new Uint32Array(1024);
  for (let f = 0; f < files.length; f++) {
    for await (const [id, start, length] of lines(files[f])) {
      const k = slot.get(id) ?? slot.size;
      if (k >= startOf.length) [fileOf, startOf, lengthOf] = [grow(fileOf), grow(startOf), grow(lengthOf)];
      slot.set(id, k);
      fileOf[k] = f;
      startOf[k] = start;
      lengthOf[k] = length;
    }
  }
  const fds = files.map((f) => openSync(f, 'r'));
  const get = (id: string): string | undefined => {
    const k = slot.get(id);
    if (k === undefined) return undefined;
    const buf = Buffer.alloc(lengthOf[k]);
    readSync(fds[fileOf[k]], buf, 0, lengthOf[k], startOf[k]);
    const line = buf.toString('utf8');
    return line.slice(line.indexOf('\t') + 1);
  };
  return {
    size: slot.size,
    get,
    *entries() {
      for (const id of slot.keys()) yield [id, get(id)!] as [string, string];
    },
    close: () => fds.forEach((fd) => closeSync(fd)),
  };
}

function grow<T extends Uint16Array | Uint32Array | Float64Array>(a: T): T {
  const out = new (a.constructor as new (n: number) => T)(a.length * 2);
  out.set(a);
  return out;
}

/** The abstracts beside a transform part (`part-000.parquet` → `part-000.abstracts.tsv`), `id<TAB>abstract` in row order. */
export function abstractsFileOf(part: string): string {
  return besidePart(part, '.abstracts.tsv');
}

/** Appends a transform worker's batches to its part's abstracts file, one synchronous write a batch. */
export class AbstractsAppender {
  private readonly fd: number;
  constructor(readonly file: string) {
    this.fd = openSync(file, 'w');
  }
  append(papers: readonly { id: string; abstract: string }[]): void {
    writeSync(this.fd, papers.map((p) => `${oneLine(p.id)}\t${oneLine(p.abstract)}\n`).join(''));
  }
  close(): void {
    closeSync(this.fd);
  }
}

/** (id, byte offset, byte length) of every line, streaming. */
async function* lines(file: string): AsyncGenerator<[string, number, number]> {
  let offset = 0;
  let rest: Buffer = Buffer.alloc(0);
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    const buf: Buffer = rest.length ? Buffer.concat([rest, chunk]) : chunk;
    let start = 0;
    for (let nl = buf.indexOf(10, start); nl >= 0; nl = buf.indexOf(10, start)) {
      const tab = buf.indexOf(9, start);
      if (tab >= 0 && tab < nl) yield [buf.toString('utf8', start, tab), offset + start, nl - start];
      start = nl + 1;
    }
    offset += start;
    rest = buf.subarray(start);
  }
}
