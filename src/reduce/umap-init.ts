/**
 * Initial UMAP coordinates: the input's leading principal components, scaled so the
 * largest |coordinate| is 10, plus tiny seeded noise (umap-learn's `init="pca"` with
 * `noisy_scale_coords`). Deterministic and far better than uniform noise at keeping
 * large-scale structure, without the cost of a spectral decomposition.
 */
import { gaussian } from '../util/index.js';
import { symmetricEigen } from './jacobi.js';

export function pcaInit(X: Float32Array, n: number, d: number, dim: number, random: () => number): Float64Array {
  const mean = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) mean[j] += X[i * d + j];
  for (let j = 0; j < d; j++) mean[j] /= n;
  const cov = new Float64Array(d * d);
  const row = new Float64Array(d);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) row[j] = X[i * d + j] - mean[j];
    for (let a = 0; a < d; a++) {
      const ra = row[a];
      for (let b = a; b < d; b++) cov[a * d + b] += ra * row[b];
    }
  }
  for (let a = 0; a < d; a++) for (let b = 0; b < a; b++) cov[a * d + b] = cov[b * d + a];
  const { vectors } = symmetricEigen(cov, d);

  const used = Math.min(dim, d);
  const out = new Float64Array(n * dim);
  let maxAbs = 0;
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < used; c++) {
      let s = 0;
      for (let j = 0; j < d; j++) s += (X[i * d + j] - mean[j]) * vectors[j * d + c];
      out[i * dim + c] = s;
      if (Math.abs(s) > maxAbs) maxAbs = Math.abs(s);
    }
  }
  const scale = maxAbs > 0 ? 10 / maxAbs : 1;
  // Components beyond the input's dimension (dim > d) start as pure noise of the same range.
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < dim; c++) {
      const base = c < used ? out[i * dim + c] * scale : (random() * 20 - 10);
      out[i * dim + c] = base + 1e-4 * gaussian(random);
    }
  }
  return out;
}
