/**
 * Worker-thread entry for {@link fitUmapsInParallel}: fits one Umap on the data it is
 * posted and posts back the embedding. Runs only from the compiled dist/ file.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Umap, type UmapOptions } from './umap.js';
import type { KnnGraph } from './knn.js';

interface Job {
  X: Float32Array;
  n: number;
  d: number;
  knn: KnnGraph;
  options: UmapOptions;
}

const job = workerData as Job;
const embedding = new Umap(job.options).fitTransform(job.X, job.n, job.d, job.knn);
parentPort!.postMessage(embedding, [embedding.buffer as ArrayBuffer]);
