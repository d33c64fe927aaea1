/**
 * One shard of a parallel transform on a worker thread: load the saved
 * estimator, stream the inputs, place this shard's papers, write its part
 * (part-writer.ts). Each worker holds the model (~30 MB of arrays at a
 * 25k-paper fit) and one batch of papers, never the corpus.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { TopicEstimator } from '../estimator/index.js';
import { transformToPart } from './part-writer.js';
import type { ShardJob } from './parallel-transform.js';
import { modelFingerprint } from './part-identity.js';

const job = workerData as ShardJob;
const model = await TopicEstimator.load(job.modelDir);
const shard = job.shard && `${job.shard.index}/${job.shard.count}`;
const identity = { model: await modelFingerprint(job.modelDir), bin: job.bin, inputs: job.inputs, ...(shard ? { shard } : {}) };
const { placed, read } = await transformToPart(job.out, job.inputs, model, {
  read: job.read, bin: job.bin, shard: job.shard, batchSize: job.batchSize,
  onBatch: (n) => parentPort?.postMessage({ type: 'progress', placed: n }),
}, identity);
parentPort?.postMessage({ type: 'done', placed, read });
