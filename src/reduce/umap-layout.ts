/**
 * UMAP's stochastic gradient descent layout on typed arrays: a single-threaded
 * transcription of umap-learn's `optimize_layout_euclidean` (move_other = true,
 * gradient clipping at 4, negative sampling by edge schedule). One seeded
 * generator drives all negative samples, so a seed fixes the result exactly.
 */
import type { FuzzyGraph } from './umap-graph.js';

export interface LayoutOptions {
  nEpochs: number;
  a: number;
  b: number;
  learningRate: number;
  negativeSampleRate: number;
  repulsionStrength: number;
  random: () => number;
  /** Called after each epoch (progress on stderr: UMAP was 133 s without a word at 52,852 papers on a busy machine). */
  onEpoch?: (done: number, total: number) => void;
}

const clip = (v: number) => (v > 4 ? 4 : v < -4 ? -4 : v);

/**
 * x ↦ x^b for x > 0 by table lookup: x = 2^e · (1 + f), x^b = (2^b)^e · (1 + f)^b with
 * (1 + f)^b linearly interpolated in a 4,096-step table over the top 20 mantissa bits (relative error ~1e-6, far below the noise of SGD).
 * Math.pow is ~10× slower and dominates the SGD, which evaluates it ~10⁸ times.
 */
export function makePow(b: number): (x: number) => number {
  const steps = 4096;
  const mantissaPow = new Float64Array(steps + 1);
  for (let i = 0; i <= steps; i++) mantissaPow[i] = Math.pow(1 + i / steps, b);
  const exponentPow = new Float64Array(2048);
  for (let e = 0; e < 2048; e++) exponentPow[e] = Math.pow(2, (e - 1023) * b);
  const f64 = new Float64Array(1);
  const u32 = new Uint32Array(f64.buffer);
  const hiWord = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0; // little-endian: high word second
  return (x: number) => {
    f64[0] = x;
    const hi = u32[hiWord];
    const p = ((hi & 0xfffff) / 1048576) * steps;
    const j = p | 0;
    const m0 = mantissaPow[j];
    return exponentPow[hi >>> 20] * (m0 + (mantissaPow[j + 1] - m0) * (p - j));
  };
}

/** Optimize `embedding` (n × dim row-major, modified in place) against the graph's edges. */
export function optimizeLayout(embedding: Float32Array | Float64Array, dim: number, graph: FuzzyGraph, options: LayoutOptions): void {
  const { nEpochs, a, b, learningRate, negativeSampleRate, repulsionStrength: gamma, random, onEpoch } = options;
  const { head, tail, weight, n } = graph;
  const powB = makePow(b);

  // Prune edges too weak to be sampled even once, as umap-learn does; then schedule the rest.
  let maxWeight = 0;
  for (let e = 0; e < weight.length; e++) if (weight[e] > maxWeight) maxWeight = weight[e];
  const keep: number[] = [];
  for (let e = 0; e < weight.length; e++) if (weight[e] >= maxWeight / nEpochs) keep.push(e);
  const m = keep.length;
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  const epochsPerSample = new Float64Array(m);
  for (let q = 0; q < m; q++) {
    from[q] = head[keep[q]];
    to[q] = tail[keep[q]];
    epochsPerSample[q] = maxWeight / weight[keep[q]]; // nEpochs / (nEpochs · w / max)
  }
  const epochOfNextSample = Float64Array.from(epochsPerSample);
  const epochsPerNegative = epochsPerSample.map((v) => v / negativeSampleRate);
  const epochOfNextNegative = Float64Array.from(epochsPerNegative);

  // Negative samples come from an inlined xorshift32 seeded by `random`: a call per
  // sample into a closure generator measured as a sizeable share of the loop.
  const delta = new Float64Array(dim);
  let state = Math.floor(random() * 4294967296) >>> 0 || 0x9e3779b9;

  for (let epoch = 0; epoch < nEpochs; epoch++) {
    const alpha = learningRate * (1 - epoch / nEpochs);
    for (let q = 0; q < m; q++) {
      if (epochOfNextSample[q] > epoch) continue;
      const cj = from[q] * dim;
      const ck = to[q] * dim;
      let d2 = 0;
      for (let c = 0; c < dim; c++) {
        const diff = embedding[cj + c] - embedding[ck + c];
        delta[c] = diff;
        d2 += diff * diff;
      }
      if (d2 > 0) {
        const pb = powB(d2);
        const coeff = (-2 * a * b * (pb / d2)) / (a * pb + 1);
        for (let c = 0; c < dim; c++) {
          const g = clip(coeff * delta[c]) * alpha;
          embedding[cj + c] += g;
          embedding[ck + c] -= g;
        }
      }
      epochOfNextSample[q] += epochsPerSample[q];

      const nNegative = Math.floor((epoch - epochOfNextNegative[q]) / epochsPerNegative[q]);
      for (let s = 0; s < nNegative; s++) {
        state ^= state << 13;
        state ^= state >>> 17;
        state ^= state << 5;
        const other = Math.floor((state >>> 0) * n * 2.3283064365386963e-10); // ⌊u·n / 2³²⌋, no integer modulo
        if (other === from[q]) continue;
        const co = other * dim;
        let e2 = 0;
        for (let c = 0; c < dim; c++) {
          const diff = embedding[cj + c] - embedding[co + c];
          delta[c] = diff;
          e2 += diff * diff;
        }
        if (e2 <= 0) continue;
        const coeff = (2 * gamma * b) / ((0.001 + e2) * (a * powB(e2) + 1));
        for (let c = 0; c < dim; c++) embedding[cj + c] += clip(coeff * delta[c]) * alpha;
      }
      epochOfNextNegative[q] += nNegative * epochsPerNegative[q];
    }
    onEpoch?.(epoch + 1, nEpochs);
  }
}
