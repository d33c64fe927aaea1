/**
 * A million papers as columns, read through an array-like view: `papers[i]`
 * builds paper i's object when it is asked for and forgets it after. Held as
 * objects, a served million-paper corpus was about ten million small heap
 * objects (each paper's object, its title string, three boxed numbers), and
 * every full garbage collection marked them all while the server answered
 * (two collections: 1.1–1.7 s; a 336 ms stall under load, docs/scaling.md).
 * As columns it is a dozen typed arrays, one string of titles and the ids.
 * The view is read-only and a fresh object each time: nothing may rely on
 * `papers[i] === papers[i]` or write to a paper.
 */
import type { ModelPaper } from '../model/index.js';

export interface PaperColumns {
  ids: string[];
  /** Every title, one after another; title i is titles.slice(titleStart[i], titleStart[i + 1]). */
  titles: string;
  titleStart: Uint32Array;
  /** Shared values (a few thousand distinct), undefined when missing. */
  dates: (string | undefined)[];
  categories: (string[] | undefined)[];
  sources: (string | undefined)[];
  topic: Int32Array;
  x: Float64Array;
  y: Float64Array;
  /** NaN when missing. */
  confidence: Float64Array;
}

function paperAt(c: PaperColumns, i: number): ModelPaper {
  const p: ModelPaper = { id: c.ids[i], title: c.titles.slice(c.titleStart[i], c.titleStart[i + 1]), topic: c.topic[i], x: c.x[i], y: c.y[i] };
  if (c.dates[i] !== undefined) p.date = c.dates[i];
  if (c.categories[i] !== undefined) p.categories = c.categories[i];
  if (c.sources[i] !== undefined) p.source = c.sources[i];
  if (!Number.isNaN(c.confidence[i])) p.confidence = c.confidence[i];
  return p;
}

const isIndex = (key: string | symbol, n: number): number => {
  if (typeof key !== 'string') return -1;
  const i = Number(key);
  return Number.isInteger(i) && i >= 0 && i < n && String(i) === key ? i : -1;
};

/**
 * A read-only array of `n` items where item i is `at(i)`, made when asked for. Every array method
 * works on it (they read `length` and the indices); any write throws, naming `what`.
 */
function readOnlyArray<T>(n: number, at: (i: number) => T, what: string): T[] {
  const refuse = () => {
    throw new TypeError(`${what} are read-only`);
  };
  return new Proxy([] as T[], {
    get(target, key, receiver) {
      if (key === 'length') return n;
      const i = isIndex(key, n);
      return i >= 0 ? at(i) : Reflect.get(target, key, receiver);
    },
    has: (target, key) => isIndex(key, n) >= 0 || Reflect.has(target, key),
    set: refuse,
    deleteProperty: refuse,
    defineProperty: refuse,
  });
}

/** The columns as a read-only `ModelPaper[]` (every array method works; objects are built on access). */
export function columnarPapers(c: PaperColumns): ModelPaper[] {
  return readOnlyArray(c.ids.length, (i) => paperAt(c, i), 'columnar papers');
}

/**
 * Rows as a read-only `Int32Array[]`: row i is chunks[chunkOf[i]][begin[i], end[i]), a view made
 * when asked for. Two million long-lived views (a million papers' terms and tokens) were two
 * million more objects for every full collection to mark; the chunks are the few hundred
 * buffers the rows were decoded into, so nothing is copied.
 */
export function packedRows(chunks: readonly Int32Array[], chunkOf: Uint32Array, begin: Uint32Array, end: Uint32Array): Int32Array[] {
  return readOnlyArray(begin.length, (i) => chunks[chunkOf[i]].subarray(begin[i], end[i]), 'packed rows');
}

/** `rows` in the order `order`, as packed rows over the buffers they already live in. */
export function packRows(rows: readonly Int32Array[], order: ArrayLike<number>): Int32Array[] {
  const chunks: Int32Array[] = [];
  const chunkIds = new Map<ArrayBufferLike, number>();
  const chunkOf = new Uint32Array(order.length);
  const begin = new Uint32Array(order.length);
  const end = new Uint32Array(order.length);
  for (let k = 0; k < order.length; k++) {
    const row = rows[order[k]];
    let id = chunkIds.get(row.buffer);
    if (id === undefined) {
      chunkIds.set(row.buffer, (id = chunks.length));
      chunks.push(new Int32Array(row.buffer));
    }
    chunkOf[k] = id;
    begin[k] = row.byteOffset / 4;
    end[k] = begin[k] + row.length;
  }
  return packedRows(chunks, chunkOf, begin, end);
}

/** Columns of papers held as objects (for tests, and to serve any model as columns). */
export function columnsOf(papers: readonly ModelPaper[]): PaperColumns {
  const n = papers.length;
  const titleStart = new Uint32Array(n + 1);
  let at = 0;
  papers.forEach((p, i) => {
    titleStart[i] = at;
    at += p.title.length;
  });
  titleStart[n] = at;
  return {
    ids: papers.map((p) => p.id),
    titles: papers.map((p) => p.title).join(''),
    titleStart,
    dates: papers.map((p) => p.date),
    categories: papers.map((p) => p.categories),
    sources: papers.map((p) => p.source),
    topic: Int32Array.from(papers, (p) => p.topic),
    x: Float64Array.from(papers, (p) => p.x),
    y: Float64Array.from(papers, (p) => p.y),
    confidence: Float64Array.from(papers, (p) => p.confidence ?? NaN),
  };
}
