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
  { parallel = true, onProgress }: { parallel?: boolean; onProgress?: (done: number, total: number) => void } = {},
): Promise<Float32Array[]> {
  const workerUrl = new URL('./umap-worker.js', import.meta.url);
  const canThread = parallel && optionsList.length > 1 && fs.existsSync(fileURLToPath(workerUrl));
  // Epochs done and to do, summed over the runs (each run's count is known once it starts).
  const done = optionsList.map(() => 0);
  const total = optionsList.map(() => 0);
  const report = (k: number, d: number, t: number) => {
    done[k] = d;
    total[k] = t;
    onProgress?.(done.reduce((a, b) => a + b, 0), total.reduce((a, b) => a + b, 0));
  };
  if (!canThread) return optionsList.map((options, k) => new Umap(options).fitTransform(X, n, d, knn, (dn, t) => report(k, dn, t)));
  return Promise.all(
    optionsList.map(
      (options, k) =>
        new Promise<Float32Array>((resolve, reject) => {
          const worker = new Worker(workerUrl, { workerData: { X, n, d, knn, options } });
          worker.on('message', (m: { done: number; total: number } | { embedding: Float32Array }) => {
            if ('embedding' in m) resolve(m.embedding);
            else report(k, m.done, m.total);
          });
          worker.once('error', reject);
          worker.once('exit', (code) => {
            if (code !== 0) reject(new Error(`UMAP worker exited with code ${code}`));
          });
        }),
    ),
  );
}
