/**
 * The one writer of a transform part: `part-000.parquet` (columns of
 * tables/specs.ts `PART`) with its `.terms` and `.abstracts.tsv` beside it,
 * all in the same row order. `transform`, its worker threads and `update`
 * (whose new papers become a new part) write parts only through it; `reduce`
 * rewrites a carried part's rows through its `writePartRows`.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Paper } from '../corpus/index.js';
import type { ReadReport } from '../corpus/index.js';
import { PART, writeParquet } from '../tables/index.js';
import { partMeta, type PartIdentity } from './part-identity.js';
import { AbstractsAppender, abstractsFileOf } from './abstracts.js';
import { PartTermsWriter, termsFileOf } from './part-terms.js';
import type { PartRow } from './part-rows.js';
import { transformShard, type PaperTransformer, type TransformShardOptions } from './transform-shard.js';

export class PartWriter {
  private readonly rows: PartRow[] = [];
  private readonly terms: PartTermsWriter;
  private readonly abstracts: AbstractsAppender;

  /** `identity`: which model placed the papers, with which bin and input (recorded in the part's metadata). */
  constructor(readonly file: string, private readonly identity?: PartIdentity) {
    mkdirSync(path.dirname(file), { recursive: true });
    this.terms = new PartTermsWriter(termsFileOf(file));
    this.abstracts = new AbstractsAppender(abstractsFileOf(file));
  }

  /** One batch: its papers (for the abstracts), their rows and term sequences, all in the same order. */
  append(papers: readonly Pick<Paper, 'id' | 'abstract'>[], rows: readonly PartRow[], terms: readonly Int32Array[], tokens: readonly Int32Array[]): void {
    if (papers.length !== rows.length) throw new Error(`PartWriter: ${papers.length} papers but ${rows.length} rows`);
    this.terms.append(terms, tokens);
    this.abstracts.append(papers);
    this.rows.push(...rows);
  }

  /** Close the side files and write the Parquet part (rows are about 100 bytes a paper, so they are held until here). */
  async close(): Promise<number> {
    this.terms.close();
    this.abstracts.close();
    await writePartRows(this.file, this.rows, this.identity);
    return this.rows.length;
  }

  /** Close the side files without writing the part (the caller is failing). */
  abort(): void {
    this.terms.close();
    this.abstracts.close();
  }
}

/** The Parquet file of a part: the one place a part's rows are written (PartWriter, and `reduce` relabelling a carried part). */
export async function writePartRows(file: string, rows: readonly PartRow[], identity?: PartIdentity): Promise<void> {
  await writeParquet(file, { spec: PART, rows }, identity ? partMeta(identity) : undefined);
}

/** Transform one shard of a corpus into the part `file` (what `transform` and each worker do). */
export async function transformToPart(file: string, inputs: string[], model: PaperTransformer, options: Omit<TransformShardOptions, 'onDocs'>, identity?: PartIdentity): Promise<{ placed: number; read: ReadReport }> {
  const writer = new PartWriter(file, identity);
  try {
    const { read } = await transformShard(inputs, model, { ...options, onRows: (papers, rows, t, k) => writer.append(papers, rows, t, k) });
    return { placed: await writer.close(), read };
  } catch (err) {
    writer.abort();
    throw err;
  }
}
