/**
 * `transform` on several shards at once, one worker thread per shard (two
 * cores here: two shards). Shards are dealt by a hash of the id, so the parts
 * hold the same papers whatever the number of files, and a paper's placement
 * does not depend on its shard (the estimator places each paper on its own).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ReadOptions, ReadReport } from '../corpus/index.js';
import type { BinUnit } from '../trends/index.js';
import type { ShardSpec } from './transform-shard.js';

export interface ShardJob {
  modelDir: string;
  inputs: string[];
  read?: ReadOptions;
  bin: BinUnit;
  shard: ShardSpec;
  out: string;
  batchSize?: number;
}

export interface ParallelTransformResult {
  parts: string[];
  placed: number;
  /** The read report of the first shard (every shard reads the whole input). */
  read: ReadReport;
}

/** Transform `inputs` into `count` parts `partsDir/part-<i>.parquet`, one worker each. */
export async function parallelTransform(
  job: Omit<ShardJob, 'shard' | 'out'> & { partsDir: string; count: number; onProgress?: (placed: number) => void },
): Promise<ParallelTransformResult> {
  const workerUrl = new URL('./transform-worker.js', import.meta.url);
  if (!fs.existsSync(fileURLToPath(workerUrl))) throw new Error(`parallelTransform: ${fileURLToPath(workerUrl)} is missing (run \`npm run build\`)`);
  fs.mkdirSync(job.partsDir, { recursive: true });
  const placedBy = new Array<number>(job.count).fill(0);
  const { partsDir, count, onProgress, ...common } = job;
  // Functions do not cross to workers: keep only the plain read options.
  const read = common.read ? { ...common.read, onProgress: undefined, onIssue: undefined, onPaper: undefined } : undefined;
  const runs = Array.from({ length: count }, (_, index) => {
    const out = path.join(partsDir, `part-${String(index).padStart(3, '0')}.parquet`);
    return new Promise<{ out: string; placed: number; read: ReadReport }>((resolve, reject) => {
      const worker = new Worker(workerUrl, { workerData: { ...common, read, shard: { index, count }, out } satisfies ShardJob });
      worker.on('message', (m: { type: string; placed: number; read?: ReadReport }) => {
        placedBy[index] = m.placed;
        onProgress?.(placedBy.reduce((a, b) => a + b, 0));
        if (m.type === 'done') resolve({ out, placed: m.placed, read: m.read! });
      });
      worker.once('error', reject);
      worker.once('exit', (code) => { if (code !== 0) reject(new Error(`transform worker ${index} exited with code ${code}`)); });
    });
  });
  const done = await Promise.all(runs);
  return { parts: done.map((d) => d.out), placed: done.reduce((a, d) => a + d.placed, 0), read: done[0].read };
}
