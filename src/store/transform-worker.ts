/**
 * One shard of a parallel transform on a worker thread: load the saved
 * estimator, stream the inputs, place this shard's papers, write its part.
 * Each worker holds the model (~30 MB of arrays at a 25k-paper fit) and one
 * batch of papers, never the corpus. Each batch's terms go to disk as it is
 * placed (the part's `.terms` and `.abstracts.tsv` files).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { TopicEstimator } from '../estimator/index.js';
import { PART, writeParquet } from '../tables/index.js';
import { transformShard } from './transform-shard.js';
import { PartTermsWriter, termsFileOf } from './part-terms.js';
import { AbstractsAppender, abstractsFileOf } from './abstracts.js';
import type { ShardJob } from './parallel-transform.js';
import { modelFingerprint, partMeta } from './part-identity.js';

const job = workerData as ShardJob;
const model = await TopicEstimator.load(job.modelDir);
const terms = new PartTermsWriter(termsFileOf(job.out));
const abstracts = new AbstractsAppender(abstractsFileOf(job.out));
const { rows, read } = await transformShard(job.inputs, model, {
  read: job.read, bin: job.bin, shard: job.shard, batchSize: job.batchSize,
  onBatch: (placed) => parentPort?.postMessage({ type: 'progress', placed }),
  onDocs: (papers, t, k) => {
    terms.append(t, k);
    abstracts.append(papers);
  },
});
terms.close();
abstracts.close();
const shard = job.shard && `${job.shard.index}/${job.shard.count}`;
await writeParquet(job.out, { spec: PART, rows }, partMeta({ model: await modelFingerprint(job.modelDir), bin: job.bin, inputs: job.inputs, ...(shard ? { shard } : {}) }));
parentPort?.postMessage({ type: 'done', placed: rows.length, read });
