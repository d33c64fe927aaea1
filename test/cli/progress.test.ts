/**
 * Progress on stderr: every stage numbered with a live line on a terminal, a bar with the
 * time left for stages that count their work, nothing live when stderr is not a terminal or
 * with --quiet; and the long stages (text, SVD, kNN, UMAP, clustering) do count their work.
 */
import { describe, expect, test } from 'vitest';
import { progressLine, stderrProgress } from '../../src/cli/progress.js';
import { TruncatedSVD, fitUmapsInParallel, nearestNeighbors } from '../../src/reduce/index.js';
import { TextAnalyzer } from '../../src/text/index.js';
import { kmeansClusterer } from '../../src/cluster/index.js';
import { mulberry32 } from '../../src/util/index.js';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runPipeline } from '../../src/pipeline/run.js';
import { repoRoot } from '../helpers/cli.js';

/** A stand-in for process.stderr that records what is written. */
function fakeStream(isTTY: boolean) {
  const out: string[] = [];
  return { out, stream: { isTTY, write: (s: string) => out.push(s) } as unknown as NodeJS.WriteStream };
}

/** Every (done, total) a callback was given. */
function recorder() {
  const calls: [number, number][] = [];
  return { calls, on: (d: number, t: number) => void calls.push([d, t]) };
}

const increasing = (calls: [number, number][]) => calls.every((c, i) => i === 0 || c[0] >= calls[i - 1][0]);

describe('stderr progress', () => {
  test('a bar with the share done and the time left, from the work done so far', () => {
    const line = progressLine('[6] umap', 20_000, 100, 400);
    expect(line).toContain('25% 100/400');
    // 100 epochs in 20 s: 300 more take 60 s.
    expect(line).toContain('60 s left');
    expect(progressLine('[4] svd', 200)).toBe(`${'[4] svd'.padEnd(10)} running…`);
  });

  test('on a terminal each stage is numbered and drawn live, then one line with its duration', () => {
    const { out, stream } = fakeStream(true);
    const p = stderrProgress(false, stream);
    p.start('text');
    p.update(5, 10);
    p.stop();
    p.start('svd');
    p.stop();
    const text = out.join('');
    expect(text).toContain('[1] text');
    expect(text).toContain('[2] svd');
    expect(text).toMatch(/\[█+░*\] 50% 5\/10/);
    expect(text).toMatch(/text +\d+\.\d\d s\n/);
  });

  test('off the terminal only the finished-stage lines; --quiet prints nothing', () => {
    const piped = fakeStream(false);
    const p = stderrProgress(false, piped.stream);
    p.start('umap');
    p.update(1, 2);
    p.stop();
    expect(piped.out.join('')).toMatch(/^umap +\d+\.\d\d s\n$/);
    const quiet = fakeStream(true);
    const q = stderrProgress(true, quiet.stream);
    q.start('umap');
    q.update(1, 2);
    q.stop();
    expect(quiet.out).toEqual([]);
  });
});

describe('the long stages count their work', () => {
  const random = mulberry32(7);
  const n = 300;
  const d = 8;
  const X = Float32Array.from({ length: n * d }, () => random() - 0.5);

  test('text: papers analysed out of all', () => {
    const r = recorder();
    const texts = Array.from({ length: 1200 }, (_, i) => `paper ${i} about streaming models and distillation of language models`);
    new TextAnalyzer().fitTransform(texts, r.on);
    expect(r.calls.at(-1)).toEqual([1200, 1200]);
    expect(increasing(r.calls)).toBe(true);
  });

  test('SVD: passes over the matrix; kNN: NN-descent rounds; UMAP: epochs of every run', async () => {
    const svd = recorder();
    const rows = { nRows: 4, nCols: 3, indptr: Int32Array.from([0, 2, 4, 5, 6]), indices: Int32Array.from([0, 1, 1, 2, 0, 2]), data: Float32Array.from([1, 2, 3, 1, 4, 5]) };
    new TruncatedSVD({ nComponents: 2, nIter: 3 }).fitTransform(rows as never, svd.on);
    expect(svd.calls.at(-1)).toEqual([5, 5]);
    const knnCalls = recorder();
    const knn = nearestNeighbors(X, n, d, 15, { method: 'nndescent', nnDescent: { onProgress: knnCalls.on } });
    expect(knnCalls.calls.length).toBeGreaterThan(1);
    expect(knnCalls.calls.at(-1)![0]).toBe(knnCalls.calls.at(-1)![1]);
    const umap = recorder();
    await fitUmapsInParallel(X, n, d, knn, [{ nComponents: 2, nEpochs: 30 }, { nComponents: 3, nEpochs: 20 }], { parallel: false, onProgress: umap.on });
    expect(umap.calls.at(-1)).toEqual([50, 50]);
    expect(increasing(umap.calls)).toBe(true);
  });

  test('cluster: the k-means restarts, and the live line has the time left from the first one', async () => {
    const r = recorder();
    await kmeansClusterer({ nInit: 4 }).fit({ X, n, d, k: 5, seed: 3, onProgress: r.on });
    expect(r.calls).toEqual([[1, 4], [2, 4], [3, 4], [4, 4]]);
    // Through the stderr progress of a terminal, as `run` reports its cluster stage.
    const { out, stream } = fakeStream(true);
    const p = stderrProgress(false, stream);
    p.start('cluster');
    await kmeansClusterer({ nInit: 4 }).fit({ X, n, d, k: 5, seed: 3, onProgress: (done, total) => p.update(done, total) });
    p.stop();
    expect(out.join('')).toMatch(/\[1\] cluster .*\] 25% 1\/4, \d+(\.\d)? s left/);
  });

  test('a run on a terminal draws the cluster, structure, trends and write stages as bars with the time left', async () => {
    const { out, stream } = fakeStream(true);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'topictrends-progress-'));
    try {
      await runPipeline({ inputs: [path.join(repoRoot, 'data/seed.jsonl')], out: dir, report: false, engine: { k: 5, seed: 1 }, progress: stderrProgress(false, stream) });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(out.join('')).toMatch(/\[\d+\] cluster .*\] \d+% 1\/\d+, \d+(\.\d)? s left/);
    // Stages of 4.5 to 8.8 s on the 52,852-paper run count their steps.
    for (const [stage, total] of [['structure', 3], ['trends', 6], ['write', 4]]) {
      expect(out.join('')).toMatch(new RegExp(`\\[\\d+\\] ${stage} .*\\] \\d+% 1/${total}, \\d+(\\.\\d)? s left`));
    }
  });

  test('choose-k: the k values tried, then the restarts of the chosen k', async () => {
    const r = recorder();
    const result = await kmeansClusterer({ kRange: [2, 6], nInit: 3 }).fit({ X, n, d, k: 'auto', seed: 3, onProgress: r.on });
    const tried = result.curve!.length;
    expect(r.calls[0]).toEqual([0, tried + 3]);
    expect(r.calls.slice(-4)).toEqual([[tried, tried + 3], [tried + 1, tried + 3], [tried + 2, tried + 3], [tried + 3, tried + 3]]);
    expect(increasing(r.calls)).toBe(true);
  });
});
