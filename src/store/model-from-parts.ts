/**
 * The whole corpus of a scaled run as one model, for `serve`: the fit sample's
 * model (topics, vocabulary, hierarchy) with its papers replaced by every
 * transformed paper of the parts — their topic, position and confidence from
 * the Parquet rows, their term ids and tokens from the `.terms` files beside
 * them. No abstract is read; papers come out sorted by id, as in every model.
 * 999,967 papers: see docs/scaling.md for the load time and the server's memory.
 */
import { existsSync } from 'node:fs';
import type { ModelPaper, TopicModel } from '../pipeline/model.js';
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

function paperOf(row: Record<string, unknown>, intern: Interner): ModelPaper {
  const categories = str(row.categories);
  const confidence = row.confidence === null || row.confidence === undefined ? undefined : Number(row.confidence);
  return {
    id: str(row.id),
    title: str(row.title),
    ...(row.date ? { date: intern.string(str(row.date)) } : {}),
    ...(categories ? { categories: intern.list(categories) } : {}),
    ...(row.source ? { source: intern.string(str(row.source)) } : {}),
    topic: Number(row.topic),
    x: Number(row.x),
    y: Number(row.y),
    ...(confidence !== undefined ? { confidence } : {}),
  };
}

/** Parts that can make a served model: each needs its `.terms` file (written since 2026-12-05). */
export function checkServableParts(parts: readonly string[]): void {
  const missing = parts.filter((p) => !existsSync(termsFileOf(p)));
  if (missing.length) {
    throw new Error(`${missing[0]} has no ${termsFileOf(missing[0])} beside it (${missing.length} of ${parts.length} parts): it was written by an older transform; run it again to serve the whole corpus`);
  }
}

export async function modelFromParts(fit: TopicModel, parts: readonly string[]): Promise<TopicModel> {
  checkServableParts(parts);
  const papers: ModelPaper[] = [];
  const terms: Int32Array[] = [];
  const tokens: Int32Array[] = [];
  const intern = new Interner();
  for (const part of parts) {
    const rows = await readParquet(part);
    const seqs = readPartTerms(termsFileOf(part));
    if (seqs.terms.length !== rows.length) throw new Error(`${part} has ${rows.length} rows but ${termsFileOf(part)} holds ${seqs.terms.length} papers; the part is incomplete`);
    for (let i = 0; i < rows.length; i++) {
      papers.push(paperOf(rows[i], intern));
      terms.push(seqs.terms[i]);
      tokens.push(seqs.tokens[i]);
    }
  }
  const order = Array.from(papers.keys()).sort((a, b) => (papers[a].id < papers[b].id ? -1 : papers[a].id > papers[b].id ? 1 : 0));
  for (let k = 1; k < order.length; k++) {
    if (papers[order[k]].id === papers[order[k - 1]].id) throw new Error(`paper ${papers[order[k]].id} is in the parts twice: were the same shards written twice into one folder?`);
  }
  const sizes = new Map<number, number>();
  for (const p of papers) sizes.set(p.topic, (sizes.get(p.topic) ?? 0) + 1);
  return {
    ...fit,
    params: { ...fit.params, fitSample: fit.papers.length, transformed: papers.length },
    papers: order.map((i) => papers[i]),
    topics: fit.topics.map((t) => ({ ...t, size: sizes.get(t.id) ?? 0 })),
    docTerms: order.map((i) => terms[i]),
    termIndex: new TermIndex(fit.termIndex.vocabulary, order.map((i) => tokens[i])),
  };
}
