import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { KnnGraph } from './knn.js';
import { Umap, type UmapOptions } from './umap.js';

/**
 * Fit several UMAP embeddings of the same data and kNN graph (e.g. 5-D for clustering
 * and 2-D for the map) at once, one worker thread each, so two cores halve the wall
 * time. The result is byte-identical to fitting them one after another with `Umap`.
 * Falls back to running in this thread when `parallel` is false or the compiled
 * worker file is unavailable (e.g. when running from TypeScript sources in tests).
 */
export async function fitUmapsInParallel(
  X: Float32Array,
  n: number,
  d: number,
  knn: KnnGraph,
  optionsList: UmapOptions[],
  { parallel = true }: { parallel?: boolean } = {},
): Promise<Float32Array[]> {
  const workerUrl = new URL('./umap-worker.js', import.meta.url);
  const canThread = parallel && optionsList.length > 1 && fs.existsSync(fileURLToPath(workerUrl));
  if (!canThread) return optionsList.map((options) => new Umap(options).fitTransform(X, n, d, knn));
  return Promise.all(
    optionsList.map(
      (options) =>
        new Promise<Float32Array>((resolve, reject) => {
          const worker = new Worker(workerUrl, { workerData: { X, n, d, knn, options } });
          worker.once('message', (embedding: Float32Array) => resolve(embedding));
          worker.once('error', reject);
          worker.once('exit', (code) => {
            if (code !== 0) reject(new Error(`UMAP worker exited with code ${code}`));
          });
        }),
    ),
  );
}
