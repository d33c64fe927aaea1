/**
 * The whole corpus of a scaled run as one model, for `serve`: the fit sample's
 * model (topics, vocabulary, hierarchy) with its papers replaced by every
 * transformed paper of the parts — their topic, position and confidence from
 * the Parquet rows, their term ids and tokens from the `.terms` files beside
 * them. No abstract is read; papers come out sorted by id, as in every model,
 * held as columns (columnar-papers.ts), not as a million objects.
 * 999,967 papers: see docs/scaling.md for the load time and the server's memory.
 */
import { existsSync } from 'node:fs';
import type { TopicModel } from '../model/index.js';
import { columnarPapers, packRows, type PaperColumns } from './columnar-papers.js';
import { readParquet } from '../tables/index.js';
import { TermIndex } from '../text/index.js';
import { readPartTerms, termsFileOf } from './part-terms.js';

const str = (v: unknown) => (typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v));

/**
 * One shared value per distinct date, category list and source: a million papers share about a
 * thousand dates and a few thousand category lists, and every separate string or array is one more
 * object for the garbage collector to mark while the server answers requests.
 */
class Interner {
  private readonly strings = new Map<string, string>();
  private readonly lists = new Map<string, string[]>();
  string(v: string): string {
    const known = this.strings.get(v);
    if (known !== undefined) return known;
    this.strings.set(v, v);
    return v;
  }
  list(joined: string): string[] {
    let known = this.lists.get(joined);
    if (!known) this.lists.set(joined, (known = Object.freeze(joined.split(' ').map((c) => this.string(c))) as string[]));
    return known;
  }
}

/** Parts that can make a served model: each needs its `.terms` file (written since 2026-12-05). */
function checkServableParts(parts: readonly string[]): void {
  const missing = parts.filter((p) => !existsSync(termsFileOf(p)));
  if (missing.length) {
    throw new Error(`${missing[0]} has no ${termsFileOf(missing[0])} beside it (${missing.length} of ${parts.length} parts): it was written by an older transform; run it again to serve the whole corpus`);
  }
}

export async function modelFromParts(fit: TopicModel, parts: readonly string[]): Promise<TopicModel> {
  checkServableParts(parts);
  const rows: Record<string, unknown>[] = [];
  const terms: Int32Array[] = [];
  const tokens: Int32Array[] = [];
  for (const part of parts) {
    const partRows = await readParquet(part);
    const seqs = readPartTerms(termsFileOf(part));
    if (seqs.terms.length !== partRows.length) throw new Error(`${part} has ${partRows.length} rows but ${termsFileOf(part)} holds ${seqs.terms.length} papers; the part is incomplete`);
    for (let i = 0; i < partRows.length; i++) {
      rows.push(partRows[i]);
      terms.push(seqs.terms[i]);
      tokens.push(seqs.tokens[i]);
    }
  }
  const ids = rows.map((r) => str(r.id));
  const order = Array.from(ids.keys()).sort((a, b) => (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0));
  for (let k = 1; k < order.length; k++) {
    if (ids[order[k]] === ids[order[k - 1]]) throw new Error(`paper ${ids[order[k]]} is in the parts twice: were the same shards written twice into one folder?`);
  }
  const columns = paperColumns(rows, ids, order);
  rows.length = 0;
  const sizes = new Map<number, number>();
  for (const t of columns.topic) sizes.set(t, (sizes.get(t) ?? 0) + 1);
  return {
    ...fit,
    params: { ...fit.params, fitSample: fit.papers.length, transformed: ids.length },
    papers: columnarPapers(columns),
    topics: fit.topics.map((t) => ({ ...t, size: sizes.get(t.id) ?? 0 })),
    docTerms: packRows(terms, order),
    termIndex: new TermIndex(fit.termIndex.vocabulary, packRows(tokens, order)),
  };
}

/** The part rows in `order` as columns (see columnar-papers.ts). */
function paperColumns(rows: readonly Record<string, unknown>[], ids: readonly string[], order: readonly number[]): PaperColumns {
  const n = order.length;
  const intern = new Interner();
  const c: PaperColumns = {
    ids: new Array(n), titles: '', titleStart: new Uint32Array(n + 1), dates: new Array(n), categories: new Array(n), sources: new Array(n),
    topic: new Int32Array(n), x: new Float64Array(n), y: new Float64Array(n), confidence: new Float64Array(n),
  };
  const titles: string[] = new Array(n);
  let at = 0;
  order.forEach((r, i) => {
    const row = rows[r];
    c.ids[i] = ids[r];
    titles[i] = str(row.title);
    c.titleStart[i] = at;
    at += titles[i].length;
    c.dates[i] = row.date ? intern.string(str(row.date)) : undefined;
    const cats = str(row.categories);
    c.categories[i] = cats ? intern.list(cats) : undefined;
    c.sources[i] = row.source ? intern.string(str(row.source)) : undefined;
    c.topic[i] = Number(row.topic);
    c.x[i] = Number(row.x);
    c.y[i] = Number(row.y);
    c.confidence[i] = row.confidence === null || row.confidence === undefined ? NaN : Number(row.confidence);
  });
  c.titleStart[n] = at;
  c.titles = titles.join('');
  return c;
}
