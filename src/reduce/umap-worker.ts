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
// Each epoch is reported to the parent (the progress bar); the last message carries the embedding.
const embedding = new Umap(job.options).fitTransform(job.X, job.n, job.d, job.knn, (done, total) => parentPort!.postMessage({ done, total }));
parentPort!.postMessage({ embedding }, [embedding.buffer as ArrayBuffer]);
