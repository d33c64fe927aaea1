/**
 * The stateless sharded transform: stream a corpus, keep the papers of one
 * shard, place them with a fitted model in batches and collect one part row
 * per paper. Only one batch of papers (their texts) is in memory at a time;
 * the part rows hold no text (about 100 bytes a paper).
 */
import { readCorpus, type ReadOptions, type ReadReport } from '../corpus/index.js';
import { sampleKey } from '../corpus/index.js';
import type { Paper } from '../corpus/index.js';
import type { BinUnit } from '../trends/index.js';
import { partRows, type PartRow } from './part-rows.js';

/** What the shard transform needs of a fitted model (TopicEstimator has it). */
type Placed = { id: string; topic: number; confidence?: number; x: number; y: number };
export interface PaperTransformer {
  transform(papers: readonly Paper[]): Placed[];
  /** `transform` with each paper's term ids and tokens (TopicEstimator has it; needed for `onRows`). */
  transformBatch?(papers: readonly Paper[]): { placements: Placed[]; docs: { terms: Int32Array[]; tokens: Int32Array[] } };
}

/** Shard `index` of `count`: papers are dealt to shards by a hash of their id, whatever the file they are in. */
export interface ShardSpec {
  index: number;
  count: number;
}

export interface TransformShardOptions {
  read?: ReadOptions;
  /** Time bin of the part's `period` column. */
  bin: BinUnit;
  shard?: ShardSpec;
  /** Papers placed per call of `transform`. Default 2,000 (a few MB of text; the kNN query works in blocks anyway). */
  batchSize?: number;
  /** After each batch: papers of the shard placed so far. */
  onBatch?: (placed: number) => void;
  /**
   * Each batch's papers, rows, term ids and tokens, in row order, handed over
   * instead of collected (part-writer.ts writes them: the part and its
   * `.terms` and `.abstracts.tsv` files); `rows` of the result is then empty.
   */
  onRows?: (papers: readonly Paper[], rows: PartRow[], terms: Int32Array[], tokens: Int32Array[]) => void;
}

export interface ShardResult {
  rows: PartRow[];
  read: ReadReport;
}

/** Fixed seed of the shard hash: shards must not move when the run's --seed changes. */
const SHARD_SEED = 0x5eed;

export function inShard(id: string, shard: ShardSpec | undefined): boolean {
  if (!shard || shard.count <= 1) return true;
  return Math.floor(sampleKey(id, SHARD_SEED) * shard.count) === shard.index;
}

export async function transformShard(inputs: string[], model: PaperTransformer, options: TransformShardOptions): Promise<ShardResult> {
  const { shard, bin } = options;
  if (shard && !(Number.isInteger(shard.count) && shard.count >= 1 && Number.isInteger(shard.index) && shard.index >= 0 && shard.index < shard.count)) {
    throw new TypeError(`transformShard: shard ${shard.index}/${shard.count} is not an index in [0, count)`);
  }
  const size = options.batchSize ?? 2000;
  const rows: PartRow[] = [];
  let batch: Paper[] = [];
  let placedSoFar = 0;
  const flush = () => {
    if (batch.length === 0) return;
    const byId = new Map(batch.map((p) => [p.id, p]));
    // The corpus a model was fitted for defines its topics: none of its papers is `novel` (only `update` flags new ones).
    const rowsOf = (placed: Placed[]) => partRows(placed.map((a) => ({ ...byId.get(a.id)!, ...a, novel: false })), bin);
    if (options.onRows) {
      if (!model.transformBatch) throw new TypeError('transformShard: onRows needs a model with transformBatch');
      const out = model.transformBatch(batch);
      options.onRows(batch, rowsOf(out.placements), out.docs.terms, out.docs.tokens);
    } else {
      rows.push(...rowsOf(model.transform(batch)));
    }
    placedSoFar += batch.length;
    batch = [];
    options.onBatch?.(placedSoFar);
  };
  const { report } = await readCorpus(inputs, {
    ...options.read,
    sample: undefined,
    onPaper: (paper) => {
      if (!inShard(paper.id, shard)) return;
      batch.push(paper);
      if (batch.length >= size) flush();
    },
  });
  flush();
  return { rows, read: report };
}
