import { gaussian, mulberry32 } from '../../src/util/random.js';

/** Gaussian blobs around random centres on the unit sphere's scale; returns points and the true blob of each. */
export function blobs(sizes: number[], d: number, spread: number, seed: number): { X: Float32Array; labels: Int32Array; n: number } {
  const random = mulberry32(seed);
  const n = sizes.reduce((a, b) => a + b, 0);
  const X = new Float32Array(n * d);
  const labels = new Int32Array(n);
  let i = 0;
  sizes.forEach((size, b) => {
    const centre = Array.from({ length: d }, () => gaussian(random));
    for (let s = 0; s < size; s++, i++) {
      labels[i] = b;
      for (let c = 0; c < d; c++) X[i * d + c] = centre[c] + spread * gaussian(random);
    }
  });
  return { X, labels, n };
}
